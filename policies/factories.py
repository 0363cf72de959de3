"""Build policy pages from docs/STRUCTURE.md-shaped data (tests, demo, other apps' fixtures).

    build_policy(library, "某某规则", body=[
        heading("机构设置"),
        article("为……制定本规则。"),
        article(para("主要任务包括：", "cn_paren", ["……", "……"])),
        duty_list("司法所", ["主管……", "……"]),
    ], doc_number="回府发〔2023〕104号", publisher="…")

Member units are given by name (created on first use), as in the importer's JSON.
"""

from datetime import date

from policies.kinds.article import ARTICLE
from policies.kinds.duty_list import DUTY_LIST
from policies.kinds.form import FORM
from policies.kinds.heading import HEADING
from policies.kinds.paragraph import PARAGRAPH
from policies.models import MemberUnit, PolicyPage


def para(text="", item_style="", items=()):
    return {"text": text, "item_style": item_style, "items": list(items)}


def heading(title, style="cn_list", level="chapter"):
    return {"type": HEADING.name, "value": {"level": level, "style": style, "title": title}}


def article(*paragraphs, unit=None):
    paras = [para(p) if isinstance(p, str) else p for p in paragraphs]
    return {"type": ARTICLE.name, "value": {"unit": unit, "paragraphs": paras}}


def paragraph(text, item_style="", items=()):
    return {"type": PARAGRAPH.name, "value": para(text, item_style, items)}


def duty_list(unit, duties, style="cn_list", item_style="arabic_dot"):
    return {"type": DUTY_LIST.name, "value": {"unit": unit, "style": style, "item_style": item_style, "duties": list(duties)}}


def form(kind, note=""):
    return {"type": FORM.name, "value": {"form": kind, "note": note}}


def unit_named(name, committee=None):
    """A unit by name: of that committee when given, else the first of that name (the demo's own
    committee sorts before the second town's), created without a committee when there is none."""
    if committee is not None:
        return MemberUnit.named(name, committee)
    return MemberUnit.objects.filter(name=name).order_by("committee", "pk").first() or MemberUnit.named(name)


def stream_data(body):
    """STRUCTURE.md blocks (units by name or instance) as raw StreamField data (units by id)."""
    out = []
    for block in body:
        value = dict(block["value"])
        unit = value.get("unit")
        if isinstance(unit, str):
            value["unit"] = unit_named(unit).pk
        elif isinstance(unit, MemberUnit):
            value["unit"] = unit.pk
        out.append({"type": block["type"], "value": value})
    return out


def build_policy(parent, title, body=(), publish=True, slug=None, **fields):
    """A PolicyPage under `parent` (library or notice), saved as a revision and published if asked."""
    fields.setdefault("date_published", date(2023, 8, 29) if parent.specific_class is not PolicyPage else None)
    page = PolicyPage(title=title, body=stream_data(body), live=False, **fields)
    if slug:
        page.slug = slug
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page
