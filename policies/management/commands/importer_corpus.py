"""python manage.py importer_corpus: the importer's score over its corpus of real documents (docs/IMPORTER.md)."""

from django.core.management.base import BaseCommand

from policies.importer import corpus


class Command(BaseCommand):
    help = "用真实文件语料库给导入程序打分，输出每份文件的逐项结果（Markdown 表格）。"

    def handle(self, *args, **options):
        self.stdout.write(corpus.table(corpus.score()))
