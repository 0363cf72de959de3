"""批准/发出/填写登记表/提交/打印 where people look: the listing row's menu, the edit page's header and the
view page, each only for who may do it in that state."""

from datetime import date

import pytest
from django.urls import reverse

from forms_app.models import Registration

from . import factories as f

pytestmark = pytest.mark.django_db

NOTICE = "wagtailsnippets_forms_app_assistancenotice"
REG = "wagtailsnippets_forms_app_registration"


def action_url(notice, name):
    return reverse("forms_app_notice_action", args=[notice.pk, name])


def pages(client, user, notice):
    client.force_login(user)
    return {name: client.get(url).content.decode() for name, url in (
        ("list", reverse(f"{NOTICE}:list")),
        ("edit", reverse(f"{NOTICE}:edit", args=[notice.pk])),
        ("inspect", reverse(f"{NOTICE}:inspect", args=[notice.pk])))}


def test_approve_is_offered_to_the_head_only_on_a_draft(client):
    w = f.world()
    draft = f.notice(f.supervisee(w["a"]))
    for where, body in pages(client, w["head"], draft).items():
        assert action_url(draft, "approve") in body, where
        assert action_url(draft, "issue") not in body, where
    for where, body in pages(client, w["staff"], draft).items():
        assert action_url(draft, "approve") not in body, where


def test_issue_is_offered_on_an_approved_notice_and_print_on_its_pages(client):
    w = f.world()
    approved = f.notice(f.supervisee(w["a"]), status="已批准")
    printed = reverse("printing:notice", args=[approved.pk])
    for where, body in pages(client, w["staff"], approved).items():
        assert action_url(approved, "issue") in body and action_url(approved, "approve") not in body, where
        assert printed in body, where


def test_fill_registration_is_offered_to_the_notices_committee_until_one_exists(client):
    w = f.world()
    sent = f.notice(f.supervisee(w["b"], name="示例乙待填"), status="已发出", issued_on=date.today())
    add = f'{reverse(f"{REG}:add")}?notice={sent.pk}'
    client.force_login(w["vb"])
    for url in (reverse(f"{NOTICE}:list"), reverse(f"{NOTICE}:inspect", args=[sent.pk])):
        assert add in client.get(url).content.decode(), url
    client.force_login(w["staff"])
    assert add not in client.get(reverse(f"{NOTICE}:inspect", args=[sent.pk])).content.decode()
    reg = Registration.objects.create(notice=sent, filled_by_name="示例填表人", fill_date=date.today())
    client.force_login(w["vb"])
    assert add not in client.get(reverse(f"{NOTICE}:list")).content.decode()
    submit = reverse("forms_app_registration_submit", args=[reg.pk])
    for url in (reverse(f"{REG}:list"), reverse(f"{REG}:edit", args=[reg.pk]),
                reverse(f"{REG}:inspect", args=[reg.pk])):
        assert submit in client.get(url).content.decode(), url
    client.force_login(w["head"])
    assert submit not in client.get(reverse(f"{REG}:inspect", args=[reg.pk])).content.decode()


def test_registration_form_starts_on_the_notice_it_was_opened_for(client):
    w = f.world()
    mine = f.notice(f.supervisee(w["b"], name="示例乙待填"), status="已发出", issued_on=date.today())
    theirs = f.notice(f.supervisee(w["a"], name="示例甲待填"), status="已发出", issued_on=date.today())
    client.force_login(w["vb"])
    add = reverse(f"{REG}:add")
    form = client.get(f"{add}?notice={mine.pk}").context["form"]
    assert form["notice"].value() == mine.pk
    # another committee's notice, or nonsense, leaves the field empty (and the page answers normally)
    for bad in (theirs.pk, "x", "99999"):
        response = client.get(f"{add}?notice={bad}")
        assert response.status_code == 200 and not response.context["form"]["notice"].value()
