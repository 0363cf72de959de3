"""Fictional (示例) form data for the layout tests."""

from dataclasses import replace
from datetime import date

from pdf.forms.data import (AssistantRow, FamilyMemberData, NoticeData, RegisteredSupervisee, RegistrationData,
                            RosterData, SuperviseeData)

ITEMS = [
    "协助开展调查评估。对被告人或者罪犯进行社会危险性和对所居住社区进行调查评估时，提供协助。",
    "履行矫正小组成员责任和义务。选派有责任心、有一定教育帮扶能力的村(居)委会人员参加矫正小组，"
    "协助落实矫正方案，履行矫正小组成员职责。",
    "参加矫正宣告。安排矫正小组成员到场参加社区矫正对象入矫和解矫宣告。",
]


def supervisee(**changes) -> SuperviseeData:
    return replace(SuperviseeData(
        name="张示例", sex="男", birth_date=date(1990, 5, 3), household_register="安徽省马鞍山市花山区青山镇青山村三组",
        residence="青山镇青山村三组18号", judgment_date=date(2024, 1, 15), crime="危险驾驶罪",
        court="马鞍山市花山区人民法院", sentence="拘役二个月，缓刑四个月", judgment_type="判决书",
        category="缓刑", term_start=date(2024, 2, 1), term_end=date(2024, 5, 31),
    ), **changes)


def notice(**changes) -> NoticeData:
    data = NoticeData(
        year=2024, serial=12, committee="青山村村民委员会", township="青山镇", supervisee=supervisee(),
        items=list(ITEMS), contact_person="李联系", contact_phone="0555-2345678", issuer="青山镇司法所",
        filled_by="王填发", approved_by="赵批准", issue_date=date(2024, 2, 2),
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def registration(**changes) -> RegistrationData:
    data = RegistrationData(
        committee="青山村村民委员会", filled_by="刘填表", fill_date=date(2024, 2, 10),
        supervisee=RegisteredSupervisee(name="张示例", sex="男", age=33, ethnicity="汉族"),
        education="高中", health="良好", political_status="群众",
        marital_status="已婚", contact="13912345678", residence_address="青山镇青山村三组18号",
        household_address="安徽省马鞍山市花山区青山镇青山村三组", criminal_record="无前科",
        repentance="认罪认罚，态度较好。", main_experience="2008年高中毕业后在本地务工，2015年起任货车驾驶员。",
        living_situation="与妻子、女儿同住，收入稳定。", workplace_or_school="马鞍山示例物流有限公司",
        work_or_study="驾驶员，工作表现良好。", personality="性格开朗", skills="驾驶、维修", other_traits="无明显特征",
        family=[FamilyMemberData("王示例", "妻子", "青山镇示例超市", "13800001111"),
                FamilyMemberData("张小例", "女儿", "青山小学", "")],
        family_has_problems=True, family_problems="夫妻偶有争执", remarks="示例数据",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def roster() -> RosterData:
    return RosterData(office="青山镇司法所", township="青山镇", date=date(2024, 3, 1), rows=[
        AssistantRow("陈协助", "女", "青山村村民委员会", "网格员", "13900002222", date(2024, 2, 20), "张示例"),
        AssistantRow("周协助", "男", "东湖社区居民委员会", "楼栋长", "13900003333", date(2024, 2, 21), ""),
    ])
