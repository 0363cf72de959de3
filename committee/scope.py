"""Who sees what of the committee's papers: a 联络员 sees only their own member unit's; the office all of
its committee's (the 要点/总结 are kept per committee: the site's).

Out-of-scope rows are filtered from every list and answer 404 when named, exactly like missing ones.
"""

from .models import AnnualReport, Distribution, SupervisionItem, YearlyPaper
from .units import liaison_unit, site_committee


def is_liaison(user):
    return liaison_unit(user) is not None


def is_office(user):
    """The committee office (司法所) and its leaders: they hold the meeting permissions."""
    return user.is_superuser or (user.has_perm("committee.view_meeting") and not is_liaison(user))


def _of_unit(user, qs, **liaison_filter):
    """The rows of the user's own unit for a 联络员 (narrowed by liaison_filter), all for the office, else none."""
    unit = liaison_unit(user)
    if unit is not None:
        return qs.filter(unit=unit, **liaison_filter)
    return qs if is_office(user) else qs.none()


def reports_for(user, qs=None):
    return _of_unit(user, AnnualReport.objects.all() if qs is None else qs)


def distributions_for(user, qs=None):
    """Receipts: a 联络员 sees the 纪要 sent to their unit once 印发; the office sees every one."""
    return _of_unit(user, Distribution.objects.all() if qs is None else qs, minutes__status="已印发")


def supervision_items_for(user, qs=None):
    """督办: a 联络员 sees the items their unit is 承办单位 of (from an 印发 纪要); the office sees all."""
    return _of_unit(user, SupervisionItem.objects.all() if qs is None else qs, minutes__status="已印发")


def papers_for(user, qs=None):
    """年度工作要点/总结: the site's committee's, never another's. Who may open them at all is the model
    permission's (the office roles hold it; anyone else is refused before any row is looked up)."""
    return (YearlyPaper.objects.all() if qs is None else qs).filter(committee=site_committee())
