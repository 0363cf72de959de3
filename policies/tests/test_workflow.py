import re

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from home import roles
from home.tests.helpers import user_in
from policies.models import PolicyPage
from policies.tests.admin_forms import article_value, page_form

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module


def test_workflow_is_assigned_to_the_library(library):
    workflow = library.get_workflow()
    assert workflow is not None and workflow.name == "政策文件发布流程"
    tasks = [t.specific for t in workflow.tasks]
    assert [t.name for t in tasks] == ["审核", "签发"]
    assert [g.name for g in tasks[0].groups.all()] == [roles.OFFICE_STAFF]
    assert [g.name for g in tasks[1].groups.all()] == [roles.OFFICE_HEAD]


def test_editor_drafts_staff_reviews_head_signs_and_it_is_published(client, library):
    editor, staff, head = (user_in(roles.POLICY_EDITOR, "ed"), user_in(roles.OFFICE_STAFF, "st"),
                           user_in(roles.OFFICE_HEAD, "hd"))
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=["policies", "policypage", library.pk])
    data = page_form("新拟的工作规则", "new-rules", [("article", article_value("本规则自印发之日起施行。"))])
    # An editor may not publish: the publish action only saves a draft.
    response = client.post(add_url, {**data, "action-publish": "publish"})
    assert response.status_code == 302
    page = PolicyPage.objects.get(slug="new-rules")
    assert not page.live and client.get("/policies/new-rules/").status_code == 404
    # Submit for moderation (拟稿 → 审核).
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(edit_url, {**data, "action-submit": "submit"})
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert state.status == "in_progress" and state.current_task_state.task.name == "审核"

    def approve(user):
        client.force_login(user)
        state.refresh_from_db()
        url = reverse("wagtailadmin_pages:workflow_action",
                      args=[page.pk, "approve", state.current_task_state.pk])
        return client.post(url, {"comment": ""})

    # The editor cannot approve the review step.
    assert approve(editor).status_code in (302, 403)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "审核"
    approve(staff)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "签发"
    assert client.get("/policies/new-rules/").status_code == 404
    approve(head)
    state.refresh_from_db()
    assert state.status == "approved"
    page.refresh_from_db()
    assert page.live
    client.logout()
    html = client.get("/policies/new-rules/").content.decode()
    assert "第一条" in html and "本规则自印发之日起施行。" in html


def test_page_permissions_on_the_library(library):
    editor, head = user_in(roles.POLICY_EDITOR, "ed2"), user_in(roles.OFFICE_HEAD, "hd2")
    assert library.permissions_for_user(editor).can_add_subpage()
    assert not library.permissions_for_user(editor).can_publish_subpage()
    assert library.permissions_for_user(head).can_publish_subpage()


def test_inserting_an_article_in_the_admin_renumbers_the_rest(client, rules, django_user_model):
    admin = django_user_model.objects.create_superuser("root", password="pw-12345678")
    client.force_login(admin)
    blocks = [("heading", {"level": "chapter", "style": "cn_list", "title": "机构设置"}),
              ("article", article_value("新插入的第一条。")),
              ("article", article_value("为确保社区矫正工作依法顺利开展，制定本规则。")),
              ("article", article_value("矫委会设主任一人。")),
              ("heading", {"level": "chapter", "style": "cn_list", "title": "职责任务"}),
              ("article", article_value("司法所主管全镇社区矫正工作。"))]
    data = page_form(rules.title, rules.slug, blocks, doc_number="示府发〔2023〕7号")
    response = client.post(reverse("wagtailadmin_pages:edit", args=[rules.pk]), {**data, "action-publish": "publish"})
    assert response.status_code == 302, response.content.decode()[:3000]
    client.logout()
    html = client.get(rules.url).content.decode()
    pairs = re.findall(r'<strong class="pol-article-label">(.*?)</strong>　(.*?)</p>', html)
    assert pairs == [("第一条", "新插入的第一条。"), ("第二条", "为确保社区矫正工作依法顺利开展，制定本规则。"),
                     ("第三条", "矫委会设主任一人。"), ("第四条", "司法所主管全镇社区矫正工作。")]


def publish_with_doc_number(client, rules, admin, doc_number):
    """An administrator publishes the rules with this 文号 typed in; the edit view's response."""
    client.force_login(admin)
    data = page_form(rules.title, rules.slug, [("article", article_value("正文。"))], doc_number=doc_number)
    return client.post(reverse("wagtailadmin_pages:edit", args=[rules.pk]), {**data, "action-publish": "publish"})


def test_bad_doc_number_is_a_chinese_form_error(client, rules, django_user_model):
    admin = django_user_model.objects.create_superuser("root2", password="pw-12345678")
    response = publish_with_doc_number(client, rules, admin, "回府发〔2023〕0104号")
    assert response.status_code == 200
    assert "文号格式不正确" in response.content.decode()
    rules.refresh_from_db()
    assert rules.doc_number == "示府发〔2023〕7号"


def test_admin_editor_forms_render_with_the_version_panel(client, rules):
    editor = user_in(roles.POLICY_EDITOR, "ed3")
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[rules.pk])).content.decode()
    for label in ["元数据", "版本", "作为新版本（修订）发布", "修订说明", "施行日期", "文号", "公开属性",
                  "自动编号", "第四条 司法所主管全镇社区矫正工作。"]:
        assert label in html, label
    library = rules.get_parent()
    add = client.get(reverse("wagtailadmin_pages:add", args=["policies", "policypage", library.pk]))
    assert add.status_code == 200
    assert client.get(reverse("wagtailsnippets_policies_memberunit:list")).status_code == 200


def test_typed_doc_number_brackets_are_normalised(client, rules, django_user_model):
    admin = django_user_model.objects.create_superuser("root3", password="pw-12345678")
    response = publish_with_doc_number(client, rules, admin, "示府发[2024] 12 号")
    assert response.status_code == 302
    rules.refresh_from_db()
    assert rules.doc_number == "示府发〔2024〕12号"
