"""The importer's warnings left on the draft as Wagtail comments: the editor sees them in the page
editor's comment sidebar and resolves each one when it is dealt with (Wagtail keeps who and when).
"""

from wagtail.models import Comment

MAX_COMMENTS = 30  # beyond that the list stops helping; the rest is counted in the last comment


def texts(doc):
    """The comment texts for an imported document: its warnings in reading order (a missing date among them)."""
    out = [f"【{w.get('label') or w['code']}】" + (f"第 {w['line']} 行：" if w.get("line") else "") + w["message"]
           for w in doc["warnings"]]
    if len(out) > MAX_COMMENTS:
        out = out[:MAX_COMMENTS - 1] + [f"另有 {len(out) - MAX_COMMENTS + 1} 条导入提示未列出，请对照原文检查全文。"]
    return out


def leave(page, doc, user):
    """One comment on the draft's title per text; none without a user (comments need an author)."""
    if user is None:
        return []
    revision = page.latest_revision
    return [Comment.objects.create(page=page, user=user, text=text, contentpath="title", revision_created=revision)
            for text in texts(doc)]
