from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve as serve_media
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import root_files
from pagecache import routes as page_routes
from policies import views as policies_views

urlpatterns = [
    # Our replacements of a few Wagtail admin views (scoped bulk actions, site history…): matched first.
    path("admin/", include("config.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", root_files.robots_txt, name="robots_txt"),
    path("favicon.ico", root_files.favicon_ico, name="favicon_ico"),
    path("sitemap.xml", sitemap, name="sitemap_xml"),
    path("sitemap/", policies_views.site_map, name="site_map"),
    path("policies/", include("policies.urls")),
    path("search/", include("search.urls")),
    path("versions/", include("versions.urls")),
    path("", include("printing.public_urls")),  # blank forms; old /records/print/ addresses redirect
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Development only (`make run`): production serves media from the web server in front.
    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_media,
                            {"document_root": settings.MEDIA_ROOT})]

# Wagtail's page serving stays last: it catches every remaining path. Its serve view comes after its
# _util/ views and is pagecache's, which takes the route from the route table (pagecache/routes.py).
urlpatterns += [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"]
urlpatterns += [re_path(wagtail_urls.serve_pattern, page_routes.serve, name="wagtail_serve")]
