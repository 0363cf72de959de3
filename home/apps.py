from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "首页与站点"

    def ready(self):
        post_migrate.connect(_sync_roles_once, dispatch_uid="home.sync_roles")


def _sync_roles_once(sender, **kwargs):
    # post_migrate fires once per app; syncing after the last one sees every permission.
    if sender.name == "home":
        from home.roles import sync_roles

        sync_roles()
