"""The policy moderation workflow (拟稿 → 审核 → 签发) and the library's page permissions.

The workflow is created by migration 0002; `ensure_workflow()` re-creates it when a test database was
flushed. Page permissions live on the library page, so they are granted where it is created.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from home import roles

WORKFLOW = "政策文件发布流程"
STEPS = [("审核", roles.OFFICE_STAFF), ("签发", roles.OFFICE_HEAD)]

# Editors draft and submit; staff review (they must be able to open and edit the page to do so);
# only the office head may publish. Nobody but superusers may delete or lock.
PAGE_PERMISSIONS = {
    roles.POLICY_EDITOR: ["add", "change"],
    roles.OFFICE_STAFF: ["add", "change"],
    roles.OFFICE_HEAD: ["add", "change", "publish"],
}


def ensure_workflow():
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow:
        return workflow
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    for order, (name, group_name) in enumerate(STEPS):
        group, _ = Group.objects.get_or_create(name=group_name)
        task = GroupApprovalTask.objects.create(name=name, active=True)
        task.groups.set([group])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def assign_workflow(page):
    workflow = ensure_workflow()
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def grant_page_permissions(page):
    page_ct = ContentType.objects.get_for_model(Page)
    for group_name, kinds in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for kind in kinds:
            perm = Permission.objects.get(content_type=page_ct, codename=f"{kind}_page")
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=perm)
