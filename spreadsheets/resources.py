"""The three spreadsheet resources: 村(居)委会, 社区矫正对象, 协助人员.

Column headings are the Chinese ones of the export, so an exported file imports unchanged. Values are
validated by the models themselves (full_clean: ID checksum, dates in order, …); the widgets only turn
cells into values, and the resources add what a file can get wrong on top: scope, duplicates.
"""

from functools import lru_cache

from django.contrib.auth import get_user_model
from import_export.fields import Field
from stdnum.cn import ric

from forms_app import scope
from forms_app.models import Assistant, Office, Supervisee, VillageCommittee
from . import cells
from .base import AMBIGUOUS, SheetResource, text_key
from .widgets import ChoiceWidget, DateWidget, LookupWidget, TextWidget, YesNoWidget

OUTSIDE = "“{value}”不存在，或不在您的管辖范围内。"


class ScopedLookups:
    """Offices, committees and reviewers the importing user may refer to, loaded once per import."""

    def _load_lookups(self):
        committees = scope.committees_for(self.user).select_related("office")
        self._committees = {}
        for c in committees:
            self._committees.setdefault(c.name, []).append(c)
        if self.user.is_superuser:
            self._offices = {o.name: o for o in Office.objects.all()}
        else:
            self._offices = {self.office.name: self.office} if self.office else {}
        if "office" in self.fields:  # a 所属司法所 column: named offices in scope, blank = the user's own
            self.fields["office"].widget.lookup = self.find_office
            self.fields["office"].widget.blank = self.own_office

    def find_office(self, text, row=None):
        return self._offices.get(text)

    def own_office(self):
        return None if self.user.is_superuser else self.office

    def find_committee(self, text, row=None):
        found = self._committees.get(text, [])
        office_text = text_key((row or {}).get(self.office_heading, "")) if self.office_heading else ""
        if office_text:
            found = [c for c in found if c.office.name == office_text]
        return found[0] if len(found) == 1 else None

    office_heading = ""

    def init_instance(self, row=None):
        # A file may leave the office column out: new rows then belong to the importing user's office.
        instance = super().init_instance(row)
        if "office" in self.fields and self.own_office():
            instance.office = self.own_office()
        return instance


def _office_field(heading):
    return Field("office", heading, widget=LookupWidget(
        None, "只能导入到本司法所；“{value}”不是您所在的司法所。"))


class CommitteeResource(ScopedLookups, SheetResource):
    name = Field("name", "名称", widget=TextWidget())
    kind = Field("kind", "类型", widget=ChoiceWidget(VillageCommittee.KIND_CHOICES), default="村")
    office = _office_field("所属司法所")

    key_label = "所属司法所和名称"
    required_headings = ("名称",)
    office_heading = "所属司法所"

    class Meta(SheetResource.Meta):
        model = VillageCommittee
        fields = ("name", "kind", "office")
        export_order = fields

    def __init__(self, user, progress=None):
        super().__init__(user, progress)
        self._load_lookups()

    def row_key(self, row):
        office = text_key(row.get("所属司法所")) or (self.office.name if self.office else "")
        name = text_key(row.get("名称"))
        return (office, name) if name else None

    def existing_by_key(self, dataset):
        return self.index(scope.committees_for(self.user).select_related("office"),
                          lambda c: (c.office.name, c.name))

    def export_queryset(self):
        return scope.committees_for(self.user).select_related("office").order_by("office__name", "name")


@lru_cache(maxsize=65536)
def _id_key(text):
    # stdnum also folds full-width digits (１２３) typed with a Chinese input method; called several times a row.
    return ric.compact(text or "").upper()


class SuperviseeResource(ScopedLookups, SheetResource):
    name = Field("name", "姓名", widget=TextWidget())
    sex = Field("sex", "性别", widget=ChoiceWidget(Supervisee.SEX_CHOICES))
    birth_date = Field("birth_date", "出生日期", widget=DateWidget())
    ethnicity = Field("ethnicity", "民族", widget=TextWidget(), default="汉族")
    id_number = Field("id_number", "身份证号码", widget=TextWidget(personal=True, normalize=_id_key))
    village_committee = Field("village_committee", "居住地村(居)委会", widget=LookupWidget(None, OUTSIDE))
    household_register = Field("household_register", "户籍地", widget=TextWidget())
    residence = Field("residence", "居住地", widget=TextWidget())
    crime = Field("crime", "罪名", widget=TextWidget())
    court = Field("court", "判决法院", widget=TextWidget())
    sentence = Field("sentence", "判处刑罚", widget=TextWidget())
    judgment_type = Field("judgment_type", "判决文书类型", widget=ChoiceWidget(Supervisee.JUDGMENT_CHOICES),
                          default="判决书")
    judgment_date = Field("judgment_date", "判决日期", widget=DateWidget())
    category = Field("category", "矫正类别", widget=ChoiceWidget(Supervisee.CATEGORY_CHOICES))
    term_start = Field("term_start", "矫正期限起", widget=DateWidget())
    term_end = Field("term_end", "矫正期限止", widget=DateWidget())
    intake_date = Field("intake_date", "入矫日期", widget=DateWidget())
    status = Field("status", "状态", widget=ChoiceWidget(Supervisee.STATUS_CHOICES), default="在矫")
    office = _office_field("司法所")

    key_label = "身份证号码"
    required_headings = ("姓名", "身份证号码", "居住地村(居)委会")
    office_heading = "司法所"

    class Meta(SheetResource.Meta):
        model = Supervisee
        fields = ("name", "sex", "birth_date", "ethnicity", "id_number", "village_committee", "household_register",
                  "residence", "crime", "court", "sentence", "judgment_type", "judgment_date", "category",
                  "term_start", "term_end", "intake_date", "status", "office")
        export_order = fields

    def __init__(self, user, progress=None):
        super().__init__(user, progress)
        self._load_lookups()
        self.fields["village_committee"].widget.lookup = self.find_committee
        self._by_masked_id = None
        self.matched = []  # numbers of rows that matched a record of the office

    def row_key(self, row):
        # ID numbers are unique per office (Supervisee's constraint), so the key names the office too.
        # A masked number from the user's own export stands for the stored one (unmasked_id).
        text = text_key(row.get("身份证号码")) or ""
        key = self.unmasked_id(text, text_key(row.get("姓名"))) if cells.looks_masked(text) else _id_key(text)
        office = text_key(row.get("司法所")) or (self.office.name if self.office else "")
        return (office, key) if key else None

    def unmasked_id(self, masked, name):
        """The stored number behind a masked one from the user's own export: the one person in scope with
        that masked number and name. Otherwise the masked text itself, which matches nobody and is refused."""
        if self._by_masked_id is None:
            self._by_masked_id = self.index(scope.supervisees_for(self.user).only("id_number", "name"),
                                            lambda s: (scope.mask_id(s.id_number), s.name))
        found = self._by_masked_id.get((masked, name))
        return found.id_number if found is not None and found is not AMBIGUOUS else masked

    def existing_by_key(self, dataset):
        # Only records in the user's scope are matched: a number kept by another office reads as a new
        # row of this office, so the preview tells nothing about who else supervises that person.
        keys = sorted({k[1] for k in (self.row_key(dict(zip(dataset.headers, r))) for r in dataset) if k})
        found = []
        for start in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
            found += scope.supervisees_for(self.user).filter(id_number__in=keys[start:start + 500]).select_related(
                "office", "village_committee")
        return self.index(found, lambda s: (s.office.name, s.id_number))

    def after_init_instance(self, instance, new, row, **kwargs):
        super().after_init_instance(instance, new, row, **kwargs)
        if not new:
            self.matched.append(instance.id_number)

    def after_run(self):
        # "更新/无变化" confirms that a typed number is one the office keeps: for a user who sees numbers
        # masked that is an exact lookup, audited like one (docs/ORACLES.md).
        if self.matched and not scope.can_unmask(self.user):
            shown = "、".join(scope.mask_id(n) for n in self.matched[:20])
            more = f"等{len(self.matched)}个" if len(self.matched) > 20 else ""
            scope.audit(self.user, "search", Supervisee,
                        f"表格导入：{len(self.matched)}行的身份证号码与本所已有记录相符（{shown}{more}）")

    def export_queryset(self):
        return scope.supervisees_for(self.user).select_related("office", "village_committee").order_by(
            "office__name", "village_committee__name", "name", "pk")


class AssistantResource(ScopedLookups, SheetResource):
    name = Field("name", "姓名", widget=TextWidget())
    sex = Field("sex", "性别", widget=ChoiceWidget(Supervisee.SEX_CHOICES))
    village_committee = Field("village_committee", "推荐村(居)委会", widget=LookupWidget(None, OUTSIDE))
    phone = Field("phone", "联系电话", widget=TextWidget(personal=True, normalize=lambda t: t.replace(" ", "")))
    role_in_community = Field("role_in_community", "身份", widget=TextWidget())
    recommended_on = Field("recommended_on", "推荐日期", widget=DateWidget())
    cond_law_abiding = Field("cond_law_abiding", "条件：遵纪守法", widget=YesNoWidget())
    cond_volunteer = Field("cond_volunteer", "条件：自愿协助", widget=YesNoWidget())
    cond_fit = Field("cond_fit", "条件：身体条件", widget=YesNoWidget())
    cond_knowledge = Field("cond_knowledge", "条件：专业知识", widget=YesNoWidget())
    stage = Field("stage", "阶段", widget=ChoiceWidget(Assistant.STAGE_CHOICES), default="推荐")
    reviewed_by = Field("reviewed_by", "审查人(用户名)", widget=LookupWidget(
        None, "审查人“{value}”不是本司法所的用户。", blank=lambda: None))
    reviewed_on = Field("reviewed_on", "审查日期", widget=DateWidget())
    review_note = Field("review_note", "审查意见", widget=TextWidget())
    filed_on = Field("filed_on", "名单报备日期", widget=DateWidget())
    exited_on = Field("exited_on", "退出日期", widget=DateWidget())
    exit_reason = Field("exit_reason", "退出原因", widget=TextWidget())

    key_label = "推荐村(居)委会和姓名"
    required_headings = ("姓名", "推荐村(居)委会")
    REVIEW_FIELDS = ("stage", "reviewed_by", "reviewed_on", "review_note")
    MANAGE_FIELDS = ("filed_on", "exited_on", "exit_reason")

    class Meta(SheetResource.Meta):
        model = Assistant
        fields = ("name", "sex", "village_committee", "phone", "role_in_community", "recommended_on",
                  "cond_law_abiding", "cond_volunteer", "cond_fit", "cond_knowledge", "stage", "reviewed_by",
                  "reviewed_on", "review_note", "filed_on", "exited_on", "exit_reason")
        export_order = fields

    def __init__(self, user, progress=None):
        super().__init__(user, progress)
        self._load_lookups()
        users = get_user_model().objects.all()
        if not user.is_superuser:
            users = users.filter(cc_profile__office=self.office) if self.office else users.none()
        self._reviewers = {u.username: u for u in users}
        self.fields["village_committee"].widget.lookup = self.find_committee
        self.fields["reviewed_by"].widget.lookup = lambda text, row=None: self._reviewers.get(text)
        # Only the 司法所 reviews (review_assistant); only the 司法所 files, assigns and records exits.
        self.locked = ()
        if not (user.is_superuser or user.has_perm("forms_app.review_assistant")):
            self.locked = self.REVIEW_FIELDS
        if scope.is_village_user(user):
            self.locked += self.MANAGE_FIELDS

    def row_key(self, row):
        committee, name = text_key(row.get("推荐村(居)委会")), text_key(row.get("姓名"))
        return (committee, name) if committee and name else None

    def existing_by_key(self, dataset):
        names = {k[1] for k in (self.row_key(dict(zip(dataset.headers, r))) for r in dataset) if k}
        found = []
        names = sorted(names)
        for start in range(0, len(names), 500):
            found += scope.assistants_for(self.user).filter(name__in=names[start:start + 500]).select_related(
                "village_committee", "reviewed_by")
        return self.index(found, lambda a: (a.village_committee.name, a.name))

    def after_init_instance(self, instance, new, row, **kwargs):
        super().after_init_instance(instance, new, row, **kwargs)
        instance._sheet_original = {f: getattr(instance, f"{f}_id" if f == "reviewed_by" else f)
                                    for f in self.locked}

    def check_scope(self, instance, row, errors):
        for f in self.locked:
            now = getattr(instance, f"{f}_id" if f == "reviewed_by" else f)
            if now != instance._sheet_original[f]:
                heading = self.fields[f].column_name
                errors.setdefault(f, []).append(f"您没有权限通过导入填写或修改“{heading}”（由司法所资格审查/管理）。")

    def export_queryset(self):
        return scope.assistants_for(self.user).select_related("village_committee", "reviewed_by").order_by(
            "village_committee__name", "name", "pk")


RESOURCES = {
    "committees": CommitteeResource,
    "supervisees": SuperviseeResource,
    "assistants": AssistantResource,
}
