"""Freeze a policy page into a version snapshot (docs/STRUCTURE.md block shapes, units by name)."""

import datetime

from django.db import models
from wagtail.blocks.list_block import ListValue

from policies.numbering import numbered

# Disclosure metadata shown with a historical version (validity is not frozen: it is always current).
METADATA_FIELDS = [
    ("index_number", "索引号"),
    ("doc_number", "文号"),
    ("publisher", "发布机构"),
    ("date_written", "成文日期"),
    ("date_published", "发布日期"),
    ("subject", "主题分类"),
    ("keywords", "关键词"),
    ("executing_agency", "政策执行机关"),
    ("consulting_agency", "政策咨询机关"),
    ("consulting_phone", "政策咨询电话"),
]


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def page_metadata(page):
    meta = getattr(page, "meta", None)
    out = {}
    for name, _label in METADATA_FIELDS:
        value = meta(name) if callable(meta) else getattr(page, name, None)
        out[name] = _plain(value)
    return out


def plain_value(value):
    """A block value as plain JSON data: lists for ListBlocks (no per-item ids, which change on
    every save and would make identical text look edited), member units by name."""
    if isinstance(value, dict):  # StructValue is a dict
        return {k: plain_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, ListValue)):
        return [plain_value(v) for v in value]
    if isinstance(value, models.Model):
        return getattr(value, "name", None) or str(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def body_blocks(stream_value):
    """The StreamField value as plain block dicts (docs/STRUCTURE.md shapes)."""
    return [
        {"type": child.block_type, "value": plain_value(child.value), "id": child.id or ""}
        for child in stream_value or []
    ]


def take_snapshot(page):
    return {"metadata": page_metadata(page), "body": body_blocks(page.body)}


def labels(blocks):
    """Computed numbers of a snapshot body, aligned with the block list."""
    items = numbered(blocks)
    if len(items) != len(blocks):  # an unknown block type: fall back to no labels rather than wrong ones
        return [""] * len(blocks)
    return [i.label for i in items]


def metadata_rows(version):
    meta = version.metadata
    return [(label, meta.get(name)) for name, label in METADATA_FIELDS if meta.get(name)]
