from django.db import migrations

ROLES = ["政策编辑", "司法所工作人员", "司法所负责人", "村(居)委会工作人员"]


def create_roles(apps, schema_editor):
    """One group per role, each allowed into the admin; apps add their own model permissions."""
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    admin_ct, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_ct, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)


def remove_roles(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_homepage"), ("wagtailadmin", "0001_create_admin_access_permissions")]
    operations = [migrations.RunPython(create_roles, remove_roles)]
