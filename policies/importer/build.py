"""Importer JSON -> PolicyPage(s): a draft (or, for the demo seeds, published) page under a parent,
with one child page per attachment (docs/STRUCTURE.md). All or nothing: one transaction."""

from datetime import date
from uuid import uuid4

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.blocks import StreamValue

from policies.kinds import kind_of
from policies.kinds.heading import untitled_heading
from policies.models import MemberUnit, PolicyLibraryPage, PolicyPage
from policies.models.units import committee_named_in

from . import comments
from .slugs import short_slug

META_FIELDS = ("index_number", "doc_number", "publisher", "subject", "keywords", "disclosure", "validity",
               "executing_agency", "consulting_agency", "consulting_phone")
DATE_FIELDS = ("date_written", "date_published")


class BuildError(ValueError):
    """The draft cannot be created (bad parent, missing title); the message is for the editor."""


def build(doc, parent, *, user=None, publish=False, title=None, slugs=None):
    """Create the page tree for an imported document; returns (page, notes about dropped values).

    `slugs` optionally fixes URL names: {"": notice slug, 1: 附件1 slug, …} (the demo seeds use it).
    """
    parent = parent.specific
    if not isinstance(parent, tuple(_allowed_parents())):
        raise BuildError(f"“{parent.title}”下不能建立政策文件：请选择政策文件库或一份政策文件（通知）。")
    title = (title or doc["title"] or "").strip()
    if not title:
        raise BuildError("文件没有标题，请先填写标题。")
    slugs = slugs or {}
    notes = []
    # The units a document names belong to its committee (from the title, else the issuer).
    committee = committee_named_in(title, *(a["title"] for a in doc["attachments"]),
                                   doc["metadata"].get("publisher", ""))
    with transaction.atomic():
        slug = slugs.get("") or short_slug(title, parent, _fallback())
        page = _page(title[:255], slug, doc["metadata"], notes)
        _fill_notice(page, doc)
        page.body = _stream(_main_body(doc), committee)
        _save(parent, page, user, publish)
        if not publish:  # the warnings stay on the draft until the editor resolves them
            comments.leave(page, doc, user)
        for attachment in doc["attachments"]:
            child = _page((attachment["title"] or f"附件{attachment['number']}")[:255],
                          slugs.get(attachment["number"]) or f"fujian-{attachment['number']}", {}, notes)
            child.attachment_number = attachment["number"]
            child.disclosure = page.disclosure
            child.body = _stream(attachment["body"], committee)
            if attachment.get("signature"):
                child.signatory = attachment["signature"]["signatory"] or ""
            _save(page, child, user, publish)
    return page, notes


def _fallback():
    return f"policy-{uuid4().hex[:8]}"  # a title of symbols only has nothing to spell a URL from


def _allowed_parents():
    return (PolicyLibraryPage, PolicyPage)


def _page(title, slug, meta, notes):
    page = PolicyPage(title=title, live=False, slug=slug)
    for name in META_FIELDS:
        value = meta.get(name)
        if value:
            field = PolicyPage._meta.get_field(name)
            value = value[: field.max_length]
            try:
                field.run_validators(value)
            except ValidationError as exc:
                notes.append(f"{field.verbose_name}“{value}”未导入：{' '.join(exc.messages)}")
                continue
            setattr(page, name, value)
    for name in DATE_FIELDS:
        if meta.get(name):
            setattr(page, name, date.fromisoformat(meta[name]))
    if page.date_written and page.date_published and page.date_published < page.date_written:
        notes.append("发布日期早于成文日期，未导入发布日期。")
        page.date_published = None
    return page


def _fill_notice(page, doc):
    notice = doc["notice"]
    if notice:
        page.notice_text = "\n".join(p for p in [notice["addressee"], *notice["paragraphs"]] if p)
        page.signatory = notice["signatory"] or ""
    elif doc["signature"]:
        page.signatory = doc["signature"]["signatory"] or ""
    if doc["colophon"]:
        page.colophon_office = doc["colophon"]["office"][:100]
        if doc["colophon"]["date"]:
            page.colophon_date = date.fromisoformat(doc["colophon"]["date"])


def _main_body(doc):
    """The document's own body; a notice's issued text (seed 003's 意见) keeps its title as an
    unnumbered heading above it."""
    blocks = list(doc["body"])
    if doc["body_title"] and blocks:
        blocks.insert(0, untitled_heading(doc["body_title"]))
    return blocks


def _stream(blocks, committee):
    def unit_pk(name):
        return _unit(name, committee)

    raw = [{"type": b["type"], "value": kind_of(b["type"]).import_value(b["value"], unit_pk)} for b in blocks]
    return StreamValue(PolicyPage.body.field.stream_block, raw, is_lazy=True)


def _unit(name, committee):
    return MemberUnit.named(name, committee).pk if name else None


def _save(parent, page, user, publish):
    try:
        parent.add_child(instance=page)
        revision = page.save_revision(user=user, log_action=True)
    except ValidationError as exc:  # raised inside build's transaction: nothing stays written
        raise BuildError("无法建立页面“" + page.title + "”：" + "；".join(exc.messages)) from None
    if publish:
        revision.publish(user=user)
