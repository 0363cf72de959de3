"""Viewsets for supervisees, notices and registrations (the records that hold personal data)."""

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column

from .. import buttons, scope
from ..forms import NoticeForm, RegistrationForm, SuperviseeForm
from ..models import AssistanceNotice, Registration, Supervisee
from . import display
from .prefill import NoticePrefillMixin
from .scoped import MaskedColumn, ScopedSnippetViewSet


class PersonalRecordViewSet(ScopedSnippetViewSet):
    """A record holding a supervisee's personal data: every listing, export and opened record is audited."""

    audited = True


class SuperviseeViewSet(PersonalRecordViewSet):
    model = Supervisee
    icon = "user"
    icontains_search_fields = ["name", "id_number", "residence"]
    list_select_related = ("village_committee",)
    list_display = [
        "name", "sex", "category",
        Column("village_committee", label="村(居)委会", sort_key="village_committee__name"),
        MaskedColumn("id_number", label="身份证号码"),
        Column("intake_date", label="入矫日期", sort_key="intake_date"),
        Column("term_end", label="矫正期限止", sort_key="term_end"),
        "status",
    ]
    list_filter = ["status", "category", "village_committee", "sex"]
    list_export = ["name", "sex", "birth_date", "ethnicity", "id_number", "village_committee", "household_register",
                   "residence", "crime", "court", "sentence", "judgment_type", "judgment_date", "category",
                   "term_start", "term_end", "intake_date", "status"]
    export_filename = "社区矫正对象"
    ordering = ["-intake_date", "name", "id"]
    inspect_view_enabled = True
    inspect_view_fields = ["name", "sex", "birth_date", "ethnicity", "id_number", "household_register", "residence",
                           "village_committee", "office", "judgment_date", "court", "crime", "sentence",
                           "judgment_type", "category", "term_start", "term_end", "intake_date", "status",
                           "created_at"]
    edit_handler = ObjectList([
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("name"), FieldPanel("sex"), FieldPanel("ethnicity")]),
            FieldRowPanel([FieldPanel("id_number"), FieldPanel("birth_date")]),
            FieldPanel("household_register"), FieldPanel("residence"), FieldPanel("village_committee"),
        ], heading="基本情况"),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("judgment_date"), FieldPanel("court")]),
            FieldRowPanel([FieldPanel("crime"), FieldPanel("sentence")]),
            FieldRowPanel([FieldPanel("judgment_type"), FieldPanel("category")]),
            FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
            FieldRowPanel([FieldPanel("intake_date"), FieldPanel("status")]),
        ], heading="判决与矫正"),
    ], base_form_class=SuperviseeForm)


class DeadlineColumn(Column):
    """发出期限, flagged when the notice was not issued in time: the office sees it in the list itself."""

    cell_template_name = "forms_app/tables/deadline_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["late"] = ("逾期发出" if instance.issued_on else "已逾期") if instance.is_overdue else ""
        return context


class ActionHeaderMixin:
    """批准/发出/填写登记表/提交/打印 on the record's own page (edit and view), for whoever may do them now."""

    @property
    def header_buttons(self):
        return list(super().header_buttons) + buttons.header_buttons(self.request.user, self.object)


class NoticeInspectMixin(ActionHeaderMixin):
    def get_number_display_value(self):
        return self.object.number or "（未编号）"

    def get_items_display_value(self):
        return display.NumberedList(self.object.item_texts())


class NoticeViewSet(PersonalRecordViewSet):
    model = AssistanceNotice
    icon = "mail"
    menu_label = "协助工作通知单"  # shorter than the model's name (Wagtail's default label, kept by the other viewsets)
    icontains_search_fields = ["supervisee__name", "village_committee__name", "contact_person"]
    list_select_related = ("supervisee", "village_committee", "office")
    list_display = [
        "__str__",
        Column("supervisee", label="社区矫正对象", sort_key="supervisee__name"),
        Column("village_committee", label="发往", sort_key="village_committee__name"),
        "status",
        DeadlineColumn("deadline", label="发出期限（入矫后3个工作日）"),
        Column("issued_on", label="填发日期", sort_key="issued_on"),
    ]
    list_filter = ["status", "village_committee", "year"]
    list_export = ["number", "supervisee", "village_committee", "status", "deadline", "contact_person",
                   "contact_phone", "filled_by", "approved_by", "issued_on"]
    export_filename = "协助社区矫正工作通知单"
    inspect_view_enabled = True
    inspect_view_fields = ["number", "status", "supervisee", "village_committee", "office", "deadline", "items",
                           "contact_person", "contact_phone", "filled_by", "approved_by", "approved_at",
                           "issued_on", "returned_at"]
    inspect_labels = {"items": "协助事项"}

    @staticmethod
    def choosable(notices):
        # Only the 登记表 chooses a notice: offer those still awaiting one.
        return notices.filter(AssistanceNotice.AWAITING_REGISTRATION)

    edit_handler = ObjectList([
        FieldPanel("supervisee"),
        FieldPanel("village_committee"),
        FieldRowPanel([FieldPanel("contact_person"), FieldPanel("contact_phone")]),
        InlinePanel("items", heading="协助事项", label="协助事项", min_num=1, max_num=10),
    ], base_form_class=NoticeForm)


NoticeViewSet.inspect_view_class = type("NoticeInspectView", (NoticeInspectMixin, NoticeViewSet.inspect_view_class), {})
NoticeViewSet.edit_view_class = type("NoticeEditView", (ActionHeaderMixin, NoticeViewSet.edit_view_class), {})


class RegistrationInspectMixin(ActionHeaderMixin):
    def get_family_members_display_value(self):
        user = self.request.user
        rows = [(m.name, m.relation, display.shown(m.workplace_or_address),
                 scope.shown_phone(user, m.phone) if m.phone else display.EMPTY)
                for m in self.object.family_members.all()]
        return display.Table(["姓名", "关系", "工作单位或住址", "联系电话"], rows)


class RegistrationViewSet(PersonalRecordViewSet):
    model = Registration
    icon = "form"
    menu_label = "基本情况登记表"  # shorter than the model's name too
    icontains_search_fields = ["supervisee__name", "filled_by_name", "village_committee__name"]
    list_select_related = ("supervisee", "village_committee", "notice")
    list_display = [
        "__str__",
        Column("village_committee", label="村(居)委会", sort_key="village_committee__name"),
        "filled_by_name",
        Column("fill_date", label="填表日期", sort_key="fill_date"),
        "status",
    ]
    list_filter = ["status", "village_committee"]
    list_export = ["name", "sex", "age", "ethnicity", "village_committee", "filled_by_name", "fill_date", "education",
                   "health", "marital_status", "contact", "residence_address", "household_address", "status"]
    export_filename = "社区矫正对象基本情况登记表"
    inspect_view_enabled = True
    # The paper form's order (DOMAIN.md); 姓名/性别/年龄/民族 come from the supervisee's record.
    inspect_view_fields = ["notice", "status", "village_committee", "filled_by_name", "fill_date",
                           "name", "sex", "age", "ethnicity", "education", "health", "former_political_status",
                           "marital_status", "contact", "residence_address", "household_address", "criminal_record",
                           "repentance", "main_experience", "living_situation", "workplace_or_school",
                           "work_or_study", "personality", "skills", "other_traits", "family_members",
                           "family_has_problems", "family_problems", "remarks", "submitted_by", "submitted_at"]
    inspect_labels = {"name": "姓名", "sex": "性别", "age": "年龄", "ethnicity": "民族", "family_members": "家庭主要成员"}
    edit_handler = ObjectList([
        FieldPanel("notice"),
        FieldRowPanel([FieldPanel("filled_by_name"), FieldPanel("fill_date")]),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("education"), FieldPanel("health"), FieldPanel("former_political_status")]),
            FieldRowPanel([FieldPanel("marital_status"), FieldPanel("contact")]),
            FieldPanel("residence_address"), FieldPanel("household_address"),
            FieldPanel("criminal_record"), FieldPanel("repentance"), FieldPanel("main_experience"),
            FieldPanel("living_situation"), FieldPanel("workplace_or_school"), FieldPanel("work_or_study"),
        ], heading="基本情况"),
        MultiFieldPanel([FieldPanel("personality"), FieldPanel("skills"), FieldPanel("other_traits")],
                        heading="个体特征"),
        InlinePanel("family_members", heading="家庭主要成员", label="家庭成员"),
        FieldPanel("family_has_problems"), FieldPanel("family_problems"), FieldPanel("remarks"),
    ], base_form_class=RegistrationForm)


RegistrationViewSet.inspect_view_class = type(
    "RegistrationInspectView", (RegistrationInspectMixin, RegistrationViewSet.inspect_view_class), {})
RegistrationViewSet.edit_view_class = type(
    "RegistrationEditView", (ActionHeaderMixin, RegistrationViewSet.edit_view_class), {})
RegistrationViewSet.add_view_class = type(
    "RegistrationCreateView", (NoticePrefillMixin, RegistrationViewSet.add_view_class), {})
