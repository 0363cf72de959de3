"""Small builders for tests: fictional people with checksum-valid ID numbers."""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home import roles
from forms_app.idcard import make_test_id
from forms_app.models import AssistanceNotice, NoticeItem, Office, StaffProfile, Supervisee, VillageCommittee

_seq = {"n": 0}


def office(name="测试镇司法所"):
    return Office.objects.get_or_create(name=name, defaults={"township": name.replace("司法所", "")})[0]


def committee(off, name):
    return VillageCommittee.objects.get_or_create(office=off, name=name)[0]


def user(username, role, off=None, com=None, superuser=False):
    u = get_user_model().objects.create_user(username, password="pw-" + username, is_superuser=superuser,
                                             is_staff=superuser)
    if role:
        u.groups.add(Group.objects.get(name=role))
    if off or com:
        StaffProfile.objects.create(user=u, office=off, village_committee=com)
    return u


def supervisee(com, name="示例张三", birth=date(1985, 3, 12), sex="男", **extra):
    _seq["n"] += 1
    seq = 200 + _seq["n"] * 2 + (1 if sex == "男" else 0)
    intake = extra.pop("intake_date", date.today() - timedelta(days=1))
    data = dict(office=com.office, village_committee=com, name=name, sex=sex, birth_date=birth,
                id_number=make_test_id("500106", birth, seq % 1000), household_register="示例户籍地",
                residence="示例居住地", crime="危险驾驶", court="示例区人民法院", sentence="拘役三个月，缓刑六个月",
                judgment_date=intake - timedelta(days=10), category="缓刑", term_start=intake,
                term_end=intake + timedelta(days=180), intake_date=intake)
    data.update(extra)
    return Supervisee.objects.create(**data)


def notice(person, status="草稿", **extra):
    n = AssistanceNotice.objects.create(office=person.office, supervisee=person,
                                        village_committee=person.village_committee, contact_person="示例联系人",
                                        contact_phone="023-00000000", status=status, **extra)
    NoticeItem.objects.create(notice=n, kind="调查评估")
    return n


def world():
    """Two offices; office 1 has committees 甲 and 乙; one user per role."""
    off = office()
    other_off = office("另一镇司法所")
    a, b = committee(off, "示例甲村村民委员会"), committee(off, "示例乙社区居民委员会")
    c = committee(other_off, "示例丙村村民委员会")
    return {
        "office": off, "other_office": other_off, "a": a, "b": b, "c": c,
        "staff": user("t_staff", roles.OFFICE_STAFF, off=off),
        "head": user("t_head", roles.OFFICE_HEAD, off=off),
        "other_staff": user("t_other", roles.OFFICE_STAFF, off=other_off),
        "va": user("t_va", roles.VILLAGE_STAFF, com=a),
        "vb": user("t_vb", roles.VILLAGE_STAFF, com=b),
    }


def people(w):
    """Into a world(): 示例张三 of 甲村, 示例李四 of 乙社区 and the minor 示例小明 of 甲村."""
    w["pa"] = supervisee(w["a"], name="示例张三")
    w["pb"] = supervisee(w["b"], name="示例李四")
    w["minor"] = supervisee(w["a"], name="示例小明", birth=date(date.today().year - 15, 2, 1))
    return w
