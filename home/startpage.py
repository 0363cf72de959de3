"""The 政策编辑's start page: policy drafts and pages in moderation, each linked to its edit form."""

from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState, get_default_page_content_type
from wagtail.permission_policies.pages import PagePermissionPolicy

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


class EditorPanel(Component):
    name = "policy_editor_start"
    template_name = "home/admin/editor_panel.html"
    order = 2  # under the records panel, above Wagtail's own

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        sections = []
        for key, title, qs in (("moderation", "审核中的政策文件", in_moderation(self.user)),
                               ("drafts", "草稿与未发布的修改", drafts(self.user))):
            sections.append({"key": key, "title": title, "count": qs.count(), "pages": list(qs[:LIMIT])})
        return {"sections": sections}
