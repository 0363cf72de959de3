from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's welcome page with our HomePage and point the default site at it."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")
    # Wagtail's initial locale follows LANGUAGE_CODE; make sure ours exists.
    Locale.objects.get_or_create(language_code="zh-hans")

    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    home = HomePage.objects.create(
        title="首页",
        draft_title="首页",
        slug="home",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        live=True,
        intro_heading="委员会简介",
        locale_id=Locale.objects.get(language_code="zh-hans").pk,
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "社区矫正委员会"}
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]
    operations = [migrations.RunPython(create_homepage, remove_homepage)]
