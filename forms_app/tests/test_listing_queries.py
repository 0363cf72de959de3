"""The admin listings use a constant number of queries, whatever the number of rows."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forms_app.models import Assistant, Registration

from . import factories as f

pytestmark = pytest.mark.django_db


def count_queries(client, path):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("model", ["supervisee", "assistancenotice", "registration", "assistant"])
def test_listing_query_count_is_constant(client, model):
    w = f.world()
    client.force_login(w["staff"])
    path = reverse(f"wagtailsnippets_forms_app_{model}:list")

    def add(n):
        for _ in range(n):
            person = f.supervisee(w["a"], intake_date=date.today() - timedelta(days=1))
            notice = f.notice(person, status="已发出")
            Registration.objects.create(notice=notice, filled_by_name="示例填表人", fill_date=date.today())
            Assistant.objects.create(village_committee=w["a"], name="示例协助员", sex="女", phone="13900001111",
                                     recommended_on=date.today())

    add(3)
    client.get(path)  # warm caches (content types, permissions)
    small = count_queries(client, path)
    add(27)
    large = count_queries(client, path)
    assert large == small


@pytest.mark.parametrize("ordering", ["intake_date", "-term_end", "village_committee__name", "name"])
def test_supervisee_columns_sort(client, ordering):
    w = f.world()
    f.supervisee(w["a"], name="示例甲", intake_date=date(2024, 1, 2))
    f.supervisee(w["b"], name="示例乙", intake_date=date(2024, 1, 1))
    client.force_login(w["staff"])
    response = client.get(reverse("wagtailsnippets_forms_app_supervisee:list") + f"?ordering={ordering}")
    assert response.status_code == 200
    body = response.content.decode()
    names = [n for n in ("示例甲", "示例乙") if n in body]
    assert len(names) == 2
    if ordering == "intake_date":
        assert body.index("示例乙") < body.index("示例甲")
