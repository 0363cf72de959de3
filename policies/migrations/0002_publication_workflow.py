"""The two-step moderation workflow for policy pages: 审核 (office staff) then 签发 (office head).

policies/workflow.py holds the same names and re-creates it after a test flush; demo.py assigns it to
the policy library.
"""

from django.db import migrations

WORKFLOW = "政策文件发布流程"
STEPS = [("审核", "司法所工作人员"), ("签发", "司法所负责人")]


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    if Workflow.objects.filter(name=WORKFLOW).exists():
        return
    ct, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    for order, (name, group_name) in enumerate(STEPS):
        group, _ = Group.objects.get_or_create(name=group_name)
        task = GroupApprovalTask.objects.create(name=name, content_type=ct, active=True)
        task.groups.set([group])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore.Workflow")
    Task = apps.get_model("wagtailcore.Task")
    Task.objects.filter(name__in=[name for name, _ in STEPS], workflow_tasks__workflow__name=WORKFLOW).delete()
    Workflow.objects.filter(name=WORKFLOW).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0001_initial"),
        ("home", "0003_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(create_workflow, remove_workflow)]
