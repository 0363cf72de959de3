"""Page-chooser endpoint that Wagtail lets fail: chosen-multiple with the root page's id (no parent) or a
non-numeric id raised a 500. The root page is never choosable and a bad id names no page."""

from django.urls import reverse
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.models import Page


class PageChosenMultipleView(ChosenMultipleView):
    def get(self, request):
        ids = [value for value in request.GET.getlist("id") if value.isdigit()]
        pages = Page.objects.filter(pk__in=ids, depth__gt=1).specific()
        # The same answer as Wagtail's view, for the pages that have a parent.
        return self.render_chosen_response([
            {"id": page.pk, "parentId": page.get_parent().pk, "adminTitle": page.get_admin_display_title(),
             "editUrl": reverse("wagtailadmin_pages:edit", args=(page.pk,)), "url": page.url}
            for page in pages
        ])
