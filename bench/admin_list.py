"""Admin listing benchmark: the 社区矫正对象 listing over 100,000 supervisees, as a 司法所 user.

Builds a throw-away test database (never touches the dev or production data), bulk-inserts 100k
fictional supervisees over two committees, then times the listing page (first page, a later page,
a Chinese name search and a status filter) through Django's test client, as a browser would get it.
"""

import statistics
import time
from datetime import date, timedelta

ROWS = 100_000
BATCH = 5_000


def _populate():
    from home import roles
    from home.roles import sync_roles
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from forms_app.idcard import make_test_id
    from forms_app.models import Office, StaffProfile, Supervisee, VillageCommittee

    sync_roles()
    office = Office.objects.create(name="基准测试司法所", township="基准镇")
    committees = [VillageCommittee.objects.create(office=office, name=f"基准{i}村村民委员会") for i in range(2)]
    user = get_user_model().objects.create_user("bench_staff", password="bench-only")
    user.groups.add(Group.objects.get(name=roles.OFFICE_STAFF))
    StaffProfile.objects.create(user=user, office=office)
    start = date(1960, 1, 1)
    batch = []
    for i in range(ROWS):
        birth = start + timedelta(days=i // 500)
        seq = (i % 500) * 2 + 1
        intake = date(2024, 1, 1) + timedelta(days=i % 365)
        batch.append(Supervisee(
            office=office, village_committee=committees[i % 2], name=f"示例{'张李王赵刘陈'[i % 6]}{i}", sex="男",
            birth_date=birth, id_number=make_test_id("500106", birth, seq), household_register="示例户籍地",
            residence="示例居住地", crime="危险驾驶", court="示例区人民法院", sentence="拘役三个月", category="缓刑",
            judgment_date=intake - timedelta(days=10), term_start=intake, term_end=intake + timedelta(days=180),
            intake_date=intake, status="在矫",
        ))
        if len(batch) == BATCH:
            Supervisee.objects.bulk_create(batch)
            batch = []
    if batch:
        Supervisee.objects.bulk_create(batch)
    return user


def _time(client, path, repeat=5):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)  # warm
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            t = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200, path
    return statistics.median(times), len(ctx.captured_queries)


def run():
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from bench.common import throwaway_database

    with throwaway_database():
        t = time.perf_counter()
        user = _populate()
        fill_s = time.perf_counter() - t
        client = Client()
        client.force_login(user)
        base = reverse("wagtailsnippets_forms_app_supervisee:list")
        rows = []
        for label, query, target in [
            ("first page", "", "≤ 500 ms"),
            ("page 2000", "?p=2000", "≤ 800 ms"),
            ("search 张 (icontains)", "?q=张", "≤ 1500 ms"),
            ("filter status=在矫, category=缓刑", "?status=在矫&category=缓刑", "≤ 800 ms"),
        ]:
            ms, queries = _time(client, base + query)
            rows.append({"name": f"Admin listing, {ROWS:,} supervisees: {label}", "value": f"{ms:.0f}",
                         "unit": "ms", "target": target, "note": f"{queries} queries, median of 5"})
        rows.append({"name": f"Admin listing: insert {ROWS:,} supervisees (bulk_create)", "value": f"{fill_s:.1f}",
                     "unit": "s", "note": connection.vendor})
        return rows
