from django.apps import AppConfig


class FormsAppConfig(AppConfig):
    name = "forms_app"
    verbose_name = "社区矫正工作台账"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .models import CalendarPeriod
        from .workdays import forget_calendar

        # a changed holiday calendar changes every deadline computed from now on
        post_save.connect(forget_calendar, sender=CalendarPeriod, dispatch_uid="forms_app-calendar-save")
        post_delete.connect(forget_calendar, sender=CalendarPeriod, dispatch_uid="forms_app-calendar-delete")
