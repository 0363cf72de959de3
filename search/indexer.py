"""Build the search rows of one policy page from its body (via policies.numbering) and metadata.

`reindex(page)` is the only writer: it replaces the rows of the page and its attachments in one
transaction (never half an index) and writes none for a page that is not public. "Public" is what
`policies.queries.public_policies()` says (live, 主动公开, no view restriction, and the notice above an
attachment public too): the search never decides visibility on its own.

The rows hold the text the public page shows today (`PolicyPage.in_force`): an amendment published
with a future 施行日期 is not searchable before that day. Each row carries that day (`renew_on`), and
`catch_up()` rebuilds the pages whose day has come; the search view calls it before every query.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page

from policies.models import PolicyPage
from policies.numbering import numbered
from policies.queries import public_policies

from .models import SearchEntry
from .text import clean, fold

# Metadata a reader may search for on the document row (文号 fragments like "104号", 发布机构 …).
META_FIELDS = ["doc_number", "index_number", "publisher", "subject", "keywords", "executing_agency"]


def policy_model():
    return PolicyPage


def meta(page, name):
    """Metadata with the notice → attachment inheritance of PolicyPage.meta()."""
    getter = getattr(page, "meta", None)
    value = getter(name) if callable(getter) else getattr(page, name, "")
    return "" if value is None else value


def is_public(page):
    return public_policies().filter(pk=page.pk).exists()


def _year(page):
    for name in ("date_published", "date_written"):
        value = meta(page, name)
        if getattr(value, "year", None):
            return value.year
    return None


def _texts(text):
    norm = fold(text)
    return {"text": "" if norm == text else text, "norm": norm}


def build_entries(page):
    """Unsaved SearchEntry rows for a page: the document row, then one row per numbered block.

    Built from the text in force today, which may be an earlier version than the live revision."""
    shown, upcoming = page.in_force(timezone.localdate())
    common = {
        "page": page,
        "renew_on": upcoming.effective_date if upcoming else None,
        "validity": str(meta(page, "validity") or ""),  # 有效性 is never frozen in a version: always the live one
    }
    return _entries(shown, common)


def _entries(page, common):
    title = clean(page.title)
    common = {
        **common,
        "document_title": title[:255],
        "doc_number": clean(meta(page, "doc_number"))[:100],
        "publisher": clean(meta(page, "publisher"))[:255],
        "year": _year(page),
    }
    meta_parts = [clean(meta(page, name)) for name in META_FIELDS]
    notice = clean(strip_tags(str(getattr(page, "notice_text", "") or "")))
    meta_text = " · ".join(part for part in meta_parts if part)
    doc_text = clean(" · ".join(part for part in (title, meta_text, notice) if part))
    rows = [
        SearchEntry(position=0, kind=SearchEntry.Kind.DOCUMENT, anchor="", label="", **_texts(doc_text),
                    norm_title=fold(f"{title} {meta_text}"), **common)
    ]
    for position, item in enumerate(numbered(getattr(page, "body", None)), 1):
        # Paragraph breaks go too: a snippet is one line, and PDF line breaks must never split a phrase.
        text = clean(item.text)
        if not text:
            continue
        label = clean(item.kind.search_label(item))[:80]
        rows.append(
            SearchEntry(position=position, kind=item.type, anchor=item.anchor[:40], label=label,
                        **_texts(text), norm_title=fold(f"{title} {label}"), **common)
        )
    return rows


def reindex(page):
    """Replace the rows of `page` (and its policy descendants, which inherit its metadata)."""
    model = policy_model()
    pages = [page.specific] + list(model.objects.descendant_of(page).specific())
    with transaction.atomic():
        for p in pages:
            SearchEntry.objects.filter(page_id=p.pk).delete()
            if isinstance(p, model) and is_public(p):
                SearchEntry.objects.bulk_create(build_entries(p))


def catch_up(day=None):
    """Rebuild the rows of every page whose next amendment has taken effect by `day` (today); returns
    how many pages. Idempotent, and a missed day is caught up on the next call."""
    day = day or timezone.localdate()
    due = set(SearchEntry.objects.filter(position=0, renew_on__lte=day).values_list("page_id", flat=True))
    for page in Page.objects.filter(pk__in=due):
        try:
            reindex(page)
        except IntegrityError:  # another request rebuilt the same page at the same moment: its rows stand
            continue
    return len(due)


def rebuild():
    """Rebuild the whole index from the public pages; returns (pages indexed, rows)."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        count = 0
        for p in public_policies().specific().iterator():
            SearchEntry.objects.bulk_create(build_entries(p))
            count += 1
    return count, SearchEntry.objects.count()
