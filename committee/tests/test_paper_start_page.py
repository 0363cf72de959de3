"""年度工作要点/总结 on the committee start pages: the 办公室主任 sees those waiting for 审核, the 主任/常务副主任
those waiting for 审定, the office a paper returned to 草稿 (with its reason); every office role one not
approved past its due date. Each row links to the paper and carries the step open now; the listing's row
menu offers the same step. Another committee's papers never show."""

import pytest
from django.urls import reverse
from django.utils import timezone

from committee import factories as f
from committee import paper_workflow
from committee.models import PaperSection, YearlyPaper
from committee.rules import papers as rules
from committee.tests.test_start_page import home, section
from committee.units import site_committee
from home import roles

pytestmark = pytest.mark.django_db


def paper(kind, year, committee=None):
    p = YearlyPaper.objects.create(committee=committee or site_committee(), kind=kind, year=year, preamble="导语。")
    PaperSection.objects.create(paper=p, sort_order=0, heading="总体要求", body="依法矫正。")
    return p


def url(p, view):
    return reverse(YearlyPaper.snippet_viewset.get_url_name(view), args=[p.pk])


def step(p, action):
    return reverse("committee_paper_action", args=[p.pk, action])


@pytest.fixture
def world():
    year = timezone.localdate().year
    staff = f.user("staff1", roles.OFFICE_STAFF)
    director = f.user("director1", roles.COMMITTEE_OFFICE_DIRECTOR)
    leader = f.user("leader1", roles.COMMITTEE_LEADER)
    submitted = paper_workflow.act(staff, paper(rules.PLAN, year + 1), "submit")  # due next February
    reviewed = paper_workflow.act(director, paper_workflow.act(staff, paper(rules.SUMMARY, year), "submit"),
                                  "review")  # due next January
    returned = paper_workflow.act(director, paper_workflow.act(staff, paper(rules.PLAN, year + 2), "submit"),
                                  "return", "请补充上年度结转的督办事项")
    overdue = paper(rules.PLAN, year - 1)  # due February of last year, never submitted
    other = paper_workflow.act(staff, paper(rules.PLAN, year - 1, committee="外镇社区矫正委员会"), "submit")
    return locals()


def test_director_sees_papers_waiting_for_review_with_the_review_step(client, world):
    page = home(client, world["director"])
    review = section(page, "paper_review")
    assert "待审核的年度工作要点、总结（<span class=\"cc-start__count\">1</span>）" in review
    submitted = world["submitted"]
    assert f'href="{url(submitted, "inspect")}"' in review
    assert f'href="{step(submitted, "review")}"' in review and f'href="{step(submitted, "return")}"' in review
    assert "外镇" not in review and 'data-section="paper_approve"' not in page
    assert 'data-section="paper_returned"' not in page  # the office's to revise
    assert client.get(step(submitted, "review")).status_code == 200  # the row's link opens the confirm page


def test_leader_sees_papers_waiting_for_approval_and_no_office_sections(client, world):
    page = home(client, world["leader"])
    approve = section(page, "paper_approve")
    reviewed = world["reviewed"]
    assert f'href="{url(reviewed, "inspect")}"' in approve
    assert f'href="{step(reviewed, "approve")}"' in approve and f'href="{step(reviewed, "return")}"' in approve
    assert url(world["submitted"], "inspect") not in approve
    assert 'data-section="paper_review"' not in page and 'data-section="paper_returned"' not in page


def test_office_sees_the_returned_draft_with_its_reason_and_the_overdue_one(client, world):
    page = home(client, world["staff"])
    assert 'data-section="paper_review"' not in page and 'data-section="paper_approve"' not in page
    returned = section(page, "paper_returned")
    p = world["returned"]
    assert "退回理由：请补充上年度结转的督办事项" in returned and f'href="{url(p, "inspect")}"' in returned
    assert f'href="{url(p, "edit")}"' in returned and f'href="{step(p, "submit")}"' in returned
    assert url(world["overdue"], "inspect") not in returned  # a draft never returned
    overdue = section(page, "paper_overdue")
    late = world["overdue"]
    assert "逾期未审定的年度工作要点、总结（<span class=\"cc-start__count\">1</span>）" in overdue
    assert f'href="{url(late, "inspect")}"' in overdue and f'href="{url(late, "edit")}"' in overdue
    assert f"草稿，应于{late.year}年2月" in overdue and "已逾期" in overdue
    assert url(world["other"], "inspect") not in page  # another committee's, though overdue and submitted


def test_returned_section_empties_once_resubmitted_and_overdue_leaves_once_approved(client, world):
    staff, director, leader = world["staff"], world["director"], world["leader"]
    paper_workflow.act(staff, world["returned"], "submit")
    late = world["overdue"]
    for user, action in ((staff, "submit"), (director, "review"), (leader, "approve")):
        late = paper_workflow.act(user, late, action)
    page = home(client, staff)
    assert 'cc-start__count">0<' in section(page, "paper_returned")
    assert 'cc-start__count">0<' in section(page, "paper_overdue")


def test_listing_row_menu_offers_the_step_open_now(client, world):
    listing = reverse(YearlyPaper.snippet_viewset.get_url_name("list"))
    client.force_login(world["director"])
    page = client.get(listing).content.decode()
    assert step(world["submitted"], "review") in page and step(world["reviewed"], "approve") not in page
    client.force_login(world["leader"])
    page = client.get(listing).content.decode()
    assert step(world["reviewed"], "approve") in page and step(world["submitted"], "review") not in page
    client.force_login(world["staff"])
    page = client.get(listing).content.decode()
    assert step(world["returned"], "submit") in page and step(world["submitted"], "review") not in page
    approved = paper_workflow.act(world["leader"], world["reviewed"], "approve")
    assert reverse("committee_paper_pdf", args=[approved.pk]) in client.get(listing).content.decode()
