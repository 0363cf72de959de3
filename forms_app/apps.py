from django.apps import AppConfig


class FormsAppConfig(AppConfig):
    name = "forms_app"
    verbose_name = "社区矫正工作台账"
