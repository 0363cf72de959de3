"""The policy page's admin form: tidies a typed 文号 before the model validates its shape."""

from wagtail.admin.forms import WagtailAdminPageForm

from policies.validators import normalize_doc_number


class PolicyPageForm(WagtailAdminPageForm):
    def clean_doc_number(self):
        # "回府发[2023]104 号" and "回府发（2023）104号" are what people type; store the official 〔〕 form.
        return normalize_doc_number(self.cleaned_data.get("doc_number", ""))
