import re

import pytest

from policies.factories import article, build_policy

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module


def test_library_is_reached_at_policies_library(client, library, rules):
    response = client.get("/policies/library/")
    assert response.status_code == 302 and response["Location"] == "/policies/"
    page = client.get("/policies/").content.decode()
    assert "示例镇社区矫正委员会工作规则" in page


def test_policy_page_shows_metadata_numbers_toc_and_anchors(client, rules):
    html = client.get(rules.url).content.decode()
    for text in ["索引号" if rules.index_number else "文号", "示府发〔2023〕7号", "示例镇人民政府", "2023-08-29",
                 "主动公开", "有效", "目录", "打印本页", "下载PDF"]:
        assert text in html, text
    labels = re.findall(r'<strong class="pol-article-label">(.*?)</strong>', html)
    assert labels == ["第一条", "第二条", "第三条", "第四条"]
    assert "（一）</span>研究制定重大政策；" in html
    # every article anchor exists and has a visible ¶ permalink to itself
    for n in range(1, 5):
        assert f'id="art-{n}"' in html
        assert f'href="#art-{n}"' in html
    # TOC links resolve to ids on the page
    toc = re.findall(r'<nav class="pol-toc.*?</nav>', html, re.S)[0]
    targets = re.findall(r'href="#([^"]+)"', toc)
    assert targets == ["chap-1", "chap-2"]
    for target in targets:
        assert f'id="{target}"' in html


def test_attachment_has_own_url_inherits_metadata_and_is_listed(client, notice):
    html = client.get(notice.url).content.decode()
    children = [c.specific for c in notice.get_children().order_by("path")]
    duties = next(c for c in children if c.attachment_number == 1)
    assert html.index("成员单位工作职责") < html.index("办公室工作细则")  # 附件 order, not tree order
    page = client.get(duties.url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "示府发〔2023〕104号" in body and "11500106/2023-00104" in body  # inherited
    assert duties.meta("publisher") == "示例镇人民政府"
    assert "一、" in body and "主管本行政区域内社区矫正工作；" in body


def test_non_public_and_draft_pages_are_invisible(client, library, rules):
    secret = build_policy(library, "依申请公开的文件", slug="secret", disclosure="on_request",
                          body=[article("内部内容。")])
    draft = build_policy(library, "未发布的草稿", slug="draft", publish=False, body=[article("草稿内容。")])
    for page in (secret, draft):
        assert client.get(f"/policies/{page.slug}/").status_code == 404
        assert client.get(f"/policies/{page.slug}/print/").status_code == 404
        assert client.get(f"/policies/{page.slug}/pdf/").status_code == 404
    listing = client.get("/policies/").content.decode()
    feed = client.get("/policies/feed/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    home = client.get("/").content.decode()
    for text in (listing, feed, sitemap, home):
        assert "依申请公开的文件" not in text and "/policies/secret/" not in text
        assert "未发布的草稿" not in text and "/policies/draft/" not in text
    assert "/policies/rules/" in sitemap and "示例镇社区矫正委员会工作规则" in feed and "示例镇社区矫正委员会工作规则" in home


def test_attachment_of_hidden_notice_is_hidden(client, notice):
    child = notice.get_children().first().specific
    assert client.get(child.url).status_code == 200
    notice.disclosure = "not_public"
    notice.save_revision().publish()
    assert client.get(child.url).status_code == 404
    assert child.title not in client.get("/policies/feed/").content.decode()


def test_print_view_has_the_document_without_portal(client, rules):
    html = client.get(rules.url + "print/").content.decode()
    assert "第四条" in html and "main-nav" not in html and "示例镇人民政府" in html


def test_opinion_without_articles(client, opinion):
    html = client.get(opinion.url).content.decode()
    assert "pol-article-label" not in html
    assert "一、指导思想" in html and "（一）协助人员条件" in html and "2.</span>责任心强。" in html


def test_reserved_slug_is_rejected(library):
    from django.core.exceptions import ValidationError

    from policies.models import PolicyPage

    page = PolicyPage(title="x", slug="feed")
    with pytest.raises(ValidationError) as err:
        page.full_clean()
    assert "保留" in str(err.value)
