"""The supervisee search is no oracle for masked ID digits (forms_app/idsearch.py): the digit-by-digit
attack learns nothing, full-number lookups are audited and their misses limited, ordering by a hidden
field is ignored."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse

from forms_app import idsearch
from forms_app.idcard import make_test_id, mask_id
from forms_app.models import AuditEntry, Supervisee

from . import factories as f

pytestmark = pytest.mark.django_db

# the two views that search supervisees by ID number: the listing's results and the chooser's
LIST, CHOOSER = ("wagtailsnippets_forms_app_supervisee:list_results",
                 "wagtailsnippetchoosers_forms_app_supervisee:choose_results")


@pytest.fixture
def w():
    w = f.world()
    w["target"] = f.supervisee(w["a"], name="示例目标", birth=date(1979, 6, 23))
    w["other"] = f.supervisee(w["a"], name="示例旁人", birth=date(1991, 11, 2), sex="女")
    return w


def found(client, endpoint, term, name):
    response = client.get(reverse(endpoint), {"q": term})
    assert response.status_code == 200
    return name in response.content.decode()


def candidates(number):
    """Every one-character extension of a true prefix or suffix that reaches into the masked part: what an
    attacker who already knew the rest would try next, position by position (the 45-search attack)."""
    for pos in range(4, 14):
        yield [number[:pos] + d for d in "0123456789"]
    for length in range(4, 14):
        yield [d + number[-length:] for d in "0123456789"]


@pytest.mark.parametrize("role,endpoint", [("staff", LIST), ("va", LIST), ("staff", CHOOSER), ("va", CHOOSER)])
def test_digit_by_digit_search_reveals_no_hidden_digit(client, w, role, endpoint):
    client.force_login(w[role])
    number = w["target"].id_number
    for tries in candidates(number):
        outcomes = {term: found(client, endpoint, term, "示例目标") for term in tries}
        # The true digit must answer exactly like the nine wrong ones.
        assert len(set(outcomes.values())) == 1, outcomes
    assert not AuditEntry.objects.filter(action="search").exists()  # no full number was typed


def test_attack_as_a_program_stops_at_the_mask(client, w):
    client.force_login(w["staff"])
    number = w["target"].id_number
    known = number[:4]  # what the mask shows
    while len(known) < 17:
        digit = next((d for d in "0123456789" if found(client, LIST, known + d, "示例目标")), None)
        if digit is None:
            break
        known += digit
    assert known == number[:4]


@pytest.mark.parametrize("endpoint", [LIST, CHOOSER])
def test_visible_parts_still_find_the_person(client, w, endpoint):
    client.force_login(w["staff"])
    number = w["target"].id_number
    assert found(client, endpoint, number[-4:], "示例目标")
    assert found(client, endpoint, number[:4], "示例目标")
    assert not found(client, endpoint, w["other"].id_number[-4:], "示例目标")


def test_full_number_finds_the_person_and_is_audited_masked(client, w):
    client.force_login(w["staff"])
    number = w["target"].id_number
    body = client.get(reverse(LIST), {"q": number}).content.decode()
    assert "示例目标" in body and "示例旁人" not in body
    entry = AuditEntry.objects.get(action="search")
    assert entry.username == "t_staff" and entry.office == w["office"]
    assert entry.detail == f"{idsearch.HIT}（{mask_id(number)}）"
    assert number not in entry.detail


def test_listing_audit_keeps_the_query_masked(client, w):
    client.force_login(w["head"])
    number = w["target"].id_number
    client.get(reverse("wagtailsnippets_forms_app_supervisee:list"), {"q": number})
    entry = AuditEntry.objects.get(action="list")
    assert mask_id(number) in entry.detail and number not in entry.detail


def test_a_long_listing_query_is_audited_cut_to_the_column(client, w):
    client.force_login(w["head"])
    number = w["target"].id_number
    client.get(reverse("wagtailsnippets_forms_app_supervisee:list"), {"q": number + " 示例" * 400})
    detail = AuditEntry.objects.get(action="list").detail
    assert len(detail) == AuditEntry._meta.get_field("detail").max_length == 500
    assert detail.startswith(f"q={mask_id(number)}") and number not in detail


def test_full_number_outside_scope_is_a_miss(client, w):
    client.force_login(w["vb"])  # committee 乙 does not see 甲's people
    assert not found(client, CHOOSER, w["target"].id_number, "示例目标")
    assert AuditEntry.objects.get(action="search").detail.startswith(idsearch.MISS)


def test_misses_are_limited_per_day(client, w):
    client.force_login(w["staff"])
    for seq in range(idsearch.MISSES_PER_DAY):
        assert not found(client, LIST, make_test_id("500106", date(1960, 1, 1), 101 + 2 * seq), "示例")
    # The budget is spent: even the right number now finds nothing, and the user is told why.
    response = client.get(reverse("wagtailsnippets_forms_app_supervisee:list"), {"q": w["target"].id_number})
    body = response.content.decode()
    assert "暂停按完整号码检索" in body
    assert "示例目标" not in re.sub(r"<script.*?</script>", "", body, flags=re.S)
    assert AuditEntry.objects.filter(action="search").count() == idsearch.MISSES_PER_DAY
    # A day later the lookups work again.
    AuditEntry.objects.filter(action="search").update(timestamp=f"{date.today() - timedelta(days=2)}T00:00Z")
    assert found(client, LIST, w["target"].id_number, "示例目标")


def test_unmasking_user_searches_any_part(client, w):
    client.force_login(w["head"])
    assert found(client, LIST, w["target"].id_number[6:14], "示例目标")
    assert not AuditEntry.objects.filter(action="search").exists()


def names_in_order(body):
    return list(dict.fromkeys(re.findall(r"示例[目旁][标人]|示例排序\d", body)))  # a row names its person twice


@pytest.mark.parametrize("role", ["staff", "va"])
def test_ordering_by_hidden_id_number_is_ignored(client, w, role):
    # Three more people whose ID order differs from the listing's default order (newest intake first).
    for i, birth in enumerate([date(1999, 1, 1), date(1950, 1, 1), date(1975, 1, 1)]):
        f.supervisee(w["a"], name=f"示例排序{i}", birth=birth, intake_date=date.today() - timedelta(days=10 + i))
    by_id = [p.name for p in Supervisee.objects.order_by("id_number")]
    client.force_login(w[role])
    for endpoint in (LIST, CHOOSER):
        default = names_in_order(client.get(reverse(endpoint)).content.decode())
        assert len(default) == 5 and default not in (by_id, by_id[::-1])  # the order would show it
        for ordering in ("id_number", "-id_number"):
            body = client.get(reverse(endpoint), {"ordering": ordering}).content.decode()
            assert names_in_order(body) == default, (endpoint, ordering)


@pytest.mark.parametrize("model", ["supervisee", "assistant", "registration"])
def test_no_listing_orders_by_a_masked_field(client, w, model):
    client.force_login(w["staff"])
    view = client.get(reverse(f"wagtailsnippets_forms_app_{model}:list")).context["view"]
    masked = set(view.scope_viewset.masked_fields)
    assert masked
    assert not [o for o in view.get_valid_orderings() if o.lstrip("-").split("__")[-1] in masked]
