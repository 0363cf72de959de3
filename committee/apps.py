from django.apps import AppConfig


class CommitteeConfig(AppConfig):
    name = "committee"
    verbose_name = "委员会工作"
    default_auto_field = "django.db.models.BigAutoField"
