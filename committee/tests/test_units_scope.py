"""Two committees on one site: a committee form, its inline rows, its listing filter and the round's
已报送/未报送 lists offer the site's own committee's member units only; another town's unit is refused; the
履职看板 (and the start page rows from the same queries) and a 总结's prefilled text count none of its rows."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from committee import dashboard, paper_drafts
from committee import factories as f
from committee.models import AnnualReport, Appointment, Minutes, SupervisionItem
from committee.units import site_committee
from home import roles

pytestmark = pytest.mark.django_db

OTHER = "外镇社区矫正委员会"


@pytest.fixture
def units():
    return {"own": f.unit("本镇派出所"), "other": f.unit("外镇派出所", committee=OTHER),
            "staff": f.user("staff1", roles.OFFICE_STAFF)}


def _formset(prefix, rows=0):
    return {f"{prefix}-TOTAL_FORMS": str(rows), f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000"}


def test_forms_offer_own_committee_units_only(client, units):
    client.force_login(units["staff"])
    for model in (SupervisionItem, Minutes):  # Minutes: the 分送单位 rows (inline formset, empty form too)
        page = client.get(reverse(model.snippet_viewset.get_url_name("add"))).content.decode()
        assert "本镇派出所" in page and "外镇派出所" not in page, model
    listing = client.get(reverse(SupervisionItem.snippet_viewset.get_url_name("list"))).content.decode()
    assert "本镇派出所" in listing and "外镇派出所" not in listing  # the 承办单位 filter


def test_another_committees_unit_is_refused_in_a_form_and_an_inline_row(client, units):
    client.force_login(units["staff"])
    minutes = f.minutes()
    add_item = reverse(SupervisionItem.snippet_viewset.get_url_name("add"))
    data = {"minutes": minutes.pk, "decision": "议定事项", "deadline": "2026-12-31", "completed_on": "",
            "result": "", **_formset("progress")}
    response = client.post(add_item, {**data, "unit": units["other"].pk})
    assert response.status_code == 200 and not SupervisionItem.objects.exists()
    assert client.post(add_item, {**data, "unit": units["own"].pk}).status_code == 302
    meeting = f.meeting(held_on=date(2026, 5, 1))
    add_minutes = reverse(Minutes.snippet_viewset.get_url_name("add"))
    data = {"meeting": meeting.pk, "issue_no": "2026年第5期", "body": "议定事项。", **_formset("distributions", 1)}
    response = client.post(add_minutes, {**data, "distributions-0-unit": units["other"].pk})
    assert response.status_code == 200 and not Minutes.objects.filter(meeting=meeting).exists()
    assert client.post(add_minutes, {**data, "distributions-0-unit": units["own"].pk}).status_code == 302
    assert Minutes.objects.get(meeting=meeting).distributions.get().unit == units["own"]


PARTS = {"duties": "x", "decisions": "x", "key_work": "x", "problems": "x"}


def test_round_counts_own_committee_units_only(units):
    rnd = f.round_()
    assert "本镇派出所" in rnd.missing_units() and "外镇派出所" not in rnd.missing_units()
    neighbour = f.unit("本镇民政办")
    for unit in (units["own"], units["other"]):  # a report of another town's unit (on record) counts nowhere
        AnnualReport.objects.create(round=rnd, unit=unit, **PARTS)
    assert (rnd.reported_units(), rnd.missing_units()) == ("本镇派出所", neighbour.name)


@pytest.fixture
def both_towns(units):
    """Each town's unit with an overdue 督办 item, a change reported late and a yearly report (in 2026: the
    items stay overdue and the changes late on every later day the start page is drawn)."""
    today = date(2026, 12, 2)
    m = f.minutes(meeting=f.meeting(held_on=date(2026, 10, 23)))
    rnd = f.round_(today.year)
    for unit in (units["own"], units["other"]):
        f.item(today - timedelta(days=3), minutes=m, unit=unit)
        Appointment.objects.create(person=f"{unit.name}委员", post=Appointment.MEMBER, unit=unit,
                                   changed_on=today - timedelta(days=30))
        AnnualReport.objects.create(round=rnd, unit=unit, **PARTS)
    Appointment.objects.create(person="镇长", post=Appointment.DIRECTOR, changed_on=today - timedelta(days=30))
    return today


def test_dashboard_counts_own_committee_units_only(units, both_towns):
    today = both_towns
    assert [i.unit for i in dashboard.overdue_items(today)] == [units["own"]]
    assert sorted(a.person for a in dashboard.late_reports(today)) == ["本镇派出所委员", "镇长"]
    rows = {duty: detail for duty, _link, _ok, detail in dashboard.duties(today)}
    assert rows["督办事项按期办结"] == "逾期未办结 1 项"
    assert rows["人员变动 7 日内书面报告"] == "逾期或未报告 2 人次"


def test_office_start_page_lists_own_committee_units_rows_only(client, units, both_towns):
    client.force_login(units["staff"])
    page = client.get("/admin/").content.decode()
    assert "本镇派出所委员" in page and "外镇派出所" not in page


def test_summary_prefill_counts_own_committee_units_only(units, both_towns):
    facts = paper_drafts.facts(site_committee(), both_towns.year, both_towns)
    assert (facts.reported, facts.not_reported) == (["本镇派出所"], [])
    assert [unit for _d, unit, _state in facts.items] == ["本镇派出所"]
    assert [unit for _d, unit, _deadline in facts.open_items] == ["本镇派出所"]
    assert sorted(person for person, _post, _late in facts.changes) == ["本镇派出所委员", "镇长"]


def test_summary_prefill_of_a_committee_without_units_lists_none_of_another_towns(units, both_towns):
    facts = paper_drafts.facts("无成员单位的委员会", both_towns.year, both_towns)
    assert (facts.reported, facts.not_reported) == ([], [])


def test_liaison_form_offers_own_unit_only(client, units):
    f.round_()
    client.force_login(f.user("liaison1", roles.LIAISON, liaison_for=units["own"]))
    neighbour = f.unit("本镇民政办")
    page = client.get(reverse("wagtailsnippets_committee_annualreport:add")).content.decode()
    assert "本镇派出所" in page and "本镇民政办" not in page and "外镇派出所" not in page
    assert neighbour.committee == units["own"].committee
