"""Admin forms that know the user: choices limited to the user's scope, office taken from the user."""

from django.core.exceptions import ValidationError
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm

from . import prefill, scope
from .items import MAX_ITEMS
from .models import AssistanceNotice, Supervisee

OUTSIDE_OFFICE = "该社区矫正对象不属于本司法所或不存在，不能为其填发通知单。"


def kept_forms(formset):
    """The rows a save keeps, counted as Django's formset does: every existing row, changed or not, and the
    new rows that were filled in; minus the rows marked for deletion. (Counting only changed rows refused
    every draft saved without touching its 协助事项.)"""
    initial = formset.initial_form_count()
    return [form for i, form in enumerate(formset.forms)
            if (i < initial or form.has_changed()) and not getattr(form, "cleaned_data", {}).get("DELETE")]


class ScopedForm(WagtailAdminModelForm):
    """Limits every scoped foreign key to the user's scope; a forged choice gets a Chinese error."""

    scoped_fields = {}  # field name -> Chinese error for an out-of-scope choice

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.user = for_user
        for name, message in self.scoped_fields.items():
            if name in self.fields and for_user is not None:
                field = self.fields[name]
                field.queryset = scope.scope_queryset(for_user, field.queryset)
                field.error_messages["invalid_choice"] = message


class CommitteeForm(ScopedForm):
    scoped_fields = {"office": "只能在本司法所下登记村(居)委会。"}


class SuperviseeForm(ScopedForm):
    scoped_fields = {"village_committee": "所选村(居)委会不属于本司法所或不存在。"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A user who sees ID numbers masked everywhere else must not read one out of the edit form either:
        # the stored number is kept unless a complete new one is typed (a correction).
        self.id_hidden = bool(self.instance.pk and self.user is not None and not scope.can_unmask(self.user)
                              and "id_number" in self.fields)
        if self.id_hidden:
            field = self.fields["id_number"]
            field.required = False
            self.initial["id_number"] = ""
            field.widget.attrs["placeholder"] = scope.mask_id(self.instance.id_number)
            field.help_text = "号码已隐藏。留空则保持不变；如需更正，请输入完整的新号码。"

    def clean_id_number(self):
        value = (self.cleaned_data.get("id_number") or "").strip()
        if self.id_hidden and not value:
            return self.instance.id_number
        return value

    def _post_clean(self):
        # The office is always the office of the committee of residence.
        committee = self.cleaned_data.get("village_committee")
        if committee is not None:
            self.instance.office_id = committee.office_id
        super()._post_clean()
        self._check_unique_in_office()

    def _check_unique_in_office(self):
        # The model's (office, id_number) constraint is skipped by the form (office is not a form field).
        # Only the office's own records are compared, so the answer says nothing about other offices.
        number, office_id = self.instance.id_number, self.instance.office_id
        if not number or not office_id or self.has_error("id_number"):
            return
        clash = Supervisee.objects.filter(office_id=office_id, id_number=number).exclude(pk=self.instance.pk)
        if clash.exists():
            self.add_error("id_number", Supervisee._meta.constraints[0].violation_error_message)
            if self.user is not None and not scope.can_unmask(self.user):
                # Inside the office this still confirms a guessed number: the head reads each one.
                scope.audit(self.user, "search", Supervisee,
                            f"登记时身份证号码与本所已有记录重复（{scope.mask_id(number)}）")


class NoticeForm(ScopedForm):
    scoped_fields = {"supervisee": OUTSIDE_OFFICE, "village_committee": "所选村(居)委会不属于本司法所或不存在。"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "village_committee" in self.fields:
            # Left empty, clean() takes the supervisee's committee: the field must not refuse emptiness first.
            field = self.fields["village_committee"]
            field.required = False
            field.help_text = "留空则为社区矫正对象居住地的村(居)委会。"
        if not self.instance.pk and self.user is not None:
            office = scope.office_of(self.user)
            if office:
                self.fields["contact_person"].initial = office.contact_person
                self.fields["contact_phone"].initial = office.contact_phone
        if self.instance.pk and self.instance.status != self.instance.DRAFT:
            for field in self.fields.values():
                field.disabled = True

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.instance.status != self.instance.DRAFT:
            raise ValidationError(f"通知单{self.instance.status}，不能再修改。")
        supervisee = cleaned.get("supervisee")
        if supervisee is not None:
            office = scope.office_of(self.user) if self.user is not None else None
            if self.user is not None and not self.user.is_superuser and (
                office is None or supervisee.office_id != office.pk
            ):
                self.add_error("supervisee", OUTSIDE_OFFICE)
            if not cleaned.get("village_committee"):
                cleaned["village_committee"] = supervisee.village_committee
        return cleaned

    def is_valid(self):
        valid = super().is_valid()
        items = self.formsets.get("items")
        if items is not None:
            kept = kept_forms(items)
            if len(kept) > MAX_ITEMS:
                self.add_error(None, f"协助事项最多{MAX_ITEMS}项，当前为{len(kept)}项。")
                return False
            if not kept:
                self.add_error(None, "请至少列明一项协助事项。")
                return False
        return valid

    def _post_clean(self):
        supervisee = self.cleaned_data.get("supervisee")
        if supervisee is not None and not self.instance.pk:
            self.instance.office_id = supervisee.office_id
            if not self.cleaned_data.get("village_committee"):
                self.instance.village_committee_id = supervisee.village_committee_id
        if not self.instance.pk and self.user is not None and self.user.is_authenticated:
            self.instance.filled_by = self.user
        super()._post_clean()


class RegistrationForm(ScopedForm):
    scoped_fields = {"notice": "所选通知单不属于本村(居)委会、尚未发出或已有登记表。"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "notice" in self.fields:
            field = self.fields["notice"]
            # The same notices the chooser offers (NoticeViewSet.choosable), plus this form's own one.
            awaiting = AssistanceNotice.AWAITING_REGISTRATION
            if self.instance.pk:
                awaiting |= Q(pk=self.instance.notice_id)
                field.disabled = True
            field.queryset = field.queryset.filter(awaiting)
        if not self.is_bound and not self.instance.pk and self.user is not None:
            self._prefill(self.initial.get("notice"))
        if self.instance.pk and self.instance.status == self.instance.SUBMITTED:
            for field in self.fields.values():
                field.disabled = True

    def _prefill(self, notice_id):
        """Opened from a notice (?notice=<id>): start from what the office holds (forms_app/prefill.py)."""
        if not notice_id:
            return
        notice = prefill.awaiting_notice(self.user, notice_id)
        if notice is None:
            self.initial.pop("notice", None)
            note = "所选通知单不存在、尚未发出或已有登记表，请在此选择通知单。"
        else:
            self.initial.update(prefill.registration_initial(self.user, notice))
            note = f"社区矫正对象：{prefill.facts(notice.supervisee)}（取自司法所登记，打印时自动填入）。"
        if "notice" in self.fields:
            self.fields["notice"].help_text = note

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.instance.status == self.instance.SUBMITTED:
            raise ValidationError("登记表已提交（回执），不能再修改。")
        return cleaned


class AssistantForm(ScopedForm):
    scoped_fields = {"village_committee": "所选村(居)委会不在您的管辖范围内。", "supervisees": "所选社区矫正对象不在您的管辖范围内。"}

    REVIEW_FIELDS = ["stage", "reviewed_by", "reviewed_on", "review_note", "supervisees", "filed_on",
                     "exited_on", "exit_reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.user
        # Only the 司法所 reviews, assigns and manages; village users recommend.
        if user is not None and not (user.is_superuser or user.has_perm("forms_app.review_assistant")):
            for name in self.REVIEW_FIELDS:
                if name in self.fields and not (name in ("supervisees", "filed_on", "exited_on", "exit_reason")
                                                and scope.is_office_user(user)):
                    self.fields[name].disabled = True
        if "reviewed_by" in self.fields and user is not None and not user.is_superuser:
            from django.contrib.auth import get_user_model

            office = scope.office_of(user)
            self.fields["reviewed_by"].queryset = get_user_model().objects.filter(
                cc_profile__office=office) if office else get_user_model().objects.none()
