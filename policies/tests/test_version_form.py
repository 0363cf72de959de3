"""The admin edit form refuses a 修订 whose 施行日期 is before the version it amends."""

from datetime import date

import pytest
from django.urls import reverse

from policies.tests.admin_forms import article_value, page_form
from versions.models import PolicyVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root-v", password="pw-12345678"))
    return client


def post_amendment(client, page, effective, action="action-publish"):
    data = page_form(page.title, page.slug, [("article", article_value("修订后的条文。"))],
                     doc_number="示府发〔2023〕7号", version_is_new="on", version_note="修改第一条",
                     version_effective_date=effective)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {**data, action: "publish"})


def test_amendment_before_the_current_version_is_refused_with_a_chinese_field_error(admin_client, rules):
    PolicyVersion.objects.filter(page_id=rules.pk).update(effective_date=date(2024, 7, 1))
    revisions = rules.revisions.count()

    response = post_amendment(admin_client, rules, "2024-06-30")

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["version_effective_date"] == ["施行日期不能早于现行版本（第1版）的施行日期2024年7月1日。"]
    assert "施行日期不能早于现行版本" in response.content.decode()
    assert PolicyVersion.objects.filter(page_id=rules.pk).count() == 1
    assert rules.revisions.count() == revisions  # nothing written, not even a draft


def test_draft_save_is_checked_too(admin_client, rules):
    PolicyVersion.objects.filter(page_id=rules.pk).update(effective_date=date(2024, 7, 1))
    response = post_amendment(admin_client, rules, "2023-01-01", action="action-draft")
    assert response.status_code == 200
    assert "version_effective_date" in response.context["form"].errors


def test_amendment_on_or_after_the_current_version_publishes_version_2(admin_client, rules):
    PolicyVersion.objects.filter(page_id=rules.pk).update(effective_date=date(2024, 7, 1))

    response = post_amendment(admin_client, rules, "2024-07-01")

    assert response.status_code == 302
    v2 = PolicyVersion.objects.get(page_id=rules.pk, number=2)
    assert v2.effective_date == date(2024, 7, 1) and v2.note == "修改第一条"


def test_an_editorial_fix_ignores_the_effective_date(admin_client, rules):
    PolicyVersion.objects.filter(page_id=rules.pk).update(effective_date=date(2024, 7, 1))
    data = page_form(rules.title, rules.slug, [("article", article_value("勘误后的条文。"))],
                     doc_number="示府发〔2023〕7号", version_effective_date="2020-01-01")
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[rules.pk]), {**data, "action-publish": "publish"})
    assert response.status_code == 302
    assert PolicyVersion.objects.filter(page_id=rules.pk).count() == 1
