"""年度工作要点/总结 in the database and the admin: each step by its role, the lock after approval, the
prefilled draft, the 履职看板 rows, the official PDF (and no PDF before approval)."""

from datetime import date, datetime, timezone as dt_timezone

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry, Site

from committee import dashboard, paper_drafts, paper_workflow
from committee import factories as f
from committee.demo import load as load_committee
from committee.models import AnnualReport, PaperSection, YearlyPaper
from committee.rules import papers as rules
from home import roles
from home.models import SiteSettings
from pdf.testing import reader

pytestmark = pytest.mark.django_db
COMMITTEE = "测试镇社区矫正委员会"


@pytest.fixture
def people():
    return {
        "staff": f.user("staff1", roles.OFFICE_STAFF),
        "director": f.user("director1", roles.COMMITTEE_OFFICE_DIRECTOR),
        "leader": f.user("leader1", roles.COMMITTEE_LEADER),
        "village": f.user("village1", roles.VILLAGE_STAFF),
        "liaison": f.user("liaison1", roles.LIAISON, liaison_for=f.unit("测试司法所")),
    }


@pytest.fixture(autouse=True)
def site_committee():
    """The site's committee is the one whose papers the tests write (the office sees only its papers)."""
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.committee_name = COMMITTEE
    settings.save()


def paper(kind=rules.PLAN, year=2026, **extra):
    p = YearlyPaper.objects.create(committee=COMMITTEE, kind=kind, year=year, preamble="导语一段。", **extra)
    PaperSection.objects.create(paper=p, sort_order=0, heading="总体要求", body="坚持依法矫正。")
    PaperSection.objects.create(paper=p, sort_order=1, heading="重点任务",
                                body="（一）按期召开会议。全体会议每半年召开一次。\n（二）抓好督办。")
    return p


def approved(**extra):
    p = paper(**extra)
    YearlyPaper.objects.filter(pk=p.pk).update(status=rules.APPROVED,
                                               approved_at=datetime(2026, 2, 16, 2, tzinfo=dt_timezone.utc))
    p.refresh_from_db()
    return p


def test_full_path_by_the_right_roles_is_stamped_and_logged(people):
    p = paper()
    p = paper_workflow.act(people["staff"], p, "submit")
    p = paper_workflow.act(people["director"], p, "review")
    p = paper_workflow.act(people["leader"], p, "approve")
    assert (p.status, p.submitted_by, p.reviewed_by, p.approved_by) == (
        "已审定", people["staff"], people["director"], people["leader"])
    assert p.approved_at is not None
    logged = list(ModelLogEntry.objects.filter(object_id=str(p.pk)).order_by("pk").values_list("action", flat=True))
    assert logged == ["committee.paper.submit", "committee.paper.review", "committee.paper.approve"]


def test_wrong_roles_are_refused_and_nothing_changes(people):
    p = paper()
    with pytest.raises(PermissionDenied):
        paper_workflow.act(people["leader"], p, "submit")
    paper_workflow.act(people["staff"], p, "submit")
    with pytest.raises(PermissionDenied, match="委员会办公室主任"):
        paper_workflow.act(people["staff"], p, "review")
    paper_workflow.act(people["director"], p, "review")
    with pytest.raises(PermissionDenied, match="主任或常务副主任"):
        paper_workflow.act(people["director"], p, "approve")
    p.refresh_from_db()
    assert (p.status, p.approved_by) == ("待审定", None)


def test_return_with_reason_back_to_draft_then_resubmitted(people):
    p = paper()
    paper_workflow.act(people["staff"], p, "submit")
    paper_workflow.act(people["director"], p, "review")
    with pytest.raises(ValidationError, match="退回理由"):
        paper_workflow.act(people["leader"], p, "return", "")
    p = paper_workflow.act(people["leader"], p, "return", "重点任务请细化到成员单位")
    assert (p.status, p.return_reason, p.reviewed_by) == ("草稿", "重点任务请细化到成员单位", None)
    entry = ModelLogEntry.objects.filter(object_id=str(p.pk), action="committee.paper.return").get()
    assert entry.data == {"reason": "重点任务请细化到成员单位"}
    p = paper_workflow.act(people["staff"], p, "submit")
    assert (p.status, p.return_reason) == ("待审核", "")


def test_locked_after_approval_model_and_edit_form(people, client):
    p = approved()
    with pytest.raises(ValidationError, match="不能再修改"):
        p.full_clean()
    client.force_login(people["staff"])
    url = reverse(YearlyPaper.snippet_viewset.get_url_name("edit"), args=[p.pk])
    form = {"kind": p.kind, "year": p.year, "preamble": "改过的导语", "sections-TOTAL_FORMS": "1",
            "sections-INITIAL_FORMS": "0", "sections-MIN_NUM_FORMS": "1", "sections-MAX_NUM_FORMS": "1000",
            "sections-0-heading": "新", "sections-0-body": "新", "sections-0-ORDER": "1"}
    response = client.post(url, form)
    assert response.status_code == 200 and "不能再修改" in response.content.decode()
    p.refresh_from_db()
    assert (p.preamble, p.status, p.sections.count()) == ("导语一段。", "已审定", 2)


def test_edit_refused_when_submitted_while_the_form_was_open(people, client):
    """The office opened the draft; it was submitted meanwhile: saving must not write it back to a draft."""
    p = paper()
    client.force_login(people["staff"])
    url = reverse(YearlyPaper.snippet_viewset.get_url_name("edit"), args=[p.pk])
    assert client.get(url).status_code == 200
    paper_workflow.act(people["director"], p, "submit")
    form = {"kind": p.kind, "year": p.year, "preamble": "改过的导语", "sections-TOTAL_FORMS": "0",
            "sections-INITIAL_FORMS": "0", "sections-MIN_NUM_FORMS": "0", "sections-MAX_NUM_FORMS": "1000"}
    assert "不能再修改" in client.post(url, form).content.decode()
    p.refresh_from_db()
    assert (p.status, p.preamble) == ("待审核", "导语一段。")


def test_one_paper_of_a_kind_per_committee_and_year(people):
    paper()
    with pytest.raises(ValidationError, match="已经有了"):
        YearlyPaper(committee=COMMITTEE, kind=rules.PLAN, year=2026).full_clean()
    YearlyPaper(committee=COMMITTEE, kind=rules.SUMMARY, year=2026).full_clean(exclude=["committee"])
    YearlyPaper(committee="另一镇社区矫正委员会", kind=rules.PLAN, year=2026).full_clean(exclude=["committee"])
    with pytest.raises(ValueError, match="已经有了"):
        paper_drafts.create_draft(people["staff"], COMMITTEE, rules.PLAN, 2026, date(2026, 12, 2))


def test_summary_draft_prefilled_from_the_years_records(people, client, site_committee):
    police, civil = f.unit("测试派出所"), f.unit("测试民政办")
    m = f.minutes(meeting=f.meeting(held_on=date(2026, 6, 20), topics=("审议半年报告",)), units=[police],
                  status="已印发")
    f.item(deadline=date(2026, 9, 30), minutes=m, unit=police)  # open, overdue on 12-02
    f.item(deadline=date(2026, 8, 31), completed_on=date(2026, 8, 28), minutes=m, unit=police)
    AnnualReport.objects.create(round=f.round_(2026), unit=police, duties="x", decisions="x", key_work="x",
                                problems="x")
    client.force_login(people["staff"])
    response = client.post(reverse("committee_paper_draft"), {"kind": rules.SUMMARY, "year": "2026"})
    p = YearlyPaper.objects.get(kind=rules.SUMMARY, year=2026)
    assert response.status_code == 302 and response["Location"].endswith(f"/edit/{p.pk}/")
    assert (p.committee, p.status, p.drafted_by) == (COMMITTEE, "草稿", people["staff"])
    text = "\n".join(f"{label}\n" + "\n".join(lines) for label, lines in p.numbered_sections())
    assert "一、主要工作" in text and "三、2027年工作打算" in text
    assert "全年共召开矫委会会议1次，其中全体会议1次；形成会议纪要1份，已印发1份。" in text
    assert "6月20日召开测试全体会议，议题：审议半年报告。" in text
    assert "全年督办事项2项，已办结1项，正在办理0项，逾期未办结1项。" in text
    assert "已报送1家（测试派出所），尚未报送" in text and "测试民政办" in text
    assert "部分督办事项未按期办结：测试议定事项（测试派出所）。" in text
    again = client.post(reverse("committee_paper_draft"), {"kind": rules.SUMMARY, "year": "2026"})
    assert "已经有了" in again.content.decode() and YearlyPaper.objects.count() == 1
    bad = client.post(reverse("committee_paper_draft"), {"kind": rules.SUMMARY, "year": "26"})
    assert "四位年份" in bad.content.decode()
    assert civil.pk  # listed as not reported above


@pytest.mark.parametrize("who", ["village", "liaison"])
def test_draft_and_steps_closed_to_village_users_and_liaisons(people, client, who):
    p = paper()
    client.force_login(people[who])
    for url in (reverse("committee_paper_draft"), reverse("committee_paper_action", args=[p.pk, "submit"]),
                reverse("committee_paper_pdf", args=[p.pk])):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/", url
    client.post(reverse("committee_paper_action", args=[p.pk, "submit"]))
    p.refresh_from_db()
    assert p.status == "草稿"


def test_action_views_by_role_and_return_reason_required(people, client):
    p = paper()
    client.force_login(people["leader"])
    assert client.get(reverse("committee_paper_action", args=[p.pk, "submit"]))["Location"] == "/admin/"
    client.force_login(people["staff"])
    assert client.post(reverse("committee_paper_action", args=[p.pk, "submit"])).status_code == 302
    client.force_login(people["director"])
    assert client.post(reverse("committee_paper_action", args=[p.pk, "review"])).status_code == 302
    client.force_login(people["leader"])
    url = reverse("committee_paper_action", args=[p.pk, "return"])
    assert "退回理由" in client.get(url).content.decode()
    refused = client.post(url, {"reason": ""})
    assert refused.status_code == 200 and "须写明退回理由" in refused.content.decode()
    p.refresh_from_db()
    assert p.status == "待审定"
    inspect = reverse(YearlyPaper.snippet_viewset.get_url_name("inspect"), args=[p.pk])
    page = client.get(inspect).content.decode()
    assert "审定" in page and "打印正式文本" not in page
    client.post(reverse("committee_paper_action", args=[p.pk, "approve"]))
    page = client.get(inspect).content.decode()
    assert "打印正式文本（PDF）" in page and "一、总体要求" in page


def test_dashboard_rows_flag_late_papers(site_committee):
    f.meeting(held_on=date(2025, 6, 1))  # the committee keeps records here from 2025
    approved(year=2026)  # approved 2026-02-16: on time
    rows = {duty: (ok, detail) for duty, _link, ok, detail in dashboard.duties(date(2026, 12, 2))}
    plan_ok, plan_detail = rows["年度工作要点 2 月底前审定"]
    summary_ok, summary_detail = rows["年度工作总结次年 1 月底前审定"]
    assert not plan_ok and "2025年度工作要点尚未起草，应于2025年2月28日前审定，已逾期" in plan_detail
    assert not summary_ok and summary_detail == "2025年度工作总结尚未起草，应于2026年1月31日前审定，已逾期"


def test_dashboard_rows_on_track(site_committee):
    f.meeting(held_on=date(2026, 6, 1))
    approved(year=2026)
    rows = {duty: (ok, detail) for duty, _link, ok, detail in dashboard.duties(date(2026, 12, 2))}
    assert rows["年度工作要点 2 月底前审定"] == (True, "2027年度工作要点尚未起草，应于2027年2月28日前审定")
    assert rows["年度工作总结次年 1 月底前审定"] == (True, "2026年度工作总结尚未起草，应于2027年1月31日前审定")


def _text(content):
    return "".join(page.extract_text() for page in reader(content).pages).replace(" ", "").replace("\n", "")


def test_approved_paper_prints_draft_does_not(people, client):
    client.force_login(people["staff"])
    draft = paper(kind=rules.SUMMARY)
    response = client.get(reverse("committee_paper_pdf", args=[draft.pk]), follow=True)
    assert response["Content-Type"].startswith("text/html") and "审定后才能打印" in response.content.decode()
    p = approved()
    response = client.get(reverse("committee_paper_pdf", args=[p.pk]))
    assert response["Content-Type"] == "application/pdf" and "no-store" in response["Cache-Control"]
    text = _text(response.content)
    for expected in ("测试镇社区矫正委员会2026年度工作要点", "（2026年2月16日经测试镇社区矫正委员会审定）", "导语一段。",
                     "一、总体要求", "坚持依法矫正。", "二、重点任务", "（一）按期召开会议。全体会议每半年召开一次。",
                     "2026年2月16日"):
        assert expected in text, expected
    pdf = reader(response.content)
    assert pdf.pages[0].mediabox.width == pytest.approx(595.27, abs=0.1)  # A4
    assert pdf.metadata.title == "测试镇社区矫正委员会2026年度工作要点"


def test_blank_draft_from_the_add_form_belongs_to_the_sites_committee(people, client, site_committee):
    client.force_login(people["staff"])
    form = {"kind": rules.SUMMARY, "year": "2025", "preamble": "", "sections-TOTAL_FORMS": "1",
            "sections-INITIAL_FORMS": "0", "sections-MIN_NUM_FORMS": "1", "sections-MAX_NUM_FORMS": "1000",
            "sections-0-heading": "主要工作", "sections-0-body": "全年召开会议两次。", "sections-0-ORDER": "1"}
    response = client.post(reverse(YearlyPaper.snippet_viewset.get_url_name("add")), form)
    assert response.status_code == 302
    p = YearlyPaper.objects.get()
    assert (p.committee, p.year, p.status, p.drafted_by) == (COMMITTEE, 2025, "草稿", people["staff"])
    assert p.numbered_sections() == [("一、主要工作", ["全年召开会议两次。"])]
    again = client.post(reverse(YearlyPaper.snippet_viewset.get_url_name("add")), form)
    assert again.status_code == 200 and "已经有了" in again.content.decode() and YearlyPaper.objects.count() == 1


def test_demo_papers_load_once(demo):
    load_committee()
    assert sorted(YearlyPaper.objects.values_list("year", "kind", "status")) == [
        (2026, "年度工作总结", "草稿"), (2026, "年度工作要点", "已审定")]
    plan = YearlyPaper.objects.get(kind=rules.PLAN)
    assert (plan.reviewed_by.username, plan.approved_by.username) == ("director", "leader")
    assert [label for label, _lines in plan.numbered_sections()] == ["一、总体要求", "二、重点任务", "三、保障措施"]
