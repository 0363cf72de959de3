from django.apps import AppConfig


class SpreadsheetsConfig(AppConfig):
    """.xlsx/.csv import (upload → dry run → atomic confirm) and masked export of the records' people."""

    name = "spreadsheets"
    verbose_name = "表格导入导出"
