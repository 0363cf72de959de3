"""Importer JSON -> pages: drafts under a parent, attachments as children, member units by name."""

import pytest

from policies.importer import parse_text
from policies.importer.build import BuildError, build
from policies.importer.seeds import load_seeds
from policies.models import MemberUnit, PolicyPage


@pytest.fixture
def library(db):
    from home.demo import ensure_site
    from policies.demo import load_library

    ensure_site()
    return load_library()


RULES = """示例镇社区矫正委员会工作规则
一、总则
第一条 为规范工作，制定本规则。
第二条 示例新单位工作职责：负责示例工作。
二、附则
第三条 本规则自印发之日起施行。
示例镇人民政府
2024年5月6日
"""


def test_builds_an_unpublished_draft(library):
    page, notes = build(parse_text(RULES), library)
    page = PolicyPage.objects.get(pk=page.pk)
    assert not page.live and page.has_unpublished_changes and notes == []
    assert page.get_parent().pk == library.pk
    assert (page.chapter_count(), page.article_count()) == (2, 3)
    assert page.signatory == "示例镇人民政府" and page.date_written.isoformat() == "2024-05-06"
    unit = MemberUnit.objects.get(name="示例新单位")  # created because the committee had none
    assert page.numbered_body[2].unit == unit
    assert page.latest_revision is not None


def test_existing_member_units_are_reused(library):
    MemberUnit.objects.create(committee="示例镇社区矫正委员会", name="示例新单位", slug="shili")
    build(parse_text(RULES), library)
    assert MemberUnit.objects.filter(name="示例新单位").count() == 1


def test_a_unit_of_another_committee_with_the_same_name_is_not_reused(library):
    other = MemberUnit.objects.create(committee="别镇社区矫正委员会", name="示例新单位", slug="bie")
    page, _ = build(parse_text(RULES), library)
    unit = PolicyPage.objects.get(pk=page.pk).numbered_body[2].unit
    assert unit != other and unit.committee == "示例镇社区矫正委员会"


def test_invalid_metadata_is_reported_not_saved(library):
    doc = parse_text("文号：乱写的文号\n政策咨询电话：请拨打\n示例规则\n第一条 甲。\n")
    page, notes = build(doc, library)
    assert page.doc_number == "" and page.consulting_phone == ""
    assert len(notes) == 2 and notes[0].startswith("文号")


def test_bad_parent_and_missing_title(library):
    doc = parse_text(RULES)
    with pytest.raises(BuildError, match="不能建立政策文件"):
        build(doc, library.get_parent())
    doc["title"] = ""
    with pytest.raises(BuildError, match="标题"):
        build(doc, library)
    assert not PolicyPage.objects.exists()  # nothing half-written


def test_seeds_are_published_idempotently(library):
    load_seeds(library)
    load_seeds(library)
    notice = PolicyPage.objects.get(doc_number="回府发〔2023〕104号")
    assert notice.live and notice.disclosure == "proactive"
    assert notice.colophon_office == "回龙坝镇党政办公室" and notice.colophon_date.isoformat() == "2023-08-29"
    assert notice.notice_paragraphs()[0] == "各村（社区），各部门："
    children = [c.specific for c in notice.get_children().order_by("path")]
    assert [(c.attachment_number, c.chapter_count(), c.article_count()) for c in children] == [(1, 5, 20), (2, 4, 11), (3, 0, 0)]
    duties = [i for i in children[2].numbered_body if i.type == "duty_list"]
    assert [len(i.paragraphs[0][1]) for i in duties] == [10, 8, 4, 4, 6, 7, 5, 4, 5, 6, 3]
    assert duties[0].unit.name == "司法所"
    miyun = PolicyPage.objects.get(slug="miyun-work-rules")
    assert (miyun.chapter_count(), miyun.article_count(), miyun.date_written.isoformat()) == (5, 26, "2022-03-30")
    masi = PolicyPage.objects.get(doc_number="马司〔2022〕3号")
    assert "云顶" not in masi.title and masi.index_number == "003067999/202201-00032"
    assert masi.chapter_count() == 4 and masi.date_written.isoformat() == "2022-01-11"
    forms = [c.specific.body[0].value["form"] for c in masi.get_children().order_by("path")]
    assert forms == ["assistance_notice", "registration"]
    assert "云顶" not in str(masi.get_children().last().specific.body.raw_data)
    assert PolicyPage.objects.count() == 8
