from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = "站内搜索"

    def ready(self):
        from . import signals

        signals.connect()
