from datetime import date

import pytest

from policies.factories import article, build_policy

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module


def titles(html):
    import re

    return re.findall(r'<div class="pol-list-title"><a href="[^"]+">(.*?)</a>', html)


@pytest.fixture
def many(library):
    made = []
    for i in range(1, 5):
        made.append(build_policy(library, f"文件{i}", slug=f"doc-{i}", body=[article("正文。")],
                                 publisher="甲局" if i % 2 else "乙局", subject="司法" if i < 3 else "民政",
                                 date_published=date(2020 + i, 3, 1), validity="valid" if i != 2 else "repealed"))
    return made


def test_newest_first_and_attachments_not_listed_twice(client, many, notice):
    html = client.get("/policies/").content.decode()
    assert titles(html) == ["文件4", notice.title, "文件3", "文件2", "文件1"]
    assert "附件1　成员单位工作职责" in html


@pytest.mark.parametrize("query,expected", [
    ("publisher=甲局", ["文件3", "文件1"]),
    ("year=2022", ["文件2"]),
    ("subject=民政", ["文件4", "文件3"]),
    ("validity=repealed", ["文件2"]),
    ("publisher=乙局&subject=司法", ["文件2"]),
    ("year=abc&validity=bogus", ["文件4", "文件3", "文件2", "文件1"]),  # bad values are ignored
])
def test_filters(client, many, query, expected):
    assert titles(client.get(f"/policies/?{query}").content.decode()) == expected


def test_pagination_keeps_filters(client, library, many):
    library.page_size = 3
    library.save_revision().publish()
    first = client.get("/policies/?subject=").content.decode()
    assert titles(first) == ["文件4", "文件3", "文件2"] and "第 1 / 2 页" in first
    assert "subject=&amp;page=2" in first
    second = client.get("/policies/?page=2").content.decode()
    assert titles(second) == ["文件1"]
    assert titles(client.get("/policies/?page=99").content.decode()) == ["文件1"]
    assert client.get("/policies/?page=x").status_code == 200


def test_repealed_policy_has_banner_badge_and_successor_link(client, library, many):
    old, new = many[1], many[3]
    old.superseded_by = new
    old.save_revision().publish()
    html = client.get(old.url).content.decode()
    assert 'class="pol-banner"' in html and "本文件已废止" in html and f'href="{new.url}"' in html
    listing = client.get("/policies/").content.decode()
    assert 'badge badge-repealed">已废止' in listing and "见现行文件" in listing
    successor = client.get(new.url).content.decode()
    assert "本文件取代了" in successor and old.title in successor
    assert 'class="pol-banner"' not in successor


def test_valid_policy_with_successor_is_rejected(library, many):
    from django.core.exceptions import ValidationError

    page = many[0]
    page.superseded_by = many[3]
    with pytest.raises(ValidationError) as err:
        page.full_clean()
    assert "有效的文件不应有替代文件" in str(err.value)


def test_feed_lists_public_policies_with_chinese_titles(client, many):
    response = client.get("/policies/feed/")
    assert response.status_code == 200 and "rss" in response["Content-Type"]
    xml = response.content.decode()
    assert xml.count("<item>") == 4 and "<title>文件4" in xml


def test_home_page_latest_list(client, many):
    html = client.get("/").content.decode()
    assert "文件4" in html and "2024-03-01" in html and "已废止" in html


def test_hidden_successor_is_never_linked(client, library, many):
    hidden = build_policy(library, "未公开的新规则", slug="hidden-successor", disclosure="on_request",
                          body=[article("内部。")])
    old = many[1]
    old.superseded_by = hidden
    old.save_revision().publish()
    for html in (client.get(old.url).content.decode(), client.get("/policies/").content.decode()):
        assert "hidden-successor" not in html and "未公开的新规则" not in html
    assert "本文件已废止" in client.get(old.url).content.decode()
