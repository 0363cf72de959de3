from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "首页与站点"

    def ready(self):
        from home.roles import sync_roles  # reads auth models: only once the app registry is ready

        # post_migrate fires once per app (sender = its AppConfig); syncing after home's own run sees
        # every permission.
        post_migrate.connect(lambda **kwargs: sync_roles(), sender=self, weak=False, dispatch_uid="home.sync_roles")
