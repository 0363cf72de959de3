"""The start page (admin home) per role: what waits, counted within the user's scope, each row with its action."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forms_app import dashboard
from forms_app import notice_workflow as workflow
from forms_app.models import Assistant, Registration

from . import factories as f

pytestmark = pytest.mark.django_db

HOME = "wagtailadmin_home"


def section(body, key):
    """The HTML of one start-page section, and the count in its heading."""
    match = re.search(rf'<section class="cc-start__section"[^>]*data-section="{key}".*?</section>', body, re.S)
    assert match, f"no section {key}"
    count = int(re.search(r'cc-start__count">(\d+)<', match.group(0)).group(1))
    return match.group(0), count


def test_queries_are_scoped():
    w = f.world()
    today = date(2024, 5, 20)  # Monday
    late = f.supervisee(w["a"], name="示例逾期", intake_date=date(2024, 5, 13))  # deadline Thu 16th
    fresh = f.supervisee(w["b"], name="示例新入矫", intake_date=date(2024, 5, 17))  # deadline Wed 22nd
    f.notice(late)
    f.notice(fresh)
    issued = f.notice(f.supervisee(w["b"], name="示例待回执"), status="已发出", issued_on=today - timedelta(days=9))
    Assistant.objects.create(village_committee=w["a"], name="示例待审", sex="男", phone="13900001111",
                             recommended_on=today)
    assert [n.supervisee.name for n in dashboard.overdue_notices(w["staff"], today)] == ["示例逾期"]
    assert dashboard.overdue_notices(w["vb"], today) == []
    assert dashboard.awaiting_approval(w["head"]).count() == 2
    assert dashboard.awaiting_approval(w["other_staff"]).count() == 0
    assert list(dashboard.awaiting_receipt(w["staff"], today)) == [issued]
    assert list(dashboard.awaiting_receipt(w["staff"], today, days=10)) == []
    assert list(dashboard.awaiting_receipt(w["other_staff"], today)) == []
    assert list(dashboard.awaiting_registration(w["vb"])) == [issued]
    assert list(dashboard.awaiting_registration(w["va"])) == []
    assert [a.name for a in dashboard.assistants_waiting(w["va"])] == ["示例待审"]
    assert not dashboard.assistants_waiting(w["vb"]).exists()
    assert not dashboard.assistants_waiting(w["other_staff"]).exists()


def test_terms_ending_in_30_days():
    w = f.world()
    soon = f.supervisee(w["a"], name="示例将期满", term_end=date.today() + timedelta(days=10))
    f.supervisee(w["a"], name="示例未到期", term_end=date.today() + timedelta(days=90))
    assert list(dashboard.terms_ending(w["staff"])) == [soon]
    assert list(dashboard.terms_ending(w["vb"])) == []


def test_head_start_page_lists_notices_to_approve_with_the_approve_action(client):
    w = f.world()
    draft = f.notice(f.supervisee(w["a"], name="示例待批", intake_date=date.today() - timedelta(days=10)))
    f.notice(f.supervisee(w["c"], name="示例别镇"))  # another office's draft: never counted
    client.force_login(w["head"])
    body = client.get(reverse(HOME)).content.decode()
    assert "司法所负责人待办" in body
    approve, count = section(body, "approve")
    assert count == 1 and "示例待批" in approve and "示例别镇" not in body
    assert reverse("forms_app_notice_action", args=[draft.pk, "approve"]) in approve
    overdue, count = section(body, "overdue")
    assert count == 1 and "示例待批" in overdue
    section(body, "review")


def test_staff_start_page_lists_approved_notices_with_the_issue_action(client):
    w = f.world()
    approved = f.notice(f.supervisee(w["b"], name="示例待发"), status="已批准")
    late = f.notice(f.supervisee(w["a"], name="示例久未回执"), status="已发出",
                    issued_on=timezone.localdate() - timedelta(days=dashboard.RECEIPT_WAIT_DAYS + 1))
    f.notice(f.supervisee(w["a"], name="示例刚发出"), status="已发出", issued_on=timezone.localdate())
    client.force_login(w["staff"])
    body = client.get(reverse(HOME)).content.decode()
    assert "司法所工作人员待办" in body and 'data-section="approve"' not in body  # staff do not approve
    issue, count = section(body, "issue")
    assert count == 1 and reverse("forms_app_notice_action", args=[approved.pk, "issue"]) in issue
    receipt, count = section(body, "receipt")
    assert count == 1 and "示例久未回执" in receipt and "示例刚发出" not in receipt
    assert reverse("wagtailsnippets_forms_app_assistancenotice:inspect", args=[late.pk]) in receipt


def test_staff_sees_registrations_just_received(client):
    w = f.world()
    notice = f.notice(f.supervisee(w["a"], name="示例已回执"), status="已发出", issued_on=date.today())
    reg = Registration.objects.create(notice=notice, filled_by_name="示例填表人", fill_date=date.today())
    workflow.submit_registration(w["va"], reg)
    client.force_login(w["staff"])
    received, count = section(client.get(reverse(HOME)).content.decode(), "received")
    assert count == 1 and reverse("wagtailsnippets_forms_app_registration:inspect", args=[reg.pk]) in received


def test_village_start_page_offers_fill_registration_for_its_own_notices_only(client):
    w = f.world()
    mine = f.notice(f.supervisee(w["b"], name="示例乙待填"), status="已发出", issued_on=date.today())
    f.notice(f.supervisee(w["a"], name="示例甲待填"), status="已发出", issued_on=date.today())
    f.notice(f.supervisee(w["b"], name="示例乙草稿"))  # not sent: the committee does not see it
    client.force_login(w["vb"])
    body = client.get(reverse(HOME)).content.decode()
    register, count = section(body, "register")
    assert count == 1 and "示例乙待填" in register
    assert "示例甲待填" not in body and "示例乙草稿" not in body
    add = reverse("wagtailsnippets_forms_app_registration:add")
    assert f'{add}?notice={mine.pk}' in register and "填写登记表" in register
    assert 'data-section="approve"' not in body and 'data-section="overdue"' not in body


def test_village_start_page_offers_submit_for_a_saved_registration(client):
    w = f.world()
    notice = f.notice(f.supervisee(w["b"], name="示例乙已填"), status="已发出", issued_on=date.today())
    reg = Registration.objects.create(notice=notice, filled_by_name="示例填表人", fill_date=date.today())
    client.force_login(w["vb"])
    body = client.get(reverse(HOME)).content.decode()
    submit, count = section(body, "submit")
    assert count == 1 and reverse("forms_app_registration_submit", args=[reg.pk]) in submit
    assert section(body, "register")[1] == 0
    client.force_login(w["va"])
    assert section(client.get(reverse(HOME)).content.decode(), "submit")[1] == 0
