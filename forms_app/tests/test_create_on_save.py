"""A notice or registration exists only once its user presses 保存: the add forms run without Wagtail's
autosave (which created the record in the background, and a 保存 pressed meanwhile made a second one);
the edit forms keep it."""

import pytest

from . import factories as f
from .test_workflow import url

pytestmark = pytest.mark.django_db

AUTOSAVE = "data-w-autosave-interval-value"  # set by Wagtail's form template only when autosave is on


@pytest.mark.parametrize("model", ["assistancenotice", "registration"])
def test_add_forms_do_not_autosave(client, model):
    w = f.world()
    client.force_login(w["staff"] if model == "assistancenotice" else w["va"])
    response = client.get(url(model, "add"))
    assert response.status_code == 200
    assert AUTOSAVE not in response.content.decode()


def test_the_edit_form_still_autosaves(client):
    w = f.world()
    notice = f.notice(f.supervisee(w["a"], name="示例自动保存"))
    client.force_login(w["staff"])
    response = client.get(url("assistancenotice", "edit", notice.pk))
    assert response.status_code == 200
    assert AUTOSAVE in response.content.decode()
