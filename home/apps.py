from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "首页与站点"

    def ready(self):
        from home.roles import sync_roles_after_migrate  # signal receivers are connected in ready()

        post_migrate.connect(sync_roles_after_migrate, weak=False, dispatch_uid="home.sync_roles")
