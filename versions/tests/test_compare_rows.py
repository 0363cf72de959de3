"""The two columns of the 修订对照表 (修订前 / 修订后), DB-free."""

from types import SimpleNamespace

from versions.chardiff import DELETE, INSERT, Segment
from versions.compare import compare_versions, lines, plain, rows, start_line
from versions.tests.pairs import DUTIES, RULES, article, copy


def version(body, number, title="工作规则"):
    return SimpleNamespace(body=body, number=number, title=title)


def amended_rules():
    new = copy(RULES)
    new[3]["value"]["paragraphs"][0]["text"] = new[3]["value"]["paragraphs"][0]["text"].replace("3名", "4名")
    new.insert(5, article("委员会办公室应当建立社区矫正工作台账。"))
    return compare_versions(version(RULES, 1), version(new, 2))


def test_changed_article_columns_hold_each_side_only():
    row = next(r for r in rows(amended_rules()) if r[0].kind == "changed")
    _, old, new = row
    assert [plain(line) for line in old] == ["第三条 委员会设主任1名，副主任3名。成员由各相关职能部门负责人担任。"]
    assert [plain(line) for line in new] == ["第三条 委员会设主任1名，副主任4名。成员由各相关职能部门负责人担任。"]


def test_inserted_article_has_an_empty_old_column_and_renumbered_keep_their_side_numbers():
    all_rows = rows(amended_rules())
    inserted = next(r for r in all_rows if r[0].kind == "inserted")
    assert inserted[1] == [] and plain(inserted[2][0]) == "第五条 委员会办公室应当建立社区矫正工作台账。"
    moved_number = next(r for r in all_rows if r[0].renumbered)
    assert plain(moved_number[1][0]).startswith("第五条 ") and plain(moved_number[2][0]).startswith("第六条 ")


def test_duty_list_lines_are_numbered_per_side():
    new = copy(DUTIES)
    new[1]["value"]["duties"].insert(0, "统筹全镇社区矫正工作。")
    comparison = compare_versions(version(DUTIES, 1), version(new, 2))
    changed = next(c for c in comparison.changes if c.kind == "changed")
    assert [plain(line) for line in lines(changed, "old")] == [
        "一、镇司法所", "1.主管全镇社区矫正工作。", "2.拟定社区矫正工作发展规划和管理制度。", "3.其他依法应当履行的职责。"]
    assert [plain(line) for line in lines(changed, "new")][:3] == [
        "一、镇司法所", "1.统筹全镇社区矫正工作。", "2.主管全镇社区矫正工作。"]


def test_title_change_counts_as_a_change():
    comparison = compare_versions(version(RULES, 1), version(RULES, 2, title="工作规则（修订）"))
    assert comparison.has_changes and comparison.counts["changed"] == 0


def _start_changed():
    """An excerpt whose 起始编号 moves from 第一条 to 第五条: no word changes, every number does."""
    new = copy(RULES)
    new[1]["value"]["start"] = 5
    return compare_versions(version(RULES, 1), version(new, 2))


def test_a_changed_start_number_is_one_change_with_a_start_line_in_both_columns():
    comparison = _start_changed()
    assert comparison.counts["changed"] == 1 and comparison.counts["renumbered"] == 8
    change, old, new = next(r for r in rows(comparison) if r[0].kind == "changed")
    assert [plain(line) for line in old] == [
        "第一条 根据《中华人民共和国社区矫正法》，经密云镇人民政府批准，依法设立密云镇社区矫正委员会。", "起始编号：第一条"]
    assert [plain(line) for line in new] == [
        "第五条 根据《中华人民共和国社区矫正法》，经密云镇人民政府批准，依法设立密云镇社区矫正委员会。", "起始编号：第五条"]
    assert old[-1].segments[-1] == Segment(DELETE, "第一条") and new[-1].segments[-1] == Segment(INSERT, "第五条")
    assert plain(start_line(change)) == "起始编号：第一条 → 第五条"


def test_a_heading_start_line_drops_the_label_separator():
    new = copy(RULES)
    new[0]["value"]["start"] = 3
    change = next(c for c in compare_versions(version(RULES, 1), version(new, 2)).changes if c.kind == "changed")
    assert plain(start_line(change)) == "起始编号：一 → 三"


def test_an_unchanged_start_or_a_start_that_numbers_the_same_adds_no_line():
    same_number = copy(RULES)
    same_number[1]["value"]["start"] = 1  # explicit, but 第一条 either way
    for comparison in (amended_rules(), compare_versions(version(RULES, 1), version(same_number, 2))):
        assert all(start_line(c) is None for c in comparison.changes)
        assert all("起始编号" not in plain(line) for _, old, new in rows(comparison) for line in old + new)
