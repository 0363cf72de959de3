"""Suggestions for a query that found nothing: likely intended words, each checked to find something.

Candidates are (a) close spellings from a vocabulary of the domain dictionary plus the words of the
indexed titles (difflib ratio, so 社区矫证 → 社区矫正) and (b) the query's own words as jieba cuts them
(社区矫证 → 社区). A candidate is offered only if searching it would return hits.
"""

import difflib
from functools import lru_cache

from .models import SearchEntry
from .query import matches
from .segment import DOMAIN_TERMS, words
from .text import fold

MAX_SUGGESTIONS = 5


@lru_cache(maxsize=4)
def _vocabulary(version):
    titles = SearchEntry.objects.filter(kind=SearchEntry.Kind.DOCUMENT).values_list("document_title", flat=True)
    vocab = {fold(t) for t in DOMAIN_TERMS}
    for title in titles[:500]:  # enough to cover a township's library; bounded for large sites
        vocab.update(fold(w) for w in words(title))
    return sorted(vocab)


def vocabulary():
    # The index changes only on publish, so (row count, newest id) identifies its state cheaply.
    last = SearchEntry.objects.order_by("-pk").values_list("pk", flat=True).first()
    return _vocabulary((SearchEntry.objects.count(), last))


def suggestions(terms):
    """Alternative queries (strings) for `terms` that each have at least one public hit."""
    vocab = vocabulary()
    found = []
    for i, term in enumerate(terms):
        candidates = difflib.get_close_matches(term, vocab, n=3, cutoff=0.6)
        candidates += [w for w in words(term) if w != term]
        for cand in candidates:
            query = terms[:i] + [cand] + terms[i + 1 :]
            text = " ".join(query)
            if text not in found and matches(query).exists():
                found.append(text)
            if len(found) >= MAX_SUGGESTIONS:
                return found
    return found
