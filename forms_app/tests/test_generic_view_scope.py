"""Wagtail's generic admin views outside our viewsets honour the row scope: bulk actions, site history,
editing sessions. Out-of-scope records look missing and are never named."""

import csv
import io
from datetime import date

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.log_actions import log

from forms_app.models import AssistanceNotice, AuditEntry, Registration

from . import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    w = f.people(f.world())
    w["pc"] = f.supervisee(w["c"], name="示例外所人")
    w["na"] = f.notice(w["pa"], status="已发出")
    w["nb"] = f.notice(w["pb"], status="已发出")
    w["nc"] = f.notice(w["pc"], status="已发出")
    w["reg"] = Registration.objects.create(notice=w["na"], filled_by_name="示例填表人", fill_date=date.today())
    return w


def bulk(model, action, *objs):
    path = reverse("wagtail_bulk_action", args=("forms_app", model, action))
    return path + "?" + "&".join(f"id={o.pk}" for o in objs)


def body(response):
    return (b"".join(response.streaming_content) if response.streaming else response.content).decode("utf-8-sig")


def test_bulk_confirmation_lists_only_rows_in_scope(client, w):
    client.force_login(w["vb"])
    response = client.get(bulk("supervisee", "delete", w["pa"], w["minor"], w["pc"]))
    assert response.status_code == 404
    assert "示例张三" not in body(response) and "示例小明" not in body(response)
    client.force_login(w["head"])
    page = body(client.get(bulk("assistancenotice", "delete", w["na"], w["nc"])))
    assert "示例张三" in page and "示例外所人" not in page


def test_bulk_print_and_delete_act_only_on_rows_in_scope(client, w):
    client.force_login(w["vb"])
    page = body(client.get(bulk("assistancenotice", "print", w["na"], w["nb"], w["nc"])))
    assert "示例李四" in page and "示例张三" not in page and "示例外所人" not in page
    client.force_login(w["head"])
    response = client.post(bulk("assistancenotice", "delete", w["nb"], w["nc"]))
    assert response.status_code == 302
    assert not AssistanceNotice.objects.filter(pk=w["nb"].pk).exists()
    assert AssistanceNotice.objects.filter(pk=w["nc"].pk).exists()


def test_bulk_action_with_a_malformed_id_is_404(client, w):
    client.force_login(w["head"])
    path = reverse("wagtail_bulk_action", args=("forms_app", "assistancenotice", "delete"))
    assert client.get(path + "?id=abc").status_code == 404


def test_site_history_and_its_exports_show_only_entries_in_scope(client, w):
    for obj in (w["pa"], w["minor"], w["pb"], w["pc"], w["reg"]):
        log(obj, "wagtail.edit", user=w["staff"])
    url = reverse("wagtailadmin_reports:site_history")
    client.force_login(w["vb"])
    sheet = load_workbook(io.BytesIO(b"".join(client.get(url + "?export=xlsx").streaming_content))).active
    cells = " ".join(str(value) for row in sheet.iter_rows(values_only=True) for value in row)
    for text in (body(client.get(url)), body(client.get(url + "?export=csv")), cells):
        assert "示例李四" in text
        assert "示例张三" not in text and "示例小明" not in text and "示例外所人" not in text
    client.force_login(w["va"])
    rows = list(csv.reader(io.StringIO(body(client.get(url + "?export=csv")))))
    labels = {row[1] for row in rows[1:]}
    assert labels == {"示例张三", "登记表：示例张三"}
    client.force_login(w["staff"])
    page = body(client.get(url))
    assert "示例小明" in page and "示例李四" in page and "示例外所人" not in page


def test_editing_session_ping_for_an_out_of_scope_record_is_404(client, w):
    def ping(obj):
        path = reverse("wagtailadmin_editing_sessions:ping",
                       args=("forms_app", obj._meta.model_name, obj.pk, 0))
        return client.post(path)

    client.force_login(w["va"])
    assert ping(w["reg"]).status_code == 200
    client.force_login(w["vb"])
    response = ping(w["reg"])
    assert response.status_code == 404 and "t_va" not in body(response)
    client.force_login(w["other_staff"])
    assert ping(w["na"]).status_code == 404
    client.force_login(w["staff"])
    assert ping(w["na"]).status_code == 200


def test_bulk_confirmation_and_deletion_are_audited(client, w):
    client.force_login(w["head"])
    client.get(bulk("assistancenotice", "delete", w["na"], w["nc"]))
    entry = AuditEntry.objects.filter(action="list", username="t_head").latest("pk")
    assert entry.detail.endswith(f"：{w['na'].pk}")
    client.post(bulk("assistancenotice", "delete", w["nb"]))
    deleted = AuditEntry.objects.get(action="delete", object_id=str(w["nb"].pk))
    assert deleted.office == w["office"] and "示例李四" in deleted.object_repr


def test_bulk_delete_of_a_notice_with_a_registration_deletes_nothing(client, w):
    client.force_login(w["head"])
    response = client.post(bulk("assistancenotice", "delete", w["nb"], w["na"]), follow=True)
    assert response.status_code == 200 and "未删除任何记录" in response.content.decode()
    assert AssistanceNotice.objects.filter(pk__in=[w["na"].pk, w["nb"].pk]).count() == 2
    assert not AuditEntry.objects.filter(action="delete").exists()


def test_deleting_a_notice_with_a_registration_is_refused_in_chinese(client, w):
    client.force_login(w["head"])
    url = reverse("wagtailsnippets_forms_app_assistancenotice:delete", args=[w["na"].pk])
    response = client.post(url, follow=True)
    assert response.status_code == 200 and "不能删除" in response.content.decode()
    assert AssistanceNotice.objects.filter(pk=w["na"].pk).exists()
    assert not AuditEntry.objects.filter(action="delete").exists()
