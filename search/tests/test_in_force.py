"""The index holds what the public page shows today: an amendment not yet in force is not searchable
until its 施行日期, and then it is without anyone publishing again."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from search.models import SearchEntry
from versions.tests.factories import day, make_policy, publish
from versions.tests.pairs import RULES, article, copy

pytestmark = pytest.mark.django_db
TZ = timezone.get_fixed_timezone(8 * 60)
OLD_WORDS, NEW_WORDS = "原有旧条文甲乙", "修订新增条文丙丁"


def _at(text):
    """Noon of a day in Asia/Shanghai, for time_machine."""
    return datetime.datetime.combine(day(text), datetime.time(12), tzinfo=TZ)


def _amended(effective):
    """Published 2024-05-20 (version 1 in force from its 成文日期), amended the same day, 施行 `effective`."""
    with time_machine.travel(_at("2024-05-20"), tick=False):
        page = publish(make_policy(copy(RULES) + [article(f"本条为{OLD_WORDS}。")], date_written=day("2024-01-10")))
        body = copy(RULES) + [article(f"本条为{NEW_WORDS}。")]
        return publish(page, body, new_version=True, note="改写最后一条", effective=day(effective))


def _finds(client, page, words):
    html = client.get("/search/", {"q": words}).content.decode()
    return page.url in html


def _page_shows(client, page, words):
    return words in client.get(page.url).content.decode()


def test_a_future_amendment_is_not_searchable_before_its_day_and_is_on_its_day(client):
    page = _amended("2024-07-01")
    with time_machine.travel(_at("2024-06-30"), tick=False):
        assert _page_shows(client, page, OLD_WORDS) and not _page_shows(client, page, NEW_WORDS)
        assert _finds(client, page, OLD_WORDS) and not _finds(client, page, NEW_WORDS)
    with time_machine.travel(_at("2024-07-01"), tick=False):
        assert _page_shows(client, page, NEW_WORDS) and not _page_shows(client, page, OLD_WORDS)
        assert _finds(client, page, NEW_WORDS) and not _finds(client, page, OLD_WORDS)


def test_an_amendment_already_in_force_is_indexed_at_once(client):
    page = _amended("2024-03-01")  # published after its 施行日期: in force on the day it is published
    with time_machine.travel(_at("2024-05-21"), tick=False):
        assert _page_shows(client, page, NEW_WORDS)
        assert _finds(client, page, NEW_WORDS) and not _finds(client, page, OLD_WORDS)


def test_the_rows_say_when_they_must_be_rebuilt_and_the_command_rebuilds_them():
    page = _amended("2024-07-01")
    assert set(SearchEntry.objects.filter(page=page).values_list("renew_on", flat=True)) == {day("2024-07-01")}
    out = io.StringIO()
    with time_machine.travel(_at("2024-06-30"), tick=False):
        call_command("catch_up_policy_index", stdout=out)
        assert "没有需要更新的文件" in out.getvalue()
    assert SearchEntry.objects.filter(page=page, norm__contains=OLD_WORDS).exists()
    with time_machine.travel(_at("2024-07-02"), tick=False):  # a day late: catching up still works
        call_command("catch_up_policy_index", stdout=out)
    assert "已更新 1 个文件" in out.getvalue()
    assert SearchEntry.objects.filter(page=page, norm__contains=NEW_WORDS).exists()
    assert not SearchEntry.objects.filter(page=page, norm__contains=OLD_WORDS).exists()
    assert set(SearchEntry.objects.filter(page=page).values_list("renew_on", flat=True)) == {None}
