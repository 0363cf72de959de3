"""Publishing records versions: first publication is version 1, only 修订 add versions, drafts never do."""

import pytest
from django.utils import timezone
from wagtail import hooks

from policies.forms import CLEAN_HOOK
from versions.models import PolicyVersion
from versions.recording import version_on
from versions.tests.factories import day, make_policy, publish
from versions.tests.pairs import RULES, article, copy
from versions.wagtail_hooks import check_effective_date

pytestmark = pytest.mark.django_db


def test_first_publication_is_version_1_even_without_the_flag():
    page = publish(make_policy(RULES))
    (v,) = PolicyVersion.objects.filter(page=page)
    assert v.number == 1 and v.note == "首次发布"
    assert v.title == page.title and v.revision_id == page.live_revision_id
    assert [b["type"] for b in v.body] == [b["type"] for b in RULES]
    assert v.effective_date == timezone.localdate(v.published_at)


def test_marked_publication_becomes_next_version_and_the_flag_is_reset():
    page = publish(make_policy(RULES))
    new = copy(RULES)
    new.insert(5, article("委员会办公室应当建立社区矫正工作台账。"))
    page = publish(page, new, new_version=True, note="增加第五条", effective=day("2024-07-01"))
    v2 = PolicyVersion.objects.get(page=page, number=2)
    assert v2.note == "增加第五条" and v2.effective_date == day("2024-07-01")
    assert len(v2.body) == len(RULES) + 1
    page.refresh_from_db()
    assert page.version_is_new is False and page.version_note == "" and page.version_effective_date is None
    # The next edit starts from the latest revision: it must not carry the flag along.
    assert page.get_latest_revision_as_object().version_is_new is False


def test_editorial_fix_adds_no_version_and_old_version_url_content_is_stable():
    page = publish(make_policy(RULES))
    v1_body = PolicyVersion.objects.get(page=page, number=1).body
    fixed = copy(RULES)
    fixed[1]["value"]["paragraphs"][0]["text"] += "（勘误）"
    page = publish(page, fixed)  # flag off: an editorial fix
    assert PolicyVersion.objects.filter(page=page).count() == 1
    assert PolicyVersion.objects.get(page=page, number=1).body == v1_body


def test_a_draft_never_enters_the_history():
    page = publish(make_policy(RULES))
    draft = page.get_latest_revision_as_object()
    draft.version_is_new = True
    draft.version_note = "草稿中的修订"
    draft.save_revision()  # saved, not published
    assert PolicyVersion.objects.filter(page=page).count() == 1
    never_published = make_policy(RULES, slug="draft-only")
    never_published.save_revision()
    assert not PolicyVersion.objects.filter(page=never_published).exists()


def test_member_units_are_frozen_by_name():
    from policies.models import MemberUnit

    unit = MemberUnit.objects.create(name="镇司法所", slug="sifasuo")
    body = [{"type": "duty_list", "value": {"unit": unit.pk, "style": "cn_list", "item_style": "arabic_dot",
                                            "duties": ["主管全镇社区矫正工作。"]}}]
    page = publish(make_policy(body))
    unit.name = "镇司法所（已更名）"
    unit.save()
    v1 = PolicyVersion.objects.get(page=page, number=1)
    assert v1.body[0]["value"]["unit"] == "镇司法所"


def test_version_on_date_boundaries():
    page = publish(make_policy(RULES))
    v1 = PolicyVersion.objects.get(page=page, number=1)
    v1.effective_date = day("2022-03-30")
    v1.save()
    page = publish(page, copy(RULES)[:-1], new_version=True, note="删除", effective=day("2024-07-01"))
    assert version_on(page, day("2022-03-29")) is None
    assert version_on(page, day("2022-03-30")).number == 1
    assert version_on(page, day("2024-06-30")).number == 1
    assert version_on(page, day("2024-07-01")).number == 2
    assert version_on(page, day("2030-01-01")).number == 2


def test_effective_date_error_for_the_page_form():
    from versions.recording import effective_date_error

    page = publish(make_policy(RULES))
    PolicyVersion.objects.filter(page=page).update(effective_date=day("2024-07-01"))
    page.version_is_new = True
    page.version_effective_date = day("2024-06-30")
    assert effective_date_error(page) == "施行日期不能早于现行版本（第1版）的施行日期2024年7月1日。"
    page.version_effective_date = day("2024-07-01")
    assert effective_date_error(page) == ""
    page.version_is_new = False
    page.version_effective_date = day("2000-01-01")
    assert effective_date_error(page) == ""  # an editorial fix makes no version


def test_the_form_check_is_versions_hook_on_the_policy_form():
    """policies runs the checks registered under its CLEAN_HOOK and never imports versions: the 施行日期
    check reaches the policy page form only through versions' registration."""
    assert check_effective_date in hooks.get_hooks(CLEAN_HOOK)
