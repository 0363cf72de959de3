"""Printing in the admin: its URLs under /admin/print/, 打印 buttons on notices/registrations (listing row,
edit/view header, footer menu), 打印名单, the batch 打印 action."""

from django.shortcuts import redirect
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.widgets.button import Button, ListingButton
from wagtail.snippets.action_menu import ActionMenuItem
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from forms_app import buttons, scope
from forms_app.models import AssistanceNotice, Assistant, Registration
from . import jobs, urls

PRINT_URLS = {AssistanceNotice: "printing:notice", Registration: "printing:registration"}


def print_url(obj) -> str:
    return reverse(PRINT_URLS[type(obj)], args=[obj.pk])


@hooks.register("register_admin_urls")
def print_urls():
    return [path("print/", include(urls, namespace="printing"))]


@hooks.register(buttons.HEADER_ACTIONS_HOOK)
def print_header_action(user, obj):
    if type(obj) in PRINT_URLS and obj.pk is not None:
        return [buttons.Action("print", "打印", print_url(obj), "doc-full", new_tab=True)]
    return []


@hooks.register("register_snippet_listing_buttons")
def print_listing_button(snippet, user, next_url=None):
    if type(snippet) in PRINT_URLS:
        yield ListingButton("打印", print_url(snippet), icon_name="doc-full", priority=15,
                     attrs={"target": "_blank", "rel": "noopener", "aria-label": f"打印“{snippet}”"})


class PrintMenuItem(ActionMenuItem):
    """打印 in the footer action menu of an existing notice or registration."""

    name = "action-print"
    label = "打印"
    icon_name = "doc-full"
    order = 90

    def is_shown(self, context):
        return context.get("view") == "edit" and context.get("instance") is not None

    def get_url(self, parent_context):
        return print_url(parent_context["instance"])


@hooks.register("register_snippet_action_menu_item")
def print_menu_item(model):
    return PrintMenuItem() if model in PRINT_URLS else None


@hooks.register("register_snippet_listing_buttons")
def roster_listing_button(snippet, user, next_url=None):
    # the roster is about all assistants; offered from each row's menu and the header (below)
    if isinstance(snippet, Assistant):
        yield Button("打印协助人员名单（备案）", reverse("printing:roster"), icon_name="doc-full",
                     priority=90, attrs={"target": "_blank", "rel": "noopener"})


class PrintNoticesBulkAction(SnippetBulkAction):
    """Selected notices → one PDF, built by the background worker; redirects to the progress page.

    A selection with a 草稿 is refused as a whole (docs/FORMS.md, "Drafts in a batch"): the pile is what
    gets sealed and sent or filed, and an unapproved, unnumbered notice must not end up in it.
    """

    display_name = "打印"
    action_type = "print"
    aria_label = "打印所选通知单"
    template_name = "printing/confirm_bulk_print.html"
    action_priority = 20
    models = [AssistanceNotice]

    def check_perm(self, obj):
        return scope.can_view(self.request.user, obj)

    def get_actionable_objects(self):
        ids = self.request.GET.getlist("id")
        qs = AssistanceNotice.objects.all()
        if "all" not in ids:
            qs = qs.filter(pk__in=[i for i in ids if i.isdigit()])
        allowed = scope.notices_for(self.request.user, qs).select_related("supervisee").order_by("year", "serial", "pk")
        # out-of-scope ids are dropped silently: they must look like ids that do not exist
        notices = list(allowed)
        drafts = [n for n in notices if n.status == AssistanceNotice.DRAFT]
        return notices, {"items_with_no_access": [], "drafts": drafts}

    def form_valid(self, form):
        objects, extra = self.get_actionable_objects()
        if extra["drafts"]:  # the confirmation page already said so; a forged POST gets the same page
            return self.render_to_response(self.get_context_data())
        job = jobs.create(self.request.user, [n.pk for n in objects])
        jobs.enqueue(job)
        return redirect("printing:job_status", job_id=job.pk)

    @classmethod
    def execute_action(cls, objects, **kwargs):  # pragma: no cover - form_valid does the work
        return len(objects), 0


hooks.register("register_bulk_action", PrintNoticesBulkAction)
