"""年度工作要点/总结 in the admin: the listing with 起草, the 查看 page with the workflow buttons and 打印,
an edit form that is refused once the paper has left the draft, the steps (a return needs a reason), the PDF.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import CreateView, IndexView

from pdf.fonts import MissingGlyphError

from .. import buttons, paper_drafts, paper_workflow, scope
from ..models import YearlyPaper
from ..printing import paper_pdf
from ..rules import papers as rules
from ..units import site_committee
from .inspect import ChineseInspectView
from .locked_edit import DraftOnlyEditView, draft_only
from .scoped import ScopedViews
from .viewsets import CommitteeViewSet

ADD_PERM = "committee.add_yearlypaper"
CONFIRM = {
    "submit": "确认将这份文稿提交委员会办公室主任审核？提交后不能再修改，除非被退回。",
    "review": "确认审核通过这份文稿？审核后送委员会主任或常务副主任审定。",
    "approve": "确认审定这份文稿？审定后文稿锁定，可以打印正式文本。",
    "return": "将这份文稿退回委员会办公室修改。请写明退回理由：",
}


def _inspect_url(paper):
    return reverse(YearlyPaper.snippet_viewset.get_url_name("inspect"), args=[paper.pk])


class PaperIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm(ADD_PERM):
            buttons.append(HeaderButton("按年度情况起草", url=reverse("committee_paper_draft"), icon_name="edit"))
        return buttons


class PaperCreateView(CreateView):
    """A blank draft: the committee is the site's, the drafter the user."""

    def get_initial_form_instance(self):
        return YearlyPaper(committee=site_committee(), drafted_by=self.request.user)


class PaperEditView(DraftOnlyEditView):
    """Only a 草稿 is saved; a paper submitted, approved or returned while the form was open is not written
    back (views.locked_edit)."""

    editable = staticmethod(rules.editable)
    refusal = "文稿已不是草稿（当前：{status}），不能再修改；如需修改，请由审核人或审定人退回。"


class PaperInspectView(ChineseInspectView):
    template_name = "committee/paper_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paper = self.object
        context["paper_actions"] = buttons.paper_steps(self.request.user, paper)
        context["pdf_url"] = next((a.url for a in buttons.paper_print_action(paper)), "")
        context["paper"] = paper
        return context


@draft_only(rules.editable)
class YearlyPaperViewSet(ScopedViews, CommitteeViewSet):
    """The site's committee's papers only (scope.papers_for): another's answers 404 and is never listed."""

    model = YearlyPaper
    rows = staticmethod(scope.papers_for)
    icon = "doc-full-inverse"
    menu_label = "年度工作要点与总结"
    list_display = ["__str__", "kind", "year", "status", Column("approved_at", label="审定时间")]
    list_filter = ["kind", "status"]
    inspect_view_enabled = True
    inspect_view_fields = ["kind", "year", "status", "drafted_by", "submitted_by", "submitted_at", "reviewed_by",
                           "reviewed_at", "approved_by", "approved_at", "return_reason"]
    index_view_class = PaperIndexView
    add_view_class = PaperCreateView
    edit_view_class = PaperEditView
    inspect_view_class = PaperInspectView

    def register_chooser_viewset(self):
        pass  # nothing links to a paper; a chooser would list every committee's



# -- 起草: a new draft prefilled from the year's records ---------------------------------------------
class DraftForm(forms.Form):
    kind = forms.ChoiceField(label="文稿类型", choices=YearlyPaper.KINDS)
    year = forms.IntegerField(label="年度", min_value=2000, max_value=2100, error_messages={
        "required": "请填写年度。", "invalid": "年度应为四位年份，如 2026。",
        "min_value": "年度应为四位年份，如 2026。", "max_value": "年度应为四位年份，如 2026。"})


def draft(request):
    if not (scope.is_office(request.user) and request.user.has_perm(ADD_PERM)):
        raise PermissionDenied
    today = timezone.localdate()
    form = DraftForm(request.POST or None, initial={"kind": rules.SUMMARY if today.month >= 11 else rules.PLAN,
                                                    "year": today.year})
    if request.method == "POST" and form.is_valid():
        try:
            paper = paper_drafts.create_draft(request.user, site_committee(), form.cleaned_data["kind"],
                                              form.cleaned_data["year"], today)
        except ValueError as exc:
            form.add_error("year", str(exc))
        else:
            messages.success(request, f"已起草《{paper}》，请修改完善后提交审核。")
            return redirect(reverse(YearlyPaper.snippet_viewset.get_url_name("edit"), args=[paper.pk]))
    return TemplateResponse(request, "committee/paper_draft.html", {
        "page_title": "起草年度工作要点或总结", "header_icon": "edit", "form": form, "breadcrumbs_items": [],
        "back_url": reverse(YearlyPaper.snippet_viewset.get_url_name("list"))})


# -- the workflow steps ---------------------------------------------------------------------------------
class ReasonForm(forms.Form):
    reason = forms.CharField(label="退回理由", widget=forms.Textarea(attrs={"rows": 4}), max_length=rules.REASON_MAX,
                             error_messages={"required": "退回修改须写明退回理由。",
                                             "max_length": f"退回理由不能超过 {rules.REASON_MAX} 字。"})


def paper_action(request, pk, action):
    if action not in rules.ACTIONS or not scope.is_office(request.user):
        raise PermissionDenied
    paper = get_object_or_404(scope.papers_for(request.user), pk=pk)
    if request.method != "POST" and action not in paper_workflow.allowed_actions(request.user, paper):
        raise PermissionDenied
    form = ReasonForm(request.POST or None) if action == "return" else None
    error = ""
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            done = paper_workflow.act(request.user, paper, action, form.cleaned_data["reason"] if form else "")
        except (ValidationError, PermissionDenied) as exc:
            error = "；".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
        else:
            messages.success(request, f"{done}：{rules.ACTIONS[action].verb}完成，当前状态：{done.status}。")
            return redirect(_inspect_url(done))
    verb = rules.ACTIONS[action].verb
    return TemplateResponse(request, "committee/paper_action.html", {
        "page_title": f"{verb}年度工作要点、总结", "page_subtitle": str(paper), "header_icon": "doc-full-inverse",
        "message": CONFIRM[action], "form": form, "button_label": verb, "back_url": _inspect_url(paper),
        "error": error, "breadcrumbs_items": []})


def paper_pdf_view(request, pk):
    if not scope.is_office(request.user):
        raise PermissionDenied
    paper = get_object_or_404(scope.papers_for(request.user), pk=pk)
    if paper.status != rules.APPROVED:
        messages.error(request, "文稿经委员会主任或常务副主任审定后才能打印正式文本。")
        return redirect(_inspect_url(paper))
    try:
        content = paper_pdf.render(paper_pdf.from_paper(paper))
    except MissingGlyphError as exc:
        messages.error(request, str(exc))
        return redirect(_inspect_url(paper))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f"inline; filename=paper-{paper.pk}.pdf"
    response["Cache-Control"] = "private, no-store"
    return response
