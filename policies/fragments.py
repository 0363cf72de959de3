"""The parts of a policy page that are the same for every reader, rendered once per live revision.

On a page-cache miss the numbered body, the table of contents, the 历史版本 box, the validity
banner, the metadata table, the 落款 and the meta description come from the fragment cache
(pagecache/fragments.py): keyed by the page, its live revision, the day (an amendment takes effect at midnight) and the cache generation, which every publish, unit rename, version or
settings change bumps, so a stale part is never served. They are rendered from the page alone, never
with the request: nothing of the reader (user, CSRF token, staff-only links) can end up inside.
A preview (a draft, possibly unsaved) is always rendered afresh and never stored.
"""

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from pagecache import fragments

TEMPLATES = {
    "description": "policies/includes/meta_description.html",
    "banner": "policies/includes/validity_banner.html",
    "metadata": "policies/includes/metadata.html",
    "signature": "policies/includes/signature.html",
    "toc": "policies/includes/toc.html",
    "body": "policies/includes/body.html",
    "versions": "versions/policy_versions_link.html",
}


def render_parts(shown, upcoming):
    """{part: HTML} of `shown` (the text the public reads today) and the amendment announced, if any."""
    context = {"page": shown, "items": shown.numbered_body, "permalinks": True, "upcoming_version": upcoming}
    return {name: render_to_string(template, context) for name, template in TEMPLATES.items()}


def document_parts(request, page, shown, upcoming):
    """The parts for the public page of `page` (the live page routed to), from the cache when possible."""
    if getattr(request, "is_preview", False) or not page.live:
        return render_parts(shown, upcoming)
    parts = fragments.cached("policy", (page.pk, page.live_revision_id, timezone.localdate().isoformat()),
                             lambda: render_parts(shown, upcoming))
    return {name: mark_safe(html) for name, html in parts.items()}
