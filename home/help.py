"""使用帮助 (/admin/help/): a short Chinese guide per role, the reader's own role first.

It replaces the 帮助 menu's links to Wagtail's English guide (home/wagtail_hooks.py).
"""

from django.template.response import TemplateResponse

from home import roles

# The order in which roles are listed when the reader holds none of them (e.g. a superuser).
ORDER = [roles.OFFICE_HEAD, roles.OFFICE_STAFF, roles.VILLAGE_STAFF, roles.POLICY_EDITOR,
         roles.COMMITTEE_OFFICE_DIRECTOR, roles.COMMITTEE_LEADER, roles.LIAISON]
# role -> the name of its guide: home/admin/help/<name>.html, and its start page's picture static/help/<name>.png
# (scripts/help_screenshots.py takes them from `make run`'s demo data)
GUIDES = {
    roles.OFFICE_HEAD: "head",
    roles.OFFICE_STAFF: "staff",
    roles.VILLAGE_STAFF: "village",
    roles.POLICY_EDITOR: "editor",
    roles.COMMITTEE_OFFICE_DIRECTOR: "director",
    roles.COMMITTEE_LEADER: "leader",
    roles.LIAISON: "liaison",
}


def help_page(request):
    mine = set(request.user.groups.filter(name__in=ORDER).values_list("name", flat=True))
    ordered = [r for r in ORDER if r in mine] + [r for r in ORDER if r not in mine]
    guides = [{"role": r, "template": f"home/admin/help/{GUIDES[r]}.html", "picture": f"help/{GUIDES[r]}.png",
               "mine": r in mine, "slug": f"role-{ORDER.index(r)}"} for r in ordered]
    return TemplateResponse(request, "home/admin/help.html", {
        "page_title": "使用帮助", "header_icon": "help", "guides": guides, "breadcrumbs_items": [],
    })
