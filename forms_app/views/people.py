"""Viewsets for the organisation (offices, committees, staff profiles), assistants and the audit trail."""

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from .. import scope
from ..forms import AssistantForm, CommitteeForm
from ..models import Assistant, AuditEntry, Office, StaffProfile, VillageCommittee
from .scoped import MaskedColumn, ScopedSnippetViewSet


class OfficeViewSet(ModelViewSet):
    model = Office
    icon = "home"
    form_fields = ["name", "township", "contact_person", "contact_phone"]
    list_display = ["name", "township", "contact_person"]
    search_fields = ["name", "township"]


class StaffProfileViewSet(ModelViewSet):
    model = StaffProfile
    icon = "group"
    form_fields = ["user", "office", "village_committee"]
    list_display = ["user", "office", "village_committee"]


class VillageCommitteeViewSet(ScopedSnippetViewSet):
    model = VillageCommittee
    icon = "site"
    icontains_search_fields = ["name"]
    list_display = ["name", "kind", "office"]
    list_filter = ["kind", "office"]
    list_select_related = ("office",)
    inspect_view_enabled = True
    inspect_view_fields = ["name", "kind", "office"]
    edit_handler = ObjectList([FieldPanel("name"), FieldPanel("kind"), FieldPanel("office")],
                              base_form_class=CommitteeForm)


class AssistantViewSet(ScopedSnippetViewSet):
    model = Assistant
    icon = "user"
    icontains_search_fields = ["name", "village_committee__name"]
    list_select_related = ("village_committee",)
    list_display = [
        "name",
        Column("village_committee", label="推荐村(居)委会", sort_key="village_committee__name"),
        MaskedColumn("phone", label="联系电话"),
        "stage",
        Column("recommended_on", label="推荐日期", sort_key="recommended_on"),
        Column("filed_on", label="报备日期", sort_key="filed_on"),
    ]
    list_filter = ["stage", "village_committee"]
    list_export = ["name", "sex", "village_committee", "phone", "role_in_community", "stage", "recommended_on",
                   "reviewed_by", "reviewed_on", "filed_on", "exited_on"]
    export_filename = "协助人员名单"
    inspect_view_enabled = True
    inspect_view_fields = ["name", "sex", "phone", "village_committee", "role_in_community", "recommended_on",
                           "cond_law_abiding", "cond_volunteer", "cond_fit", "cond_knowledge", "stage",
                           "reviewed_by", "reviewed_on", "review_note", "supervisees", "filed_on", "exited_on",
                           "exit_reason"]
    edit_handler = ObjectList([
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("name"), FieldPanel("sex"), FieldPanel("phone")]),
            FieldRowPanel([FieldPanel("village_committee"), FieldPanel("role_in_community"),
                           FieldPanel("recommended_on")]),
        ], heading="推荐"),
        MultiFieldPanel([FieldPanel("cond_law_abiding"), FieldPanel("cond_volunteer"), FieldPanel("cond_fit"),
                         FieldPanel("cond_knowledge")], heading="协助人员条件"),
        MultiFieldPanel([FieldPanel("stage"), FieldRowPanel([FieldPanel("reviewed_by"), FieldPanel("reviewed_on")]),
                         FieldPanel("review_note")], heading="资格审查"),
        MultiFieldPanel([FieldPanel("supervisees"), FieldPanel("filed_on"),
                         FieldRowPanel([FieldPanel("exited_on"), FieldPanel("exit_reason")])],
                        heading="任务指派、日常管理与退出"),
    ], base_form_class=AssistantForm)


class AuditEntryViewSet(ScopedSnippetViewSet):
    model = AuditEntry
    icon = "history"
    list_display = ["__str__", "username", "action", "model", "object_repr"]
    list_filter = ["action", "model"]
    icontains_search_fields = ["username", "object_repr", "model"]
    list_export = ["timestamp", "username", "action", "model", "object_id", "object_repr", "detail"]
    inspect_view_enabled = True
    inspect_view_fields = ["timestamp", "username", "action", "office", "model", "object_id", "object_repr", "detail"]
