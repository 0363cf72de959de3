"""The policy page's admin form: tidies a typed 文号 and checks a 修订's 施行日期 before saving."""

from types import SimpleNamespace

from wagtail.admin.forms import WagtailAdminPageForm

from policies.validators import normalize_doc_number


class PolicyPageForm(WagtailAdminPageForm):
    def clean_doc_number(self):
        # "回府发[2023]104 号" and "回府发（2023）104号" are what people type; store the official 〔〕 form.
        return normalize_doc_number(self.cleaned_data.get("doc_number", ""))

    def clean(self):
        cleaned = super().clean()
        # Here, not in PolicyPage.clean(): the model is also cleaned when a stored revision is published
        # (workflow approval, scheduled go-live), and that must not fail on what the editor was already told.
        from versions.recording import effective_date_error

        typed = SimpleNamespace(pk=self.instance.pk, version_is_new=cleaned.get("version_is_new"),
                                version_effective_date=cleaned.get("version_effective_date"))
        message = effective_date_error(typed)
        if message and "version_effective_date" not in self.errors:
            self.add_error("version_effective_date", message)
        return cleaned
