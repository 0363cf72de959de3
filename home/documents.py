"""Wagtail's document form with the Chinese file input (WAGTAILDOCS_DOCUMENT_FORM_BASE): the 文档 add,
edit (替换文件) and chooser-upload forms. Wagtail's multiple uploader draws its own translated button."""

from wagtail.documents.forms import BaseDocumentForm

from core.widgets import ChineseFileInput


class DocumentForm(BaseDocumentForm):
    class Meta(BaseDocumentForm.Meta):
        # Wagtail's own attributes (its w-sync controller fills the title from the file name) are kept.
        widgets = {**BaseDocumentForm.Meta.widgets,
                   "file": ChineseFileInput(attrs=BaseDocumentForm.Meta.widgets["file"].attrs)}
