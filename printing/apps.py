from django.apps import AppConfig


class PrintingConfig(AppConfig):
    """Printing the official forms; an app of its own only so that its templates are found."""

    name = "forms_app.printing"
    label = "printing"
    verbose_name = "表单打印"
