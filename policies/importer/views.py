"""导入文档: paste or upload -> preview of the detected structure and warnings -> a draft page."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from policies.choices import DISCLOSURE_CHOICES, VALIDITY_CHOICES
from policies.kinds import kind_of

from .build import BuildError, build
from .decode import ImportFailure, decode_bytes
from .document import parse_text
from .forms import ImportForm
from .warnings import Report, groups

def can_import(user):
    """Anyone who may add pages somewhere (the form then offers only the parents they may use)."""
    return (user.is_active and user.has_perm("wagtailadmin.access_admin")
            and PagePermissionPolicy().user_has_permission(user, "add"))


class ImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "policies/importer/import.html"
    form_class = ImportForm
    page_title = "导入文档"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            return permission_denied(request)  # Wagtail's way: back to the dashboard with a message
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [{"url": reverse("wagtailadmin_home"), "label": "仪表盘"}, {"url": "", "label": self.page_title}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        report = Report()
        try:
            text = self._text(form, report)
            doc = parse_text(text, drop_spam=form.cleaned_data["drop_spam"], report=report)
        except ImportFailure as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)
        if "create" not in self.request.POST:
            return self.preview(form, text, doc)
        try:
            page, notes = build(doc, form.parent_page(), user=self.request.user, title=form.cleaned_data["title"])
        except BuildError as exc:
            form.add_error(None, str(exc))
            return self.preview(form, text, doc)
        for note in notes:
            messages.warning(self.request, note)
        messages.success(self.request, f"已建立草稿“{page.title}”及 {len(doc['attachments'])} 个附件，请核对后提交审核。")
        return redirect("wagtailadmin_pages:edit", page.pk)

    def _text(self, form, report):
        upload = form.cleaned_data.get("file")
        if upload is not None:
            return decode_bytes(upload.read(), upload.name, report)
        return form.cleaned_data["text"]

    def preview(self, form, text, doc):
        # the decoded text travels with the form, so "create" imports exactly what was previewed
        data = form.data.copy()
        data["text"] = text
        errors = form.non_field_errors()  # why the draft was not created (BuildError) stays on the page
        form = self.form_class(data=data, user=self.request.user)
        form.is_valid()
        for error in errors:
            form.add_error(None, error)
        form.fields["title"].widget.attrs["placeholder"] = doc["title"]
        return self.render_to_response(self.get_context_data(form=form, doc=doc, preview=preview_of(doc)))


META_LABELS = {"index_number": "索引号", "doc_number": "文号", "publisher": "发布机构", "date_written": "成文日期",
               "date_published": "发布日期", "subject": "主题分类", "keywords": "关键词", "disclosure": "公开属性",
               "validity": "有效性", "executing_agency": "政策执行机关", "consulting_agency": "政策咨询机关",
               "consulting_phone": "政策咨询电话", "normative_number": "规范性文件编号"}
CHOICES = dict(DISCLOSURE_CHOICES + VALIDITY_CHOICES)


def preview_of(doc):
    """The body and attachments as rows a template can show without knowing the block shapes."""
    return {
        "metadata": [(META_LABELS.get(k, k), CHOICES.get(v, v)) for k, v in doc["metadata"].items()],
        "body": _rows(doc["body"]),
        "attachments": [{**a, "rows": _rows(a["body"]), "counts": _count(a["body"])} for a in doc["attachments"]],
        "counts": {"body": _count(doc["body"])},
        "notes": groups(doc),
    }


def _rows(blocks):
    rows = []
    for block in blocks:
        kind = kind_of(block["type"])
        rows.append({"kind": kind.name, "template": kind.row_template, **kind.preview_row(block)})
    return rows


def _count(blocks):
    total = {"chapters": 0, "articles": 0, "duty_lists": 0}
    for block in blocks:
        for key, n in kind_of(block["type"]).counts(block["value"]).items():
            if key in total:
                total[key] += n
    return total
