"""Records → the plain dataclasses that pdf.forms lays out.

An issued notice prints from its frozen 存根 (what was sent), a draft from the live records. Phone
numbers follow forms_app.masking, the one rule for screen and paper: printed in full for whoever may read
them in full on screen (docs/FORMS.md, "Masking on paper").
"""

from __future__ import annotations

from django.utils import timezone

from pdf.forms.data import (AssistantRow, FamilyMemberData, NoticeData, RegisteredSupervisee, RegistrationData,
                            RosterData, SuperviseeData)

from forms_app import masking, scope
from forms_app.models import AssistanceNotice, Assistant

KIND_SUFFIX = {"村": "村民委员会", "居": "居民委员会"}


def committee_title(committee) -> str:
    """The addressee as written on the form: 示例甲村 → 示例甲村村民委员会 (unless already complete)."""
    name = committee.name
    return name if name.endswith("委员会") else name + KIND_SUFFIX.get(committee.kind, "村(居)民委员会")


def _user_name(user) -> str:
    return (user.get_full_name() or user.username) if user else ""


def notice_data(notice: AssistanceNotice) -> NoticeData:
    stub = notice.stub or {}
    frozen = stub.get("supervisee")
    # not issued yet: the live record
    supervisee = SuperviseeData.of(notice.supervisee) if frozen is None else SuperviseeData.from_json(frozen)
    items = stub.get("items") if "items" in stub else notice.item_texts()
    return NoticeData(
        year=notice.year, serial=notice.serial,
        committee=committee_title(notice.village_committee),
        township=stub.get("township") or notice.office.township,
        supervisee=supervisee,
        items=list(items),
        contact_person=stub.get("contact_person", notice.contact_person),
        contact_phone=stub.get("contact_phone", notice.contact_phone),
        issuer=notice.office.name,
        filled_by=stub.get("filled_by") or _user_name(notice.filled_by),
        approved_by=stub.get("approved_by") or _user_name(notice.approved_by),
        issue_date=notice.issued_on,
        draft=notice.status == AssistanceNotice.DRAFT,
    )


def registration_data(reg, user) -> RegistrationData:
    """`reg` was fetched through forms_app.scope for `user`."""
    full = masking.shows_full(user, reg, in_scope=True)

    def phone(value):
        return value if full else scope.mask_phone(value)

    return RegistrationData(
        committee=committee_title(reg.village_committee), filled_by=reg.filled_by_name, fill_date=reg.fill_date,
        supervisee=RegisteredSupervisee(reg.name, reg.sex, reg.age, reg.ethnicity), education=reg.education,
        health=reg.health, political_status=reg.former_political_status, marital_status=reg.marital_status,
        contact=phone(reg.contact), residence_address=reg.residence_address,
        household_address=reg.household_address, criminal_record=reg.criminal_record,
        repentance=reg.repentance, main_experience=reg.main_experience, living_situation=reg.living_situation,
        workplace_or_school=reg.workplace_or_school, work_or_study=reg.work_or_study,
        personality=reg.personality, skills=reg.skills, other_traits=reg.other_traits,
        family=[FamilyMemberData(m.name, m.relation, m.workplace_or_address, phone(m.phone))
                for m in reg.family_members.all()],
        family_has_problems=reg.family_has_problems, family_problems=reg.family_problems, remarks=reg.remarks,
    )


def roster_data(user, assistants=None) -> RosterData:
    """The user's approved assistants (资格审查通过, 已指派, 日常管理), for 备案."""
    qs = scope.assistants_for(user, assistants)
    qs = qs.filter(stage__in=Assistant.ON_ROSTER).select_related("village_committee__office")
    qs = qs.order_by("village_committee__name", "name")
    rows = [AssistantRow(
        name=a.name, sex=a.sex, committee=committee_title(a.village_committee),
        role_in_community=a.role_in_community, phone=masking.shown_phone(user, a, a.phone, in_scope=True),
        reviewed_on=a.reviewed_on,
        # village users never see minors; the roster must not name them either
        supervisees="、".join(s.name for s in scope.supervisees_for(user, a.supervisees.all())),
    ) for a in qs]
    office = scope.office_of(user)
    return RosterData(office=office.name if office else "", township=office.township if office else "",
                      date=timezone.localdate(), rows=rows)
