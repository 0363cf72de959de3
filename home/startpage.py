"""The 政策编辑's start page: policy drafts and pages in moderation, each linked to its edit form."""

from django.urls import reverse
from django.utils.timezone import localtime
from wagtail.models import WorkflowState, get_default_page_content_type
from wagtail.permission_policies.pages import PagePermissionPolicy

from forms_app.buttons import Action
from forms_app.startpage import Row, Section, StartPanel
from home import roles

LIMIT = 10


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change").filter(depth__gt=2)


def in_moderation(user):
    # WorkflowState.object_id is text: read the ids, then filter pages by integer id (no cast in the join).
    ids = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS,
                                       base_content_type=get_default_page_content_type())
    page_ids = [int(i) for i in ids.values_list("object_id", flat=True) if i.isdigit()]
    return editable_pages(user).filter(pk__in=page_ids).order_by("-latest_revision_created_at", "pk")


def drafts(user):
    """Never published, or changed since publishing — and not yet submitted for moderation."""
    moderated = in_moderation(user).values("pk")
    return (editable_pages(user).filter(has_unpublished_changes=True).exclude(pk__in=moderated)
            .order_by("-latest_revision_created_at", "pk"))


def is_policy_editor(user):
    return user.is_superuser or user.groups.filter(name=roles.POLICY_EDITOR).exists()


def _detail(page):
    changed = f"{localtime(page.latest_revision_created_at):%Y-%m-%d %H:%M} 修改" if page.latest_revision_created_at else ""
    return changed + ("" if page.live else "，未发布")


def _row(page):
    title = page.get_admin_display_title()
    return Row(title, _detail(page), [Action("edit", "编辑", reverse("wagtailadmin_pages:edit", args=[page.pk]), "edit")])


def _section(key, title, qs):
    return Section(key, title, [_row(page) for page in qs[:LIMIT]], qs.count())


class EditorPanel(StartPanel):
    """The records' start panel (forms_app/start_panel.html), with the editor's pages as its rows."""

    name = "policy_editor_start"
    order = 2  # under the records panel, above Wagtail's own

    def __init__(self, user):
        super().__init__("政策编辑待办", [_section("moderation", "审核中的政策文件", in_moderation(user)),
                                          _section("drafts", "草稿与未发布的修改", drafts(user))],
                         panel_id="cc-editor")
