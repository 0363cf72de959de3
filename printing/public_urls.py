"""The public print URLs (config/urls.py): the blank forms, which hold no personal data and are linked
from the policy pages' form blocks, and the addresses under /records/print/ used before the print views
moved into the admin (issue 19), kept as permanent redirects because public pages and bookmarks hold them."""

from django.urls import path
from django.views.generic import RedirectView

from . import views

app_name = "blank_forms"
urlpatterns = [
    path("print/blank/notice.pdf", views.blank_notice, name="notice"),
    path("print/blank/registration.pdf", views.blank_registration, name="registration"),
    path("records/print/blank/<path:rest>", RedirectView.as_view(url="/print/blank/%(rest)s", permanent=True),
         name="old_blank"),
    path("records/print/<path:rest>",
         RedirectView.as_view(url="/admin/print/%(rest)s", permanent=True, query_string=True), name="old_print"),
]
