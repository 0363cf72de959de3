from django.db import migrations

# Wagtail's own migrations create these in English; the admin shows them, so they get Chinese names.
RENAMES = {
    "auth.Group": [("Editors", "编辑（Wagtail默认）"), ("Moderators", "审核员（Wagtail默认）")],
    "wagtailcore.Workflow": [("Moderators approval", "默认审核流程")],
    "wagtailcore.Task": [("Moderators approval", "审核员审批")],
}


def rename(apps, schema_editor, reverse=False):
    for model, pairs in RENAMES.items():
        Model = apps.get_model(model)
        for old, new in pairs:
            if reverse:
                old, new = new, old
            Model.objects.filter(name=old).update(name=new)
    Page = apps.get_model("wagtailcore.Page")
    titles = ("根目录", "Root") if reverse else ("Root", "根目录")
    Page.objects.filter(depth=1, title=titles[0]).update(title=titles[1], draft_title=titles[1])


def unrename(apps, schema_editor):
    rename(apps, schema_editor, reverse=True)


class Migration(migrations.Migration):
    dependencies = [("home", "0003_roles"), ("wagtailcore", "0098_apitoken")]
    operations = [migrations.RunPython(rename, unrename)]
