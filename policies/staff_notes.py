"""Notes for signed-in staff on a published policy page, from apps that implement its articles.

policies never imports those apps: an app registers a function under STAFF_NOTES_HOOK (a Wagtail hook),
fn(request, page) -> [Note], and the page shows the notes outside its body (the body is the same for
everyone and may be cached; the notes are per user). Anonymous readers get no notes and no hook is called.
"""

from typing import NamedTuple

from wagtail import hooks

STAFF_NOTES_HOOK = "policy_page_staff_notes"


class Note(NamedTuple):
    anchor: str  # the article's id on the page ("art-13")
    label: str  # "第十三条"
    text: str  # "本条对应："
    link_text: str  # "会议纪要"
    url: str  # the admin listing


def staff_notes(request, page) -> list[Note]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    notes = []
    for fn in hooks.get_hooks(STAFF_NOTES_HOOK):
        notes += fn(request, page)
    return notes
