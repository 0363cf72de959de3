"""The registry of block kinds: a kind added through it alone is numbered, rendered, indexed, aligned
and printed, with no other module taught its name."""

import io
import re

import pytest
from django.template import engines
from pypdf import PdfReader
from wagtail import blocks

from policies.factories import article, build_policy, heading
from policies.kinds import BlockKind, Item, get, kind_of, registered
from policies.kinds.printing import para
from policies.labels import cn_number
from policies.models import PolicyPage
from search.models import SearchEntry
from versions.align import CHANGED, UNCHANGED, align_blocks
from versions.chardiff import DELETE, EQUAL, INSERT
from versions.compare import lines

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module

NAME = "remark"


class RemarkBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="附注")


class Remark(BlockKind):
    """附注一、附注二 …: counted among remarks only, never in the table of contents."""

    name = NAME
    block = RemarkBlock
    # {% include %} takes any template object, so a kind need not ship a file
    template = engines["django"].from_string(
        '<aside class="pol-remark" id="{{ item.anchor }}"><b>{{ item.label }}</b>{{ item.value.text }}</aside>')
    search_name = "附注"

    def number(self, value, block_id, counters):
        n = counters.next(self.name)
        label = f"附注{cn_number(n)}"
        return Item(self.name, label, f"remark-{n}", value, f"{label}：{get(value, 'text', '')}", n,
                    block_id=block_id)

    def flowables(self, item):
        return [para(item.text)]

    def align_text(self, value):
        return value.get("text", "")


@pytest.fixture
def remark():
    """The kind in the registry and its block in the page's StreamField (what a real kind gets in
    policies/blocks.py), both gone afterwards."""
    stream_block = PolicyPage.body.field.stream_block
    block = RemarkBlock()
    block.set_name(NAME)
    stream_block.child_blocks[NAME] = block
    try:
        with registered(Remark()) as kind:
            yield kind
    finally:
        del stream_block.child_blocks[NAME]
    assert kind_of(NAME) is None


def _remark(text):
    return {"type": NAME, "value": {"text": text}}


@pytest.fixture
def page(library, remark):
    return build_policy(library, "附注试验规则", slug="remarks", body=[
        heading("总则"), _remark("本规则试行一年。"), article("为规范工作，制定本规则。"), _remark("解释权归司法所。"),
    ], publisher="示例镇人民政府")


def test_numbered_among_its_own_kind_without_disturbing_articles(page):
    items = page.numbered_body
    assert [(i.type, i.label) for i in items] == [
        ("heading", "一、"), (NAME, "附注一"), ("article", "第一条"), (NAME, "附注二")]
    assert [i.label for i in page.toc()] == ["一、"]
    assert page.article_count() == 1 and page.chapter_count() == 1


def test_rendered_through_its_own_template(client, page):
    html = client.get(page.url).content.decode()
    assert '<aside class="pol-remark" id="remark-2"><b>附注二</b>解释权归司法所。</aside>' in html
    assert "第一条" in html


def test_indexed_as_its_own_kind(page):
    rows = SearchEntry.objects.filter(page=page, kind=NAME).order_by("position")
    assert [(r.label, r.anchor, r.display_text) for r in rows] == [
        ("附注一", "remark-1", "附注一：本规则试行一年。"), ("附注二", "remark-2", "附注二：解释权归司法所。")]
    assert dict(SearchEntry._meta.get_field("kind").flatchoices)[NAME] == "附注"


def test_aligned_between_versions_by_its_text(remark):
    old = [_remark("本规则自印发之日起试行一年。"), article("为规范工作，制定本规则。")]
    new = [_remark("本规则自印发之日起试行二年。"), article("为规范工作，制定本规则。")]
    changed, same = align_blocks(old, new)
    assert (changed.type, changed.kind, same.kind) == (NAME, CHANGED, UNCHANGED)
    segments = [s for line in lines(changed) for s in line.segments]
    assert [(s.op, s.text) for s in segments if s.op != EQUAL] == [(DELETE, "一"), (INSERT, "二")]


def test_printed_in_the_pdf(client, page):
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages))
    assert text.index("附注一：本规则试行一年。") < text.index("第一条") < text.index("附注二：解释权归司法所。")
