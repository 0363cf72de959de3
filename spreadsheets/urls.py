"""Mounted inside the Wagtail admin (wagtail_hooks.py) at /admin/records/sheets/."""

from django.urls import path

from . import views

app_name = "forms_app_sheets"
urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("<slug:kind>/import/", views.UploadView.as_view(), name="upload"),
    path("<slug:kind>/template.<slug:fmt>", views.template_download, name="template"),
    path("<slug:kind>/export.<slug:fmt>", views.export, name="export"),
    path("jobs/<uuid:job_id>/", views.JobView.as_view(), name="job"),
    path("jobs/<uuid:job_id>/confirm/", views.ConfirmView.as_view(), name="confirm"),
    path("jobs/<uuid:job_id>/retry/", views.RetryView.as_view(), name="retry"),
]
