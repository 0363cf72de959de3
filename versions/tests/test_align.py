"""Alignment by content: each hand-made pair shows exactly the intended change set."""

from versions.align import (
    CHANGED,
    DELETED,
    INSERTED,
    MOVED,
    UNCHANGED,
    align_blocks,
    summary,
)
from versions.chardiff import changed_text
from versions.tests.pairs import DUTIES, RULES, article, copy, heading, labels


def kinds(changes, kind):
    return [c for c in changes if c.kind == kind]


def test_identical_versions_have_no_changes():
    changes = align_blocks(RULES, copy(RULES), labels)
    assert summary(changes) == {UNCHANGED: len(RULES), CHANGED: 0, INSERTED: 0, DELETED: 0, MOVED: 0, "renumbered": 0}


def test_insert_an_article_in_the_middle_is_one_insertion_and_quiet_renumbering():
    new = copy(RULES)
    new.insert(5, article("委员会办公室应当建立社区矫正工作台账，定期向委员会报告。"))  # after 第四条
    changes = align_blocks(RULES, new, labels)
    s = summary(changes)
    assert (s[INSERTED], s[CHANGED], s[DELETED], s[MOVED]) == (1, 0, 0, 0)
    (ins,) = kinds(changes, INSERTED)
    assert ins.new_label == "第五条" and ins.old_label == "" and ins.new_index == 5
    renumbered = [(c.old_label, c.new_label) for c in changes if c.renumbered]
    assert renumbered == [("第五条", "第六条"), ("第六条", "第七条"), ("第七条", "第八条"),
                          ("第八条", "第九条"), ("第九条", "第十条")]
    # Reading order is the new version's.
    assert [c.new_index for c in changes] == list(range(len(new)))


def test_delete_an_article():
    new = copy(RULES)
    del new[3]  # 第三条
    changes = align_blocks(RULES, new, labels)
    s = summary(changes)
    assert (s[INSERTED], s[CHANGED], s[DELETED], s[MOVED]) == (0, 0, 1, 0)
    (gone,) = kinds(changes, DELETED)
    assert gone.old_label == "第三条" and gone.new_label == "" and gone.old is RULES[3]
    # The deletion appears where the article used to be.
    pos = changes.index(gone)
    assert changes[pos - 1].new_label == "第二条" and changes[pos + 1].old_label == "第四条"
    assert changes[pos + 1].new_label == "第三条"


def test_change_one_character():
    new = copy(RULES)
    new[3]["value"]["paragraphs"][0]["text"] = new[3]["value"]["paragraphs"][0]["text"].replace("副主任3名", "副主任4名")
    changes = align_blocks(RULES, new, labels)
    s = summary(changes)
    assert (s[INSERTED], s[CHANGED], s[DELETED], s[MOVED], s["renumbered"]) == (0, 1, 0, 0, 0)
    (c,) = kinds(changes, CHANGED)
    assert c.old_label == c.new_label == "第三条"
    (part,) = c.parts
    assert part.kind == CHANGED and changed_text(part.segments) == ("3", "4")


def test_move_a_chapter():
    new = copy(RULES)
    # Move chapter 三、工作制度 (heading + two articles) before chapter 二.
    chapter = new[8:11]
    del new[8:11]
    new[5:5] = chapter
    changes = align_blocks(RULES, new, labels)
    s = summary(changes)
    assert (s[INSERTED], s[CHANGED], s[DELETED]) == (0, 0, 0)
    moved = kinds(changes, MOVED)
    # The smaller run is reported as moved; either way exactly one chapter's blocks move.
    moved_titles = {c.block["value"].get("title") for c in moved if c.type == "heading"}
    assert len(moved_titles) == 1 and len(moved) == 3
    assert all(not c.edited for c in moved)
    heading_change = next(c for c in moved if c.type == "heading")
    assert heading_change.old_label != heading_change.new_label  # 二、 ↔ 三、
    assert [c.new_index for c in changes] == list(range(len(new)))


def test_amend_a_duty_list():
    new = copy(DUTIES)
    duties = new[1]["value"]["duties"]
    duties[1] = "拟定社区矫正工作中长期发展规划和管理制度。"
    duties.insert(2, "推动社区矫正信息化建设工作。")
    changes = align_blocks(DUTIES, new, labels)
    s = summary(changes)
    assert (s[INSERTED], s[CHANGED], s[DELETED], s[MOVED], s[UNCHANGED]) == (0, 1, 0, 0, 2)
    (c,) = kinds(changes, CHANGED)
    assert c.type == "duty_list"
    unit, *duty_parts = c.parts
    assert unit.kind == UNCHANGED
    assert [p.kind for p in duty_parts] == [UNCHANGED, CHANGED, INSERTED, UNCHANGED]
    assert changed_text(duty_parts[1].segments) == ("", "中长期")
    assert duty_parts[2].new_pos == 3 and duty_parts[3].renumbered  # 3. → 4.


def test_amend_an_article_by_adding_a_paragraph():
    old = [article("第一款内容。"), article("委员会根据工作需要召开全体会议或者专题会议。")]
    new = [article("第一款内容。"), article("委员会根据工作需要召开全体会议或者专题会议。", "会议由主任主持。")]
    (same, c) = align_blocks(old, new, labels)
    assert same.kind == UNCHANGED and c.kind == CHANGED
    assert [p.kind for p in c.parts] == [UNCHANGED, INSERTED]


def test_amend_items_of_an_article():
    old = [article("委员会职责：", items=["统筹协调。", "指导监督。"])]
    new = [article("委员会职责：", items=["统筹协调。", "督促检查。", "指导监督工作。"])]
    (c,) = align_blocks(old, new, labels)
    (para,) = c.parts
    assert para.kind == CHANGED  # its items changed, its text did not
    assert changed_text(para.segments) == ("", "")
    assert [p.kind for p in para.items] == [UNCHANGED, INSERTED, CHANGED]
    assert para.items[2].old_pos == 2 and para.items[2].new_pos == 3


def test_insert_and_edit_together_like_an_amendment():
    new = copy(RULES)
    new[6]["value"]["paragraphs"][0]["text"] += "建立完善典型经验推广和问题通报机制。"
    new.insert(7, article("委员会每年向镇党委、镇政府报告社区矫正工作情况。"))
    changes = align_blocks(RULES, new, labels)
    s = summary(changes)
    assert (s[INSERTED], s[CHANGED], s[DELETED], s[MOVED]) == (1, 1, 0, 0)
    assert kinds(changes, CHANGED)[0].new_label == "第五条"
    assert kinds(changes, INSERTED)[0].new_label == "第六条"


def test_rewritten_article_is_a_deletion_and_an_insertion_not_a_change():
    old = [article("委员会根据工作需要召开全体会议或者专题会议。")]
    new = [article("本规则由镇司法所负责解释。")]
    changes = align_blocks(old, new, labels)
    assert [c.kind for c in changes] == [DELETED, INSERTED]


def test_heading_renamed():
    old = [heading("工作制度"), article("甲。")]
    new = [heading("工作制度和程序"), article("甲。")]
    c, same = align_blocks(old, new, labels)
    assert c.kind == CHANGED and changed_text(c.parts[0].segments) == ("", "和程序")
    assert same.kind == UNCHANGED


def test_first_version_is_all_insertions():
    changes = align_blocks([], RULES, labels)
    assert {c.kind for c in changes} == {INSERTED} and len(changes) == len(RULES)


def test_large_rewritten_region_still_pairs_every_article():
    # 60 × 60 blocks in one replaced region: above the exhaustive limit, compared within a band.
    old = [article(f"第{n}项工作由成员单位{n}负责，按月报告办理情况。") for n in range(60)]
    new = [article(f"根据本规则，第{n}项工作由成员单位{n}负责，按季度报告办理情况。") for n in range(60)]
    changes = align_blocks(old, new, labels)
    assert [c.kind for c in changes] == [CHANGED] * 60
    assert all(c.old_index == c.new_index for c in changes)
