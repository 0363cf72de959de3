"""Demo records: one office, two committees, fictional (示例) people. Idempotent."""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .idcard import make_test_id
from .models import (AssistanceNotice, Assistant, NoticeItem, Office, Registration, StaffProfile, Supervisee,
                     VillageCommittee)
from .notice_numbers import issue_notice
from .workdays import add_working_days

REGION = "500106"  # 沙坪坝区; the people are fictional, the numbers only checksum-valid.

# (name, sex, birth, committee key, category, crime, sentence, intake days ago, term months)
PEOPLE = [
    ("示例张某", "男", date(1985, 3, 12), "甲", "缓刑", "危险驾驶", "拘役三个月，缓刑六个月", 2, 6),
    ("示例李某", "女", date(1979, 7, 1), "甲", "假释", "盗窃", "有期徒刑三年", 40, 14),
    ("示例王某", "男", date(1990, 11, 20), "乙", "管制", "寻衅滋事", "管制一年", 20, 12),
    ("示例赵某", "女", date(1968, 5, 5), "乙", "暂予监外执行", "诈骗", "有期徒刑二年", 60, 24),
    ("示例刘某", "男", date.today().replace(year=date.today().year - 16, month=1, day=15), "甲", "缓刑",
     "故意伤害", "有期徒刑六个月，缓刑一年", 10, 12),
    ("示例陈某", "男", date(1995, 2, 28), "乙", "缓刑", "帮助信息网络犯罪活动", "有期徒刑一年，缓刑一年", 345, 12),
]


def _person_id(i, sex, birth):
    seq = 100 + i * 2 + (1 if sex == "男" else 0)
    return make_test_id(REGION, birth, seq)


@transaction.atomic
def load(stdout=None):
    User = get_user_model()
    office, _ = Office.objects.get_or_create(
        name="回龙坝镇司法所",
        defaults={"township": "回龙坝镇", "contact_person": "示例联系人", "contact_phone": "023-00000000"},
    )
    committees = {
        "甲": VillageCommittee.objects.get_or_create(name="示例甲村村民委员会", office=office, defaults={"kind": "村"})[0],
        "乙": VillageCommittee.objects.get_or_create(name="示例乙社区居民委员会", office=office, defaults={"kind": "居"})[0],
    }
    links = {"staff": (office, None), "head": (office, None), "village_a": (None, committees["甲"]),
             "village_b": (None, committees["乙"])}
    users = {}
    for username, (off, committee) in links.items():
        user = User.objects.filter(username=username).first()
        if user is None:
            continue
        users[username] = user
        StaffProfile.objects.update_or_create(user=user, defaults={"office": off, "village_committee": committee})

    today = timezone.localdate()
    people = []
    for i, (name, sex, birth, key, category, crime, sentence, days_ago, months) in enumerate(PEOPLE):
        intake = today - timedelta(days=days_ago)
        person, _ = Supervisee.objects.get_or_create(
            id_number=_person_id(i, sex, birth),
            defaults=dict(
                office=office, village_committee=committees[key], name=name, sex=sex, birth_date=birth,
                household_register="重庆市沙坪坝区回龙坝镇（示例）", residence=f"回龙坝镇{committees[key].name}（示例地址）",
                crime=crime, court="重庆市沙坪坝区人民法院（示例）", sentence=sentence,
                judgment_date=intake - timedelta(days=14), category=category, term_start=intake,
                term_end=intake + timedelta(days=30 * months), intake_date=intake,
            ),
        )
        people.append(person)

    if AssistanceNotice.objects.filter(office=office).exists():
        return
    staff, head = users.get("staff"), users.get("head")
    # 甲 has a sent adult notice awaiting its 登记表, so village_a has something to answer in the demo.
    states = ["已发出", "已批准", "已发出", "已回执", "已发出", "草稿"]
    for person, state in zip(people, states):
        notice = AssistanceNotice.objects.create(
            office=office, supervisee=person, village_committee=person.village_committee,
            contact_person="示例联系人", contact_phone="023-00000000", filled_by=staff,
        )
        for kind in ("调查评估", "矫正小组成员职责", "报告重要情况", "参加入矫/解矫宣告"):
            NoticeItem.objects.create(notice=notice, kind=kind)
        if state == "草稿":
            continue
        notice.status, notice.approved_by, notice.approved_at = "已批准", head, timezone.now()
        notice.save(update_fields=["status", "approved_by", "approved_at"])  # named, as notice_workflow.py does
        if state == "已批准":
            continue
        notice = issue_notice(notice.pk, staff)
        # a well-run office sends within the deadline, so the listing's 逾期 flags mark only the real cases
        on_time = add_working_days(person.intake_date, 1)
        if on_time < today and on_time.year == notice.year:
            AssistanceNotice.objects.filter(pk=notice.pk).update(issued_on=on_time)
            notice.issued_on = on_time
        if state == "已回执":
            reg = Registration.objects.create(
                notice=notice, filled_by_name="示例填表人", fill_date=today, education="高中", health="良好",
                former_political_status="群众", marital_status="已婚", contact="13800000000",
                residence_address=person.residence, household_address=person.household_register,
                criminal_record="无", repentance="认罪悔罪态度较好", main_experience="（示例）务农、务工",
                living_situation="与家人同住，生活稳定", workplace_or_school="（示例）个体经营",
                personality="内向", skills="驾驶", status=Registration.SUBMITTED,
                submitted_by=users.get("village_a" if person.village_committee == committees["甲"] else "village_b"),
                submitted_at=timezone.now(),
            )
            reg.family_members.create(name="示例家属甲", relation="配偶", workplace_or_address="同住", phone="13900000000")
            reg.family_members.create(name="示例家属乙", relation="子女", workplace_or_address="（示例）某中学")
            reg.save()
            notice.status, notice.returned_at = "已回执", timezone.now()
            notice.save(update_fields=["status", "returned_at"])

    stages = [("示例协助员甲", "男", "甲", "推荐"), ("示例协助员乙", "女", "甲", "审查通过"),
              ("示例协助员丙", "男", "乙", "已指派"), ("示例协助员丁", "女", "乙", "审查未通过"),
              ("示例协助员戊", "男", "甲", "已退出")]
    for i, (name, sex, key, stage) in enumerate(stages):
        ok = stage != "审查未通过"
        a = Assistant.objects.create(
            village_committee=committees[key], name=name, sex=sex, phone=f"1390000{i:04d}",
            role_in_community="居民志愿者", recommended_on=today - timedelta(days=30), stage=stage,
            cond_law_abiding=True, cond_volunteer=True, cond_fit=True, cond_knowledge=ok,
            reviewed_by=None if stage == "推荐" else head,
            reviewed_on=None if stage == "推荐" else today - timedelta(days=20),
            filed_on=today - timedelta(days=15) if stage in Assistant.ON_ROSTER else None,
            exited_on=today - timedelta(days=5) if stage == "已退出" else None,
            exit_reason="本人申请退出" if stage == "已退出" else "",
        )
        if stage == "已指派":
            a.supervisees.set([p for p in people if p.village_committee == committees[key] and not p.is_minor][:1])
