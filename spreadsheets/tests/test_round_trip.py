"""Staff re-import their own (masked) export unchanged: masked numbers mean "keep what is stored"."""

import io
from datetime import date

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.urls import reverse

from forms_app.models import Assistant, Supervisee
from forms_app.tests import factories

from .helpers import HEADINGS


def _state():
    return ([model_to_dict(s) for s in Supervisee.objects.order_by("pk")],
            [model_to_dict(a) for a in Assistant.objects.order_by("pk")])


def _export(client, kind, fmt):
    response = client.get(reverse("forms_app_sheets:export", args=[kind, fmt]))
    assert response.status_code == 200
    return response.content


def _preview(client, kind, fmt, content):
    upload = SimpleUploadedFile(f"导出.{fmt}", content)
    response = client.post(reverse("forms_app_sheets:upload", args=[kind]), {"file": upload, "encoding": "auto"})
    assert response.status_code == 302, response.content.decode()[:3000]
    return response["Location"], client.get(response["Location"]).content.decode()


def _people(world):
    factories.supervisee(world["a"], name="示例甲")
    factories.supervisee(world["b"], name="示例乙", sex="女", birth=date(1990, 1, 2))


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_staff_reimport_their_masked_export_and_nothing_changes(client, world, fmt):
    _people(world)
    Assistant.objects.create(village_committee=world["a"], name="示例协助", sex="女", phone="13800138000",
                             recommended_on=date(2026, 1, 1))
    before = _state()
    client.force_login(world["staff"])
    for kind, total in (("supervisees", 2), ("assistants", 1)):
        content = _export(client, kind, fmt)
        _, page = _preview(client, kind, fmt, content)
        assert f'id="count-skip">{total}<' in page and 'id="count-invalid">0<' in page
        assert "完全一致" in page
    assert _state() == before


def test_staff_edit_a_row_of_their_masked_export(client, world):
    _people(world)
    stored = Supervisee.objects.get(name="示例甲").id_number
    client.force_login(world["staff"])
    text = _export(client, "supervisees", "csv").decode("utf-8-sig")
    lines = text.split("\r\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("示例甲,"))
    assert "*" in lines[at]
    lines[at] = lines[at].replace("示例居住地", "示例新居住地")
    job_url, page = _preview(client, "supervisees", "csv", "\r\n".join(lines).encode("utf-8-sig"))
    assert 'id="count-update">1<' in page and 'id="count-skip">1<' in page
    client.post(reverse("forms_app_sheets:confirm", args=[job_url.rstrip("/").split("/")[-1]]))
    person = Supervisee.objects.get(name="示例甲")
    assert person.residence == "示例新居住地" and person.id_number == stored


def test_a_masked_number_matching_two_people_is_refused_not_guessed(client, world):
    first = factories.supervisee(world["a"], name="示例同名")
    twin = factories.supervisee(world["b"], name="示例同名")
    Supervisee.objects.filter(pk=twin.pk).update(id_number=first.id_number[:4] + "0" * 10 + first.id_number[-4:])
    client.force_login(world["staff"])
    content = _export(client, "supervisees", "csv")
    upload = SimpleUploadedFile("导出.csv", content)
    response = client.post(reverse("forms_app_sheets:upload", args=["supervisees"]), {"file": upload, "encoding": "auto"})
    page = client.get(response["Location"]).content.decode()
    assert "脱敏" in page and "确认导入" not in page
    assert Supervisee.objects.filter(name="示例同名").count() == 2


def test_xlsx_export_has_a_chinese_sheet_name_and_real_dates(client, world):
    person = factories.supervisee(world["a"], name="示例甲")
    client.force_login(world["staff"])
    book = openpyxl.load_workbook(io.BytesIO(_export(client, "supervisees", "xlsx")))
    sheet = book.active
    assert sheet.title == "社区矫正对象"
    birth = sheet.cell(row=2, column=HEADINGS.index("出生日期") + 1)
    assert birth.is_date and birth.value.date() == person.birth_date
    template = openpyxl.load_workbook(io.BytesIO(client.get(
        reverse("forms_app_sheets:template", args=["assistants", "xlsx"])).content))
    assert template.active.title == "协助人员"
