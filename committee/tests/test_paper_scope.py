"""The 年度工作要点与总结 listing and every paper URL serve the site's committee's papers only (two committees'
papers in one database: another town's is neither listed nor reachable); and 编辑 is offered (row menu, the
title link, the 查看 and history pages) only while a paper — or a 纪要 — is a 草稿."""

import re

import pytest
from django.urls import reverse

from committee import factories as f
from committee import paper_workflow, workflow
from committee.models import Minutes, YearlyPaper
from committee.rules import papers as rules
from committee.tests.test_papers import approved, paper, site_committee  # noqa: F401 (the site's committee)
from home import roles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_committee")]
OTHER = "外镇社区矫正委员会"


def url(obj, view):
    return reverse(type(obj).snippet_viewset.get_url_name(view), args=[obj.pk])


@pytest.fixture
def staff(client):
    client.force_login(f.user("staff1", roles.OFFICE_STAFF))
    return client


def test_listing_and_urls_serve_the_own_committees_papers_only(staff):
    own = paper(year=2026)
    other = YearlyPaper.objects.create(committee=OTHER, kind=rules.PLAN, year=2026, preamble="外镇导语。")
    other_approved = YearlyPaper.objects.create(committee=OTHER, kind=rules.SUMMARY, year=2025,
                                                status=rules.APPROVED)
    listing = staff.get(reverse(YearlyPaper.snippet_viewset.get_url_name("list"))).content.decode()
    assert own.title in listing and OTHER not in listing
    results = staff.get(reverse(YearlyPaper.snippet_viewset.get_url_name("list_results"))).content.decode()
    assert own.title in results and OTHER not in results
    for view in ("inspect", "edit", "history", "usage", "delete"):
        assert staff.get(url(other, view)).status_code == 404, view
    assert staff.get(url(own, "inspect")).status_code == 200
    assert staff.get(reverse("committee_paper_action", args=[other.pk, "submit"])).status_code == 404
    assert staff.post(reverse("committee_paper_action", args=[other.pk, "submit"])).status_code == 404
    assert staff.get(reverse("committee_paper_pdf", args=[other_approved.pk])).status_code == 404
    other.refresh_from_db()
    assert other.status == rules.DRAFT


def test_a_new_paper_is_the_sites_committees_and_listed(staff):
    staff.post(reverse("committee_paper_draft"), {"kind": rules.PLAN, "year": "2027"})
    created = YearlyPaper.objects.get(year=2027)
    listing = staff.get(reverse(YearlyPaper.snippet_viewset.get_url_name("list"))).content.decode()
    assert created.committee == "测试镇社区矫正委员会" and created.title in listing


def _edit_offered(client, obj):
    """Where the listing's row, the 查看 page and the history page link to the edit form."""
    edit = f'href="{url(obj, "edit")}"'
    listing = client.get(reverse(type(obj).snippet_viewset.get_url_name("list"))).content.decode()
    title = re.search(rf'<a href="([^"]+)"[^>]*>\s*<span id="snippet_{obj.pk}_title"', listing).group(1)
    return {"listing": edit in listing, "title to 查看": title == url(obj, "inspect"),
            "查看": edit in client.get(url(obj, "inspect")).content.decode(),
            "history": edit in client.get(url(obj, "history")).content.decode()}


def test_edit_offered_on_a_draft_paper_only(staff):
    p = paper()
    assert _edit_offered(staff, p) == {"listing": True, "title to 查看": False, "查看": True, "history": True}
    p = paper_workflow.act(f.user("staff2", roles.OFFICE_STAFF), p, "submit")
    assert _edit_offered(staff, p) == {"listing": False, "title to 查看": True, "查看": False, "history": False}
    p = paper_workflow.act(f.user("director1", roles.COMMITTEE_OFFICE_DIRECTOR), p, "return", "请补充")
    assert _edit_offered(staff, p)["listing"]  # returned to 草稿: editable again


def test_edit_offered_on_a_draft_minutes_only(staff):
    m = f.minutes()
    assert _edit_offered(staff, m) == {"listing": True, "title to 查看": False, "查看": True, "history": True}
    m = workflow.act(f.user("director1", roles.COMMITTEE_OFFICE_DIRECTOR), m, "review")
    assert _edit_offered(staff, m) == {"listing": False, "title to 查看": True, "查看": False, "history": False}
    assert Minutes.objects.get(pk=m.pk).status == "已审核"


def test_an_approved_paper_is_listed_with_its_steps_not_edit(staff):
    p = approved()
    listing = staff.get(reverse(YearlyPaper.snippet_viewset.get_url_name("list"))).content.decode()
    assert reverse("committee_paper_pdf", args=[p.pk]) in listing and url(p, "edit") not in listing
