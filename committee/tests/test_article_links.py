"""“本条对应：…” on the published 工作规则 and 办公室工作细则: the committee office sees which admin listing
does each article's work; anonymous readers, village users, the policy editor and 联络员 see nothing new."""

import os
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import Client

WORK_RULES = "/policies/huifufa-2023-104/work-rules/"
OFFICE_RULES = "/policies/huifufa-2023-104/office-rules/"
OTHER_TOWN = "/policies/miyun-work-rules/"


@pytest.fixture(scope="module")
def demo_users(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", "--quiet-logins", stdout=open(os.devnull, "w"))
        yield {u.username: u for u in get_user_model().objects.all()}
        transaction.set_rollback(True)


def get(users, username, url):
    client = Client()
    if username:
        client.force_login(users[username])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def notes(html):
    """[(article label, anchor, link text, admin url)] of the 工作人员提示."""
    return re.findall(r'<li><a href="#(art-\d+)">(第.+?条)</a>　本条对应：<a href="([^"]+)">([^<]+)</a></li>', html)


@pytest.mark.django_db
def test_office_sees_each_implemented_article_with_its_listing(demo_users):
    html = get(demo_users, "staff", WORK_RULES)
    assert notes(html) == [
        ("art-7", "第七条", "/admin/snippets/committee/meeting/", "会议管理"),
        ("art-8", "第八条", "/admin/snippets/committee/meeting/", "会议管理（议题）"),
        ("art-10", "第十条", "/admin/snippets/committee/meeting/", "会议管理（会议材料）"),
        ("art-13", "第十三条", "/admin/snippets/committee/minutes/", "会议纪要"),
        ("art-16", "第十六条", "/admin/snippets/committee/supervisionitem/", "督办事项"),
        ("art-17", "第十七条", "/admin/snippets/committee/annualround/", "成员单位年度履职报告"),
        ("art-18", "第十八条", "/admin/snippets/committee/appointment/", "组成人员"),
    ]
    for anchor, *_rest in notes(html):
        assert f'id="{anchor}"' in html  # the article the note points at is on the page
    # outside the body, which is the same for every reader
    assert html.index("pol-staff-notes") < html.index('class="pol-body"')
    assert notes(get(demo_users, "director", OFFICE_RULES)) == [
        ("art-4", "第四条", "/admin/snippets/committee/yearlypaper/", "年度工作要点与总结")]


@pytest.mark.django_db
@pytest.mark.parametrize("username", [None, "village_a", "editor", "liaison"])
def test_nobody_else_sees_a_note(demo_users, username):
    for url in (WORK_RULES, OFFICE_RULES):
        html = get(demo_users, username, url)
        assert "本条对应" not in html and "pol-staff-notes" not in html and "工作人员提示" not in html


@pytest.mark.django_db
def test_another_towns_rules_get_no_note(demo_users):
    """密云镇's 工作规则 is published on the same site; this committee does not work by it."""
    assert "本条对应" not in get(demo_users, "staff", OTHER_TOWN)
