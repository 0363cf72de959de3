"""Public history, version pages, 修订对照 and the date lookup, as an anonymous citizen sees them."""

import io

import pytest
from pypdf import PdfReader

from versions.models import PolicyVersion
from versions.tests.factories import day, make_policy, publish
from versions.tests.pairs import RULES, article, copy

pytestmark = pytest.mark.django_db


@pytest.fixture
def amended():
    """Version 1 (施行 2022-03-30) and version 2 (施行 2024-07-01: a new 第五条, one character changed)."""
    page = publish(make_policy(RULES))
    PolicyVersion.objects.filter(page=page, number=1).update(effective_date=day("2022-03-30"))
    new = copy(RULES)
    new[3]["value"]["paragraphs"][0]["text"] = new[3]["value"]["paragraphs"][0]["text"].replace("3名", "4名")
    new.insert(5, article("委员会办公室应当建立社区矫正工作台账。"))
    return publish(page, new, new_version=True, note="增加一条；副主任增至4名", effective=day("2024-07-01"))


def test_history_lists_versions_with_dates_notes_and_compare_links(client, amended):
    html = client.get(f"/versions/{amended.pk}/").content.decode()
    assert "第2版" in html and "第1版" in html and "现行版本" in html
    assert "2024年7月1日" in html and "增加一条；副主任增至4名" in html
    assert f"/versions/{amended.pk}/compare/?from=1&amp;to=2" in html


def test_old_version_has_banner_and_current_does_not(client, amended):
    old = client.get(f"/versions/{amended.pk}/1/").content.decode()
    assert "此为历史版本" in old and "现行版本见" in old and amended.url in old
    assert "副主任3名" in old and "工作台账" not in old
    current = client.get(f"/versions/{amended.pk}/2/").content.decode()
    assert "此为历史版本" not in current and "副主任4名" in current


def _text_of(html):
    """The frozen part of a version page: from its title to the end of its body."""
    return html[html.index('<h1 class="page-title">'):html.index('<p class="version-links">')]


def test_version_url_is_stable_after_later_edits(client, amended):
    before = _text_of(client.get(f"/versions/{amended.pk}/1/").content.decode())
    before2 = _text_of(client.get(f"/versions/{amended.pk}/2/").content.decode())
    edited = copy(RULES)
    edited[1]["value"]["paragraphs"][0]["text"] = "完全改写的第一条。"
    publish(amended, edited)  # editorial publish
    publish(amended, edited[:-1], new_version=True, effective=day("2025-01-01"))  # version 3
    assert _text_of(client.get(f"/versions/{amended.pk}/1/").content.decode()) == before
    v2 = client.get(f"/versions/{amended.pk}/2/").content.decode()
    assert _text_of(v2) == before2.replace(" · 现行版本", "")
    assert "此为历史版本" in v2 and "完全改写" not in v2


def test_compare_shows_one_insertion_one_change_and_quiet_renumbering(client, amended):
    html = client.get(f"/versions/{amended.pk}/compare/?from=1&to=2").content.decode()
    assert "新增 1 处，删除 0 处，修改 1 处，移动 0 处；另有 5 处仅序号变化" in html
    assert '<del class="diff-del"><span class="visually-hidden">删除：</span>3</del>' in html
    assert '<ins class="diff-ins"><span class="visually-hidden">新增：</span>4</ins>' in html
    assert "（原第五条）" in html
    only = client.get(f"/versions/{amended.pk}/compare/?from=1&to=2&only=changes").content.decode()
    assert "第一条" not in only and "（原第五条）" not in only and "工作台账" in only


@pytest.mark.parametrize("query, message", [
    ("from=1&to=9", "没有这个版本"),
    ("from=x&to=2", "版本号必须是数字"),
    ("from=2&to=2", "两个不同的版本"),
])
def test_compare_bad_input_is_a_chinese_message_not_a_500(client, amended, query, message):
    for url in (f"/versions/{amended.pk}/compare/?{query}", f"/versions/{amended.pk}/compare.pdf?{query}"):
        response = client.get(url)
        assert response.status_code == 400 and message in response.content.decode()


def test_compare_pdf_is_a_pdf(client, amended):
    response = client.get(f"/versions/{amended.pk}/compare.pdf?from=1&to=2")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    from pdf.testing import embedded_fonts, unembedded_fonts

    assert embedded_fonts(response.content) and unembedded_fonts(response.content) == set()


def test_on_date_lookup(client, amended):
    r = client.get(f"/versions/{amended.pk}/on/?date=2024-06-30")
    assert r.status_code == 302 and r["Location"] == f"/versions/{amended.pk}/1/?on=2024-06-30"
    r = client.get(f"/versions/{amended.pk}/on/?date=2024-07-01")
    assert r["Location"] == f"/versions/{amended.pk}/2/?on=2024-07-01"
    page = client.get(r["Location"]).content.decode()
    assert "2024年7月1日适用的是本版本" in page
    before = client.get(f"/versions/{amended.pk}/on/?date=2022-03-29")
    assert before.status_code == 200 and "尚未施行" in before.content.decode()
    bad = client.get(f"/versions/{amended.pk}/on/?date=2024-13-45")
    assert bad.status_code == 400 and "不是有效日期" in bad.content.decode()


def test_only_public_proactive_live_pages_have_history(client, amended):
    assert client.get(f"/versions/{amended.pk}/").status_code == 200
    amended.disclosure = "on_request"
    amended.save()
    assert client.get(f"/versions/{amended.pk}/").status_code == 404
    assert client.get(f"/versions/{amended.pk}/1/").status_code == 404
    amended.disclosure = "proactive"
    amended.save()
    amended.unpublish()
    assert client.get(f"/versions/{amended.pk}/compare/?from=1&to=2").status_code == 404
    draft = make_policy(RULES, slug="never")
    assert client.get(f"/versions/{draft.pk}/").status_code == 404
    assert client.get("/versions/999999/").status_code == 404


def test_validity_banner_on_version_and_compare_pages(client, amended):
    successor = publish(make_policy(RULES, title="新工作规则", slug="new-rules"))
    amended.validity = "amended"
    amended.superseded_by = successor
    amended.save()
    for url in (f"/versions/{amended.pk}/2/", f"/versions/{amended.pk}/compare/?from=1&to=2"):
        html = client.get(url).content.decode()
        assert "本文件已修订" in html and "新工作规则" in html


def test_version_page_numbers_items_and_duties(client):
    from policies.models import MemberUnit

    unit = MemberUnit.objects.create(name="镇卫生院", slug="weishengyuan")
    body = [article("委员会职责：", items=["统筹协调。", "指导监督。"]),
            {"type": "duty_list", "value": {"unit": unit.pk, "style": "cn_list", "item_style": "arabic_dot",
                                            "duties": ["提供心理辅导资源。", "其他职责。"]}}]
    page = publish(make_policy(body, slug="items"))
    html = client.get(f"/versions/{page.pk}/1/").content.decode()
    assert "<strong>第一条</strong> 委员会职责：" in html
    assert "<li>（一）统筹协调。</li>" in html and "<li>（二）指导监督。</li>" in html
    assert "一、镇卫生院" in html and "<li>2.其他职责。</li>" in html


def test_policy_page_links_to_its_history(client, amended):
    html = client.get(amended.url).content.decode()
    assert f'href="/versions/{amended.pk}/">历史版本</a>（共2个版本' in html


def test_compare_with_a_single_version_explains_itself(client):
    page = publish(make_policy(RULES, slug="single"))
    r = client.get(f"/versions/{page.pk}/compare/")
    assert r.status_code == 400 and "只有一个版本" in r.content.decode()


def test_a_changed_start_number_shows_on_the_compare_page_and_in_the_pdf(client):
    """Version 2 of an excerpt starts at 第五条: the text is the same, so the 起始编号 line is the change."""
    page = publish(make_policy(RULES))
    new = copy(RULES)
    new[1]["value"]["start"] = 5
    publish(page, new, new_version=True, note="按原文件编号", effective=day("2030-01-01"))
    html = client.get(f"/versions/{page.pk}/compare/?from=1&to=2&only=changes").content.decode()
    assert ('<p class="vchange__start">起始编号：<del class="diff-del"><span class="visually-hidden">删除：</span>'
            '第一条</del> → <ins class="diff-ins"><span class="visually-hidden">新增：</span>第五条</ins></p>') in html
    response = client.get(f"/versions/{page.pk}/compare.pdf?from=1&to=2")
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "起始编号：第一条" in text and "起始编号：第五条" in text
