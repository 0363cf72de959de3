"""The demo amendment of seed 001: two versions, one inserted article, one changed character."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from versions import demo as versions_demo
from versions.align import CHANGED, INSERTED
from versions.compare import compare_versions
from versions.models import PolicyVersion
from versions.tests.factories import make_policy, publish
from versions.tests.pairs import article

pytestmark = pytest.mark.django_db

MIYUN = [article(f"第{n}条的内容。") for n in range(1, 16)] + [
    article("镇市场监管所工作职责：对社区矫正对象申请从事个体经营或开办经济实体且符合登记条件的，依法受理登记；其他依法应当履行的职责。"),
    article("本规则自印发之日起施行。"),
]


def test_demo_amends_seed_001_once():
    page = publish(make_policy(MIYUN, title="北京市密云区密云镇社区矫正委员会工作规则", slug="miyun"))
    versions_demo.load()
    versions_demo.load()  # idempotent
    v1, v2 = PolicyVersion.objects.filter(page=page).order_by("number")
    assert v1.effective_date == versions_demo.FIRST_EFFECTIVE and v2.effective_date == versions_demo.AMENDED_EFFECTIVE
    assert v2.published_at == versions_demo.AMENDED_PUBLISHED  # published before it took effect, not at load time
    assert v2.note == versions_demo.NOTE
    comparison = compare_versions(v1, v2)
    counts = comparison.counts
    assert (counts[INSERTED], counts[CHANGED], counts["deleted"], counts["moved"]) == (1, 1, 0, 0)
    inserted = next(c for c in comparison.changes if c.kind == INSERTED)
    changed = next(c for c in comparison.changes if c.kind == CHANGED)
    assert inserted.new_label == "第六条"
    assert (changed.old_label, changed.new_label) == ("第十六条", "第十七条")
    page.refresh_from_db()
    assert page.version_is_new is False


def test_demo_version_1_is_published_on_the_documents_own_date_not_the_load_day():
    page = publish(make_policy(MIYUN, title="北京市密云区密云镇社区矫正委员会工作规则", slug="miyun",
                               date_written=datetime.date(2022, 3, 30)))
    versions_demo.load()
    v1, v2 = PolicyVersion.objects.filter(page=page).order_by("number")
    assert timezone.localtime(v1.published_at) == datetime.datetime(2022, 3, 30, 9, tzinfo=versions_demo.TZ)
    assert v1.published_at < v2.published_at  # the 历史版本 list reads in order


def test_a_normal_first_publish_records_the_publish_moment():
    """Real use: 发布时间 is when the page went live, whatever the document's own dates say."""
    moment = datetime.datetime(2026, 3, 2, 10, 30, tzinfo=versions_demo.TZ)
    with time_machine.travel(moment, tick=False):
        page = publish(make_policy(MIYUN, date_written=datetime.date(2022, 3, 30)))
    assert PolicyVersion.objects.get(page=page).published_at == moment


def test_demo_skips_quietly_without_the_seed():
    out = io.StringIO()
    assert versions_demo.load(stdout=out) is None and "跳过" in out.getvalue()


def test_full_demo_shows_an_amended_policy(demo, client):
    page = versions_demo.find_rules()
    assert page is not None, "the demo must load the importer's seed 001 (policies.demo), which versions.demo amends"
    call_command("load_demo", "--quiet-logins", stdout=io.StringIO())  # a second run adds nothing
    assert PolicyVersion.objects.filter(page=page).count() == 2
    html = client.get(f"/versions/{page.pk}/compare/?from=1&to=2").content.decode()
    assert "新增 1 处，删除 0 处，修改 1 处，移动 0 处" in html
    assert f'href="/versions/{page.pk}/">历史版本</a>' in client.get(page.url).content.decode()
    for v in PolicyVersion.objects.filter(number=1):  # every demo document: 发布日期, else 成文日期
        own = v.metadata.get("date_published") or v.metadata.get("date_written")
        assert own and timezone.localdate(v.published_at).isoformat() == own, v.title
    history = client.get(f"/versions/{page.pk}/").content.decode()
    assert "<dt>发布时间</dt><dd>2022年3月30日</dd>" in history and "<dt>发布时间</dt><dd>2023年12月15日</dd>" in history
