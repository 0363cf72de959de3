"""Turning a publication into a version, and finding versions."""

from django.utils import timezone

from core.dates import chinese_date
from versions.effective import effective_date
from versions.models import PolicyVersion
from versions.snapshot import take_snapshot

# The page's fields this app reads at publish and clears after it (PolicyPage declares them: see docs/ARCHITECTURE.md).
FLAG_FIELDS = ("version_is_new", "version_note", "version_effective_date")


def record_publication(page, revision=None):
    """Create version n+1 when the editor marked this publication as a 修订, or version 1.

    Editorial fixes (flag off) add nothing to the history: the live page is simply the current text.
    Returns the new PolicyVersion or None.
    """
    last = PolicyVersion.objects.select_for_update().filter(page_id=page.pk).order_by("-number").first()
    if last is not None and not getattr(page, "version_is_new", False):
        return None
    published_at = getattr(revision, "approved_go_live_at", None) or page.last_published_at or timezone.now()
    effective, basis = _effective(page, first=last is None, published_at=published_at)
    version = PolicyVersion.objects.create(
        page_id=page.pk,
        number=(last.number + 1) if last else 1,
        revision=revision,
        title=page.title,
        snapshot=take_snapshot(page),
        note=(getattr(page, "version_note", "") or "").strip() or ("首次发布" if last is None else ""),
        effective_date=effective,
        effective_basis=basis,
        published_at=published_at,
    )
    _reset_flags(page, revision)
    return version


def _effective(page, first, published_at):
    """(施行日期, its basis): the editor's date; for version 1 the document's own 施行 clause or dates."""
    chosen = getattr(page, "version_effective_date", None)
    if chosen:
        return chosen, "编辑填写"
    if first:
        notice = getattr(page, "notice", None)
        texts = [page.body_text(), *page.notice_paragraphs(), *(notice.notice_paragraphs() if notice else [])]
        day, basis = effective_date(texts, page.meta("date_written"), page.meta("date_published"))
        if day:
            return day, basis
    return timezone.localdate(published_at), "未写明施行日期，按网上发布之日"


def _reset_flags(page, revision):
    """Clear the 修订 flag on the page and on the revision the next edit starts from.

    Otherwise the next editorial fix, edited from this revision, would silently become a new version.
    """
    # Back to the fields' own defaults (off, no note, no date).
    present = {k: type(page)._meta.get_field(k).get_default() for k in FLAG_FIELDS if hasattr(page, k)}
    if not present:
        return
    type(page).objects.filter(pk=page.pk).update(**present)
    for k, v in present.items():
        setattr(page, k, v)
    if revision is not None and isinstance(revision.content, dict):
        revision.content.update({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in present.items()})
        revision.save(update_fields=["content"])


def effective_date_error(page):
    """For the policy page form (versions' clean_policy_page_form hook): a 修订 cannot take effect before the
    version it amends (message or "")."""
    if not getattr(page, "version_is_new", False) or not page.pk:
        return ""
    day = getattr(page, "version_effective_date", None)
    last = PolicyVersion.objects.filter(page_id=page.pk).order_by("-number").first()
    if day and last and day < last.effective_date:
        return (f"施行日期不能早于现行版本（第{last.number}版）的施行日期"
                f"{chinese_date(last.effective_date)}。")
    return ""


def public_versions(page):
    return PolicyVersion.objects.filter(page_id=page.pk).order_by("number")


def in_force(versions, day):
    """Of `versions` (a list), the one in force on `day`: the latest 施行日期 ≤ day (ties: the later
    number); None before the first takes effect. Same rule as version_on, without a query."""
    past = [v for v in versions if v.effective_date <= day]
    return max(past, key=lambda v: (v.effective_date, v.number), default=None)


def version_on(page, day):
    """The version that applied on `day`: the latest whose 施行日期 ≤ day (ties: the later number)."""
    return (
        PolicyVersion.objects.filter(page_id=page.pk, effective_date__lte=day)
        .order_by("-effective_date", "-number")
        .first()
    )
