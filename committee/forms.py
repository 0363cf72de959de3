"""Admin forms: the meeting form checks its 议题 and materials against the rules before the meeting."""

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm

from .rules import meetings as rules


def _rows(formset):
    """The cleaned rows of an inline formset that are kept (not deleted, not blank)."""
    for form in formset.forms:
        if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE"):
            yield form.cleaned_data


class MeetingForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        held_on = cleaned.get("held_on")
        if held_on and hasattr(self, "formsets"):
            decided = [row.get("decided_on") for row in _rows(self.formsets["topics"])]
            sent = [row.get("distributed_on") for row in _rows(self.formsets["materials"])]
            for error in rules.late_preparations(held_on, decided, sent, timezone.localdate()):
                self.add_error(None, error)
        return cleaned
