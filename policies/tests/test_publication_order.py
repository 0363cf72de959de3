"""Ordered by 发布日期 wherever the site says so (ties by 成文日期), RSS dated by it, and absolute URLs
from the host the reader used, never http://localhost by accident."""

import re
from datetime import date
from email.utils import parsedate_to_datetime

import pytest

from policies.factories import article, build_policy

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module


def _titles(html):
    return re.findall(r'<div class="pol-list-title"><a href="[^"]+">(.*?)</a>', html)


@pytest.fixture
def mixed(library):
    """Published online in an order unrelated to their dates; some dates missing, as real imports are."""
    body = [article("正文。")]
    made = [
        build_policy(library, "只有成文日期", slug="written-only", body=body, date_written=date(2023, 6, 1),
                     date_published=None),
        build_policy(library, "最新发布", slug="newest", body=body, date_published=date(2024, 2, 1),
                     date_written=date(2024, 1, 20)),
        build_policy(library, "同日发布·成文较早", slug="tie-early", body=body, date_published=date(2023, 9, 1),
                     date_written=date(2023, 8, 1)),
        build_policy(library, "最早发布", slug="oldest", body=body, date_published=date(2021, 5, 1)),
        build_policy(library, "同日发布·成文较晚", slug="tie-late", body=body, date_published=date(2023, 9, 1),
                     date_written=date(2023, 8, 25)),
    ]
    return made


EXPECTED = ["最新发布", "同日发布·成文较晚", "同日发布·成文较早", "只有成文日期", "最早发布"]


def test_the_library_is_in_publication_date_order(client, mixed):
    html = client.get("/policies/").content.decode()
    assert "按发布日期倒序排列" in html
    assert _titles(html) == EXPECTED


def test_the_home_page_lists_the_newest_by_publication_date(client, mixed):
    html = client.get("/").content.decode()
    positions = [html.index(title) for title in EXPECTED]
    assert positions == sorted(positions)


def test_rss_items_are_in_order_and_dated_by_their_publication_date(client, mixed):
    xml = client.get("/policies/feed/", HTTP_HOST="portal.example.cn:8443").content.decode()
    items = re.findall(r"<item><title>(.*?)</title>.*?<pubDate>(.*?)</pubDate>", xml)
    assert [t for t, _ in items] == EXPECTED
    assert parsedate_to_datetime(dict(items)["最新发布"]).date() == date(2024, 2, 1)
    assert parsedate_to_datetime(dict(items)["只有成文日期"]).date() == date(2023, 6, 1)


def test_rss_and_sitemap_links_use_the_host_the_reader_used(client, mixed):
    for path in ("/policies/feed/", "/sitemap.xml"):
        xml = client.get(path, HTTP_HOST="portal.example.cn:8443").content.decode()
        links = re.findall(r"<(?:link|loc)>(.*?)</(?:link|loc)>", xml)
        assert links, path
        assert all(link.startswith("http://portal.example.cn:8443/") for link in links), (path, links)
        assert "localhost" not in xml


def test_an_attachment_in_the_feed_takes_its_notices_date(client, library):
    notice = build_policy(library, "关于印发规则的通知", slug="notice", body=[], date_published=date(2022, 4, 1))
    build_policy(notice, "附件规则", slug="annex", body=[article("条文。")], date_published=None, attachment_number=1)
    build_policy(library, "更晚的文件", slug="later", body=[article("条文。")], date_published=date(2022, 5, 1))
    xml = client.get("/policies/feed/").content.decode()
    items = re.findall(r"<item><title>(.*?)</title>.*?<pubDate>(.*?)</pubDate>", xml)
    assert [t for t, _ in items][0] == "更晚的文件"
    assert parsedate_to_datetime(dict(items)["附件规则"]).date() == date(2022, 4, 1)
