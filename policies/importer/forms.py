"""The 导入文档 form: pasted text or an uploaded file, the parent page, the editor's decisions."""

from django import forms
from wagtail.models import Page

from core.widgets import ChineseFileInput

from policies.models import PolicyLibraryPage, PolicyPage

from . import limits


def parent_choices(user):
    """Library pages and top-level policies under which this user may add a policy page."""
    libraries = list(PolicyLibraryPage.objects.all().order_by("path"))
    notices = list(PolicyPage.objects.filter(depth__in=[lib.depth + 1 for lib in libraries]).order_by("path"))
    pages = sorted(libraries + notices, key=lambda p: p.path)
    allowed = [p for p in pages if p.permissions_for_user(user).can_add_subpage()]
    return [(p.pk, ("　" * (p.depth - min(x.depth for x in allowed))) + p.title) for p in allowed]


class ImportForm(forms.Form):
    text = forms.CharField(label="粘贴文字", required=False, max_length=limits.MAX_CHARS,
                           widget=forms.Textarea(attrs={"rows": 12, "placeholder": "把文件全文粘贴到这里，或在下面上传文件"}))
    file = forms.FileField(label="或上传文件", required=False, widget=ChineseFileInput,
                           help_text=f".txt（UTF-8 或 GBK/GB18030）或 .docx，最大 {limits.MAX_UPLOAD_BYTES // limits.MB} MB")
    parent = forms.TypedChoiceField(label="建在哪个栏目下", coerce=int)
    drop_spam = forms.BooleanField(label="删除疑似注入的广告文字", required=False,
                                   help_text="预览中以“疑似注入”标出的文字；不勾选则原样保留")
    title = forms.CharField(label="标题", required=False, max_length=255,
                            help_text="留空则使用识别出的标题（勾选删除广告文字时不含广告文字）")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].choices = parent_choices(user)

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload is not None and upload.size > limits.MAX_UPLOAD_BYTES:
            self.add_error("file", limits.upload_too_big(upload.size))
        elif upload is None and not (data.get("text") or "").strip():
            raise forms.ValidationError("请粘贴文字或上传文件。")
        return data

    def parent_page(self):
        return Page.objects.get(pk=self.cleaned_data["parent"])
