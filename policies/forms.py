"""The policy page's admin form: tidies a typed 文号 and runs the checks other apps register (CLEAN_HOOK)."""

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm

from policies.validators import normalize_doc_number

CLEAN_HOOK = "clean_policy_page_form"


class PolicyPageForm(WagtailAdminPageForm):
    def clean_doc_number(self):
        # "回府发[2023]104 号" and "回府发（2023）104号" are what people type; store the official 〔〕 form.
        return normalize_doc_number(self.cleaned_data.get("doc_number", ""))

    def clean(self):
        cleaned = super().clean()
        # Here, not in PolicyPage.clean(): the model is also cleaned when a stored revision is published
        # (workflow approval, scheduled go-live), and that must not fail on what the editor was already told.
        # Other apps check their own fields (versions: the 施行日期) through this hook, so policies never
        # imports them: fn(form, cleaned_data) adds its errors to the form.
        for check in hooks.get_hooks(CLEAN_HOOK):
            check(self, cleaned)
        return cleaned
