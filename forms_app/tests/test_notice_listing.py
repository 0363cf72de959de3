"""The 通知单 listing flags notices not issued within 3 working days of intake, in the row itself."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse

from . import factories as f

pytestmark = pytest.mark.django_db


def row_of(body, name):
    row = next(r for r in re.findall(r"<tr.*?</tr>", body, re.S) if name in r)
    return re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", row))


def test_late_notices_are_flagged_in_the_listing(client):
    w = f.world()
    long_ago = date.today() - timedelta(days=30)
    f.notice(f.supervisee(w["a"], name="示例逾期未发", intake_date=long_ago))
    f.notice(f.supervisee(w["a"], name="示例逾期发出", intake_date=long_ago), status="已发出",
             issued_on=long_ago + timedelta(days=20), year=2026, serial=1)
    f.notice(f.supervisee(w["a"], name="示例按时发出", intake_date=long_ago), status="已发出",
             issued_on=long_ago + timedelta(days=1), year=2026, serial=2)
    f.notice(f.supervisee(w["b"], name="示例新入矫", intake_date=date.today()))
    client.force_login(w["staff"])
    body = client.get(reverse("wagtailsnippets_forms_app_assistancenotice:list")).content.decode()
    assert "（已逾期）" in row_of(body, "示例逾期未发")
    assert "（逾期发出）" in row_of(body, "示例逾期发出")
    for name in ("示例按时发出", "示例新入矫"):
        assert "逾期" not in row_of(body, name)
