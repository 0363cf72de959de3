"""恢复 (revert to an earlier revision) in every workflow state, through the admin as a browser posts it:
the state, number, dates and who acted never move; a draft takes back the earlier content; a record past
草稿 is refused with a Chinese reason and keeps its content; the 协通字 series keeps no gap."""

from datetime import date

import pytest
from django.apps import apps
from django.urls import NoReverseMatch, reverse
from wagtail.models import RevisionMixin

from forms_app import notice_workflow as workflow
from forms_app.models import AssistanceNotice, NoticeCounter, Registration
from forms_app.models.revisions import WorkflowRevisionMixin

from . import factories as f
from .formdata import browser_data
from .test_workflow import notice_post, registration_post, url

pytestmark = pytest.mark.django_db

DRAFT, APPROVED, ISSUED, RETURNED = STATES = (
    AssistanceNotice.DRAFT, AssistanceNotice.APPROVED, AssistanceNotice.ISSUED, AssistanceNotice.RETURNED)
REFUSED = "不能恢复到早期版本"


def workflow_state(obj):
    """The protected fields as the database holds them now."""
    fresh = type(obj).objects.get(pk=obj.pk)
    return {name: getattr(fresh, name) for name in type(obj).workflow_attnames()}


def admin_edit(client, model, obj, **changes):
    """Post the edit page back as the browser would, with `changes` typed in."""
    edit = url(model, "edit", obj.pk)
    data = browser_data(client.get(edit).content.decode(), edit)
    data.update(changes)
    response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:3000]


def notice_in(client, w, state):
    """A notice taken to `state`: written and edited in the admin, then approved, issued and answered, with
    a revision saved in each state on the way (as older records and the access-matrix world have)."""
    person = f.supervisee(w["a"])
    client.force_login(w["staff"])
    response = client.post(url("assistancenotice", "add"),
                           dict(notice_post(person, items=("调查评估",)), contact_person="联系人甲"))
    assert response.status_code == 302
    notice = AssistanceNotice.objects.get(supervisee=person)
    admin_edit(client, "assistancenotice", notice, contact_person="联系人乙", **{
        "items-TOTAL_FORMS": "2", "items-1-kind": "报告重要情况", "items-1-text": "", "items-1-ORDER": "2",
        "items-1-id": "", "items-1-DELETE": ""})
    steps = [
        (APPROVED, lambda: workflow.approve(w["head"], notice)),
        (ISSUED, lambda: workflow.issue(w["staff"], notice)),
        (RETURNED, lambda: workflow.submit_registration(w["va"], Registration.objects.create(
            notice=notice, filled_by_name="示例填表人", fill_date=date.today()))),
    ]
    for reached, step in steps:
        if STATES.index(reached) > STATES.index(state):
            break
        step()
        notice.refresh_from_db()
        notice.save_revision(user=w["staff"])
    assert notice.status == state
    return notice


def revert(client, model, obj, revision):
    """Open the revert page for `revision` and press its button; returns (page, response after redirect)."""
    address = url(model, "revisions_revert", obj.pk, revision.pk)
    page = client.get(address)
    assert page.status_code == 200
    response = client.post(address, browser_data(page.content.decode(), address), follow=True)
    assert response.status_code == 200 and response.redirect_chain, "the revert page came back (form errors)"
    landed = response.redirect_chain[-1][0]
    refused = getattr(obj, "revert_refusal")()
    assert landed == (url(model, "history", obj.pk) if refused else url(model, "list"))
    return page.content.decode(), response.content.decode()


@pytest.mark.parametrize("state", STATES)
def test_notice_revert_in_every_state(client, state):
    w = f.world()
    notice = notice_in(client, w, state)
    before = workflow_state(notice)
    revisions = list(notice.revisions.order_by("created_at", "id"))
    assert len(revisions) == 2 + STATES.index(state)
    client.force_login(w["staff"])
    for revision in revisions:
        page, after = revert(client, "assistancenotice", notice, revision)
        assert workflow_state(notice) == before, f"revert to revision {revision.pk} moved the workflow"
        current = AssistanceNotice.objects.get(pk=notice.pk)
        if state == DRAFT:
            assert current.contact_person == revision.content["contact_person"]
            assert current.items.count() == len(revision.content["items"])
            assert REFUSED not in after
        else:
            assert REFUSED in page and REFUSED in after and f"当前为“{state}”" in after
            assert current.contact_person == "联系人乙" and current.items.count() == 2
    if state != DRAFT:
        assert notice.revisions.count() == len(revisions)  # nothing was saved


@pytest.mark.parametrize("state", [Registration.DRAFT, Registration.SUBMITTED])
def test_registration_revert_in_every_state(client, state):
    w = f.world()
    notice = workflow.issue(w["staff"], workflow.approve(w["head"], f.notice(f.supervisee(w["a"]))))
    client.force_login(w["va"])
    assert client.post(url("registration", "add"), registration_post(notice)).status_code == 302
    reg = Registration.objects.get(notice=notice)
    admin_edit(client, "registration", reg, education="高中", remarks="第二稿")
    if state == Registration.SUBMITTED:
        workflow.submit_registration(w["va"], reg)
        reg.refresh_from_db()
        reg.save_revision(user=w["va"])
    before, notice_before = workflow_state(reg), workflow_state(notice)
    revisions = list(reg.revisions.order_by("created_at", "id"))
    for revision in revisions:
        page, after = revert(client, "registration", reg, revision)
        assert workflow_state(reg) == before, f"revert to revision {revision.pk} moved the 登记表"
        assert workflow_state(notice) == notice_before  # a submitted 登记表 never reopens: the notice stays 已回执
        current = Registration.objects.get(pk=reg.pk)
        if state == Registration.DRAFT:
            assert current.education == revision.content["education"]
            assert current.family_members.count() == 1
        else:
            assert REFUSED in page and REFUSED in after
            assert current.education == "高中" and current.remarks == "第二稿"
    assert Registration.objects.get(pk=reg.pk).status == state


def test_reverting_issued_notices_leaves_no_gap_in_the_series(client):
    w = f.world()
    first, second = notice_in(client, w, ISSUED), notice_in(client, w, RETURNED)
    assert (first.serial, second.serial) == (1, 2)
    client.force_login(w["staff"])
    for notice in (first, second):
        for revision in notice.revisions.all():
            revert(client, "assistancenotice", notice, revision)
    third = notice_in(client, w, ISSUED)
    year = date.today().year
    assert sorted(AssistanceNotice.objects.values_list("serial", flat=True)) == [1, 2, 3]
    assert third.number == f"（{year}）协通字第3号"
    assert NoticeCounter.objects.get(office=w["office"], year=year).last == 3
    assert AssistanceNotice.objects.get(pk=first.pk).number == f"（{year}）协通字第1号"


def test_an_earlier_revision_comes_back_with_the_current_state(client):
    """Revision.as_object() feeds the revert form and the compare page: the snapshot's content, today's state."""
    w = f.world()
    notice = notice_in(client, w, RETURNED)
    earliest = notice.revisions.order_by("created_at", "id").first()
    assert earliest.content["status"] == DRAFT and earliest.content["serial"] is None
    old = earliest.as_object()
    current = AssistanceNotice.objects.get(pk=notice.pk)
    assert old.contact_person == "联系人甲"
    assert (old.status, old.number, old.issued_on, old.returned_at, old.approved_by, old.stub) == (
        current.status, current.number, current.issued_on, current.returned_at, current.approved_by, current.stub)


def test_a_form_loaded_before_the_issue_cannot_put_the_notice_back():
    """The race behind the same bug: an edit page opened on the draft, saved after the notice was issued."""
    w = f.world()
    notice = f.notice(f.supervisee(w["a"]))
    stale = AssistanceNotice.objects.get(pk=notice.pk)
    issued = workflow.issue(w["staff"], workflow.approve(w["head"], notice))
    stale.contact_person = "迟到的修改"
    stale.save()
    assert workflow_state(notice) == workflow_state(issued)
    assert AssistanceNotice.objects.get(pk=notice.pk).number == issued.number != ""


def test_compare_shows_no_more_than_the_edit_page(client):
    w = f.world()
    notice = notice_in(client, w, RETURNED)
    id_number = notice.supervisee.id_number
    client.force_login(w["staff"])
    compare = url("assistancenotice", "revisions_compare", notice.pk, "earliest", "latest")
    body = client.get(compare).content.decode()
    assert "联系人甲" in body and "联系人乙" in body  # the content difference is what it shows
    assert id_number not in body and id_number not in client.get(url("assistancenotice", "edit", notice.pk)).content.decode()
    assert "存根" not in body
    # No revision preview: these records are not previewable, so Wagtail registers no such view.
    with pytest.raises(NoReverseMatch):
        url("assistancenotice", "revisions_view", notice.pk, notice.latest_revision_id)
    # Who may not edit may not compare either.
    reg = Registration.objects.get(notice=notice)
    reg.save_revision(user=w["va"])
    home = reverse("wagtailadmin_home")
    assert client.get(url("registration", "revisions_compare", reg.pk, "earliest", "latest"))["Location"] == home
    client.force_login(w["va"])
    assert client.get(compare)["Location"] == home
    assert client.get(url("assistancenotice", "edit", notice.pk))["Location"] == home


def test_every_revisioned_record_names_its_workflow_fields():
    """A model that gains revisions without naming its protected fields would bring the bug back."""
    revisioned = [m for m in apps.get_app_config("forms_app").get_models() if issubclass(m, RevisionMixin)]
    assert sorted(m.__name__ for m in revisioned) == ["AssistanceNotice", "Registration"]
    for model in revisioned:
        assert issubclass(model, WorkflowRevisionMixin) and "status" in model.WORKFLOW_FIELDS
        for name in model.WORKFLOW_FIELDS:
            model._meta.get_field(name)  # raises for a misspelt name
    # Supervisees and assistants keep no revisions: no revert view to guard.
    for model in ("supervisee", "assistant"):
        with pytest.raises(NoReverseMatch):
            url(model, "revisions_revert", 1, 1)
