"""Real queries over the demo content (the seeds as `load_demo` imports them), through GET /search/."""

import re

import pytest

from .conftest import NOTICE_TITLE, OPINION_TITLE, RULES_TITLE

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_module")]  # the demo loaded once


def get(client, **params):
    return client.get("/search/", params)


def hrefs(response):
    return re.findall(r'<h2 class="hit-title">\s*<a href="([^"]+)"', response.content.decode())


@pytest.fixture
def one_page(monkeypatch):
    """Every hit on one result page, so a test can look for a given article anywhere in the ranking."""
    monkeypatch.setattr("search.views.PER_PAGE", 500)


def test_empty_query_shows_the_form(client, demo_pages):
    response = get(client)
    assert response.status_code == 200
    assert "请输入要查找的词语" in response.content.decode()


@pytest.mark.parametrize("query, anchor", [("矫正", "#art-2"), ("司法", "#art-4")])
def test_two_character_words_are_found_inside_longer_words(client, demo_pages, one_page, query, anchor):
    # Seed 000 第二条 "…全镇社区矫正工作…"; 第四条 "矫委会办公室设在司法所…"
    response = get(client, q=query)
    assert response.status_code == 200
    assert f"<mark>{query}</mark>" in response.content.decode()
    assert demo_pages["rules"].url + anchor in hrefs(response)


def test_phrase_in_a_numbered_item(client, demo_pages, one_page):
    # Seed 003 三（二）2. "履行矫正小组成员责任和义务"; seed 000 附件3 各村（社区） 2. "…履行矫正小组成员职责…"
    response = get(client, q="矫正小组")
    html = response.content.decode()
    assert "<mark>矫正小组</mark>" in html
    assert any("#unit-11" in h for h in hrefs(response))  # 各村（社区）, the 11th duty list
    assert "马鞍山市" in html  # seed 003 found as well


def test_full_committee_name_puts_titles_first(client, demo_pages):
    response = get(client, q="社区矫正委员会")
    links = hrefs(response)
    assert "<mark>社区矫正委员会</mark>" in response.content.decode()
    assert links[0] == demo_pages["notice"].url  # title hit of a valid document ranks first
    assert links.index(demo_pages["rules"].url + "#art-2") > links.index(demo_pages["rules"].url)


def test_doc_number_fragment(client, demo_pages):
    response = get(client, q="104号")
    links = hrefs(response)
    assert links[0] == demo_pages["notice"].url
    assert demo_pages["rules"].url in links  # an attachment inherits its notice's 文号
    assert "回府发〔2023〕<mark>104号</mark>" in response.content.decode()


def test_phrase_across_a_pdf_line_break(client, demo_pages, site_pages, one_page):
    # Seed 000 第二条: "…负责统筹" / "协调和指导全镇社区矫正工作…" on two lines of the seed file.
    response = get(client, q="负责统筹协调和指导全镇社区矫正工作")
    links = hrefs(response)
    assert demo_pages["rules"].url + "#art-2" in links
    assert site_pages["rules"].url + "#art-2" in links  # the copy that keeps the raw line breaks
    assert "<mark>负责统筹协调和指导全镇社区矫正工作</mark>" in response.content.decode()


@pytest.mark.parametrize("query", ["7 日内", "7日内", "７日内"])
def test_digits_mixed_with_chinese(client, demo_pages, query):
    # Seed 000 第十八条 "应于 7 日内" (工作规则) and 细则 "应于 7 日内书面报…"
    response = get(client, q=query)
    links = hrefs(response)
    assert demo_pages["rules"].url + "#art-18" in links
    assert "<mark>7日内</mark>" in response.content.decode()


def test_hit_names_document_and_article(client, demo_pages):
    rules_url = demo_pages["rules"].url
    response = get(client, q="书面报告依法")
    html = response.content.decode()
    assert f'href="{rules_url}#art-17"' in html  # 第十七条 "…每年一次向矫委会书面报告依法…"
    assert f'{RULES_TITLE}<span class="hit-label">第十七条</span>' in html


def test_misspelling_gives_friendly_empty_page_with_suggestions(client, demo_pages):
    response = get(client, q="社区矫证")
    html = response.content.decode()
    assert response.status_code == 200
    assert "没有找到与“社区矫证”相关的政策条文" in html
    assert "您是不是要找" in html
    assert '<a class="suggestion" href="?q=%E7%A4%BE%E5%8C%BA%E7%9F%AB%E6%AD%A3">社区矫正</a>' in html


def test_nonsense_gives_empty_page_without_error(client, demo_pages):
    response = get(client, q="量子纠缠 %_\\")
    assert response.status_code == 200
    assert "没有找到" in response.content.decode()


def test_repealed_and_expired_documents_are_marked_and_rank_last(client, demo_pages, site_pages, one_page):
    html = get(client, q="调查评估").content.decode()
    assert OPINION_TITLE in html and 'class="badge badge-repealed">已废止' in html
    links = hrefs(get(client, q="负责统筹协调"))
    assert links.index(demo_pages["rules"].url + "#art-2") < links.index(site_pages["rules"].url + "#art-2")
    assert 'class="badge badge-expired">失效' in get(client, q="负责统筹协调").content.decode()


def test_filters(client, demo_pages, site_pages, one_page):
    by_publisher = hrefs(get(client, q="矫正", publisher="北京市密云区密云镇人民政府"))
    assert by_publisher and all(h.startswith(demo_pages["miyun"].url) for h in by_publisher)
    by_year = hrefs(get(client, q="矫正", year="2022"))
    assert site_pages["opinion"].url in by_year and demo_pages["notice"].url not in by_year
    repealed = hrefs(get(client, q="矫正", validity="repealed"))
    assert repealed and all(h.startswith(site_pages["opinion"].url) for h in repealed)
    html = get(client, q="矫正").content.decode()
    assert '<option value="市司法局">' in html and '<option value="2023">2023年</option>' in html
    assert html.count('<option value="市司法局">') == 1


@pytest.mark.parametrize("params, message", [
    ({"q": "矫正", "year": "二〇二三"}, "年份筛选条件无效"),
    ({"q": "矫正", "validity": "bogus"}, "有效性筛选条件无效"),
    ({"q": "矫" * 101}, "搜索词太长"),
    ({"q": " ".join(f"词{i}" for i in range(9))}, "搜索词太多"),
])
def test_bad_input_gets_a_chinese_message(client, demo_pages, params, message):
    response = client.get("/search/", params)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_pagination(client, demo_pages, monkeypatch):
    monkeypatch.setattr("search.views.PER_PAGE", 5)
    first = get(client, q="矫委会")
    html = first.content.decode()
    assert len(hrefs(first)) == 5 and 'rel="next"' in html
    second = get(client, q="矫委会", page="2")
    assert len(hrefs(second)) == 5 and not set(hrefs(first)) & set(hrefs(second))
    assert 'rel="prev"' in second.content.decode()
    assert get(client, q="矫委会", page="abc").status_code == 200


def test_all_terms_when_not_a_phrase(client, demo_pages, one_page):
    response = get(client, q="矫委会 财政办公室")
    assert demo_pages["rules"].url + "#art-3" in hrefs(response)
    assert "<mark>财政办公室</mark>" in response.content.decode()


def test_notice_title_is_searchable(client, demo_pages):
    assert NOTICE_TITLE in get(client, q="关于成立回龙坝镇").content.decode()
