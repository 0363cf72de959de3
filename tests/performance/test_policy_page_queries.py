"""A policy page's query count does not grow with its articles (no query per article or unit)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from policies.factories import article, build_policy, duty_list, heading, para

pytestmark = pytest.mark.usefixtures("library_module")  # the library made once per module

UNITS = ["司法所", "派出所", "民政办", "财政办"]


def _body(n):
    body = [heading("总则")]
    for i in range(n):
        unit = UNITS[i % len(UNITS)]
        body.append(article(para(f"第{i + 1}条的内容，涉及{unit}。", "cn_paren", ["其一；", "其二。"]), unit=unit))
    body.append(duty_list("司法所", ["主管全镇社区矫正工作。", "承担委员会办公室的日常工作。"]))
    return body


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    assert response.get("X-Page-Cache") != "hit"  # a real render, not the page cache
    return len(ctx.captured_queries)


@pytest.mark.parametrize("suffix", ["", "print/"])
def test_5_and_40_articles_cost_the_same_queries(client, library, django_assert_max_num_queries, suffix):
    small = build_policy(library, "五条的规则", slug="five", body=_body(5))
    large = build_policy(library, "四十条的规则", slug="forty", body=_body(40))
    client.get(library.url)  # warm the site-wide caches (site root, settings) out of the count
    # both pages rendered cold: no page cache and no cached body fragments (policies/fragments.py), so the
    # per-article work is inside the count
    baseline = _queries(client, small.url + suffix)
    with django_assert_max_num_queries(baseline):
        response = client.get(large.url + suffix)
    assert response.status_code == 200
    assert "第四十条" in response.content.decode()
