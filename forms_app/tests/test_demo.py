"""Demo records load twice without duplicates and cover every state the issue asks for."""

import pytest

from forms_app.demo import load as load_records
from forms_app.idcard import clean_id_number, id_birth_date, id_sex
from forms_app.models import AssistanceNotice, Assistant, FamilyMember, StaffProfile, Supervisee

pytestmark = pytest.mark.django_db


def test_demo_is_complete_and_idempotent(demo):
    counts = (Supervisee.objects.count(), AssistanceNotice.objects.count(), Assistant.objects.count())
    load_records()
    assert (Supervisee.objects.count(), AssistanceNotice.objects.count(), Assistant.objects.count()) == counts
    assert set(AssistanceNotice.objects.values_list("status", flat=True)) == {"草稿", "已批准", "已发出", "已回执"}
    assert FamilyMember.objects.count() >= 1
    # the office mostly sends on time: the listing's 逾期 flags then point at the real cases
    issued = [n for n in AssistanceNotice.objects.select_related("supervisee") if n.issued_on]
    assert sum(not n.is_overdue for n in issued) >= len(issued) - 1
    assert any(p.is_minor for p in Supervisee.objects.all())
    assert Supervisee.objects.values("village_committee").distinct().count() == 2
    assert Assistant.objects.values("stage").distinct().count() >= 4
    for p in Supervisee.objects.all():
        assert p.name.startswith("示例")
        assert clean_id_number(p.id_number) == p.id_number
        assert id_birth_date(p.id_number) == p.birth_date and id_sex(p.id_number) == p.sex
    profiles = {p.user.username: p for p in StaffProfile.objects.select_related("user")}
    assert profiles["staff"].office and profiles["head"].office
    assert profiles["village_a"].village_committee.name == "示例甲村村民委员会"
    assert profiles["village_b"].village_committee.kind == "居"
