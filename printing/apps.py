from django.apps import AppConfig


class PrintingConfig(AppConfig):
    """Printing the records on the official forms (pdf/forms): views, 打印 buttons, batch print jobs."""

    name = "printing"
    label = "printing"
    verbose_name = "表单打印"
