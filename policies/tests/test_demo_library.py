"""load_demo's policy part without the seeds: library, workflow, permissions, units; idempotent."""

import os

import pytest
from django.core.management import call_command
from wagtail.models import GroupPagePermission

from policies.models import MemberUnit, PolicyLibraryPage, PolicyPage

pytestmark = pytest.mark.django_db


def test_demo_library_is_idempotent_and_reachable(demo, client):
    before = (PolicyPage.objects.count(), MemberUnit.objects.count(), GroupPagePermission.objects.count())
    call_command("load_demo", "--quiet-logins", stdout=open(os.devnull, "w"))
    assert (PolicyPage.objects.count(), MemberUnit.objects.count(), GroupPagePermission.objects.count()) == before
    library = PolicyLibraryPage.objects.get()
    assert library.url == "/policies/" and library.get_workflow().name == "政策文件发布流程"
    assert client.get("/policies/library/", follow=True).status_code == 200
    assert MemberUnit.objects.filter(name__in=["司法所", "派出所", "各村（社区）", "公安分局西滨河派出所"]).count() == 5
    assert sorted(MemberUnit.objects.filter(name="司法所").values_list("committee", flat=True)) == [
        "回龙坝镇社区矫正委员会", "密云镇社区矫正委员会"]  # one per town
    perms = {(p.group.name, p.permission.codename) for p in GroupPagePermission.objects.filter(page=library)}
    assert ("政策编辑", "add_page") in perms and ("政策编辑", "publish_page") not in perms
    assert ("司法所负责人", "publish_page") in perms
