"""The import page answers every kind of bad file with the Chinese reason on the form: 200, no 500,
no pending upload kept, nothing written."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from forms_app.models import Supervisee
from jobs.models import Job

from .corpus_text import text_cases
from .corpus_xlsx import xlsx_cases

CATEGORIES = {
    "sheet-mismatched-tags": "已损坏",
    "sheet-unclosed-row": "已损坏",
    "dimension-5m-rows": "5000000 行",
    "strings-declared-20m": "20000000 个",
    "strings-lying-count": "个以上不同的文字内容",
    "bomb-declared-100mb": "压缩炸弹",
    "bomb-lying-declared-size": "已损坏",
    "stream-5m-rows": "压缩炸弹",
    "sheet-too-many-elements": "内容过多",
    "truncated-50": "已损坏",
    "truncated-one-byte-short": "已损坏",
    "old-xls": "旧版 Excel（.xls）文件",
    "encrypted-xlsx": "加密",
    "ods-renamed": ".ods",
    "docx-renamed": "Word",
    "external-entity-refused": "实体声明",
    "csv-100000-heading-columns": "100000 列",
    "csv-5m-rows": "行数据的上限",
    "csv-unclosed-quote": "引号",
    "csv-bom-then-gbk": "不是 UTF-8",
    "csv-utf16": "二进制",
    "png-as-xlsx": "不是 Excel 工作簿",
    "junk-zip-0": "已损坏",
}
CASES = {c.id: c for c in xlsx_cases() + text_cases() if c.id in CATEGORIES}


def test_every_category_is_in_the_corpus():
    assert set(CASES) == set(CATEGORIES)


@pytest.mark.parametrize("case_id", sorted(CATEGORIES))
def test_bad_file_gets_the_reason_on_the_form(client, world, tmp_path, case_id):
    case = CASES[case_id]
    path = tmp_path / case.filename
    case.build(path)
    client.force_login(world["staff"])
    upload = SimpleUploadedFile(case.filename, path.read_bytes())
    response = client.post(reverse("forms_app_sheets:upload", args=["supervisees"]),
                           {"file": upload, "encoding": "auto"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "help-critical" in page and CATEGORIES[case_id] in page
    assert Supervisee.objects.count() == 0
    assert not Job.objects.exists()  # no upload kept: no job, so no stored file
