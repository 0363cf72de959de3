"""Editors may correct a version's 修订说明 and 施行日期 in the admin, never add or delete versions."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from home import roles
from versions.models import PolicyVersion
from versions.tests.factories import day, make_policy, publish
from versions.tests.pairs import RULES, copy

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_user("ed", password="ed-pass-2026")
    user.groups.add(Group.objects.get(name=roles.POLICY_EDITOR))
    client.force_login(user)
    return user


@pytest.fixture
def two_versions():
    page = publish(make_policy(RULES))
    PolicyVersion.objects.filter(page=page).update(effective_date=day("2022-03-30"))
    publish(page, copy(RULES)[:-1], new_version=True, note="删除末条", effective=day("2024-07-01"))
    return PolicyVersion.objects.filter(page=page).order_by("number")


def test_editor_lists_and_corrects_a_note_and_date(client, editor, two_versions):
    v1, v2 = two_versions
    assert "删除末条" in client.get(reverse("policy_versions:index")).content.decode()
    r = client.post(reverse("policy_versions:edit", args=[v2.pk]), {"note": "删除第九条", "effective_date": "2024-08-01"})
    assert r.status_code == 302
    v2.refresh_from_db()
    assert (v2.note, v2.effective_date) == ("删除第九条", day("2024-08-01"))


def test_effective_dates_must_stay_in_version_order(client, editor, two_versions):
    v1, v2 = two_versions
    r = client.post(reverse("policy_versions:edit", args=[v2.pk]), {"note": "x", "effective_date": "2021-01-01"})
    assert r.status_code == 200 and "施行日期不能早于上一版本（第1版）的施行日期2022年3月30日" in r.content.decode()
    r = client.post(reverse("policy_versions:edit", args=[v1.pk]), {"note": "x", "effective_date": "2025-01-01"})
    assert "施行日期不能晚于下一版本（第2版）" in r.content.decode()
    v2.refresh_from_db()
    assert v2.effective_date == day("2024-07-01")  # nothing half-written


def test_versions_cannot_be_added_or_deleted_by_editors(client, editor, two_versions):
    v1, _ = two_versions
    assert client.get(reverse("policy_versions:add")).status_code == 302  # Wagtail's permission denied
    client.post(reverse("policy_versions:delete", args=[v1.pk]))
    assert PolicyVersion.objects.filter(pk=v1.pk).exists()
