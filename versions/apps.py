from django.apps import AppConfig


class VersionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "versions"
    verbose_name = "政策版本"

    def ready(self):
        from versions import signals  # noqa: F401  (connects page_published)
