"""Export: same headings as the import, scope, masking per permission, audit, formula-safe cells."""

import io
from datetime import date

import openpyxl
from django.urls import reverse

from forms_app.models import Assistant, AuditEntry
from forms_app.tests import factories

from .helpers import HEADINGS


def _xlsx_rows(response):
    book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)
                                             if response.streaming else response.content))
    return [list(r) for r in book.active.iter_rows(values_only=True)]


def _csv_rows(response):
    import csv

    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_export_is_masked_for_staff_and_full_for_the_head(client, world):
    person = factories.supervisee(world["a"])
    client.force_login(world["staff"])
    response = client.get(reverse("forms_app_sheets:export", args=["supervisees", "xlsx"]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    rows = _xlsx_rows(response)
    assert rows[0] == HEADINGS
    shown = rows[1][HEADINGS.index("身份证号码")]
    assert shown != person.id_number and shown.startswith(person.id_number[:4]) and "*" in shown
    entry = AuditEntry.objects.get(action="export")
    assert entry.user == world["staff"] and entry.office == world["office"] and "脱敏" in entry.detail
    client.force_login(world["head"])
    rows = _csv_rows(client.get(reverse("forms_app_sheets:export", args=["supervisees", "csv"])))
    assert rows[1][HEADINGS.index("身份证号码")] == person.id_number
    assert AuditEntry.objects.filter(action="export").count() == 2


def test_export_respects_scope(client, world):
    factories.supervisee(world["a"], name="示例甲村人")
    factories.supervisee(world["b"], name="示例乙村人")
    factories.supervisee(world["c"], name="示例他所人")
    factories.supervisee(world["a"], name="示例未成年人", birth=date(date.today().year - 15, 1, 1))
    client.force_login(world["va"])
    names = {r[0] for r in _csv_rows(client.get(reverse("forms_app_sheets:export", args=["supervisees", "csv"])))[1:]}
    assert names == {"示例甲村人"}  # own committee, adults only
    client.force_login(world["staff"])
    names = {r[0] for r in _csv_rows(client.get(reverse("forms_app_sheets:export", args=["supervisees", "csv"])))[1:]}
    assert names == {"示例甲村人", "示例乙村人", "示例未成年人"}


def test_exported_formulas_are_neutralised(client, world):
    Assistant.objects.create(village_committee=world["a"], name='=HYPERLINK("http://evil","x")', sex="男",
                             phone="13800138000", recommended_on="2026-01-01", role_in_community="@SUM(1)")
    client.force_login(world["head"])
    row = _csv_rows(client.get(reverse("forms_app_sheets:export", args=["assistants", "csv"])))[1]
    assert row[0] == "'=HYPERLINK(\"http://evil\",\"x\")" and row[4] == "'@SUM(1)"
    cell = _xlsx_rows(client.get(reverse("forms_app_sheets:export", args=["assistants", "xlsx"])))[1][0]
    assert cell.startswith("'=")


def test_template_has_the_export_headings(client, world):
    client.force_login(world["staff"])
    rows = _xlsx_rows(client.get(reverse("forms_app_sheets:template", args=["supervisees", "xlsx"])))
    assert rows == [HEADINGS]
    rows = _csv_rows(client.get(reverse("forms_app_sheets:template", args=["committees", "csv"])))
    assert rows == [["名称", "类型", "所属司法所"]]


def test_listing_shows_import_and_export_buttons(client, world):
    client.force_login(world["staff"])
    page = client.get(reverse("wagtailsnippets_forms_app_supervisee:list")).content.decode()
    assert reverse("forms_app_sheets:upload", args=["supervisees"]) in page
    assert "导出Excel" in page and "导出CSV" in page
    client.force_login(world["va"])
    page = client.get(reverse("wagtailsnippets_forms_app_supervisee:list")).content.decode()
    assert reverse("forms_app_sheets:upload", args=["supervisees"]) not in page and "导出CSV" in page
    index = client.get(reverse("forms_app_sheets:index")).content.decode()
    assert "协助人员" in index and reverse("forms_app_sheets:upload", args=["assistants"]) in index
