"""Admin registration: member units as snippets, in the 政策文件 menu group."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from policies.models import MemberUnit


class MemberUnitViewSet(SnippetViewSet):
    model = MemberUnit
    icon = "group"
    menu_label = "成员单位"
    menu_name = "member_units"
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["name", "committee", "slug", "sort_order"]
    list_filter = ["committee"]
    search_fields = ["name", "committee"]
    # Plain icontains on the name: the search backend neither segments Chinese nor (on SQLite) accepts a
    # field-restricted autocomplete here — ?q= answered 500.
    search_backend_name = None
    ordering = ["committee", "sort_order", "name"]


register_snippet(MemberUnitViewSet)
from policies.importer import hooks as importer_hooks  # noqa: F401,E402


@hooks.register("insert_editor_js")
def article_numbers_in_the_editor():
    # Page editors only; the script does nothing on a page without a `body` StreamField.
    return format_html('<script src="{}"></script>', static("policies/admin_numbering.js"))


@hooks.register("before_move_page")
def only_who_may_move_sees_the_move_confirmation(request, page, destination):
    # Wagtail checks only on POST; its confirm page would show any page's title (drafts too) to any admin user.
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
