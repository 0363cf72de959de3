"""The admin pages: upload → preview → confirm, scope, malformed files, background path."""

import io
from datetime import timedelta

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from forms_app.models import Supervisee
from spreadsheets import files, jobs
from jobs import files as job_files
from jobs import lease
from jobs.models import Job

from .helpers import HEADINGS, column, rows


def _upload(client, kind, name, content, encoding="auto"):
    return client.post(reverse("forms_app_sheets:upload", args=[kind]),
                       {"file": _file(name, content), "encoding": encoding})


def _file(name, content):
    f = io.BytesIO(content)
    f.name = name
    return f


def _job_id(response):
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"].rstrip("/").split("/")[-1]


def test_upload_preview_confirm(client, world):
    client.force_login(world["staff"])
    page = client.get(reverse("forms_app_sheets:upload", args=["supervisees"]))
    assert page.status_code == 200 and "上传并检查" in page.content.decode()
    response = _upload(client, "supervisees", "人员.csv", files.write_csv(HEADINGS, rows(4, world["a"].name)))
    job_id = _job_id(response)
    preview = client.get(response["Location"]).content.decode()
    assert 'id="count-new">4<' in preview and "确认导入" in preview
    assert Supervisee.objects.count() == 0
    done = client.post(reverse("forms_app_sheets:confirm", args=[job_id]), follow=True).content.decode()
    assert "导入完成" in done and Supervisee.objects.count() == 4
    # Confirming twice does nothing more.
    client.post(reverse("forms_app_sheets:confirm", args=[job_id]))
    assert Supervisee.objects.count() == 4


def test_jobs_belong_to_their_uploader(client, world):
    client.force_login(world["staff"])
    job_id = _job_id(_upload(client, "supervisees", "a.csv", files.write_csv(HEADINGS, rows(2, world["a"].name))))
    client.force_login(world["other_staff"])
    assert client.get(reverse("forms_app_sheets:job", args=[job_id])).status_code == 404
    assert client.post(reverse("forms_app_sheets:confirm", args=[job_id])).status_code == 404
    assert Supervisee.objects.count() == 0


def _refused(response):
    # Wagtail's admin answers PermissionDenied with a redirect to the dashboard and an error message.
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_village_users_may_not_import_supervisees(client, world):
    client.force_login(world["va"])
    assert _refused(client.get(reverse("forms_app_sheets:upload", args=["supervisees"])))
    response = _upload(client, "supervisees", "a.csv", files.write_csv(HEADINGS, rows(1, world["a"].name)))
    assert _refused(response) and Supervisee.objects.count() == 0
    assert _refused(client.get(reverse("forms_app_sheets:template", args=["supervisees", "xlsx"])))
    assert client.get(reverse("forms_app_sheets:upload", args=["assistants"])).status_code == 200


def test_confirm_revalidates_the_stored_file(client, world):
    client.force_login(world["staff"])
    job_id = _job_id(_upload(client, "supervisees", "a.csv", files.write_csv(HEADINGS, rows(3, world["a"].name))))
    world["a"].name = "示例改名村村民委员会"  # the committee named in the file no longer exists
    world["a"].save()
    page = client.post(reverse("forms_app_sheets:confirm", args=[job_id]), follow=True).content.decode()
    assert "没有写入任何数据" in page and "示例甲村村民委员会" in page
    assert Supervisee.objects.count() == 0


def test_tampered_upload_is_refused(client, world):
    client.force_login(world["staff"])
    job_id = _job_id(_upload(client, "supervisees", "a.csv", files.write_csv(HEADINGS, rows(2, world["a"].name))))
    stored = jobs.upload_path(Job.objects.get(pk=job_id))
    stored.write_bytes(stored.read_bytes() + b"\r\n")
    page = client.post(reverse("forms_app_sheets:confirm", args=[job_id]), follow=True).content.decode()
    assert "已被改动" in page and Supervisee.objects.count() == 0


@pytest.mark.parametrize("name,content,message", [
    ("a.csv", b"", "文件是空的"),
    ("a.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "不是 Excel 工作簿"),
    ("a.csv", "姓名,性别,生日\r\n甲,男,1\r\n".encode(), "缺少列"),
    ("a.csv", ("姓名\r\n" + "甲\r\n" * 100_000).encode(), "行数据的上限"),
    ("a.doc", b"hello", "只能导入"),
])
def test_malformed_files_get_a_message_not_an_error(client, world, name, content, message):
    client.force_login(world["staff"])
    response = _upload(client, "supervisees", name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Job.objects.exists() and not any(job_files.root().iterdir())


def test_xlsx_upload_with_formula_cell(client, world):
    book = openpyxl.Workbook()
    book.active.append(HEADINGS)
    data = rows(2, world["a"].name)
    data[1][column("姓名")] = '=HYPERLINK("http://evil.example/","点我")'
    for r in data:
        book.active.append(r)
    out = io.BytesIO()
    book.save(out)
    client.force_login(world["staff"])
    response = _upload(client, "supervisees", "f.xlsx", out.getvalue())
    page = client.get(response["Location"]).content.decode()
    assert "第 3 行" in page and "公式" in page
    assert Supervisee.objects.count() == 0


def test_large_files_go_through_the_background_task(client, world, settings):
    settings.SPREADSHEET_INLINE_ROWS = 2  # the ImmediateBackend of the test settings runs the task inline
    client.force_login(world["staff"])
    response = _upload(client, "supervisees", "big.csv", files.write_csv(HEADINGS, rows(5, world["a"].name)))
    job_id = _job_id(response)
    job = Job.objects.get(pk=job_id)
    assert jobs.state(job) == jobs.PREVIEWED and job.done == 5 and job.result["counts"]["new"] == 5
    assert job.task_id  # the django-tasks result it ran as
    client.post(reverse("forms_app_sheets:confirm", args=[job_id]))
    assert jobs.state(Job.objects.get(pk=job_id)) == jobs.IMPORTED and Supervisee.objects.count() == 5


def test_running_job_page_polls(client, world):
    client.force_login(world["staff"])
    job = jobs.create(world["staff"], "supervisees", "a.csv", b"x", "utf-8", 10)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.RUNNING, done=3,
                                         lease_expires=timezone.now() + timedelta(minutes=1))
    page = client.get(reverse("forms_app_sheets:job", args=[job.pk])).content.decode()
    assert "正在检查" in page and 'value="30"' in page and "window.location.reload" in page
    assert jobs.upload_path(job).exists()


def test_an_interrupted_import_reads_as_failed_and_is_retried(client, world, settings):
    settings.SPREADSHEET_INLINE_ROWS = 2
    client.force_login(world["staff"])
    job_id = _job_id(_upload(client, "supervisees", "big.csv", files.write_csv(HEADINGS, rows(5, world["a"].name))))
    job = Job.objects.get(pk=job_id)
    # as a worker killed mid-import leaves it: 正在导入, its lease run out, nothing written (rolled back)
    Job.objects.filter(pk=job.pk).update(step=jobs.IMPORT, status=Job.Status.RUNNING, done=2, task_id="killed",
                                         lease_expires=timezone.now() - timedelta(seconds=1))
    page = client.get(reverse("forms_app_sheets:job", args=[job_id])).content.decode()
    assert "失败" in page and lease.INTERRUPTED in page and "重试" in page and "window.location.reload" not in page
    assert Supervisee.objects.count() == 0
    client.force_login(world["other_staff"])
    assert client.post(reverse("forms_app_sheets:retry", args=[job_id])).status_code == 404
    client.force_login(world["staff"])
    done = client.post(reverse("forms_app_sheets:retry", args=[job_id]), follow=True).content.decode()
    assert "导入完成" in done and Supervisee.objects.count() == 5
    # retrying a finished import does nothing
    client.post(reverse("forms_app_sheets:retry", args=[job_id]))
    assert Supervisee.objects.count() == 5 and jobs.state(Job.objects.get(pk=job_id)) == jobs.IMPORTED
