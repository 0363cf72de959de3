"""Each committee role's start page (admin home): what waits for it, every row a link to its object with the
action open now; the 纪要 listing's row menu offers the same step."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from committee import factories as f
from committee import workflow
from committee.models import AnnualReport, Minutes, ProgressReport
from home import roles

pytestmark = pytest.mark.django_db

PARTS = {"duties": "依法履职", "decisions": "决策完成", "key_work": "重点落实", "problems": "意见建议"}


def section(page, key):
    """The HTML of one start-page section (data-section="key")."""
    start = page.index(f'data-section="{key}"')
    end = page.find("</section>", start)
    return page[start:end]


@pytest.fixture
def world():
    today = timezone.localdate()
    police, civil = f.unit("测试派出所"), f.unit("测试民政办")
    staff = f.user("staff1", roles.OFFICE_STAFF)
    director = f.user("director1", roles.COMMITTEE_OFFICE_DIRECTOR)
    leader = f.user("leader1", roles.COMMITTEE_LEADER)
    liaison = f.user("liaison1", roles.LIAISON, liaison_for=police)
    issued = f.minutes(units=[police, civil])
    for user, step in ((director, "review"), (leader, "sign"), (staff, "issue")):
        issued = workflow.act(user, issued, step)
    draft = f.minutes(units=[police])
    late = f.item(today - timedelta(days=2), minutes=issued, unit=police)
    open_ = f.item(today + timedelta(days=20), minutes=issued, unit=police)
    f.item(today + timedelta(days=20), minutes=issued, unit=civil)  # another unit's: never the 联络员's
    f.item(today + timedelta(days=20), minutes=draft, unit=police)  # from a draft: not yet the unit's
    rnd = f.round_(today.year)
    rnd.opened_on, rnd.due_on = today - timedelta(days=5), today + timedelta(days=25)
    rnd.save()
    return locals()


def home(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_liaison_start_page_lists_report_receipt_and_own_items_as_links(client, world):
    page = home(client, world["liaison"])
    assert "成员单位联络员待办（测试派出所）" in page
    report = section(page, "report")
    add = reverse(AnnualReport.snippet_viewset.get_url_name("add")) + f"?round={world['rnd'].pk}"
    assert f'href="{add}"' in report and "未报送" in report
    assert f"报送截止 {world['rnd'].due_on.year}年{world['rnd'].due_on.month}月{world['rnd'].due_on.day}日" in report
    distribution = world["issued"].distributions.get(unit=world["police"])
    receipt = section(page, "receipt")
    assert f'href="{reverse("committee_received_minutes", args=[distribution.pk])}"' in receipt
    assert f'href="{reverse("committee_confirm_receipt", args=[distribution.pk])}"' in receipt
    items = section(page, "supervision")
    assert 'cc-start__count">2<' in items  # own unit's, from an 印发 纪要 only
    late_row, open_row = items.split("<tr>")[1:3]
    assert reverse("committee_report_progress", args=[world["late"].pk]) in late_row and "已逾期" in late_row
    assert reverse("committee_report_progress", args=[world["open_"].pk]) in open_row and "已逾期" not in open_row
    assert "委员会履职看板" not in page


def test_the_report_link_opens_the_form_with_the_round_chosen(client, world):
    client.force_login(world["liaison"])
    form = client.get(reverse(AnnualReport.snippet_viewset.get_url_name("add")),
                      {"round": world["rnd"].pk}).content.decode()
    # the round is a snippet chooser: its hidden input holds the chosen round (an <option> check matched the
    # unit select whenever the two ids happened to be equal)
    assert f'<input type="hidden" name="round" value="{world["rnd"].pk}" required id="id_round">' in form


def test_filed_report_shows_until_the_deadline_and_signed_for_minutes_leave(client, world):
    AnnualReport.objects.create(round=world["rnd"], unit=world["police"], submitted_at=timezone.now(), **PARTS)
    workflow.confirm_receipt(world["liaison"], world["issued"].distributions.get(unit=world["police"]))
    ProgressReport.objects.create(item=world["late"], reported_on=date.today(), text="进展")
    page = home(client, world["liaison"])
    assert "截止前可修改" in section(page, "report")
    assert 'cc-start__count">0<' in section(page, "receipt")


def test_director_leader_and_office_each_see_their_step_with_its_button(client, world):
    draft, issued = world["draft"], world["issued"]
    page = home(client, world["director"])
    review = section(page, "review")
    assert reverse("committee_minutes_action", args=[draft.pk, "review"]) in review
    assert reverse(Minutes.snippet_viewset.get_url_name("inspect"), args=[draft.pk]) in review
    overdue = section(page, "overdue")
    assert reverse(world["late"].snippet_viewset.get_url_name("inspect"), args=[world["late"].pk]) in overdue
    workflow.act(world["director"], draft, "review")
    page = home(client, world["leader"])
    assert 'data-section="review"' not in page
    assert reverse("committee_minutes_action", args=[draft.pk, "sign"]) in section(page, "sign")
    workflow.act(world["leader"], draft, "sign")
    page = home(client, world["staff"])
    assert 'data-section="sign"' not in page
    assert reverse("committee_minutes_action", args=[draft.pk, "issue"]) in section(page, "issue")
    assert reverse(Minutes.snippet_viewset.get_url_name("inspect"), args=[issued.pk]) not in section(page, "issue")


def test_listing_row_menu_offers_the_step_open_now(client, world):
    listing = reverse(Minutes.snippet_viewset.get_url_name("list"))
    review = reverse("committee_minutes_action", args=[world["draft"].pk, "review"])
    client.force_login(world["director"])
    assert review in client.get(listing).content.decode()
    for user in (world["leader"], world["staff"]):
        client.force_login(user)
        page = client.get(listing).content.decode()
        assert review not in page and reverse("committee_minutes_pdf", args=[world["issued"].pk]) in page
