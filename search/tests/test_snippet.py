"""Snippets: a window around the first hit, every hit marked, everything else escaped."""

from types import SimpleNamespace

from search.query import snippet
from search.text import clean, fold, parse_query


def row(raw):
    text = clean(raw)
    return SimpleNamespace(display_text=text, norm=fold(text))


def test_marks_every_hit_in_the_window():
    phrase, terms = parse_query("司法所")
    html = snippet(row("矫委会办公室设在司法所，办公室主任由司法所负责人兼任"), phrase, terms)
    assert html.count("<mark>司法所</mark>") == 2


def test_highlight_keeps_the_original_characters():
    phrase, terms = parse_query("7 日内")
    html = snippet(row("应于７日内书面报告"), phrase, terms)
    assert "应于<mark>７日内</mark>书面报告" == html


def test_long_text_is_cut_around_the_hit():
    text = "甲" * 200 + "矫正小组" + "乙" * 200
    phrase, terms = parse_query("矫正小组")
    html = snippet(row(text), phrase, terms)
    assert html.startswith("…") and html.endswith("…")
    assert "<mark>矫正小组</mark>" in html
    assert len(html) < 140


def test_html_in_text_is_escaped():
    phrase, terms = parse_query("矫正")
    html = snippet(row("<script>alert(1)</script>矫正"), phrase, terms)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_all_terms_highlighted_when_no_phrase():
    phrase, terms = parse_query("矫委会 财政")
    html = snippet(row("成员由矫委会、财政办公室组成"), phrase, terms)
    assert "<mark>矫委会</mark>" in html and "<mark>财政</mark>" in html
