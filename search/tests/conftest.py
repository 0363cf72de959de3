"""Policy pages built from the real seed text, published the way editors publish them."""

from datetime import date

import pytest

from .seedtext import work_rules_body

NOTICE_TITLE = "重庆市沙坪坝区回龙坝镇人民政府关于成立回龙坝镇社区矫正委员会的通知"
RULES_TITLE = "重庆市沙坪坝区回龙坝镇社区矫正委员会工作规则"
OPINION_TITLE = "马鞍山市村(居)民委员会依法协助做好社区矫正工作的意见"
# Seed 003, 三（二）工作职责, as a paragraph block with its numbered items (text verbatim).
OPINION_BODY = [
    {"type": "heading", "value": {"level": "chapter", "style": "cn_list", "title": "村(居)委员会协助工作内容"}},
    {"type": "paragraph", "value": {"text": "(二)工作职责", "item_style": "arabic_dot", "items": [
        "协助开展调查评估。对被告人或者罪犯进行社会危险性和对所居住社区进行调查评估时,提供协助。",
        "履行矫正小组成员责任和义务。选派有责任心、有一定教育帮扶能力的村(居)委会人员参加矫正小组,"
        "协助落实矫正方案,履行矫正小组成员职责。",
        "报告社区矫正对象重要情况。对社区矫正对象家庭重大变故、经济纠纷、严重情感纠纷、异常社会交往等重要情况,"
        "及时向社区矫正机构或者司法所报告。",
    ]}},
]
DRAFT_WORD = "草稿未发布条文"
ON_REQUEST_WORD = "依申请公开专用条文"
SUPERVISEE_NAME = "甄示例"


def _article(text):
    return {"type": "article", "value": {"unit": None, "paragraphs": [{"text": text, "item_style": "", "items": []}]}}


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def library(demo):
    from policies.models import PolicyLibraryPage

    return PolicyLibraryPage.objects.get()


@pytest.fixture
def demo_pages(library):
    """The seed documents `load_demo` imports (engineer imp's importer), by role."""
    from policies.models import PolicyPage

    titles = {"notice": NOTICE_TITLE, "rules": RULES_TITLE, "miyun": "北京市密云区密云镇社区矫正委员会工作规则"}
    found = {key: PolicyPage.objects.live().filter(title=title).exclude(slug__startswith="t-").first()
             for key, title in titles.items()}
    missing = [titles[k] for k, v in found.items() if v is None]
    assert not missing, f"load_demo did not import the seed documents {missing}"
    return found


@pytest.fixture
def site_pages(library):
    return build_site(library)


def build_site(library):
    """Pages beside the demo: seed 000's notice and 工作规则 again, but with the raw PDF line breaks and
    marked 失效; seed 003's opinion marked 已废止; a draft; a 依申请公开 page."""
    from policies.models import PolicyPage

    notice = publish(library, PolicyPage(
        title=NOTICE_TITLE, slug="t-hlb-104", doc_number="回府发〔2023〕104号", validity="expired",
        publisher="重庆市沙坪坝区回龙坝镇人民政府", date_written=date(2023, 8, 29), date_published=date(2023, 8, 29),
        subject="司法", notice_text="各村（社区），各部门：\n为进一步规范辖区社区矫正工作，提升社区矫正工作水平，"))
    rules = publish(notice, PolicyPage(title=RULES_TITLE, slug="t-hlb-rules", attachment_number=1, validity="expired", body=work_rules_body()))
    opinion = publish(library, PolicyPage(
        title=OPINION_TITLE, slug="t-mas-opinion", doc_number="马司〔2022〕3号", publisher="市司法局",
        date_written=date(2022, 1, 11), validity="repealed", index_number="003067999/202201-00032",
        body=OPINION_BODY))
    draft = PolicyPage(title="社区矫正协助人员管理办法（草稿）", slug="t-draft", live=False,
                       publisher="市司法局", body=[_article(f"本条为{DRAFT_WORD}，矫正小组。")])
    library.add_child(instance=draft)
    draft.save_revision()
    on_request = publish(library, PolicyPage(
        title="社区矫正内部工作备忘", slug="t-on-request", disclosure="on_request", publisher="市司法局",
        body=[_article(f"本条为{ON_REQUEST_WORD}，矫正小组。")]))
    return {"notice": notice, "rules": rules, "opinion": opinion, "draft": draft, "on_request": on_request}


@pytest.fixture
def supervisee(db):
    """One supervisee record: personal data that must never be searchable publicly."""
    from forms_app.models import Office, Supervisee, VillageCommittee

    office = Office.objects.create(name="示例镇司法所（检索测试）", township="示例镇")
    committee = VillageCommittee.objects.create(name="示例村（检索测试）", office=office)
    return Supervisee.objects.create(
        office=office, village_committee=committee, name=SUPERVISEE_NAME, sex="男", birth_date=date(1990, 1, 1),
        id_number="11010519491231002X", household_register="示例镇司法所辖区", residence="示例村矫正小组驻地",
        crime="危险驾驶", court="示例区人民法院", sentence="拘役二个月，缓刑四个月", judgment_date=date(2025, 1, 1),
        category="缓刑", term_start=date(2025, 1, 10), term_end=date(2025, 5, 9), intake_date=date(2025, 1, 10))
