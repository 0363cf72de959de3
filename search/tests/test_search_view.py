"""Real queries over real policy text, through GET /search/ as a reader sends them."""

import re

import pytest

from .conftest import NOTICE_TITLE, OPINION_TITLE, RULES_TITLE

pytestmark = pytest.mark.django_db


def get(client, **params):
    return client.get("/search/", params)


def hrefs(response):
    return re.findall(r'<h2 class="hit-title">\s*<a href="([^"]+)"', response.content.decode())


def test_empty_query_shows_the_form(client, site_pages):
    response = get(client)
    assert response.status_code == 200
    assert "请输入要查找的词语" in response.content.decode()


@pytest.mark.parametrize("query, anchor", [("矫正", "#art-2"), ("司法", "#art-4")])
def test_two_character_words_are_found_inside_longer_words(client, site_pages, query, anchor):
    # 第二条 "…全镇社区矫正工作…"; 第四条 "矫委会办公室设在司法所…"
    response = get(client, q=query)
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<mark>{query}</mark>" in html
    assert any(h.endswith("t-hlb-rules/" + anchor) for h in hrefs(response))


def test_phrase_matching_article_and_paragraph(client, site_pages):
    response = get(client, q="矫正小组")
    links = hrefs(response)
    assert any("t-mas-opinion" in h and h.endswith("#para-1") for h in links)
    assert "<mark>矫正小组</mark>" in response.content.decode()


def test_full_committee_name_ranks_the_phrase(client, site_pages):
    response = get(client, q="社区矫正委员会")
    html = response.content.decode()
    assert "<mark>社区矫正委员会</mark>" in html
    # The document whose title holds the phrase comes first.
    first = hrefs(response)[0]
    assert "t-hlb-104" in first and "#" not in first


def test_doc_number_fragment(client, site_pages):
    response = get(client, q="104号")
    links = hrefs(response)
    html = response.content.decode()
    assert links[0].rstrip("/").endswith("t-hlb-104")
    assert any("t-hlb-rules" in h for h in links)  # the attachment inherits its notice's 文号
    assert "回府发〔2023〕<mark>104号</mark>" in html


def test_phrase_across_a_pdf_line_break(client, site_pages):
    # Seed 000 第二条: "…负责统筹" / "协调和指导全镇社区矫正工作…" on two lines.
    response = get(client, q="负责统筹协调和指导全镇社区矫正工作")
    links = hrefs(response)
    assert any(h.endswith("t-hlb-rules/#art-2") for h in links)
    html = response.content.decode()
    assert "第二条" in html
    assert "<mark>负责统筹协调和指导全镇社区矫正工作</mark>" in html


@pytest.mark.parametrize("query", ["7 日内", "7日内", "７日内"])
def test_digits_mixed_with_chinese(client, site_pages, query):
    response = get(client, q=query)
    links = hrefs(response)
    assert links and links[0].endswith("#art-18")  # 第十八条 "应于 7 日内" in the seed
    assert "<mark>7日内</mark>" in response.content.decode()


def test_article_label_and_link(client, site_pages):
    rules_url = site_pages["rules"].url
    response = get(client, q="书面报告")
    html = response.content.decode()
    assert f'href="{rules_url}#art-17"' in html
    assert RULES_TITLE in html and "第十七条" in html


def test_misspelling_gives_friendly_empty_page_with_suggestions(client, site_pages):
    response = get(client, q="社区矫证")
    html = response.content.decode()
    assert response.status_code == 200
    assert "没有找到与“社区矫证”相关的政策条文" in html
    assert "您是不是要找" in html
    assert '<a class="suggestion" href="?q=%E7%A4%BE%E5%8C%BA%E7%9F%AB%E6%AD%A3">社区矫正</a>' in html


def test_nonsense_gives_empty_page_without_error(client, site_pages):
    response = get(client, q="量子纠缠 %_\\")
    assert response.status_code == 200
    assert "没有找到" in response.content.decode()


def test_repealed_documents_are_marked(client, site_pages):
    response = get(client, q="调查评估")
    html = response.content.decode()
    assert OPINION_TITLE in html
    assert 'class="badge badge-repealed">已废止' in html
    assert "is-stale" in html


def test_filters(client, site_pages):
    assert all("t-mas" in h for h in hrefs(get(client, q="矫正", publisher="市司法局")))
    assert all("t-hlb" in h for h in hrefs(get(client, q="矫正", year="2023")))
    only_valid = hrefs(get(client, q="矫正", validity="valid"))
    assert only_valid and not any("t-mas" in h for h in only_valid)
    assert all("t-mas" in h for h in hrefs(get(client, q="矫正", validity="repealed")))
    html = get(client, q="矫正").content.decode()
    assert '<option value="市司法局">' in html and '<option value="2022">2022年</option>' in html


@pytest.mark.parametrize("params, message", [
    ({"q": "矫正", "year": "二〇二三"}, "年份筛选条件无效"),
    ({"q": "矫正", "validity": "bogus"}, "有效性筛选条件无效"),
    ({"q": "矫" * 101}, "搜索词太长"),
    ({"q": " ".join("矫正司法所工作规则细则"[i] * 2 for i in range(9))}, "搜索词太多"),
])
def test_bad_input_gets_a_chinese_message(client, site_pages, params, message):
    response = client.get("/search/", params)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_pagination(client, site_pages, monkeypatch):
    monkeypatch.setattr("search.views.PER_PAGE", 5)
    first = get(client, q="矫委会")
    html = first.content.decode()
    assert len(hrefs(first)) == 5 and 'rel="next"' in html
    second = get(client, q="矫委会", page="2")
    assert len(set(hrefs(first)) & set(hrefs(second))) == 0
    assert 'rel="prev"' in second.content.decode()
    assert get(client, q="矫委会", page="abc").status_code == 200


def test_all_terms_when_not_a_phrase(client, site_pages):
    response = get(client, q="矫委会 财政办公室")
    links = hrefs(response)
    assert any(h.endswith("#art-3") for h in links)
    assert "<mark>财政办公室</mark>" in response.content.decode()


def test_notice_title_is_searchable(client, site_pages):
    assert NOTICE_TITLE in get(client, q="关于成立回龙坝镇").content.decode()
