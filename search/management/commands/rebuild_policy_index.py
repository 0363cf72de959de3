"""Recovery: rebuild the public search index from the live pages (normally kept by signals)."""

from django.core.management.base import BaseCommand

from search.indexer import rebuild


class Command(BaseCommand):
    help = "重建政策文件全文检索索引（仅收录已发布、主动公开、无访问限制的文件）"

    def handle(self, *args, **options):
        pages, rows = rebuild()
        self.stdout.write(self.style.SUCCESS(f"已重建检索索引：{pages} 个文件，{rows} 条检索条目。"))
