"""The importer's warnings left on the draft as Wagtail comments: the editor sees them in the page
editor's comment sidebar and resolves each one when it is dealt with (Wagtail keeps who and when).
"""

from wagtail.models import Comment

DATES = (("date_written", "成文日期"), ("date_published", "发布日期"))
MAX_COMMENTS = 30  # beyond that the list stops helping; the rest is counted in the last comment


def texts(doc):
    """The comment texts for an imported document: its warnings in reading order, then missing dates."""
    out = [f"【{w.get('label') or w['code']}】" + (f"第 {w['line']} 行：" if w.get("line") else "") + w["message"]
           for w in doc["warnings"]]
    missing = [name for field, name in DATES if not doc["metadata"].get(field)]
    if missing:
        out.append(f"【缺少日期】导入的文件没有{'和'.join(missing)}，请在“元数据”中填写。")
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
