"""The demo half-year loads twice without duplicates; the public page shows its current composition."""

import pytest
from django.contrib.auth import get_user_model

from committee.demo import load as load_committee
from committee.sources import rule_links
from committee.models import (AnnualReport, Appointment, Distribution, LiaisonAccount, Meeting, Minutes,
                              SupervisionItem)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_module")]  # the demo loaded once

MODELS = (Appointment, Meeting, Minutes, Distribution, SupervisionItem, AnnualReport, LiaisonAccount)


def test_demo_is_idempotent_and_covers_each_kind(demo):
    counts = [m.objects.count() for m in MODELS]
    load_committee()
    assert [m.objects.count() for m in MODELS] == counts
    assert set(Meeting.objects.values_list("kind", flat=True)) == {k for k, _ in Meeting.KINDS}
    assert set(Minutes.objects.values_list("status", flat=True)) == {"草稿", "已印发"}
    assert any(a.report_late for a in Appointment.objects.all())
    assert any(i.overdue for i in SupervisionItem.objects.all())
    assert LiaisonAccount.objects.get(user__username="liaison").unit.name == "司法所"


def test_home_page_lists_current_composition_names_and_posts_only(demo, client):
    page = client.get("/").content.decode()
    assert "委员会组成人员" in page and "示例李明" in page and "常务副主任" in page
    assert "示例冯军" not in page  # left the committee: history is kept, not shown
    assert "示例郑洁" not in page  # a 联络员 is a contact of the office, not a member
    assert "2026-01-08" not in page and "书面报告" not in page


def test_duties_link_to_the_published_articles(demo, client):
    links = rule_links()
    label, url = links["plenary"]
    assert label == "工作规则第七条" and url.endswith("#art-7")
    page = client.get(url.split("#")[0]).content.decode()
    article = page[page.index('id="art-7"'):page.index('id="art-8"')]
    assert "全体会议" in article  # the committee's own 工作规则 (回龙坝镇), not another town's on the site
    assert "回龙坝镇社区矫正委员会工作规则" in page
    client.force_login(get_user_model().objects.get(username="staff"))
    board = client.get("/admin/").content.decode()
    assert "委员会履职看板" in board and url in board
