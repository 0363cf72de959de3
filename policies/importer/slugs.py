"""Short URL names for imported pages: the title's pinyin, cut at a syllable, unique among siblings.

Wagtail would derive the slug from the whole Chinese title, which percent-encodes to hundreds of
characters in the address bar.
"""

from anyascii import anyascii
from django.utils.text import slugify

MAX_LEN = 50


def base(title):
    """"社区矫正工作规则" -> "shequjiaozhenggongzuoguize" (at most MAX_LEN, whole syllables); "" when the
    title has nothing to spell."""
    out = ""
    for char in title:
        piece = slugify(anyascii(char))
        if not piece:
            continue
        if len(out) + len(piece) > MAX_LEN:
            break
        out += piece
    return out


def short_slug(title, parent, fallback):
    """A slug no sibling under `parent` has: the base, else base-2, base-3 …; `fallback` when the
    title has no letters or digits to spell."""
    stem = base(title) or fallback
    taken = set(parent.get_children().filter(slug__startswith=stem).values_list("slug", flat=True))
    slug, n = stem, 2
    while slug in taken:
        slug, n = f"{stem}-{n}", n + 1
    return slug
