"""Imported pages get short URL names: the title's pinyin, whole syllables, unique among siblings."""

import pytest

from policies.importer import parse_text
from policies.importer.build import build
from policies.importer.slugs import MAX_LEN, base


def test_base_spells_the_title_in_pinyin():
    assert base("社区矫正工作规则") == "shequjiaozhenggongzuoguize"


def test_base_of_a_long_title_stops_at_a_whole_syllable():
    title = "福建省高级人民法院福建省人民检察院福建省公安厅福建省司法厅关于修订实施细则的通知"
    slug = base(title)
    assert 40 <= len(slug) <= MAX_LEN
    assert base(title[:40]).startswith(slug)  # cut after a syllable, not inside one


def test_base_of_symbols_only_is_empty():
    assert base("〔〕《》——") == ""


@pytest.fixture
def library(db):
    from home.demo import ensure_site
    from policies.demo import load_library

    ensure_site()
    return load_library()


def test_two_imports_of_one_title_get_short_distinct_slugs(library):
    text = "示例镇社区矫正委员会工作规则\n第一条 为规范工作，制定本规则。\n附件1 示例表\n第一条 示例。\n"
    first, _ = build(parse_text(text), library)
    second, _ = build(parse_text(text), library)
    assert first.slug == "shilizhenshequjiaozhengweiyuanhuigongzuoguize"
    assert second.slug == first.slug + "-2"
    assert first.get_children().first().slug == "fujian-1"


def test_a_title_of_symbols_only_gets_a_generated_slug(library):
    page, _ = build(parse_text("《》\n第一条 为规范工作，制定本规则。\n"), library, title="《》")
    assert page.slug.startswith("policy-") and len(page.slug) == len("policy-") + 8
