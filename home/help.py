"""使用帮助 (/admin/help/): a short Chinese guide per role, the reader's own role first.

It replaces the 帮助 menu's links to Wagtail's English guide (home/wagtail_hooks.py).
"""

from django.template.response import TemplateResponse

from home import roles

# The order in which roles are listed when the reader holds none of them (e.g. a superuser).
ORDER = [roles.OFFICE_HEAD, roles.OFFICE_STAFF, roles.VILLAGE_STAFF, roles.POLICY_EDITOR]
# role -> the template fragment holding its guide
GUIDES = {
    roles.OFFICE_HEAD: "home/admin/help/head.html",
    roles.OFFICE_STAFF: "home/admin/help/staff.html",
    roles.VILLAGE_STAFF: "home/admin/help/village.html",
    roles.POLICY_EDITOR: "home/admin/help/editor.html",
}


def help_page(request):
    mine = set(request.user.groups.filter(name__in=ORDER).values_list("name", flat=True))
    ordered = [r for r in ORDER if r in mine] + [r for r in ORDER if r not in mine]
    guides = [{"role": r, "template": GUIDES[r], "mine": r in mine, "slug": f"role-{ORDER.index(r)}"}
              for r in ordered]
    return TemplateResponse(request, "home/admin/help.html", {
        "page_title": "使用帮助", "header_icon": "help", "guides": guides, "breadcrumbs_items": [],
    })
