"""A small library with documents shaped like the seeds, built through the factories."""

from datetime import date

import pytest

from policies.factories import article, build_policy, duty_list, heading, para, paragraph


@pytest.fixture
def rules(library):
    """A work-rules document: 2 chapters, 4 articles, one with items, one naming a unit."""
    return build_policy(library, "示例镇社区矫正委员会工作规则", slug="rules", body=[
        heading("机构设置"),
        article("为确保社区矫正工作依法顺利开展，制定本规则。"),
        article("矫委会设主任一人。", "成员由派出所、司法所等单位组成。"),
        heading("职责任务"),
        article(para("矫委会主要任务包括：", "cn_paren", ["研究制定重大政策；", "督促检查工作。"])),
        article("司法所主管全镇社区矫正工作。", unit="司法所"),
    ], doc_number="示府发〔2023〕7号", publisher="示例镇人民政府", subject="司法",
        date_written=date(2023, 8, 29), date_published=date(2023, 8, 30))


@pytest.fixture
def notice(library):
    """A notice with two attachments (like seed 000)."""
    n = build_policy(library, "关于成立示例镇社区矫正委员会的通知", slug="notice",
                     notice_text="各村（社区），各部门：\n现将有关文件印发给你们，请认真贯彻落实。",
                     signatory="示例镇人民政府", doc_number="示府发〔2023〕104号", publisher="示例镇人民政府",
                     index_number="11500106/2023-00104", subject="司法", date_written=date(2023, 8, 29),
                     date_published=date(2023, 8, 29), colophon_office="示例镇党政办公室")
    build_policy(n, "办公室工作细则", slug="office-rules", attachment_number=2, body=[
        heading("机构设置"), article("矫委会办公室设在司法所。"), article("本细则自印发之日起施行。"),
    ])
    build_policy(n, "成员单位工作职责", slug="duties", attachment_number=1, body=[
        duty_list("司法所", ["主管本行政区域内社区矫正工作；", "其他依法应当履行的职责。"]),
        duty_list("派出所", ["依法履行社区矫正工作职责。"]),
    ])
    return n


@pytest.fixture
def opinion(library):
    """A document without articles (like seed 003's 意见)."""
    return build_policy(library, "关于村(居)委会协助社区矫正工作的意见", slug="opinion", body=[
        paragraph("村(居)民委员会是协助开展社区矫正工作的重要力量。"),
        heading("指导思想"),
        paragraph("坚持以习近平法治思想为指引。"),
        heading("协助工作内容"),
        heading("协助人员条件", style="cn_paren", level="section"),
        paragraph("", "arabic_dot", ["遵纪守法；", "责任心强。"]),
    ], doc_number="马司〔2022〕3号", publisher="市司法局", date_published=date(2022, 1, 11))
