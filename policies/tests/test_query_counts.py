"""Public pages cost a fixed number of queries, however many documents, attachments or articles."""

from datetime import date

import pytest
from django.db import connection

from policies.factories import article, duty_list, heading, para, stream_data
from policies.models import PolicyPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module


@pytest.fixture(autouse=True)
def uncached(settings):
    # Measure the render itself, not a rendered-page cache in front of it.
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "pagecache" not in m.lower()]


def queries_for(client, url):
    """Queries of a GET after a warm-up GET (site root paths and the like are cached by then)."""
    assert client.get(url).status_code == 200
    seen = []

    def count(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url)
    assert response.status_code == 200
    return len(seen)


def make(parent, n, body=(), **fields):
    """A live public policy page, without the revision machinery (fast enough for dozens)."""
    page = PolicyPage(title=f"文件{n}", slug=f"doc-{n}", live=True, body=stream_data(body),
                      publisher=f"机构{n % 3}", subject="司法", date_published=date(2020 + n % 5, 1, 1), **fields)
    parent.add_child(instance=page)
    return page


def add_documents(library, start, count):
    """Documents like the library holds: plain ones, notices with attachments, superseded ones."""
    made = []
    for n in range(start, start + count):
        doc = make(library, n, [article("正文。")], doc_number=f"示府发〔2023〕{n + 1}号")
        if n % 3 == 0:
            make(doc, 1000 + n, [article("附件正文。")], attachment_number=1)
            make(doc, 2000 + n, [article("附件正文。")], attachment_number=2)
        made.append(doc)
    for older, newer in zip(made[::4], made[1::4]):
        PolicyPage.objects.filter(pk=older.pk).update(validity="amended", superseded_by=newer)
    return made


def test_library_query_count_does_not_grow_with_documents(client, library):
    library.page_size = 40
    library.save()
    add_documents(library, 0, 5)
    few = queries_for(client, library.url)
    add_documents(library, 5, 20)
    html = client.get(library.url).content.decode()
    assert html.count('class="pol-list-title"') == 25 and html.count("见现行文件") == 6 and "附件2" in html
    assert queries_for(client, library.url) == few


def test_feed_query_count_does_not_grow_with_items(client, library):
    add_documents(library, 0, 2)  # 2 documents + 2 attachments
    few = queries_for(client, "/policies/feed/")
    add_documents(library, 2, 10)
    xml = client.get("/policies/feed/").content.decode()
    assert xml.count("<item>") == 20
    assert "文件1000（" not in xml and "示府发〔2023〕4号" in xml  # attachments inherit the 文号, show no suffix
    assert queries_for(client, "/policies/feed/") == few


def articles(count):
    body = [heading("总则")]
    for n in range(count):
        unit = ["司法所", "派出所", "民政办"][n % 3] if n % 2 else None
        body.append(article(para(f"第{n}条的内容。", "cn_paren", ["事项一；", "事项二。"]), unit=unit))
    return body + [duty_list("司法所", ["主管全镇社区矫正工作。"])]


def test_policy_page_query_count_does_not_grow_with_articles(client, library):
    short = make(library, 1, articles(5), doc_number="示府发〔2023〕1号")
    long = make(library, 2, articles(40), doc_number="示府发〔2023〕2号")
    assert "第四十条" in client.get(long.url).content.decode()
    assert queries_for(client, short.url) == queries_for(client, long.url)
