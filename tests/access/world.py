"""The fixture objects the access matrix requests URLs against.

The demo content (`load_demo`) plus what it lacks for a fair matrix: a registration of committee 甲
(the demo only has one of 乙), a draft and a 依申请公开 policy page, revisions of records, a print job
and an audit entry. Objects are labelled by whose they are: "A" = 示例甲村, "A-minor" = a minor of 甲
(village users never see minors), "B" = 示例乙社区, "office" = the 司法所's own, "national" = the holiday calendar.
"""

import os
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.log_actions import log

ROLES = ["anonymous", "editor", "staff", "head", "village_a", "village_b", "liaison"]
COMMITTEE_A, COMMITTEE_B = "示例甲村村民委员会", "示例乙社区居民委员会"


@dataclass
class World:
    """model key -> [(label, object)], plus the demo users by role."""

    objects: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    foreign: dict = field(default_factory=dict)  # model key -> [another office's objects], never a URL's subject

    def add(self, key, label, obj):
        if obj is not None:
            self.objects.setdefault(key, []).append((label, obj))

    def get(self, key):
        return self.objects.get(key, [])

    def first(self, key, label):
        return next((o for lab, o in self.get(key) if lab == label), None)


def _registration_for(notice, user):
    from forms_app.models import Registration

    return Registration.objects.create(
        notice=notice, filled_by_name="示例填表人", fill_date=date.today(), education="初中", health="良好",
        contact="13800000001", residence_address="示例居住地", household_address="示例户籍地",
        submitted_by=user,
    )


def _records(world):
    from forms_app import scope
    from forms_app.models import (AssistanceNotice, Assistant, AuditEntry, CalendarPeriod, Office, Registration,
                                  StaffProfile, Supervisee, VillageCommittee)
    from forms_app.notice_numbers import issue_notice

    a = VillageCommittee.objects.get(name=COMMITTEE_A)
    b = VillageCommittee.objects.get(name=COMMITTEE_B)
    staff = world.users["staff"]
    world.add("forms_app.office", "office", Office.objects.get(pk=a.office_id))
    world.add("forms_app.villagecommittee", "A", a)
    world.add("forms_app.villagecommittee", "B", b)
    for label, com in (("A", a), ("B", b)):
        people = [p for p in Supervisee.objects.filter(village_committee=com).order_by("pk")]
        adult = next(p for p in people if not p.is_minor)
        world.add("forms_app.supervisee", label, adult)
        # A sent notice: the committee sees notices only once the office has sent them.
        notice = AssistanceNotice.objects.filter(
            village_committee=com, supervisee__in=[p for p in people if not p.is_minor],
            status__in=["已发出", "已回执"]).order_by("pk").first()
        world.add("forms_app.assistancenotice", label, notice)
        world.add("forms_app.assistant", label, Assistant.objects.filter(village_committee=com).first())
        village_user = world.users["village_a" if label == "A" else "village_b"]
        world.add("forms_app.staffprofile", label, StaffProfile.objects.get(user=village_user))
        reg = Registration.objects.filter(village_committee=com).first()
        if reg is None:  # the demo's only registration is 乙's; give 甲 one on an issued adult's notice
            target = AssistanceNotice.objects.filter(
                supervisee__in=[p for p in people if not p.is_minor], status__in=["已批准", "已发出"]).first()
            if target.status == "已批准":
                target = issue_notice(target.pk, staff)
            reg = _registration_for(target, village_user)
        world.add("forms_app.registration", label, reg)
        minor = next((p for p in people if p.is_minor), None)
        if minor is not None:
            world.add("forms_app.supervisee", f"{label}-minor", minor)
            world.add("forms_app.assistancenotice", f"{label}-minor",
                      AssistanceNotice.objects.filter(supervisee=minor).first())
    for key in ("forms_app.assistancenotice", "forms_app.registration"):
        for _, obj in world.get(key):
            if obj.latest_revision is None:
                obj.save_revision(user=staff)
    # Wagtail log entries (站点历史) about every record, as the admin's edit views write them.
    for key in ("forms_app.supervisee", "forms_app.assistancenotice", "forms_app.registration", "forms_app.assistant"):
        for _, obj in world.get(key):
            log(obj, "wagtail.edit", user=staff)
    scope.audit(staff, "view", world.first("forms_app.supervisee", "A"), "访问矩阵测试")
    world.add("forms_app.auditentry", "office", AuditEntry.objects.order_by("-pk").first())
    world.add("forms_app.staffprofile", "office", StaffProfile.objects.get(user=staff))
    world.add("forms_app.calendarperiod", "national", CalendarPeriod.objects.get_or_create(
        name="访问矩阵示例假期", start=date(2020, 10, 1), end=date(2020, 10, 8))[0])


def _pages(world):
    from wagtail.models import Page

    from home.models import HomePage
    from policies.models import MemberUnit, PolicyLibraryPage, PolicyPage

    home = HomePage.objects.first()
    library = PolicyLibraryPage.objects.first()
    world.add("page", "home", home)
    world.add("page", "library", library)
    # The demo's amended seed 001 has two public versions: the richest public policy.
    public = PolicyPage.objects.live().filter(slug="miyun-work-rules").first() or PolicyPage.objects.live().first()
    world.add("page", "public", public)
    draft = PolicyPage(title="访问矩阵草稿文件", slug="access-matrix-draft", live=False, disclosure="proactive")
    library.add_child(instance=draft)
    draft.save_revision()
    world.add("page", "draft", draft)
    hidden = PolicyPage(title="访问矩阵依申请公开文件", slug="access-matrix-on-request", disclosure="on_request")
    library.add_child(instance=hidden)
    hidden.save_revision().publish()
    world.add("page", "on_request", hidden)
    world.add("page", "root", Page.get_first_root_node())
    from versions.models import PolicyVersion

    world.add("versions.policyversion", "public", PolicyVersion.objects.filter(page=public).order_by("number").first())
    world.add("policies.memberunit", "unit", MemberUnit.objects.order_by("sort_order", "pk").first())


def _wagtail(world):
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, Site, Task, Workflow

    site = Site.objects.get(is_default_site=True)
    world.add("wagtailcore.site", "site", site)
    world.add("home.sitesettings", "site", site)  # site settings are addressed by their site's id
    world.add("wagtailcore.collection", "root", Collection.get_first_root_node())
    world.add("wagtailcore.workflow", "workflow", Workflow.objects.order_by("pk").first())
    world.add("wagtailcore.task", "task", Task.objects.order_by("pk").first())
    world.add("auth.group", "group", Group.objects.order_by("pk").first())
    for role in ("editor", "village_a"):
        world.add("auth.user", role, world.users[role])


def _other_office(world):
    """Another office with a person, a sent notice, its 登记表, an assistant and an audit entry. No URL names them
    as its subject (the table speaks of one office); bulk and chosen-multiple requests add their ids, and the
    content check looks for their names everywhere."""
    from forms_app.idcard import make_test_id
    from forms_app.models import AssistanceNotice, Assistant, AuditEntry, Office, Supervisee, VillageCommittee

    office = Office.objects.create(name="访问矩阵外镇司法所", township="访问矩阵外镇")
    com = VillageCommittee.objects.create(name="访问矩阵外村村民委员会", office=office, kind="村")
    today = date.today()
    person = Supervisee.objects.create(
        office=office, village_committee=com, name="示例外所钱某", sex="男", birth_date=date(1982, 4, 9),
        id_number=make_test_id("500106", date(1982, 4, 9), 991), household_register="示例户籍地",
        residence="示例居住地", crime="危险驾驶", court="示例法院", sentence="拘役三个月，缓刑六个月",
        judgment_date=today, category="缓刑", term_start=today, term_end=today, intake_date=today)
    # A number no notice of the demo office can have (another year), so finding it is never a false alarm.
    notice = AssistanceNotice.objects.create(
        office=office, supervisee=person, village_committee=com, contact_person="示例联系人",
        contact_phone="023-00000000", status=AssistanceNotice.ISSUED, year=2019, serial=7, issued_on=today)
    assistant = Assistant.objects.create(village_committee=com, name="示例外所协助员", sex="女",
                                         phone="13900009999", role_in_community="居民志愿者",
                                         recommended_on=today, stage="推荐")
    entry = AuditEntry.objects.create(username="外所工作人员", action="view", office=office, model="社区矫正对象",
                                      object_id=str(person.pk), object_repr=person.name)
    for key, obj in (("forms_app.office", office), ("forms_app.villagecommittee", com),
                     ("forms_app.supervisee", person), ("forms_app.assistancenotice", notice),
                     ("forms_app.registration", _registration_for(notice, world.users["staff"])),
                     ("forms_app.assistant", assistant), ("forms_app.auditentry", entry)):
        world.foreign.setdefault(key, []).append(obj)
        log(obj, "wagtail.edit", user=world.users["staff"])


def _sheets(world):
    # Spreadsheet import/export URLs name a kind of record, not an object.
    for kind in ("committees", "supervisees", "assistants"):
        world.add("sheet_kind", kind, kind)


def _print_job(world):
    from printing import jobs

    notice = world.first("forms_app.assistancenotice", "A")
    world.add("print_job", "staff", jobs.create(world.users["staff"], [notice.pk]))


def _committee(world):
    """The committee's papers: the office's, and reports/receipts of the 联络员's own unit ("own") or not."""
    from committee.models import (AnnualReport, AnnualRound, Appointment, Distribution, LiaisonAccount, Meeting,
                                  Minutes, SupervisionItem, YearlyPaper)

    for key, model in (("meeting", Meeting), ("minutes", Minutes), ("supervisionitem", SupervisionItem),
                       ("annualround", AnnualRound), ("appointment", Appointment),
                       ("liaisonaccount", LiaisonAccount)):
        world.add(f"committee.{key}", "office", model.objects.order_by("pk").first())
    own = LiaisonAccount.objects.get(user=world.users["liaison"]).unit
    report = AnnualReport.objects.filter(unit=own).first()
    world.add("committee.annualreport", "own", report)
    other_unit = Distribution.objects.exclude(unit=own).filter(minutes__status="已印发").first().unit
    world.add("committee.annualreport", "other", AnnualReport.objects.create(
        round=report.round, unit=other_unit, duties="访问矩阵", decisions="访问矩阵", key_work="访问矩阵",
        problems="访问矩阵"))
    first = SupervisionItem.objects.order_by("pk").first()
    world.add("committee.supervisionitem", "own", SupervisionItem.objects.create(
        minutes=first.minutes, decision="访问矩阵督办事项", unit=own, deadline=first.deadline))
    # A meeting material (a Wagtail document in the 委员会会议材料 collection, behind its view restriction).
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    from committee.models import Material
    from home.roles import MATERIALS_COLLECTION

    doc = get_document_model().objects.create(
        title="访问矩阵会议材料", collection=Collection.objects.get(name=MATERIALS_COLLECTION),
        file=ContentFile(b"access matrix material", name="access-matrix-material.txt"))
    Material.objects.create(meeting=first.minutes.meeting, document=doc)
    world.add("wagtaildocs.document", "material", doc)
    issued = Distribution.objects.filter(minutes__status="已印发")
    world.add("committee.distribution", "own", issued.filter(unit=own).first())
    world.add("committee.distribution", "other", issued.exclude(unit=own).first())
    # the demo's 年度工作要点 (已审定, locked) and 年度工作总结 (草稿)
    world.add("committee.yearlypaper", "approved", YearlyPaper.objects.get(status="已审定"))
    world.add("committee.yearlypaper", "draft", YearlyPaper.objects.get(status="草稿"))


def build():
    """Load the demo and add the extra objects; returns the World. Call with database access."""
    with open(os.devnull, "w") as devnull:
        call_command("load_demo", "--quiet-logins", stdout=devnull)
    User = get_user_model()
    world = World()
    for role, username in (("editor", "editor"), ("staff", "staff"), ("head", "head"),
                           ("village_a", "village_a"), ("village_b", "village_b"), ("liaison", "liaison")):
        world.users[role] = User.objects.get(username=username)
    _records(world)
    _pages(world)
    _wagtail(world)
    _sheets(world)
    _print_job(world)
    _other_office(world)
    _committee(world)
    return world
