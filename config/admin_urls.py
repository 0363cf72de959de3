"""Wagtail admin URLs replaced by our versions: scoped bulk actions and site history (forms_app.views.bulk,
.site_history) and a page chooser endpoint that no longer fails on the root page (home.admin_views).

config/urls.py includes these under admin/ before Wagtail's own admin URLs, so the same addresses reach
our views; they get the decorations Wagtail gives its admin URLs.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.utils.urlpatterns import decorate_urlpatterns

from forms_app.views import bulk
from forms_app.views.site_history import ScopedLogEntriesView
from home.admin_views import PageChosenMultipleView

urlpatterns = [
    path("bulk/<str:app_label>/<str:model_name>/<str:action>/", bulk.index, name="wagtail_bulk_action"),
    path("reports/site-history/", ScopedLogEntriesView.as_view(), name="forms_app_site_history"),
    path("reports/site-history/results/", ScopedLogEntriesView.as_view(results_only=True),
         name="forms_app_site_history_results"),
    path("choose-page/chosen-multiple/", PageChosenMultipleView.as_view(), name="home_choose_page_chosen_multiple"),
]
for decorator in (require_admin_access, display_custom_404, never_cache):
    urlpatterns = decorate_urlpatterns(urlpatterns, decorator)
