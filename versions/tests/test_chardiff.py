"""Character-level diff: Chinese text has no spaces, so every character counts."""

from versions.chardiff import DELETE, EQUAL, INSERT, Segment, changed_text, diff_chars, to_html


def test_one_changed_character_is_one_deletion_and_one_insertion():
    segs = diff_chars("委员会设主任1名，副主任3名。", "委员会设主任1名，副主任4名。")
    assert changed_text(segs) == ("3", "4")
    assert segs[0] == Segment(EQUAL, "委员会设主任1名，副主任")
    assert segs[-1] == Segment(EQUAL, "名。")


def test_inserted_words_inside_a_clause():
    segs = diff_chars("司法所工作职责", "司法所主要工作职责")
    assert segs == [Segment(EQUAL, "司法所"), Segment(INSERT, "主要"), Segment(EQUAL, "工作职责")]


def test_replacement_keeps_deletion_before_insertion():
    segs = diff_chars("委员会主任由镇长担任", "委员会主任由党委书记担任")
    assert [s.op for s in segs] == [EQUAL, DELETE, INSERT, EQUAL]
    assert changed_text(segs) == ("镇长", "党委书记")


def test_long_text_with_frequent_characters_still_diffs_one_character():
    # difflib's autojunk would drop frequent characters (社, 矫, 正) in texts over 200 characters.
    base = "社区矫正对象在就业和享受社会保障方面不受歧视；" * 12
    segs = diff_chars(base + "其他职责。", base + "其他依法应当履行的职责。")
    assert changed_text(segs) == ("", "依法应当履行的")


def test_tiny_coincidental_match_inside_a_rewrite_is_folded():
    segs = diff_chars("由镇长担任", "由党委书记长期担任")
    deleted, inserted = changed_text(segs)
    # No stray single unchanged character in the middle of the rewrite.
    assert [s.op for s in segs] == [EQUAL, DELETE, INSERT, EQUAL]
    assert deleted == "镇长" and inserted == "党委书记长期"


def test_identical_and_empty_texts():
    assert diff_chars("相同", "相同") == [Segment(EQUAL, "相同")]
    assert diff_chars("", "") == []
    assert diff_chars(None, "新") == [Segment(INSERT, "新")]
    assert diff_chars("旧", "") == [Segment(DELETE, "旧")]


def test_html_is_accessible_and_escaped():
    html = to_html(diff_chars("甲<b>乙", "甲<b>丙"))
    assert '<del class="diff-del"><span class="visually-hidden">删除：</span>乙</del>' in html
    assert '<ins class="diff-ins"><span class="visually-hidden">新增：</span>丙</ins>' in html
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_html_sides_for_two_column_view():
    segs = diff_chars("副主任3名", "副主任4名")
    old, new = to_html(segs, side="old"), to_html(segs, side="new")
    assert "<del" in old and "<ins" not in old and "4" not in old
    assert "<ins" in new and "<del" not in new and "3" not in new
