"""An excerpt keeps its source's numbers (起始编号, `start` on an article or heading): the page, its anchors, the
search index and the PDF all number through the registry, so all of them read it."""

import io
import re

import pytest
from pypdf import PdfReader

from policies.factories import article, build_policy, heading
from search.models import SearchEntry

pytestmark = pytest.mark.usefixtures("library_module")  # the library made once per module


def _start(block, n):
    block["value"]["start"] = n
    return block


@pytest.fixture
def excerpt(library):
    return build_policy(library, "某法（节选）", slug="excerpt", body=[
        _start(article("对做出突出贡献的，给予表彰。"), 7),
        _start(heading("机构和职责", style="cn_chapter"), 2),
        article("国务院司法行政部门主管全国的工作。"),
    ], publisher="示例镇人民政府")


def test_the_page_shows_and_anchors_the_source_numbers(client, excerpt):
    assert [(i.label, i.anchor) for i in excerpt.numbered_body] == [
        ("第七条", "art-7"), ("第二章", "chap-2"), ("第八条", "art-8")]
    html = client.get(excerpt.url).content.decode()
    assert 'id="art-7"' in html and 'id="art-8"' in html and "第二章" in html and "第一条" not in html


def test_search_indexes_the_source_numbers(excerpt):
    labels = list(SearchEntry.objects.filter(page=excerpt).order_by("position").values_list("label", flat=True))
    assert "第七条" in labels and "第八条" in labels and "第一条" not in labels


def test_the_pdf_prints_the_source_numbers(client, excerpt):
    response = client.get(excerpt.url + "pdf/")
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages))
    assert text.index("第七条对做出") < text.index("第二章") < text.index("第八条国务院")
    assert "第一条" not in text
