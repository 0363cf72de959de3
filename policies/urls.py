"""Django views under /policies/. The library itself is a Wagtail page (slug "policies" → /policies/),
served by Wagtail's catch-all after these patterns fail to match; its child slugs in RESERVED_SLUGS
(models/policy.py) can therefore never shadow these routes."""

from django.urls import path

from policies import views
from policies.feeds import LatestPoliciesFeed

app_name = "policies"
urlpatterns = [
    path("library/", views.library_redirect, name="library"),
    path("feed/", LatestPoliciesFeed(), name="feed"),
    path("units/", views.unit_list, name="unit_list"),
    path("units/<str:slug>/", views.unit_detail, name="unit_detail"),
]
