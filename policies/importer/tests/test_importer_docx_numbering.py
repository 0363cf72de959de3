"""Word list numbering (numbering.xml) under hypothesis: any abstractNum/lvl/ilvl/start/numFmt ends in
text or a Chinese message, and well-formed lists are written out as Word shows them."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies.importer import ImportFailure, InternalFailure, parse_bytes
from policies.importer.decode import decode_bytes
from policies.importer.warnings import Report
from policies.numbering import cn_number

from . import docx_parts as dp

XML_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
NUMBER_LIKE = st.one_of(st.integers(-10, 12).map(str), st.integers(-2**40, 2**40).map(str),
                        st.sampled_from(["", "abc", "1e9", "0x1", " 3 ", "²", "٣", "1.5"]), XML_TEXT)
FORMAT = st.one_of(st.sampled_from(["decimal", "chineseCounting", "chineseCountingThousand", "ideographTraditional",
                                    "decimalEnclosedCircle", "decimalFullWidth", "bullet", "none", "upperRoman"]),
                   XML_TEXT)
LEVEL_TEXT = st.one_of(st.sampled_from(["第%1条", "%1.", "%1.%2.", "（%2）", "%9", "%1%1%1", ""]), XML_TEXT)
LEVEL = st.builds(dp.level, NUMBER_LIKE, FORMAT, LEVEL_TEXT, st.one_of(st.none(), NUMBER_LIKE))
LISTS = st.lists(st.tuples(st.sampled_from(["1", "2", "x"]), st.lists(LEVEL, max_size=6)), max_size=3)
PARAGRAPH = st.builds(dp.paragraph, st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40), max_size=8),
                      st.one_of(st.none(), st.sampled_from(["1", "2", "x", "-1"])), st.one_of(st.none(), NUMBER_LIKE))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LISTS, st.lists(PARAGRAPH, min_size=1, max_size=15))
def test_any_numbering_definition_ends_in_text_or_a_message(lists, paragraphs):
    data = dp.package({dp.DOCUMENT: dp.document("".join(paragraphs)), dp.NUMBERING: dp.numbering(lists)})
    try:
        parse_bytes(data, "x.docx")
    except InternalFailure as exc:
        raise AssertionError("the importer crashed") from exc.__cause__
    except ImportFailure as exc:
        assert re.search(r"[\u4e00-\u9fff]", str(exc))


def lines_of(data):
    return decode_bytes(data, "x.docx", Report()).split("\n")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([("chineseCounting", "第%1条", lambda n: f"第{cn_number(n)}条 "),
                        ("decimal", "%1.", lambda n: f"{n}."),
                        ("chineseCounting", "%1、", lambda n: f"{cn_number(n)}、")]),
       st.integers(1, 32_767), st.integers(1, 30))
def test_a_list_counts_from_its_start(style, start, count):
    fmt, text, label = style
    lists = [(1, [dp.level(0, fmt, text, start)])]
    body = "".join(dp.paragraph("条文", 1, 0) for _ in range(count))
    data = dp.package({dp.DOCUMENT: dp.document(body), dp.NUMBERING: dp.numbering(lists)})
    assert lines_of(data) == [label(start + i) + "条文" for i in range(count)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 1), min_size=1, max_size=30), st.integers(1, 50), st.integers(1, 50))
def test_a_higher_level_restarts_the_level_below(levels, outer_start, inner_start):
    lists = [(1, [dp.level(0, "chineseCounting", "%1、", outer_start), dp.level(1, "decimal", "%2.", inner_start)])]
    body = "".join(dp.paragraph("文", 1, ilvl) for ilvl in levels)
    data = dp.package({dp.DOCUMENT: dp.document(body), dp.NUMBERING: dp.numbering(lists)})
    expected, outer, inner = [], None, None
    for ilvl in levels:  # Word's rule: a level counts on until a level above it appears again
        if ilvl == 0:
            outer, inner = (outer_start if outer is None else outer + 1), None
            expected.append(f"{cn_number(outer)}、文")
        else:
            inner = inner_start if inner is None else inner + 1
            expected.append(f"{inner}.文")
    assert lines_of(data) == expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.integers(9, 2**40), st.integers(-2**40, -1)).map(str), st.integers(1, 20))
def test_levels_outside_word_are_ignored_with_a_warning(ilvl, count):
    lists = [(1, [dp.level(ilvl, "decimal", "%1" * 9, 100_000_000), dp.level(0, "decimal", "%1.")])]
    body = "".join(dp.paragraph("条文", 1, ilvl) for _ in range(count)) + dp.paragraph("末条", 1, 0)
    data = dp.package({dp.DOCUMENT: dp.document(body), dp.NUMBERING: dp.numbering(lists)})
    report = Report()
    lines = decode_bytes(data, "x.docx", report).split("\n")
    assert lines == ["条文"] * count + ["1.末条"]
    assert {n.code for n in report.warnings} == {"docx_numbering"}
    assert any(ilvl[:20] in n.message for n in report.warnings)
