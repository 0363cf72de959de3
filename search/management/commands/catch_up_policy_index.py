"""Daily: rebuild the search rows of documents whose amendment took effect (the search page does it too)."""

from django.core.management.base import BaseCommand

from search.indexer import catch_up


class Command(BaseCommand):
    help = "更新已到施行日期的修订文件的检索索引（每日运行；搜索页面在查询前也会自动更新）"

    def handle(self, *args, **options):
        pages = catch_up()
        if pages:
            self.stdout.write(self.style.SUCCESS(f"已更新 {pages} 个文件的检索索引（修订已施行）。"))
        else:
            self.stdout.write("没有需要更新的文件。")
