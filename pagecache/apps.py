from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "公开页面缓存"

    def ready(self):
        from pagecache import signals

        signals.connect()
