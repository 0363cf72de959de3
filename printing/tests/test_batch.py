"""Selected notices → one PDF through the admin bulk action, a background task and a progress page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forms_app.models import AssistanceNotice, AuditEntry
from printing import jobs
from jobs import lease
from jobs.models import Job
from pdf.testing import plain_text, reader

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_module")]  # the demo loaded once


def bulk_url(ids):
    base = reverse("wagtail_bulk_action", args=("forms_app", "assistancenotice", "print"))
    return base + "?" + "&".join(f"id={i}" for i in ids)


def test_staff_batch_prints_selected_notices_with_progress(client, users):
    notices = list(AssistanceNotice.objects.exclude(status="草稿").order_by("pk")[:3])
    client.force_login(users["staff"])
    confirm = client.get(bulk_url([n.pk for n in notices]))
    assert confirm.status_code == 200 and "生成 PDF" in confirm.content.decode()
    response = client.post(bulk_url([n.pk for n in notices]))
    assert response.status_code == 302
    status_url = response["Location"]
    page = client.get(status_url)
    assert page.status_code == 200 and "批量打印通知单" in page.content.decode()
    state = client.get(status_url + "?format=json").json()
    # tests run tasks immediately (ImmediateBackend); the worker does the same in production
    assert state["status"] == "done" and state["done"] == state["total"] == 3 and state["percent"] == 100
    pdf = client.get(state["download_url"])
    assert pdf.status_code == 200
    data = b"".join(pdf.streaming_content)
    assert len(reader(data).pages) == 6
    text = plain_text(data)
    assert all(n.supervisee.name in text for n in notices)
    assert AuditEntry.objects.filter(action="print", username="staff").count() == 3


def test_village_user_batch_drops_other_committee_and_unsent_notices(client, users):
    from forms_app.scope import SENT_STATUSES

    ours = [n for n in AssistanceNotice.objects.select_related("village_committee", "supervisee")
            if "甲" in n.village_committee.name and not n.supervisee.is_minor]
    mine = [n for n in ours if n.status in SENT_STATUSES]
    assert mine and len(mine) < len(ours)  # the demo has sent and unsent notices for 甲
    theirs = [n for n in AssistanceNotice.objects.select_related("village_committee") if "乙" in n.village_committee.name]
    client.force_login(users["village_a"])
    response = client.post(bulk_url([n.pk for n in ours + theirs]))
    state = client.get(response["Location"] + "?format=json").json()
    assert state["total"] == len(mine)
    data = b"".join(client.get(state["download_url"]).streaming_content)
    text = plain_text(data)
    assert all(n.supervisee.name not in text for n in theirs)


def test_a_job_is_visible_only_to_its_owner(client, users):
    client.force_login(users["staff"])
    response = client.post(bulk_url([AssistanceNotice.objects.exclude(status="草稿").first().pk]))
    status_url = response["Location"]
    client.force_login(users["head"])
    assert client.get(status_url).status_code == 404
    job_id = status_url.rstrip("/").split("/")[-1]
    assert client.get(reverse("printing:job_download", args=[job_id])).status_code == 404


def test_an_abandoned_job_reads_as_failed_and_is_retried(client, users):
    client.force_login(users["staff"])
    notices = list(AssistanceNotice.objects.exclude(status="草稿").order_by("pk")[:2])
    job = jobs.create(users["staff"], [n.pk for n in notices])
    # as a worker killed mid-way leaves it: 正在生成, half done, its lease run out, no PDF
    Job.objects.filter(pk=job.pk).update(status=Job.Status.RUNNING, done=1, task_id="dead-worker",
                                         lease_expires=timezone.now() - timedelta(seconds=1))
    status_url = reverse("printing:job_status", args=[job.pk])
    state = client.get(status_url + "?format=json").json()
    assert state["status"] == "failed" and state["error"] == lease.INTERRUPTED and state["download_url"] == ""
    assert client.get(reverse("printing:job_download", args=[job.pk])).status_code == 404
    page = client.get(status_url).content.decode()
    assert "后台进程中断" in page and "重试" in page and state["retry_url"] in page
    # 重试 with a GET does nothing; another user's POST finds no job
    assert client.get(state["retry_url"]).status_code == 405
    client.force_login(users["head"])
    assert client.post(state["retry_url"]).status_code == 404
    client.force_login(users["staff"])
    assert client.post(state["retry_url"])["Location"] == status_url
    state = client.get(status_url + "?format=json").json()
    assert state["status"] == "done" and state["done"] == state["total"] == 2 and state["error"] == ""
    data = b"".join(client.get(state["download_url"]).streaming_content)
    assert len(reader(data).pages) == 4
    # a finished job is not run again
    finished = Job.objects.get(pk=job.pk)
    assert client.post(reverse("printing:job_retry", args=[job.pk])).status_code == 302
    again = Job.objects.get(pk=job.pk)
    assert (again.status, again.task_id, again.finished_at) == ("done", finished.task_id, finished.finished_at)


def test_listing_has_print_buttons(client, users):
    client.force_login(users["staff"])
    notice = AssistanceNotice.objects.first()
    listing = client.get(reverse("wagtailsnippets_forms_app_assistancenotice:list")).content.decode()
    assert reverse("printing:notice", args=[notice.pk]) in listing
    edit = client.get(reverse("wagtailsnippets_forms_app_assistancenotice:edit", args=[notice.pk])).content.decode()
    assert reverse("printing:notice", args=[notice.pk]) in edit


def test_batch_with_a_draft_is_refused_and_builds_nothing(client, users):
    draft = AssistanceNotice.objects.select_related("supervisee").get(status="草稿")
    sent = list(AssistanceNotice.objects.filter(status="已发出").order_by("pk")[:2])
    ids = [n.pk for n in sent] + [draft.pk]
    client.force_login(users["staff"])
    confirm = client.get(bulk_url(ids)).content.decode()
    assert "有 1 份草稿" in confirm and draft.supervisee.name in confirm and "生成 PDF" not in confirm
    response = client.post(bulk_url(ids))  # as a forged form would: the same refusal, no job
    assert response.status_code == 200 and "不能批量打印" in response.content.decode()
    assert not Job.objects.exists()
    assert not AuditEntry.objects.filter(action="print").exists()
    # without the draft the same selection prints
    response = client.post(bulk_url([n.pk for n in sent]))
    assert response.status_code == 302
    assert client.get(response["Location"] + "?format=json").json()["status"] == "done"
