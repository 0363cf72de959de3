"""Normalisation: the same rule for stored text and queries."""

import pytest

from search.text import QueryError, clean, fold, normalize, parse_query


def test_line_breaks_and_stray_spaces_inside_chinese_vanish():
    assert clean("负责统筹\n协调和指导") == "负责统筹协调和指导"
    assert clean(" 回 府 发〔2023〕104 号") == "回府发〔2023〕104号"
    assert clean("应于 7 日内\n书面报") == "应于7日内书面报"


def test_spaces_between_latin_words_survive_as_one():
    assert clean("GB/T   9704\n2012") == "GB/T 9704 2012"


def test_fold_keeps_length_and_maps_full_width():
    text = "第１２条(一)ＡＢＣ㈠，İ"
    assert len(fold(text)) == len(text)
    assert fold(text) == "第12条（一）abc㈠，İ"


def test_fold_leaves_chinese_text_unchanged():
    text = "村（居）委会协助司法所，履行矫正小组成员职责；应于7日内报告。"
    assert fold(text) == text


def test_query_phrase_and_terms():
    assert parse_query("7 日内") == ("7日内", ["7", "日内"])
    assert parse_query("  矫正　司法所 ") == ("矫正司法所", ["矫正", "司法所"])
    assert parse_query("") == ("", [])


def test_query_terms_contained_in_another_are_dropped():
    assert parse_query("矫正 社区矫正 矫正")[1] == ["社区矫正"]


def test_query_folding_matches_stored_folding():
    assert normalize("７日内") == normalize("应于 7 日内")[2:]


def test_limits_raise_readable_errors():
    with pytest.raises(QueryError, match="搜索词太长"):
        parse_query("矫" * 101)
    with pytest.raises(QueryError, match="搜索词太多"):
        parse_query(" ".join(f"词{i}" for i in range(9)))
