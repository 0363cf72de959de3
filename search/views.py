"""The public search page: GET /search/?q=…&publisher=…&year=…&validity=…&page=N."""

from django.core.paginator import Paginator
from django.shortcuts import render

from .indexer import catch_up
from .query import NOT_IN_FORCE, VALIDITY_LABELS, Filters, facets, rows, search, snippet
from .suggest import suggestions
from .text import QueryError

PER_PAGE = 20


def _hit(entry, phrase, terms, request):
    url = entry.page.get_url(request) or ""
    return {
        "entry": entry,
        "url": f"{url}#{entry.anchor}" if entry.anchor else url,
        "snippet": snippet(entry, phrase, terms),
        "validity_label": VALIDITY_LABELS.get(entry.validity, ""),
        "not_in_force": entry.validity in NOT_IN_FORCE,
    }


def search_view(request):
    # An amendment that took effect today replaces its text in the index before anyone searches it
    # (one indexed query when nothing is due; `catch_up_policy_index` does the same from cron).
    catch_up()
    raw = request.GET.get("q", "").strip()
    context = {"query": raw, "search_query": raw, "facets": facets(), "error": "", "hits": [], "suggestions": []}
    try:
        filters = Filters.from_params(request.GET)
        context["filters"] = filters
        phrase, terms, qs = search(raw, filters)
    except QueryError as exc:
        context["error"] = str(exc)
        context["filters"] = Filters()
        return render(request, "search/search.html", context, status=400)
    if terms:
        # One scan: the ranked ids of every hit (integers, cheap) give both the count and the page.
        page_obj = Paginator(list(qs), PER_PAGE).get_page(request.GET.get("page"))
        context["page_obj"] = page_obj
        context["hits"] = [_hit(e, phrase, terms, request) for e in rows(page_obj.object_list)]
        if not page_obj.paginator.count:
            context["suggestions"] = suggestions(terms)
        params = request.GET.copy()
        params.pop("page", None)
        context["page_params"] = params.urlencode()
    return render(request, "search/search.html", context)
