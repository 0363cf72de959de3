from django.apps import AppConfig


class JobsConfig(AppConfig):
    """Background jobs (批量打印, 表格导入): one model on django-tasks, with a lease the UI reads."""

    name = "jobs"
    verbose_name = "后台任务"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (connects the django-tasks receivers)
