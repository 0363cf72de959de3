"""Admin forms: every unit field offers the user's own committee's units (committee.units); the meeting form
checks its 议题 and materials against the rules before the meeting."""

from django.forms import ModelChoiceField
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm

from policies.models import MemberUnit

from .rules import meetings as rules
from .units import units_for


def _rows(formset):
    """The cleaned rows of an inline formset that are kept (not deleted, not blank)."""
    for form in formset.forms:
        if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE"):
            yield form.cleaned_data


def narrow_units(form, units):
    """Every member-unit field of `form` offers (and accepts) `units` only."""
    for field in form.fields.values():
        if isinstance(field, ModelChoiceField) and field.queryset.model is MemberUnit:
            field.queryset = units


class CommitteeForm(WagtailAdminModelForm):
    """A committee paper's form: its unit fields, and those of its inline rows (参会人员, 分送单位), list the
    user's own committee's units; another committee's unit posted anyway is refused as an invalid choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        units = units_for(self.for_user)
        narrow_units(self, units)
        for formset in self.formsets.values():  # its forms are built later, from this class
            formset.form = _scoped(formset.form, units)


def _scoped(form_class, units):
    class Scoped(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            narrow_units(self, units)

    Scoped.__name__ = form_class.__name__
    return Scoped


class MeetingForm(CommitteeForm):
    def clean(self):
        cleaned = super().clean()
        held_on = cleaned.get("held_on")
        if held_on and hasattr(self, "formsets"):
            decided = [row.get("decided_on") for row in _rows(self.formsets["topics"])]
            sent = [row.get("distributed_on") for row in _rows(self.formsets["materials"])]
            for error in rules.late_preparations(held_on, decided, sent, timezone.localdate()):
                self.add_error(None, error)
        return cleaned
