"""Searching by ID number without turning the search box into an oracle for the masked digits.

A user who sees ID numbers masked (5001**********123X) must not learn a hidden digit from which searches
match. A substring search does exactly that: "500106198" matches or not, so about 45 searches (ten
candidates per hidden digit) recover a whole number. The rules for such a user:

- a term of at most 4 characters matches the start or the end of the number only: those are the digits
  the mask shows anyway;
- a term that is a complete, valid ID number matches that exact number (the user holding the person's
  ID card finds the record). Each such lookup is audited (命中/未命中). It is still an oracle when
  guessed: the listing shows the birth date, so the mask really hides only the 2 county digits, and about
  9 of the 100 candidates pass the check character. Misses are therefore limited to MISSES_PER_DAY per
  user in 24 hours (counted in the audit trail); beyond that, full-number lookups are refused with a
  message until the next day, and the head reads every attempt in 查阅记录;
- anything else (5 to 17 characters, a middle part, a mask typed back) never touches the number.

Users who may unmask search the number freely: they see it in full anyway.
"""

import re
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone

from . import scope
from .idcard import clean_id_number
from .models import AuditEntry, Supervisee

MISSES_PER_DAY = 3
VISIBLE = 4  # characters the mask keeps at each end (idcard.mask_id)
HIT, MISS = "按完整身份证号码检索：命中", "按完整身份证号码检索：未命中"
REFUSED = ("今天按完整身份证号码检索未命中已达{n}次，为保护个人信息，暂停按完整号码检索（24小时后恢复）。"
           "如需查找，请按姓名检索或联系司法所负责人。")
NUMBER_RE = re.compile(r"\d{14,17}[\dXx]")  # an ID number (18) or an old 15-digit one, inside any text


def mask_numbers(text):
    """`text` (e.g. a listing's query string kept in the audit trail) with every ID number in it masked."""
    return NUMBER_RE.sub(lambda m: scope.mask_id(m.group()), text)


def full_number(term):
    """The compact ID number when `term` is a complete valid one, else None."""
    try:
        return clean_id_number(term)
    except ValidationError:
        return None


def misses_today(user):
    since = timezone.now() - timedelta(hours=24)
    return AuditEntry.objects.filter(user=user, action="search", detail__startswith=MISS,
                                     timestamp__gte=since).count()


def id_condition(user, queryset, field, term, on_refused=None):
    """The Q matching `field` (an ID-number path such as "id_number") for `term`, safe for `user`.

    `queryset` is the user's scoped rows; `on_refused(message)` is told when a full-number lookup is refused.
    """
    term = (term or "").strip()
    if not term:
        return Q(pk__in=[])
    if scope.can_unmask(user):
        return Q(**{f"{field}__icontains": term})
    if len(term) <= VISIBLE:
        return Q(**{f"{field}__istartswith": term}) | Q(**{f"{field}__iendswith": term})
    number = full_number(term)
    if number is None:
        return Q(pk__in=[])
    # A listing may search its queryset more than once per request: look up and audit once (the user
    # object lives as long as the request).
    done = getattr(user, "_cc_id_lookups", None)
    if done is None:
        done = user._cc_id_lookups = {}
    if number not in done:
        done[number] = misses_today(user) < MISSES_PER_DAY
        if done[number]:
            hit = queryset.filter(**{field: number}).exists()
            # The masked number only: the audit trail must not become a list of full numbers.
            scope.audit(user, "search", Supervisee, f"{HIT if hit else MISS}（{scope.mask_id(number)}）")
    if not done[number]:
        if on_refused:
            on_refused(REFUSED.format(n=MISSES_PER_DAY))
        return Q(pk__in=[])
    return Q(**{field: number})


def search(user, queryset, fields, id_fields, term, on_refused=None):
    """`queryset` narrowed to rows where any of `fields` contains `term`; `id_fields` go through id_condition."""
    query = Q()
    for field in fields:
        if field in id_fields:
            query |= id_condition(user, queryset, field, term, on_refused)
        else:
            query |= Q(**{f"{field}__icontains": term})
    return queryset.filter(query)
