"""Notice numbers: allocated at issue time, per office and year, unique, consecutive, gap-free."""

import threading
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, connections, transaction

from forms_app.models import AssistanceNotice
from forms_app.notice_numbers import allocate_number, issue_notice

from . import factories as f


@pytest.mark.django_db
def test_numbers_per_office_and_year_and_not_for_drafts():
    w = f.world()
    p1, p2 = f.supervisee(w["a"]), f.supervisee(w["c"])
    draft = f.notice(p1)
    a1, a2, b1 = f.notice(p1, status="已批准"), f.notice(p1, status="已批准"), f.notice(p2, status="已批准")
    issue_notice(a1.pk, w["staff"], today=date(2024, 3, 1))
    issue_notice(b1.pk, w["other_staff"], today=date(2024, 3, 1))
    issue_notice(a2.pk, w["staff"], today=date(2025, 1, 2))
    draft.refresh_from_db()
    assert draft.number == ""
    assert AssistanceNotice.objects.get(pk=a1.pk).number == "（2024）协通字第1号"
    assert AssistanceNotice.objects.get(pk=b1.pk).number == "（2024）协通字第1号"
    assert AssistanceNotice.objects.get(pk=a2.pk).number == "（2025）协通字第1号"


@pytest.mark.django_db
def test_duplicate_number_attempts_are_refused():
    w = f.world()
    person = f.supervisee(w["a"])
    one, two = f.notice(person, status="已批准"), f.notice(person, status="已批准")
    issue_notice(one.pk, w["staff"])
    with pytest.raises(ValidationError) as exc:
        issue_notice(one.pk, w["staff"])  # issuing again would take a second number
    assert "只有“已批准”的通知单才能发出" in exc.value.messages[0]
    one.refresh_from_db()
    two.year, two.serial = one.year, one.serial
    with pytest.raises(IntegrityError), transaction.atomic():
        two.save(update_fields=["year", "serial"])  # a plain save() never writes the number (models/revisions.py)


@pytest.mark.django_db
def test_rolled_back_issue_leaves_no_gap():
    w = f.world()
    person = f.supervisee(w["a"])
    with pytest.raises(RuntimeError), transaction.atomic():
        allocate_number(w["office"], 2024)
        raise RuntimeError("issue failed after allocation")
    with transaction.atomic():
        assert allocate_number(w["office"], 2024) == 1
    assert person.pk


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_issuing_gives_consecutive_distinct_numbers():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite locks the whole database file and has no SELECT … FOR UPDATE; "
                    "run with DATABASE_URL=postgres://… to exercise row locking")
    w = f.world()
    person = f.supervisee(w["a"])
    threads_n, per_thread = 8, 50
    ids = [f.notice(person, status="已批准").pk for _ in range(threads_n * per_thread)]
    chunks = [ids[i::threads_n] for i in range(threads_n)]
    errors = []
    start = threading.Barrier(threads_n)

    def worker(chunk):
        try:
            start.wait()
            for pk in chunk:
                issue_notice(pk, w["staff"], today=date(2024, 6, 1))
        except Exception as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    serials = sorted(AssistanceNotice.objects.filter(pk__in=ids).values_list("serial", flat=True))
    assert serials == list(range(1, threads_n * per_thread + 1))
