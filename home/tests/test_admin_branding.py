"""Leftover English that no catalogue reaches: default data names, boolean cells, the tab title."""

from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow


def test_wagtail_default_data_has_chinese_names(db):
    assert Page.objects.get(depth=1).title == "根目录"
    names = set(Group.objects.values_list("name", flat=True))
    assert not names & {"Editors", "Moderators"}
    assert not Workflow.objects.filter(name="Moderators approval").exists()


def test_admin_tab_title_and_boolean_cells_are_chinese(client, demo, django_user_model):
    client.force_login(django_user_model.objects.get(username="admin"))
    html = client.get("/admin/users/").content.decode()
    assert "回龙坝镇社区矫正委员会 管理后台</title>" in html
    assert "- Wagtail</title>" not in html
    assert 'title="True"' not in html and 'title="False"' not in html


def test_login_page_labels_are_chinese(client, db):
    html = client.get("/admin/login/").content.decode()
    assert "密码" in html
    assert ">Password<" not in html


def test_login_heading_names_the_committee_not_wagtail(client, db):
    html = client.get("/admin/login/").content.decode()
    assert "工作台</h1>" in html and "Wagtail</h1>" not in html
