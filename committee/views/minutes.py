"""Inspect pages with their buttons (纪要 workflow steps, 打印), and a new 纪要 draft records its drafter."""

from django.urls import reverse
from wagtail.snippets.views.snippets import CreateView

from .inspect import ChineseInspectView

from .. import buttons


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
