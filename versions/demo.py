"""Demo: seed 001 (密云镇工作规则) amended once, so a newcomer sees 历史版本 and 修订对照 at once.

Version 1 is the rules as published (施行 2022-03-30, "自印发之日起施行"); version 2 inserts a new
article after 第五条 and changes one character in a member-unit duty article. Idempotent: once the
page has a second version nothing is done.

Every demo document's version 1 is dated as the document was published (its 发布日期, else 成文日期),
not the day the demo was loaded: real publishing records the moment a page goes live, but the demo puts
documents of 2022–2023 online in one go, and a 历史版本 list saying "发布时间 today" contradicts them.
"""

import datetime
import json

from django.db.models import Q

from policies.importer.seeds import SEEDS
from policies.kinds.article import ARTICLE
from policies.models import PolicyPage
from versions.models import PolicyVersion
from versions.recording import record_publication

FIRST_EFFECTIVE = datetime.date(2022, 3, 30)
AMENDED_EFFECTIVE = datetime.date(2024, 1, 1)
# When the fictional amendment was published: before it took effect, never the day the demo was loaded.
TZ = datetime.timezone(datetime.timedelta(hours=8))
PUBLISHED_AT = datetime.time(9, 0, tzinfo=TZ)  # a document's date has no time: the start of office hours
AMENDED_PUBLISHED = datetime.datetime.combine(datetime.date(2023, 12, 15), PUBLISHED_AT)
NEW_ARTICLE = ("委员会办公室建立社区矫正工作台账，每季度向委员会报告成员单位履职情况和社区矫正对象"
               "帮扶情况，重大情况随时报告。")
OLD_WORDS, NEW_WORDS = "依法受理登记", "依法办理登记"  # 镇市场监管所工作职责（第十六条）
NOTE = ("增加一条，作为第六条：委员会办公室建立工作台账并定期报告；原第六条至第二十六条顺延为第七条至第二十七条。"
        "第十七条（原第十六条）“依法受理登记”修改为“依法办理登记”。")


def find_rules():
    return (PolicyPage.objects.live().filter(title__contains="密云镇", title__endswith="工作规则")
            .order_by("pk").first())


def _paragraph_texts(block):
    for para in block["value"].get("paragraphs") or []:
        yield para.get("value", para) if isinstance(para, dict) and "value" in para else para


def amended_body(raw):
    """The body with the amendment applied, or None when the text is not the one expected."""
    raw = json.loads(json.dumps(raw))  # a deep, plain copy
    articles = [i for i, b in enumerate(raw) if b["type"] == ARTICLE.name]
    duty = next((b for b in raw if b["type"] == ARTICLE.name
                 and any(OLD_WORDS in (p.get("text") or "") for p in _paragraph_texts(b))), None)
    if len(articles) < 6 or duty is None:
        return None
    for para in _paragraph_texts(duty):
        para["text"] = para.get("text", "").replace(OLD_WORDS, NEW_WORDS)
    new = {"type": ARTICLE.name, "value": {"unit": None, "paragraphs": [{"text": NEW_ARTICLE, "item_style": "", "items": []}]}}
    raw.insert(articles[4] + 1, new)
    return raw


def demo_documents():
    """The seed documents (top pages by their seed slugs, with their attachments) and the amended rules."""
    tops = PolicyPage.objects.filter(slug__in=[seed["slugs"][""] for seed in SEEDS])
    where = Q(pk__in=[p.pk for p in tops]) | Q(pk=getattr(find_rules(), "pk", None))
    for top in tops:
        where |= Q(path__startswith=top.path)
    return PolicyPage.objects.filter(where)


def document_day(version):
    """The document's own 发布日期, else its 成文日期, as frozen in the version; or None."""
    text = version.metadata.get("date_published") or version.metadata.get("date_written")
    return datetime.date.fromisoformat(text[:10]) if text else None


def backdate_first_versions(pages):
    """Version 1 of each page published on the document's own date (queryset update: no signals, no
    re-indexing for a date nobody searches)."""
    for version in PolicyVersion.objects.filter(page__in=pages, number=1):
        day = document_day(version)
        at = datetime.datetime.combine(day, PUBLISHED_AT) if day else None
        if at and version.published_at != at:
            PolicyVersion.objects.filter(pk=version.pk).update(published_at=at)


def load(stdout=None):
    page = amend(stdout)
    backdate_first_versions(demo_documents())
    return page


def amend(stdout=None):
    page = find_rules()
    if page is None:
        if stdout:
            stdout.write("版本演示：未找到密云镇工作规则（种子001），跳过。\n")
        return None
    versions = PolicyVersion.objects.filter(page=page)
    if versions.count() >= 2:
        versions.filter(number=2, published_at__gt=AMENDED_PUBLISHED).update(published_at=AMENDED_PUBLISHED)
        return page
    if not versions.exists():  # published before the versions app existed
        record_publication(page, page.live_revision)
    versions.filter(number=1).update(effective_date=FIRST_EFFECTIVE)

    draft = (page.live_revision or page.get_latest_revision()).as_object()
    body = amended_body(list(draft.body.raw_data))
    if body is None:
        if stdout:
            stdout.write("版本演示：密云镇工作规则的正文与种子不同，未生成修订版本。\n")
        return page
    draft.body = json.dumps(body, ensure_ascii=False)
    draft.version_is_new = True
    draft.version_note = NOTE
    draft.version_effective_date = AMENDED_EFFECTIVE
    draft.save_revision().publish()
    versions.filter(number=2).update(published_at=AMENDED_PUBLISHED)
    return page
