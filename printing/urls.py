"""The staff's print URLs, mounted inside the Wagtail admin at /admin/print/ (wagtail_hooks.py): a record's
form, the roster, batch print jobs. Personal data: login, admin access, then forms_app.scope."""

from django.urls import include, path

from . import views

app_name = "printing"
urlpatterns = [
    path("notices/<int:pk>.pdf", views.notice_pdf, name="notice"),
    path("registrations/<int:pk>.pdf", views.registration_pdf, name="registration"),
    path("assistants/roster.pdf", views.roster_pdf, name="roster"),
    path("jobs/<uuid:job_id>/", include([
        path("", views.job_status, name="job_status"),
        path("notices.pdf", views.job_download, name="job_download"),
        path("retry/", views.job_retry, name="job_retry"),
    ])),
]
