"""The forms' own Chinese line breaker: nothing lost, nothing too wide, punctuation and numbers kept right."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pdf.fonts import font_name
from pdf.forms.lines import CANNOT_END, CANNOT_START, break_lines, string_width, text, value

SIZE = 12
PUNCTUATION = "，。；：、）》”（《“"
HAN = "社区矫正对象协助村民委员会司法所工作通知单镇街道"
ALNUM = "0123456789-ab"


def body():
    return font_name("body")


def lay(runs, width, first_indent=0.0):
    return break_lines(tuple(runs), body(), SIZE, width, first_indent)


def test_closing_punctuation_moves_down_with_the_character_before_it():
    # 10 characters wide: "。" would be the 11th, so "品。" goes to the next line together
    lines = lay([text("一二三四五六七八九十品。之后")], 10 * SIZE)
    assert [line.text for line in lines] == ["一二三四五六七八九十", "品。之后"]


def test_opening_punctuation_moves_down_with_the_character_after_it():
    lines = lay([text("一二三四五六七八九《法》")], 10 * SIZE)
    assert lines[0].text == "一二三四五六七八九" and lines[1].text == "《法》"


def test_numbers_and_phone_numbers_stay_on_one_line():
    lines = lay([text("联系电话一二三四五六"), value("0555-2345678")], 16 * SIZE)
    assert any("0555-2345678" in line.text for line in lines)


def test_a_number_wider_than_the_line_still_breaks_instead_of_running_off():
    digits = "1" * 60
    lines = lay([text(digits)], 10 * SIZE)
    assert "".join(line.text for line in lines) == digits
    assert all(line.width <= 10 * SIZE + 0.01 for line in lines)


def test_blank_to_fill_in_spans_lines_and_is_underlined_all_the_way():
    lines = lay([text("户籍地"), value(None, 30)], 10 * SIZE)
    assert len(lines) >= 3
    total = sum(end - start for line in lines for start, _, end, _ in line.rules)
    assert abs(total - 30 * SIZE) < 0.01


def test_first_line_indent_narrows_only_the_first_line():
    lines = lay([text("字" * 30)], 10 * SIZE, first_indent=2 * SIZE)
    assert [len(line.text) for line in lines] == [8, 10, 10, 2]


def test_value_padding_is_underlined_with_the_value():
    (line,) = lay([text("姓名"), value("张示例"), text("，")], 20 * SIZE)
    (rule,) = line.rules
    start, _, end, _ = rule
    assert abs((end - start) - (string_width("张示例", body(), SIZE) + 0.5 * SIZE)) < 0.01


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.text(HAN + PUNCTUATION + ALNUM, max_size=40), st.booleans()), max_size=6),
       st.integers(min_value=4, max_value=40))
def test_any_text_breaks_without_losing_or_overflowing(parts, chars_wide):
    width = chars_wide * SIZE
    runs = [value(s) if underline and s.strip() else text(s) for s, underline in parts]
    lines = lay(runs, width)
    assert "".join(line.text for line in lines) == "".join(r.text for r in runs)
    for n, line in enumerate(lines):
        assert line.width <= width + 0.01 or line.count == 1
        if n and line.text:
            # a line may only start with closing punctuation when the line before could not take it
            assert line.text[0] not in CANNOT_START or lines[n - 1].width + SIZE > width
        if not line.last and line.text:
            assert line.text[-1] not in CANNOT_END or line.width + SIZE > width
