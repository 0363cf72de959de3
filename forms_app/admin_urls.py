"""Wagtail admin URLs replaced by scoped versions (see forms_app.views.bulk and .site_history).

config/urls.py includes these under admin/ before Wagtail's own admin URLs, so the same addresses and
URL names reach the scoped views; they get the decorations Wagtail gives its admin URLs.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .views import bulk
from .views.site_history import ScopedLogEntriesView

urlpatterns = [
    path("bulk/<str:app_label>/<str:model_name>/<str:action>/", bulk.index, name="wagtail_bulk_action"),
    path("reports/site-history/", ScopedLogEntriesView.as_view(), name="forms_app_site_history"),
    path("reports/site-history/results/", ScopedLogEntriesView.as_view(results_only=True),
         name="forms_app_site_history_results"),
]
for decorator in (require_admin_access, display_custom_404, never_cache):
    urlpatterns = decorate_urlpatterns(urlpatterns, decorator)
