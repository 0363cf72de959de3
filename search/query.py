"""Match, rank and highlight: the reader's query against the article-level index.

Matching is substring containment on folded text (every space-separated term must occur), which works
the same on SQLite and PostgreSQL and finds 2-character words inside longer ones (司法 in 司法所).
Ranking: a hit in a document's title/metadata or an article's label first, then rows holding the whole
query as one phrase, then rows that merely hold all the terms; valid documents before repealed ones,
newer before older, and articles in document order.
"""

from dataclasses import dataclass

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe

from policies.models.policy import VALIDITY_CHOICES

from . import lookups  # noqa: F401  (registers field__has)
from .models import SearchEntry
from .text import QueryError, parse_query

RANK_TITLE, RANK_PHRASE, RANK_TERMS = 3, 2, 1
VALIDITY_LABELS = dict(VALIDITY_CHOICES)
NOT_IN_FORCE = {"expired", "repealed"}


@dataclass
class Filters:
    publisher: str = ""
    year: int | None = None
    validity: str = ""

    @classmethod
    def from_params(cls, params):
        """Filters from GET parameters; a value we cannot use is a QueryError, never a 500."""
        publisher = str(params.get("publisher", "") or "").strip()[:255]
        validity = str(params.get("validity", "") or "").strip()
        if validity and validity not in VALIDITY_LABELS:
            raise QueryError("有效性筛选条件无效。")
        year_raw = str(params.get("year", "") or "").strip()
        year = None
        if year_raw:
            if not year_raw.isdigit() or not 1949 <= int(year_raw) <= 2100:
                raise QueryError("年份筛选条件无效，请填写四位数年份。")
            year = int(year_raw)
        return cls(publisher, year, validity)

    def apply(self, qs):
        if self.publisher:
            qs = qs.filter(publisher=self.publisher)
        if self.year:
            qs = qs.filter(year=self.year)
        if self.validity:
            qs = qs.filter(validity=self.validity)
        return qs

    @property
    def active(self):
        return bool(self.publisher or self.year or self.validity)


def matches(terms, qs=None):
    qs = SearchEntry.objects.all() if qs is None else qs
    for term in terms:
        qs = qs.filter(norm__has=term)
    return qs


def search(raw_query, filters=None):
    """(phrase, terms, queryset of ranked SearchEntry ids) for a query; empty query → no ids."""
    phrase, terms = parse_query(raw_query)
    if not terms:
        return phrase, terms, SearchEntry.objects.none()
    # Only live public pages have rows (search/indexer.py); no join to wagtailcore_page is needed.
    qs = matches(terms)
    qs = (filters or Filters()).apply(qs)
    qs = qs.annotate(
        rank=Case(
            When(norm_title__has=phrase, then=Value(RANK_TITLE)),
            When(norm__has=phrase, then=Value(RANK_PHRASE)),
            default=Value(RANK_TERMS),
            output_field=IntegerField(),
        ),
        stale=Case(When(validity__in=NOT_IN_FORCE, then=Value(1)), default=Value(0), output_field=IntegerField()),
    )
    # Ids only: sorting every match with its text would move megabytes; rows() fetches one page.
    qs = qs.order_by("-rank", "stale", "-year", "page_id", "position").values_list("pk", flat=True)
    return phrase, terms, qs


def rows(ids):
    """The SearchEntry rows (with their pages) for a page of ranked ids, in that order."""
    found = SearchEntry.objects.select_related("page").in_bulk(list(ids))
    return [found[i] for i in ids if i in found]


def _spans(haystack, needles):
    """Merged (start, end) spans of every occurrence of any needle in haystack."""
    spans = []
    for needle in needles:
        if not needle:
            continue
        at = haystack.find(needle)
        while at != -1:
            spans.append((at, at + len(needle)))
            at = haystack.find(needle, at + 1)
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def snippet(entry, phrase, terms, width=110, before=30):
    """HTML excerpt of entry.text around the first hit, every hit wrapped in <mark>.

    entry.norm is fold(entry.text), character for character, so positions found in the folded text
    are positions in the readable text.
    """
    text, norm = entry.display_text, entry.norm
    if len(norm) != len(text):  # rows written by an older indexer: highlight nothing rather than wrongly
        norm = text
    first = norm.find(phrase) if phrase else -1
    if first == -1:
        first = min((norm.find(t) for t in terms if norm.find(t) != -1), default=0)
    start = max(0, first - before)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    parts = ["…" if start > 0 else ""]
    cursor = start
    for s, e in _spans(norm[start:end], [phrase, *terms]):
        parts.append(escape(text[cursor : start + s]))
        parts.append(f"<mark>{escape(text[start + s : start + e])}</mark>")
        cursor = start + e
    parts.append(escape(text[cursor:end]))
    parts.append("…" if end < len(text) else "")
    return mark_safe("".join(parts))


def facets():
    """Choices for the filter form, from the documents actually in the index."""
    # order_by(): the model's default ordering would otherwise become part of DISTINCT.
    docs = SearchEntry.objects.filter(kind=SearchEntry.Kind.DOCUMENT).order_by()
    publishers = sorted(p for p in docs.values_list("publisher", flat=True).distinct() if p)
    years = sorted((y for y in docs.values_list("year", flat=True).distinct() if y), reverse=True)
    return {"publishers": publishers, "years": years, "validities": list(VALIDITY_LABELS.items())}
