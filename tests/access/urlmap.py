"""Every URL pattern of the project, made concrete against the fixture objects (world.py).

`patterns()` walks Django's resolver recursively (Wagtail admin, snippet and viewset URLs included);
`targets()` fills a pattern's kwargs with fixture objects, one concrete URL per object it could name
(committee 甲's record and 乙's, a public and a draft policy…). A kwarg nobody taught us to fill raises
`Unfillable`, so a new kind of URL cannot slip past the matrix untested.
"""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, resolve

from tests.access import variants

MISSING = "999999"  # an id no fixture object has: the "does not exist" column
MISSING_UUID = "00000000-0000-4000-8000-000000000000"


@dataclass(frozen=True)
class Pattern:
    route: str  # the joined route, e.g. "admin/snippets/forms_app/supervisee/edit/<int:pk>/"
    name: str  # "namespace:name", "" when unnamed
    view: str  # dotted path of the view

    def __str__(self):
        return f"{self.route} ({self.name or self.view})"


@dataclass(frozen=True)
class Target:
    label: str  # whose object the URL names ("A", "B", "public", "-" for no object…)
    url: str


class Unfillable(Exception):
    pass


def patterns():
    """Every reachable URL pattern. A pattern after one with the same route is never reached (Django takes
    the first match): config/admin_urls.py replaces some of Wagtail's that way, so only the first counts."""
    out, routes = [], set()

    def walk(resolver, prefix, namespaces):
        for p in resolver.url_patterns:
            if isinstance(p, URLResolver):
                ns = namespaces + ([p.namespace] if p.namespace else [])
                walk(p, prefix + str(p.pattern), ns)
            elif isinstance(p, URLPattern):
                name = ":".join(namespaces + [p.name]) if p.name else ""
                route = prefix + str(p.pattern)
                if route not in routes:
                    routes.add(route)
                    out.append(Pattern(route, name, p.lookup_str))

    walk(get_resolver(), "", [])
    return out


# Which fixture objects a URL's main id names, by route prefix (first match wins).
SUBJECTS = [
    (r"admin/snippets/(?:choose/)?(\w+)/(\w+)/", None),
    (r"admin/office/", "forms_app.office"),
    (r"admin/staffprofile/", "forms_app.staffprofile"),
    (r"admin/calendarperiod/", "forms_app.calendarperiod"),
    (r"admin/sites/", "wagtailcore.site"),
    (r"admin/users/", "auth.user"),
    (r"admin/groups/", "auth.group"),
    (r"admin/collections/", "wagtailcore.collection"),
    (r"admin/workflows/tasks/", "wagtailcore.task"),
    (r"admin/workflows/task_chooser/", "wagtailcore.task"),
    (r"admin/workflows/remove/", "page"),
    (r"admin/workflows/", "wagtailcore.workflow"),
    (r"admin/records/notices/", "forms_app.assistancenotice"),
    (r"admin/committee/minutes/", "committee.minutes"),
    (r"admin/committee/papers/", "committee.yearlypaper"),
    (r"admin/committee/receipts/", "committee.distribution"),
    (r"admin/committee/reports/", "committee.annualreport"),
    (r"admin/committee/supervision/", "committee.supervisionitem"),
    (r"admin/records/registrations/", "forms_app.registration"),
    (r"admin/print/notices/", "forms_app.assistancenotice"),
    (r"admin/print/registrations/", "forms_app.registration"),
    (r"admin/print/jobs/", "print_job"),
    (r"admin/(?:api/main/\^)?pages/", "page"),
    (r"admin/choose-page/", "page"),
    (r"admin/settings/", "home.sitesettings"),
    (r"admin/records/sheets/", "sheet_kind"),
    (r"admin/policy_versions/", "versions.policyversion"),
    (r"versions/", "page", ("public", "draft", "on_request")),
    (r"policies/units/", "policies.memberunit"),
    (r"_util/", "page", ("public", "draft")),
]
SUBJECT_KWARGS = {"pk", "page_id", "parent_page_id", "page_to_move_id", "page_pk", "collection_id", "job_id",
                  "slug", "object_id", "kind"}
# Ids of things the fixtures hold none of (images, documents, uploads, redirects, sessions…).
# Kwargs that take the same value in every URL that has them.
BY_NAME = {"revision_id_a": "earliest", "revision_id_b": "latest", "filter_spec": "original", "number": "1",
           "fmt": "xlsx"}
ALWAYS_MISSING = {"image_id", "document_id", "doc_id", "uploaded_file_id", "redirect_id", "session_id",
                  "task_state_id", "workflow_state_id", "restriction_id", "page_view_restriction_id"}
MISSING_SUBJECTS = ["admin/images/", "admin/documents/", "admin/redirects/", "admin/api/main/^images/",
                    "admin/api/main/^documents/", "admin/editing-sessions/", "admin/records/sheets/jobs/"]

# Kwargs fixed per URL name (model names, actions…): the one sensible value each.
FIXED = {
    "wagtailadmin_pages:add": {"content_type_app_name": "policies", "content_type_model_name": "policypage"},
    "wagtailadmin_pages:preview_on_add": {"content_type_app_name": "policies",
                                          "content_type_model_name": "policypage"},
    "wagtailadmin_pages:type_use": {"content_type_app_name": "policies", "content_type_model_name": "policypage"},
    "wagtailadmin_pages:type_use_results": {"content_type_app_name": "policies",
                                            "content_type_model_name": "policypage"},
    "wagtailadmin_pages:choose_parent": {"app_label": "policies", "model_name": "policypage"},
    "wagtailadmin_workflows:add_task": {"app_label": "wagtailcore", "model_name": "groupapprovaltask"},
    "wagtailadmin_tag_model_autocomplete": {"app_name": "wagtaildocs", "model_name": "document"},
    "wagtailsettings:edit": {"app_name": "home", "model_name": "sitesettings"},
    "wagtailsettings:preview_on_edit": {"app_name": "home", "model_name": "sitesettings"},
    "wagtailadmin_editing_sessions:ping": {"app_label": "forms_app", "model_name": "supervisee"},
    "wagtailadmin_password_reset_confirm": {"uidb64": "MQ", "token": "set-password"},
    "wagtailadmin_pages:workflow_action": {"action_name": "approve"},
    "wagtailadmin_pages:collect_workflow_action_data": {"action_name": "approve"},
    "wagtailadmin_api:pages:action": {"action_name": "copy"},
    "forms_app_notice_action": {"action": "approve"},
    "committee_minutes_action": {"action": "sign"},
    "committee_paper_action": {"action": "submit"},
    "blank_forms:old_blank": {"rest": "notice.pdf"},
    "blank_forms:old_print": {"rest": "assistants/roster.pdf"},
}

# Query strings a view needs to do its real work rather than show an empty form.
QUERY = {
    "versions:compare": "?from=1&to=2",
    "versions:compare_pdf": "?from=1&to=2",
    "versions:on_date": "?date=2025-06-01",
    "search:search": "?q=矫正",
}

PLACEHOLDER = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>[^()]*\)")


def _kwarg_names(route):
    return [b or c for _, b, c in PLACEHOLDER.findall(route)]


def _subjects(route, world):
    """(kind, [(label, object)]) the route's main id ranges over."""
    for prefix, key, *only in SUBJECTS:
        m = re.match(prefix, route)
        if m:
            key = key or f"{m[1]}.{m[2]}"
            found = world.get(key)
            return key, [(lab, o) for lab, o in found if not only or lab in only[0]]
    return None, []


def _revision(obj):
    rev = getattr(obj, "latest_revision", None)
    return str(rev.pk) if rev else MISSING


def _other(name, obj, world):
    """A non-subject kwarg, derived from the subject object where it depends on it."""
    if name in ALWAYS_MISSING:
        return MISSING
    if name == "revision_id":
        return _revision(obj) if obj is not None else MISSING
    if name in BY_NAME:
        return BY_NAME[name]
    if name == "destination_id":
        return str(world.first("page", "library").pk)
    if name == "task_id":
        return str(world.first("wagtailcore.task", "task").pk)
    if name == "workflow_pk":
        return str(world.first("wagtailcore.workflow", "workflow").pk)
    return None


def _fill(route, values):
    def sub(m):
        value = values[m.group(2) or m.group(3)]
        return MISSING_UUID if m.group(1) == "uuid" and value == MISSING else value

    url = PLACEHOLDER.sub(sub, route)
    url = url.replace("^", "").replace("$", "").replace("\\.", ".")
    return "/" + url


def _serve_targets(world):
    """Wagtail's catch-all: every page of the fixtures, the public policy's sub-routes, a missing path."""
    from wagtail.models import Page

    out, seen = [], set()
    for label, page in world.get("page"):
        if label == "root":
            continue
        url = page.url or (page.get_parent().url + page.slug + "/")
        out.append(Target(label, url))
        seen.add(page.pk)
        if label == "public":
            out += [Target("public-print", url + "print/"), Target("public-pdf", url + "pdf/")]
    for page in Page.objects.live().filter(depth__gt=1).exclude(pk__in=seen).order_by("path"):
        out.append(Target("demo", page.url))
    out.append(Target("missing", "/no-such-page/"))
    return out


def _special(pattern, world):
    if pattern.name == "wagtail_serve":
        return _serve_targets(world)
    if pattern.name == "wagtail_bulk_action":
        return variants.bulk_action_targets(world, Target)
    if pattern.name == "wagtaildocs_serve":
        return [Target("missing", f"/documents/{MISSING}/missing.pdf")] + [
            Target(label, doc.url) for label, doc in world.get("wagtaildocs.document")]
    if pattern.route == "admin/^.*/$":
        return [Target("-", "/admin/no-such-admin-page/")]
    return None


def targets(pattern, world):
    special = _special(pattern, world)
    if special is not None:
        return special
    names = _kwarg_names(pattern.route)
    if not names:
        base = Target("-", _fill(pattern.route, {}) + QUERY.get(pattern.name, ""))
        key = _subjects(pattern.route, world)[0]
        return [base] + variants.extra_targets(pattern, base, world, key, Target)
    fixed = FIXED.get(pattern.name, {})
    subject_names = [n for n in names if n in SUBJECT_KWARGS and n not in fixed]
    key, subjects = _subjects(pattern.route, world)
    if any(pattern.route.startswith(p) for p in MISSING_SUBJECTS):
        subjects = [("missing", None)]
    elif not subject_names:
        subjects = [("-", None)]
    elif key is None:
        raise Unfillable(f"{pattern}: add its prefix to SUBJECTS in tests/access/urlmap.py (which objects "
                         f"may {subject_names} name?)")
    elif not subjects:
        raise Unfillable(f"{pattern}: no fixture object of kind {key!r} for {subject_names}")
    out = []
    for label, obj in subjects:
        values = dict(fixed)
        for n in names:
            if n in values:
                continue
            if n in subject_names:
                values[n] = MISSING if obj is None else str(getattr(obj, "slug", None) if n == "slug" else
                                                            obj if isinstance(obj, str) else obj.pk)
            else:
                values[n] = _other(n, obj, world)
            if values[n] is None:
                raise Unfillable(f"{pattern}: the matrix does not know how to fill <{n}>")
        out.append(Target(label, _fill(pattern.route, values) + QUERY.get(pattern.name, "")))
    return out + [extra for base in out for extra in variants.extra_targets(pattern, base, world, key, Target)]


def check_resolves(pattern, target):
    """The concrete URL must reach the pattern it was made from (else the matrix tests something else)."""
    match = resolve(target.url.split("?")[0])
    if pattern.name:
        return match.view_name == pattern.name
    return match._func_path == pattern.view
