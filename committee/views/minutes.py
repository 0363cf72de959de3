"""Inspect pages with their buttons (纪要 workflow steps, 打印), a new 纪要 draft records its drafter, and a
纪要 is edited only while a 草稿 (views.locked_edit)."""

from django.urls import reverse
from wagtail.snippets.views.snippets import CreateView

from .. import buttons
from ..rules import minutes as rules
from .inspect import ChineseInspectView
from .locked_edit import DraftOnlyEditView


class MinutesInspectView(ChineseInspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["minutes_actions"] = buttons.minutes_actions(self.request.user, self.object)
        context["pdf_url"] = next((a.url for a in buttons.print_action(self.object)), "")
        return context


class MinutesCreateView(CreateView):
    def save_instance(self):
        self.form.instance.drafted_by = self.request.user
        return super().save_instance()


class MinutesEditView(DraftOnlyEditView):
    """A 纪要 审核/签发 while the form was open is refused, not written back to a 草稿."""

    editable = staticmethod(rules.editable)
    refusal = "会议纪要已不是草稿（当前：{status}），不能再修改；如需修改，请由办公室主任退回。"


class PdfInspectView(ChineseInspectView):
    """An inspect page with one 打印 button: `pdf_url_name` and `pdf_label` are set per viewset."""

    template_name = "committee/inspect_with_pdf.html"
    pdf_url_name = ""
    pdf_label = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pdf_url"] = reverse(self.pdf_url_name, args=[self.object.pk])
        context["pdf_label"] = self.pdf_label
        return context


class ReportInspectView(PdfInspectView):
    pdf_url_name, pdf_label = "committee_report_pdf", "打印履职报告（PDF）"


class SupervisionInspectView(PdfInspectView):
    pdf_url_name, pdf_label = "committee_supervision_pdf", "打印督办通知（PDF）"
