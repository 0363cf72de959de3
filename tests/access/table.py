"""Expected outcome of every URL pattern for every role (see test_access_matrix.py).

Outcomes: "200" (any 2xx), "login" (redirect to a login page), "denied" (Wagtail's permission-denied
redirect to the admin home), "redirect" (any other redirect), or the status code ("403", "404", "405", "500").
Object labels (world.py): "A"/"B" = committee 甲's/乙's record, "A-minor" = a minor of 甲, "office" = the
司法所's own, "public"/"draft"/"on_request"/"library"/"home"/"root" = pages, "-" = the URL names no object.
A rule's `route` is a regular expression matched against the whole joined route; the first matching
rule wins, so precise rules (records) come before broad ones (the rest of the admin).
"""

import re
from dataclasses import dataclass, field

ROLES = ["anonymous", "editor", "staff", "head", "village_a", "village_b", "liaison"]


@dataclass
class Rule:
    route: str
    roles: dict  # role -> outcome, or {object label -> outcome, "*" -> default}
    why: str = ""
    _re: re.Pattern = field(init=False, repr=False)

    def __post_init__(self):
        self._re = re.compile(self.route)
        # A 成员单位联络员 (committee app) holds, like the policy editor, no records profile or permission:
        # outside the committee's rules the editor's column is theirs unless a rule says otherwise.
        self.roles.setdefault("liaison", self.roles.get("editor"))
        missing = set(ROLES) - set(self.roles)
        if missing:
            raise ValueError(f"rule {self.route!r} lacks roles {missing}")

    def matches(self, route):
        return bool(self._re.fullmatch(route))

    def expect(self, role, label):
        want = self.roles[role]
        if isinstance(want, dict):
            return want.get(label, want.get("*"))
        return want


def roles(anonymous, editor, staff, head, village_a, village_b, liaison=None):
    out = dict(anonymous=anonymous, editor=editor, staff=staff, head=head, village_a=village_a,
               village_b=village_b)
    return out if liaison is None else out | {"liaison": liaison}


def every(outcome):
    return {r: outcome for r in ROLES}


def rule_for(route):
    return next((r for r in RULES if r.matches(route)), None)


# -- shorthands ---------------------------------------------------------------------------------------
L, D, R, NF, NA = "login", "denied", "redirect", "404", "405"


def admin(editor, staff, head, village_a, village_b, liaison=None):
    """An admin URL: anonymous visitors are always sent to the login page."""
    return roles(L, editor, staff, head, village_a, village_b, liaison)


ANY_ADMIN_USER = admin("200", "200", "200", "200", "200")
SUPERUSER_ONLY = admin(D, D, D, D, D)
POST_ONLY = admin(NA, NA, NA, NA, NA)
NO_SUCH_OBJECT = admin(NF, NF, NF, NF, NF)
PUBLIC = every("200")


def pages(editors, village=D, head=None):
    """Page-tree admin URLs: editors, staff and head hold page permissions on the library only
    (policies/workflow.py); village users have none. `editors` is {page label: outcome}."""
    return admin(editors, editors, head or editors, village, village, liaison=village)


# Pages above the library (root, home) are out of every role's page permissions.
ON_LIBRARY = {"home": D, "root": D, "*": "200"}



# Records of two committees. Office users see their office's records, minors included; a village user
# sees only their own committee's adults; anyone else (the policy editor) sees nothing: out of scope
# looks like missing (404), in scope but without the model permission is Wagtail's "denied".
def records(office, own, other=NF, minor=NF, editor=NF, staff=None):
    """`office`: outcome for 司法所 users; `own`: a village user on their own committee's object."""
    def village(mine):
        theirs = "B" if mine == "A" else "A"
        return {mine: own, f"{mine}-minor": minor, theirs: other, f"{theirs}-minor": other}

    return admin(editor, staff or office, office, village("A"), village("B"))


RECORD_LIST = admin(D, "200", "200", "200", "200")  # listings themselves are scoped (forms_app tests)
OFFICE_ONLY_ADD = admin(D, "200", "200", D, D)
VILLAGE_ONLY_ADD = admin(D, D, D, "200", "200")
CHOOSER = ANY_ADMIN_USER  # chooser listings are scoped querysets; the chosen/ URL is the per-object check


# Bulk actions (forms_app.views.bulk): action label -> the roles shown a confirmation page. The user bulk
# actions are refused before any id is read (user management is the superuser's); every other role and
# action finds no row it may act on among the requested ids: 404, as for unknown ids.
BULK_CONFIRMED = {
    "forms_app.assistancenotice:print": {"staff", "head", "village_a", "village_b"},
    "forms_app.assistancenotice:delete": {"head"},
    "wagtailcore.page:delete": {"editor", "staff", "head"},
    # The head may also move the library, so its selection mixes the library with policy pages: Wagtail's
    # move form then answers 404 (with policy pages only the head gets the page too).
    "wagtailcore.page:move": {"editor", "staff"},
    "wagtailcore.page:publish": {"head"},
    "wagtailcore.page:unpublish": {"head"},
}


def bulk_actions(role):
    if role == "anonymous":
        return L
    out = {"*": NF}
    for action in ("assign_role", "delete", "set_active_state"):
        out[f"auth.user:{action}"] = out[f"auth.user:{action}:all"] = D
    for label, confirmed in BULK_CONFIRMED.items():
        if role in confirmed:
            out[label] = out[f"{label}:all"] = "200"
    return out


RULES = [
    # -- public site --------------------------------------------------------------------------------
    Rule(re.escape(r"^((?:[\w\-]+/)*)$"), {r: {"draft": NF, "on_request": NF, "missing": NF, "*": "200"}
                                           for r in ROLES},
         why="Wagtail pages: drafts and 依申请公开 pages are 404 for everyone, even logged-in staff"),
    Rule(r"sitemap\.xml|sitemap/|policies/feed/|policies/units/|policies/units/<str:slug>/|search/", PUBLIC),
    Rule(r"policies/library/", every(R), why="old address of the library"),
    Rule(r"robots\.txt", PUBLIC, why="for crawlers: the public site allowed, /admin/ and /documents/ not"),
    Rule(r"favicon\.ico", every(R), why="permanent redirect to the static favicon.svg"),
    Rule(r"versions/<int:page_id>/(<int:number>/|compare/|compare\.pdf)?",
         {r: {"public": "200", "*": NF} for r in ROLES}, why="versions of public policies only"),
    Rule(r"versions/<int:page_id>/on/", {r: {"public": R, "*": NF} for r in ROLES},
         why="redirects to the version in force on the date"),
    Rule(r"documents/\^.*", roles({"material": L, "*": NF}, {"material": L, "*": NF}, {"material": "200", "*": NF},
                                   {"material": "200", "*": NF}, {"material": L, "*": NF}, {"material": L, "*": NF},
                                   liaison={"material": L, "*": NF}),
         why="a meeting material's file answers to the committee's office roles and leaders only (the collection's "
             "group view restriction): anyone else is sent to log in as someone who may"),
    Rule(r"documents/.*", every(NF), why="no document fixtures: missing document / restriction"),
    Rule(r"_util/authenticate_with_password/.*", every(NF), why="no page view restrictions exist"),
    Rule(r"_util/login/", PUBLIC),

    # -- printing (personal data: login, then forms_app.scope) ------------------------------------------
    Rule(r"print/blank/(notice|registration)\.pdf", PUBLIC, why="blank forms hold no personal data"),
    Rule(r"records/print/(blank/)?<path:rest>", every(R),
         why="addresses before issue 19, permanent redirects (to the admin for everything but blank forms)"),
    Rule(r"admin/print/notices/<int:pk>\.pdf", records(office="200", own="200")),
    Rule(r"admin/print/registrations/<int:pk>\.pdf", records(office="200", own="200")),
    Rule(r"admin/print/assistants/roster\.pdf", admin(NF, "200", "200", "200", "200"),
         why="the roster is scoped to the reader's office/committee; users without a profile get 404"),
    Rule(r"admin/print/jobs/<uuid:job_id>/", admin(NF, {"staff": "200"}, NF, NF, NF),
         why="a print job is visible to the user who started it only"),
    Rule(r"admin/print/jobs/<uuid:job_id>/notices\.pdf", NO_SUCH_OBJECT,
         why="the fixture job has not run: no file yet, for its owner too"),
    Rule(r"admin/print/jobs/<uuid:job_id>/retry/", POST_ONLY, why="重试 changes the job: POST only"),

    # -- record workflow buttons (confirm page on GET, the change on POST) -----------------------------
    Rule(r"admin/records/notices/<int:pk>/<str:action>/",
         records(office=D, own=D, staff=D) | {"head": D},
         why="approve needs a notice awaiting approval; the fixture notices are already sent (a committee sees "
             "only sent notices), so every role is refused here — approving is tested in forms_app/tests/test_workflow.py"),
    Rule(r"admin/records/registrations/<int:pk>/submit/", records(office=D, own="200"),
         why="only the village committee returns its registration: 司法所 users are refused the confirm page too"),
    Rule(r"admin/records/sheets/", ANY_ADMIN_USER, why="import/export start page; every list in it is scoped"),
    Rule(r"admin/records/sheets/<slug:kind>/(import/|template\.<slug:fmt>)",
         admin(D, "200", "200", {"assistants": "200", "*": D}, {"assistants": "200", "*": D}),
         why="司法所 users import into their office; village users import assistants only"),
    Rule(r"admin/records/sheets/<slug:kind>/export\.<slug:fmt>", admin(D, "200", "200", "200", "200"),
         why="exports are scoped and masked like the lists (spreadsheets tests)"),
    Rule(r"admin/records/sheets/jobs/<uuid:job_id>/", NO_SUCH_OBJECT, why="another user's or no job: 404"),
    Rule(r"admin/records/sheets/jobs/<uuid:job_id>/confirm/", POST_ONLY),
    Rule(r"admin/records/sheets/jobs/<uuid:job_id>/retry/", POST_ONLY),

    # -- record snippets (forms_app) ---------------------------------------------------------------------
    Rule(r"admin/snippets/forms_app/(supervisee|assistancenotice|registration|assistant|villagecommittee)/"
         r"(results/)?", RECORD_LIST),
    Rule(r"admin/snippets/forms_app/(supervisee|assistancenotice|villagecommittee)/add/", OFFICE_ONLY_ADD),
    Rule(r"admin/snippets/forms_app/(registration)/add/", VILLAGE_ONLY_ADD),
    Rule(r"admin/snippets/forms_app/assistant/add/", RECORD_LIST),
    Rule(r"admin/snippets/forms_app/(supervisee|assistancenotice|registration|assistant|villagecommittee)/"
         r"inspect/<int:pk>/", records(office="200", own="200")),
    Rule(r"admin/snippets/forms_app/(supervisee|villagecommittee)/(edit|usage|history|history-results)/"
         r"<int:pk>/", records(office="200", own=D), why="village users may only read these"),
    Rule(r"admin/snippets/forms_app/assistancenotice/(edit|usage|history|history-results)/<int:pk>/",
         records(office="200", own=D)),
    Rule(r"admin/snippets/forms_app/assistancenotice/history/.*/revisions/.*", records(office="200", own=D)),
    Rule(r"admin/snippets/forms_app/assistancenotice/delete/<int:pk>/", records(office="200", own=D, staff=D),
         why="only the head deletes notices"),
    Rule(r"admin/snippets/forms_app/registration/(edit|usage|history|history-results)/<int:pk>/",
         records(office=D, own="200"), why="the village committee fills the 登记表; the office reads it"),
    Rule(r"admin/snippets/forms_app/registration/history/.*/revisions/.*", records(office=D, own="200")),
    Rule(r"admin/snippets/forms_app/assistant/(edit|usage|history|history-results)/<int:pk>/",
         records(office="200", own="200")),
    Rule(r"admin/snippets/forms_app/(supervisee|registration|assistant|villagecommittee)/delete/<int:pk>/",
         records(office=D, own=D), why="records are never deleted, only notices by the head"),
    Rule(r"admin/snippets/forms_app/auditentry/(results/)?", admin(D, D, "200", D, D),
         why="the audit trail is the head's"),
    Rule(r"admin/snippets/forms_app/auditentry/add/", SUPERUSER_ONLY),
    Rule(r"admin/snippets/forms_app/auditentry/inspect/<int:pk>/", admin(NF, NF, {"office": "200"}, NF, NF)),
    Rule(r"admin/snippets/forms_app/auditentry/(edit|delete|usage|history|history-results)/<int:pk>/",
         admin(NF, NF, D, NF, NF), why="nobody edits the audit trail"),
    Rule(r"admin/snippets/choose/forms_app/(supervisee|assistancenotice|registration|assistant|"
         r"villagecommittee)/(results/|chosen-multiple/)?", CHOOSER),
    Rule(r"admin/snippets/choose/forms_app/(supervisee|assistancenotice|registration|assistant|"
         r"villagecommittee)/chosen/<str:pk>/", records(office="200", own="200")),
    Rule(r"admin/snippets/choose/forms_app/(supervisee|assistancenotice|villagecommittee)/create/", OFFICE_ONLY_ADD),
    Rule(r"admin/snippets/choose/forms_app/registration/create/", VILLAGE_ONLY_ADD),
    Rule(r"admin/snippets/choose/forms_app/assistant/create/", RECORD_LIST),
    Rule(r"admin/snippets/choose/forms_app/auditentry/(results/|chosen-multiple/)?", CHOOSER),
    Rule(r"admin/snippets/choose/forms_app/auditentry/chosen/<str:pk>/", admin(NF, NF, {"office": "200"}, NF, NF)),
    Rule(r"admin/snippets/choose/forms_app/auditentry/create/", SUPERUSER_ONLY),
    Rule(r"admin/office/(results/)?", admin(D, "200", "200", D, D)),
    Rule(r"admin/calendarperiod/(results/)?", admin(D, "200", "200", D, D),
         why="节假日与调休: the office reads it (deadlines); village users and editors have no use for it"),
    Rule(r"admin/calendarperiod/(new/|paste/|(edit|delete|history|history-results|usage)/<int:pk>/)",
         admin(D, D, "200", D, D), why="the head keeps the holiday calendar"),
    Rule(r"admin/(office|staffprofile)/.*", SUPERUSER_ONLY, why="offices and who works where: superuser"),

    # -- member units (policies) --------------------------------------------------------------------------
    Rule(r"admin/snippets/policies/memberunit/(results/|add/|(edit|usage|history|history-results|copy)/<int:pk>/)?",
         admin("200", D, "200", D, D, liaison=D), why="editors and the head manage member units"),
    Rule(r"admin/snippets/policies/memberunit/delete/<int:pk>/", SUPERUSER_ONLY,
         why="a unit named by policies is never deleted by role users"),
    Rule(r"admin/snippets/choose/policies/memberunit/(results/|chosen-multiple/|chosen/<str:pk>/)?", ANY_ADMIN_USER),
    Rule(r"admin/snippets/choose/policies/memberunit/create/", admin("200", D, "200", D, D, liaison=D)),

    # -- the committee's own work (committee app); a 联络员 reaches their unit's report and receipts only --
    Rule(r"admin/snippets/committee/annualreport/(results/)?", admin(D, "200", "200", D, D, liaison="200"),
         why="the office reads every unit's report; a 联络员's list holds their own unit's only"),
    Rule(r"admin/snippets/committee/annualreport/add/", admin(D, D, D, D, D, liaison="200"),
         why="reports are filed by the units' 联络员"),
    Rule(r"admin/snippets/committee/annualreport/inspect/<int:pk>/",
         admin(NF, "200", "200", NF, NF, liaison={"own": "200", "*": NF})),
    Rule(r"admin/snippets/committee/annualreport/(edit|usage|history|history-results)/<int:pk>/",
         admin(NF, D, D, NF, NF, liaison={"own": "200", "*": NF}), why="a report is the unit's own text"),
    Rule(r"admin/snippets/committee/annualreport/delete/<int:pk>/",
         admin(NF, D, D, NF, NF, liaison={"own": D, "*": NF}), why="nobody deletes a filed report"),
    Rule(r"admin/snippets/committee/annualround/(results/|inspect/<int:pk>/)?",
         admin(D, "200", "200", D, D, liaison="200"), why="a 联络员 sees the rounds (not who else has reported)"),
    Rule(r"admin/snippets/committee/\w+/delete/<int:pk>/", SUPERUSER_ONLY,
         why="the committee's records are kept, never deleted by role users"),
    Rule(r"admin/snippets/committee/\w+/((results|add)/|(edit|usage|history|history-results|inspect)/<int:pk>/)?",
         admin(D, "200", "200", D, D), why="the committee office (司法所) keeps meetings, 纪要, 督办, composition"),
    Rule(r"admin/snippets/choose/committee/annualround/(results/|chosen-multiple/|chosen/<str:pk>/)?",
         admin(D, "200", "200", D, D, liaison="200"), why="a 联络员 chooses the round of their report"),
    Rule(r"admin/snippets/choose/committee/\w+/.*", admin(D, "200", "200", D, D),
         why="committee choosers need the model's view (create: add) permission (committee/views/choosers.py)"),
    Rule(r"admin/committee/minutes/<int:pk>/pdf/", admin(D, "200", "200", D, D),
         why="the fixture 纪要 is 印发: the office prints it (a draft is refused: committee/tests)"),
    Rule(r"admin/committee/minutes/<int:pk>/<str:action>/", SUPERUSER_ONLY,
         why="the fixture 纪要 is already 印发, so no step is open to anyone; each step by role is tested in "
             "committee/tests/test_minutes_workflow.py"),
    Rule(r"admin/committee/papers/draft/", admin(D, "200", "200", D, D),
         why="the office drafts the 年度工作要点/总结 (committee/tests/test_papers.py)"),
    Rule(r"admin/committee/papers/<int:pk>/pdf/",
         admin(D, {"approved": "200", "*": R}, {"approved": "200", "*": R}, D, D),
         why="only an approved (审定) paper prints; a draft sends the office back to its 查看 page"),
    Rule(r"admin/committee/papers/<int:pk>/<str:action>/",
         admin(D, {"draft": "200", "*": D}, {"draft": "200", "*": D}, D, D),
         why="提交审核 is open on the draft to the office; each step by role: committee/tests/test_papers.py"),
    Rule(r"admin/committee/reports/<int:pk>/pdf/", admin(NF, "200", "200", NF, NF, liaison={"own": "200", "*": NF}),
         why="a yearly report prints for the office and its own unit's 联络员"),
    Rule(r"admin/committee/supervision/<int:pk>/notice\.pdf", admin(D, "200", "200", D, D)),
    Rule(r"admin/committee/supervision/mine/", admin(D, D, D, D, D, liaison="200"),
         why="a 联络员's list of the 督办 items their unit is 承办单位 of"),
    Rule(r"admin/committee/supervision/<int:pk>/report/", admin(D, D, D, D, D, liaison={"own": "200", "*": NF}),
         why="the 承办单位's 联络员 reports progress and result; another unit's item is 404"),
    Rule(r"admin/committee/receipts/", admin(D, "200", "200", D, D, liaison="200")),
    Rule(r"admin/committee/receipts/<int:pk>/(pdf/)?", admin(D, D, D, D, D, liaison={"own": "200", "*": NF}),
         why="a 联络员 reads and prints a 纪要 印发 to their unit (another unit's, a draft or an unissued one is "
             "404: committee/tests/test_received_minutes.py); the office reads 纪要 on their 查看 page"),
    Rule(r"admin/committee/receipts/<int:pk>/materials/<int:document_id>/",
         admin(D, D, D, D, D, liaison={"own": NF, "*": NF}),
         why="a material of a meeting whose 纪要 was 印发 to the 联络员's unit (the matrix names a missing document; "
             "served and refused for real in committee/tests/test_materials.py)"),
    Rule(r"admin/committee/receipts/<int:pk>/confirm/", admin(NF, D, D, NF, NF, liaison={"own": "200", "*": NF}),
         why="only the receiving unit's 联络员 signs for a 纪要"),

    Rule(r"admin/snippets/", SUPERUSER_ONLY,
         why="every snippet has its own menu (社区矫正工作, 成员单位, 委员会工作): the 片段 index lists nothing for a role"),
    Rule(r"admin/policies/import/", admin("200", "200", "200", D, D, liaison=D), why="导入文档: page editors"),

    Rule(r"admin/policy_versions/(results/|(edit|history|history-results|usage)/<int:pk>/)?",
         admin("200", D, D, D, D, liaison=D), why="editors correct 修订说明/施行日期 of recorded versions"),
    Rule(r"admin/policy_versions/(new/|delete/<int:pk>/)", SUPERUSER_ONLY,
         why="versions are recorded on publish, never added or deleted by hand"),

    # -- page tree ------------------------------------------------------------------------------------
    Rule(r"admin/pages/", admin(R, R, R, D, D, liaison=D), why="the explorer root redirects editors to their subtree"),
    Rule(r"admin/pages/<int:parent_page_id>/(results/)?",
         pages({"home": R, "root": R, "*": "200"}), why="above the library: redirect to the permitted subtree"),
    Rule(r"admin/pages/add/.*", pages(ON_LIBRARY)),
    Rule(r"admin/pages/<int:parent_page_id>/add_subpage/", pages({"home": D, "root": D, "*": R}),
         why="one allowed page type: straight to its form"),
    Rule(r"admin/pages/(usage/.*|search/|search/results/)", pages("200")),
    Rule(r"admin/pages/create/<slug:app_label>/<slug:model_name>", ANY_ADMIN_USER,
         why="lists only the parents the user may add under (none for village users)"),
    Rule(r"admin/pages/<int:page_id>/(usage|edit|edit/preview|view_draft|copy|workflow_history|history|"
         r"history/results)/", pages(ON_LIBRARY)),
    Rule(r"admin/pages/<int:page_id>/revisions/<int:revision_id>/view/", pages(ON_LIBRARY)),
    Rule(r"admin/pages/\^\(\?P<pk>.*revisions/compare/.*", pages(ON_LIBRARY)),
    Rule(r"admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/",
         pages({"home": D, "root": NF, "*": "200"}, village={"root": NF, "*": D}),
         why="the root page has no revision"),
    Rule(r"admin/pages/<int:page_id>/revisions/", admin(R, R, R, R, R), why="moved to history/"),
    Rule(r"admin/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/",
         pages({"home": D, "root": D, "*": NF})),
    Rule(r"admin/pages/<int:page_id>/delete/", pages({"draft": "200", "*": D},
                                                     head={"draft": "200", "public": "200", "on_request": "200",
                                                           "*": D}),
         why="editors delete drafts; the head (publish permission) also live pages; nobody the library"),
    Rule(r"admin/pages/<int:page_to_move_id>/move/", pages({"draft": "200", "*": D},
                                                          head={"draft": "200", "library": "200", "public": "200",
                                                                "on_request": "200", "*": D}),
         why="moving a live page needs publish permission: the head (the library too; its parent decides)"),
    Rule(r"admin/pages/<int:page_id>/unpublish/", pages(D, head={"library": "200", "public": "200",
                                                                 "on_request": "200", "*": D}),
         why="unpublishing needs publish permission: the head"),
    Rule(r"admin/pages/<int:page_id>/(privacy|revisions/<int:revision_id>/unschedule)/",
         pages(D, head={"draft": "200", "library": "200", "public": "200", "on_request": "200", "*": D})),
    Rule(r"admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/",
         pages({"draft": "200", "*": D}, head={"draft": "200", "public": "200", "on_request": "200", "*": D}),
         why="policies/wagtail_hooks.py refuses the confirm page (page titles) to whoever may not move there"),
    Rule(r"admin/pages/workflow/confirm_cancellation/<int:page_id>/", ANY_ADMIN_USER,
         why="an explanatory page; cancelling happens on the edit form's POST"),
    Rule(r"admin/pages/workflow/(action|collect_action_data)/.*", NO_SUCH_OBJECT, why="no task state fixture"),
    Rule(r"admin/pages/workflow/preview/.*", SUPERUSER_ONLY),
    Rule(r"admin/pages/<int:page_id>/convert_alias/", NO_SUCH_OBJECT, why="no page is an alias"),
    Rule(r"admin/pages/<int:page(_to_move)?_id>/(set_position|lock|unlock)/", POST_ONLY),
    Rule(r"admin/choose-page/.*|admin/choose-(external|email|phone|anchor)-link/", ANY_ADMIN_USER),
    Rule(r"admin/api/main/\^pages/<int:pk>/", pages({"root": NF, "*": "200"}, village=NF)),
    Rule(r"admin/api/main/\^\w+/<int:pk>/action/.*", POST_ONLY),
    Rule(r"admin/api/main/\^\w+/", ANY_ADMIN_USER, why="listings filtered to what the user may see"),
    Rule(r"admin/api/main/\^\w+/(<int:pk>/|find/)", NO_SUCH_OBJECT),
    Rule(r"admin/bulk/<str:app_label>/<str:model_name>/<str:action>/", roles(*(bulk_actions(r) for r in ROLES)),
         why="every registered bulk action (variants.py), with ids of both committees, a minor and another office "
             "and with id=all: the confirmation lists only rows in scope the role may act on, else 404"),

    # -- reports, workflows, settings, wagtail's own admin ------------------------------------------------
    Rule(r"admin/reports/(workflow|workflow_tasks|aging-pages|page-types-usage)/(results/)?", pages("200"),
         why="page reports (and their CSV/XLSX exports): pages only, for the roles holding page permissions; "
             "no record model takes part in Wagtail workflows or locking"),
    Rule(r"admin/reports/site-history/(results/)?", ANY_ADMIN_USER,
         why="entries about records only while the record is in the reader's scope (forms_app/views/site_history.py); "
             "the content check reads the page and both exports"),
    Rule(r"admin/reports/locked/(results/)?", SUPERUSER_ONLY),
    Rule(r"admin/workflows/(enable|tasks/enable)/<int:pk>/|admin/workflows/remove/.*", POST_ONLY),
    Rule(r"admin/workflows/task_chooser/.*", ANY_ADMIN_USER, why="used from the page editor"),
    Rule(r"admin/workflows/.*", SUPERUSER_ONLY),
    Rule(r"admin/(collections/<int:pk>|redirects/<int:redirect_id>)/delete/", NO_SUCH_OBJECT,
         why="the root collection cannot be deleted; no redirect fixture"),
    Rule(r"admin/(collections|redirects|sites|users|groups|settings)/.*", SUPERUSER_ONLY),
    Rule(r"admin/(documents|images)/chooser/(results/|chosen-multiple/)?", ANY_ADMIN_USER),
    Rule(r"admin/documents/chooser/create/", admin(D, "200", "200", D, D),
         why="the office roles upload a meeting material from the meeting form's chooser"),
    Rule(r"admin/documents/edit/<int:document_id>/", admin(D, NF, NF, D, D),
         why="the office roles may edit documents they may add (here a missing one)"),
    Rule(r"admin/(documents|images)/chooser/create/", SUPERUSER_ONLY),
    Rule(r"admin/(documents|images)/chooser/.*", NO_SUCH_OBJECT),
    Rule(r"admin/(documents|images)/multiple/(?!add/).*", POST_ONLY),
    Rule(r"admin/(documents|images)/(edit/<int:document_id>/|<int:image_id>/)", SUPERUSER_ONLY),
    Rule(r"admin/documents/(|results/|add/|multiple/add/)", admin(D, "200", "200", D, D),
         why="the office roles add meeting materials to the 委员会会议材料 collection (home.roles); the index "
             "lists that collection's documents only"),
    Rule(r"admin/images/(|results/|add/|multiple/add/)", SUPERUSER_ONLY, why="no role holds image permissions"),
    Rule(r"admin/(documents|images)/.*", NO_SUCH_OBJECT, why="no document or image fixtures"),
    Rule(r"admin/(account|dismissibles|tag-autocomplete|test404)/", ANY_ADMIN_USER),
    # -- login security (accounts/): two-factor steps, 登录锁定, 登录记录 ---------------------------------------
    Rule(r"admin/two-factor/setup/", ANY_ADMIN_USER, why="everyone may set up (or see) their own second factor"),
    Rule(r"admin/two-factor/verify/", admin(R, R, D, R, R),
         why="the verified head is sent on to the dashboard (which counts as denied); no device: to setup"),
    Rule(r"admin/(login-lockouts|login-log)/", admin(D, D, "200", D, D),
         why="the head's own office's accounts; axes permissions"),
    Rule(r"admin/login-lockouts/unlock/", admin(D, D, NA, D, D), why="POST only, for who may unlock"),
    Rule(r"admin/help/", ANY_ADMIN_USER, why="使用帮助: the same guide for every role (home/help.py), no records"),
    Rule(r"admin/tag-autocomplete/.*|admin/block-preview/|admin/\^\.\*/\$", NO_SUCH_OBJECT),
    Rule(r"admin/failwhale/", admin("500", "500", "500", "500", "500"),
         why="Wagtail's deliberate error page for testing error reporting"),
    Rule(r"admin/(logout/|editing-sessions/.*)", POST_ONLY,
         why="GET is refused; test_editing_sessions posts to the editing-session endpoints"),
    Rule(r"admin/login/", roles("200", D, D, D, D, D), why="a logged-in user is sent on to the dashboard"),
    Rule(r"admin/(sprite/|jsi18n/|password_reset/.*)", PUBLIC),
    Rule(r"admin/", ANY_ADMIN_USER, why="the dashboard"),
]
