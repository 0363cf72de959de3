"""Inspect views read like the paper forms: no `None`, no raw ids or revision lines, masked personal data."""

from datetime import date

import pytest
from django.urls import reverse

from forms_app.models import Registration

from . import factories as f

pytestmark = pytest.mark.django_db


def url(model, pk):
    return reverse(f"wagtailsnippets_forms_app_{model}:inspect", args=[pk])


@pytest.fixture
def w():
    w = f.world()
    w["pa"] = f.supervisee(w["a"], name="示例张三")
    w["draft"] = f.notice(w["pa"])
    return w


def dl(response):
    body = response.content.decode()
    return " ".join(body[body.index("<dl>"):body.index("</dl>")].split())


def fields(response):
    return {field["label"]: field["value"] for field in response.context["fields"]}


def test_empty_values_read_as_not_filled(client, w):
    client.force_login(w["staff"])
    response = client.get(url("assistancenotice", w["draft"].pk))
    assert response.status_code == 200
    assert "None" not in dl(response)
    shown = fields(response)
    assert shown["回执时间"] == "（未填写）"
    assert shown["批准时间"] == "（未填写）"


@pytest.fixture
def reg(w):
    issued = f.notice(f.supervisee(w["a"], name="示例王某"), status="已发出")
    reg = Registration.objects.create(notice=issued, filled_by_name="示例填表人", fill_date=date(2026, 11, 21),
                                      contact="13800138000", repentance="认罪\n悔罪")
    reg.family_members.create(name="示例家属", relation="配偶", phone="13900139000")
    reg.save()  # a ClusterableModel keeps child rows in memory until saved
    reg.save_revision(user=w["va"])  # a latest revision, as the admin makes: it must not appear as a raw line
    return reg


def test_registration_in_paper_form_order_without_raw_lines(client, w, reg):
    client.force_login(w["va"])
    response = client.get(url("registration", reg.pk))
    shown = fields(response)
    labels = list(shown)
    assert labels[labels.index("填表人"):labels.index("民族") + 1] == ["填表人", "填表日期", "姓名", "性别", "年龄", "民族"]
    assert labels.index("联系方式") < labels.index("家庭主要成员") < labels.index("备注")
    assert "ID" not in labels and "最新版本" not in labels
    assert shown["填表日期"] == "2026年11月21日"
    assert shown["姓名"] == "示例王某"
    assert shown["家庭关系是否存在问题"] == "否"
    text = dl(response)
    assert " at 20" not in text and "None" not in text
    assert "示例家属" in text and "配偶" in text
    assert "认罪<br>悔罪" in text


def test_registration_phones_masked_unless_permitted(client, w, reg):
    client.force_login(w["va"])
    text = dl(client.get(url("registration", reg.pk)))
    assert "13800138000" not in text and "13900139000" not in text
    client.force_login(w["head"])
    text = dl(client.get(url("registration", reg.pk)))
    assert "13800138000" in text and "13900139000" in text


def test_supervisee_id_number_masked_and_dates_chinese(client, w):
    client.force_login(w["staff"])
    shown = fields(client.get(url("supervisee", w["pa"].pk)))
    assert shown["身份证号码"] != w["pa"].id_number and shown["身份证号码"].endswith(w["pa"].id_number[-1])
    assert shown["出生日期"] == "1985年3月12日"
    assert "ID" not in shown


def test_notice_lists_items_and_unnumbered_draft(client, w):
    client.force_login(w["staff"])
    response = client.get(url("assistancenotice", w["draft"].pk))
    assert fields(response)["编号"] == "（未编号）"
    assert "<ol><li>" in dl(response)


def test_assistant_lists_only_supervisees_in_scope(client, w):
    from forms_app.models import Assistant

    minor = f.supervisee(w["a"], name="示例小明", birth=date(date.today().year - 15, 2, 1))
    helper = Assistant.objects.create(village_committee=w["a"], name="示例协助人", sex="女", phone="13700137000",
                                      recommended_on=date(2026, 1, 5))
    helper.supervisees.add(w["pa"], minor)
    client.force_login(w["va"])
    shown = fields(client.get(url("assistant", helper.pk)))
    assert "示例张三" in shown["指派协助的社区矫正对象"] and "示例小明" not in shown["指派协助的社区矫正对象"]
    assert shown["遵纪守法、品行端正、作风正派"] == "否"
    assert shown["推荐日期"] == "2026年1月5日"
