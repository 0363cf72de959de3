"""Assistants: the four conditions, review by the 司法所, scope by committee."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from forms_app.models import Assistant

from . import factories as f

pytestmark = pytest.mark.django_db


def make(w, **extra):
    data = dict(village_committee=w["a"], name="示例协助员", sex="女", phone="13900001111",
                recommended_on=date(2024, 3, 1))
    data.update(extra)
    return Assistant(**data)


def test_review_needs_all_four_conditions_and_a_reviewer():
    w = f.world()
    a = make(w, stage="审查通过", cond_law_abiding=True, cond_volunteer=True, cond_fit=True)
    with pytest.raises(ValidationError) as exc:
        a.full_clean()
    assert "四项协助人员条件" in exc.value.message_dict["stage"][0]
    assert "审查人" in exc.value.message_dict["reviewed_by"][0]
    a.cond_knowledge = True
    a.reviewed_by, a.reviewed_on = w["head"], date(2024, 3, 5)
    a.full_clean()


def test_failed_review_is_allowed_without_conditions():
    w = f.world()
    make(w, stage="审查未通过", reviewed_by=w["head"], reviewed_on=date(2024, 3, 5)).full_clean()


def test_stages_follow_the_process_in_order():
    w = f.world()
    reviewed = dict(cond_law_abiding=True, cond_volunteer=True, cond_fit=True, cond_knowledge=True,
                    reviewed_by=w["head"], reviewed_on=date(2024, 3, 5))
    a = make(w, **reviewed)
    a.save()  # 推荐
    a.stage = "日常管理"  # skipping review and assignment
    with pytest.raises(ValidationError) as exc:
        a.full_clean()
    assert "不能从“推荐”直接改为“日常管理”" in exc.value.message_dict["stage"][0]
    for stage in ("审查通过", "已指派", "日常管理"):
        a.stage = stage
        a.full_clean()
        a.save()
    a.stage, a.exited_on = "已退出", date(2024, 9, 1)
    a.full_clean()
    a.save()
    a.stage = "已指派"  # back only through a new recommendation
    with pytest.raises(ValidationError):
        a.full_clean()
    a.stage = "推荐"
    a.full_clean()


def test_bad_phone_is_refused():
    w = f.world()
    with pytest.raises(ValidationError) as exc:
        make(w, phone="12345").full_clean()
    assert "电话号码格式不正确" in exc.value.message_dict["phone"][0]


def test_village_user_recommends_only_for_own_committee(client):
    w = f.world()
    client.force_login(w["va"])
    data = {"name": "示例新协助员", "sex": "男", "phone": "13900002222", "village_committee": w["b"].pk,
            "role_in_community": "楼栋长", "recommended_on": "2024-03-01", "cond_law_abiding": "on"}
    body = client.post(reverse("wagtailsnippets_forms_app_assistant:add"), data).content.decode()
    assert "不在您的管辖范围内" in body
    response = client.post(reverse("wagtailsnippets_forms_app_assistant:add"), dict(data, village_committee=w["a"].pk))
    assert response.status_code == 302
    created = Assistant.objects.get(name="示例新协助员")
    assert created.stage == "推荐"
    client.force_login(w["vb"])
    edit = reverse("wagtailsnippets_forms_app_assistant:edit", args=[created.pk])
    assert client.get(edit).status_code == 404
