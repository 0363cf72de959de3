"""A 纪要 (or a 要点/总结) edited while someone takes a workflow step on it: the edit form saves the whole row,
so the save re-checks under the row lock, refuses a paper that is no longer a 草稿 and never writes the
workflow fields (status, who/when of each step, a return's reason) from the stale form.

The interleaving: the office's edit request has read the row (a 草稿) and is validating its form when the
director's (or leader's) request lands; the office's save comes second, from a stale form."""

import pytest
from django.test import Client
from django.urls import reverse

from committee import factories as f
from committee import paper_workflow
from committee.models import Minutes, YearlyPaper
from committee.tests.test_papers import paper, site_committee  # noqa: F401 (the papers' committee is the site's)
from home import roles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_committee")]


@pytest.fixture
def people():
    return {"staff": f.user("staff1", roles.OFFICE_STAFF), "director": f.user("director1", roles.COMMITTEE_OFFICE_DIRECTOR),
            "leader": f.user("leader1", roles.COMMITTEE_LEADER)}


def client_for(user):
    c = Client()
    c.force_login(user)
    return c


def meanwhile(monkeypatch, model, *requests):
    """While the office's save is being validated (its row already read), run `requests` (client, url,
    data) once — the other people's steps landing between the office's read and its write."""
    original = model.clean
    pending = list(requests)

    def clean(self):
        original(self)
        while pending:
            c, url, data = pending.pop(0)
            assert c.post(url, data).status_code == 302, url

    monkeypatch.setattr(model, "clean", clean)


def minutes_form(m, body):
    return {"meeting": m.meeting_id, "issue_no": m.issue_no, "body": body, "distributions-TOTAL_FORMS": "0",
            "distributions-INITIAL_FORMS": "0", "distributions-MIN_NUM_FORMS": "0",
            "distributions-MAX_NUM_FORMS": "1000"}


def edit_url(obj):
    return reverse(type(obj).snippet_viewset.get_url_name("edit"), args=[obj.pk])


def step(obj, action):
    name = "committee_minutes_action" if isinstance(obj, Minutes) else "committee_paper_action"
    return reverse(name, args=[obj.pk, action])


def test_minutes_reviewed_while_the_office_saves_is_refused_not_written_back(people, monkeypatch):
    m = f.minutes()
    office, director = client_for(people["staff"]), client_for(people["director"])
    assert office.get(edit_url(m)).status_code == 200
    meanwhile(monkeypatch, Minutes, (director, step(m, "review"), {}))
    response = office.post(edit_url(m), minutes_form(m, "改过的正文。"))
    assert response.status_code == 200
    assert "会议纪要已不是草稿（当前：已审核），不能再修改；如需修改，请由办公室主任退回。" in response.content.decode()
    m.refresh_from_db()
    assert (m.status, m.reviewed_by, m.body) == ("已审核", people["director"], "议定事项一。\n议定事项二。")


def test_minutes_signed_before_a_stale_form_is_posted_is_refused(people):
    m = f.minutes()
    office = client_for(people["staff"])
    assert office.get(edit_url(m)).status_code == 200  # the office opens the form …
    assert client_for(people["director"]).post(step(m, "review")).status_code == 302  # … the 纪要 moves on
    assert client_for(people["leader"]).post(step(m, "sign")).status_code == 302
    response = office.post(edit_url(m), minutes_form(m, "改过的正文。"))  # … the office saves the old form
    assert response.status_code == 200 and "不能再修改" in response.content.decode()
    m.refresh_from_db()
    assert (m.status, m.signed_by, m.body) == ("已签发", people["leader"], "议定事项一。\n议定事项二。")


def test_minutes_reviewed_and_returned_meanwhile_saves_the_text_keeps_the_workflow_fields(people, monkeypatch):
    m = f.minutes(drafted_by=people["staff"])
    office, director = client_for(people["staff"]), client_for(people["director"])
    meanwhile(monkeypatch, Minutes, (director, step(m, "review"), {}), (director, step(m, "return"), {}))
    response = office.post(edit_url(m), minutes_form(m, "改过的正文。"))
    assert response.status_code == 302
    m.refresh_from_db()
    assert (m.status, m.body, m.drafted_by, m.reviewed_by) == ("草稿", "改过的正文。", people["staff"],
                                                               people["director"])
    assert m.reviewed_at is not None


def paper_form(p, preamble):
    data = {"kind": p.kind, "year": p.year, "preamble": preamble, "sections-TOTAL_FORMS": "2",
            "sections-INITIAL_FORMS": "2", "sections-MIN_NUM_FORMS": "1", "sections-MAX_NUM_FORMS": "1000"}
    for i, s in enumerate(p.sections.all()):
        data |= {f"sections-{i}-id": s.pk, f"sections-{i}-heading": s.heading, f"sections-{i}-body": s.body,
                 f"sections-{i}-ORDER": str(i + 1)}
    return data


def test_paper_submitted_and_returned_meanwhile_keeps_the_return_reason(people, monkeypatch):
    p = paper()
    office, director = client_for(people["staff"]), client_for(people["director"])
    other_office = client_for(f.user("staff2", roles.OFFICE_STAFF))
    meanwhile(monkeypatch, YearlyPaper, (other_office, step(p, "submit"), {}),
              (director, step(p, "return"), {"reason": "请补充督办事项"}))
    response = office.post(edit_url(p), paper_form(p, "改过的导语"))
    assert response.status_code == 302
    p.refresh_from_db()
    assert (p.status, p.preamble, p.return_reason) == ("草稿", "改过的导语", "请补充督办事项")


def test_paper_reviewed_while_the_office_saves_is_refused(people, monkeypatch):
    p = paper_workflow.act(people["staff"], paper(), "submit")
    paper_workflow.act(people["director"], p, "return", "请补充")
    office, director = client_for(people["staff"]), client_for(people["director"])
    meanwhile(monkeypatch, YearlyPaper, (office, step(p, "submit"), {}), (director, step(p, "review"), {}))
    response = office.post(edit_url(p), paper_form(p, "改过的导语"))
    assert "文稿已不是草稿（当前：待审定），不能再修改" in response.content.decode()
    p.refresh_from_db()
    assert (p.status, p.preamble, p.reviewed_by) == ("待审定", "导语一段。", people["director"])
