"""Inspect views read like the paper forms: no `None`, no raw ids or revision lines, masked personal data."""

from datetime import date

import pytest
from django.urls import reverse

from forms_app.models import Registration

from . import factories as f

pytestmark = pytest.mark.django_db


def url(model, pk):
    return reverse(f"wagtailsnippets_forms_app_{model}:inspect", args=[pk])


@pytest.fixture
def w():
    w = f.world()
    w["pa"] = f.supervisee(w["a"], name="示例张三")
    w["draft"] = f.notice(w["pa"])
    return w


def dl(response):
    body = response.content.decode()
    return " ".join(body[body.index("<dl>"):body.index("</dl>")].split())


def fields(response):
    return {field["label"]: field["value"] for field in response.context["fields"]}


def test_empty_values_read_as_not_filled(client, w):
    client.force_login(w["staff"])
    response = client.get(url("assistancenotice", w["draft"].pk))
    assert response.status_code == 200
    assert "None" not in dl(response)
    shown = fields(response)
    assert shown["回执时间"] == "（未填写）"
    assert shown["批准时间"] == "（未填写）"
