"""Admin registration: member units as snippets, in the 政策文件 menu group."""

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
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(MemberUnitViewSet)
from policies.importer import hooks  # noqa: F401,E402
