"""The admin's revision comparison of a policy body is character-level and content-aligned."""

import pytest
from django.contrib.auth import get_user_model

from versions.tests.factories import make_policy, publish
from versions.tests.pairs import RULES, article, copy

pytestmark = pytest.mark.django_db


def test_admin_revision_compare_shows_one_character_and_one_inserted_article(client):
    page = publish(make_policy(RULES))
    first = page.live_revision_id
    new = copy(RULES)
    new[3]["value"]["paragraphs"][0]["text"] = new[3]["value"]["paragraphs"][0]["text"].replace("3名", "4名")
    new.insert(5, article("委员会办公室应当建立社区矫正工作台账。"))
    page = publish(page, new)
    admin = get_user_model().objects.create_superuser("boss", password="x-pass-2026")
    client.force_login(admin)
    response = client.get(f"/admin/pages/{page.pk}/revisions/compare/{first}...{page.live_revision_id}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<del class="diff-del deletion"><span class="w-sr-only">删除：</span>3</del>' in html
    assert '<ins class="diff-ins addition"><span class="w-sr-only">新增：</span>4</ins>' in html
    assert "【新增】第五条" in html
    assert "另有 5 处仅序号变化：第五条→第六条、第六条→第七条" in html
    # Unchanged articles are not repeated, and no clause is shown as wholly deleted.
    assert "依法设立密云镇社区矫正委员会" not in html
