"""Which years' 年度工作要点/总结 are due or late, for the 履职看板 (rules.papers decides; this reads the rows)."""

from django.db.models import Min

from .models import Meeting, YearlyPaper
from .rules import papers as rules


def first_year(committee):
    """The first year the committee keeps records here (its first paper or meeting), or None."""
    years = [YearlyPaper.objects.filter(committee=committee).aggregate(y=Min("year"))["y"],
             Meeting.objects.aggregate(d=Min("held_on"))["d"]]
    years = [y.year if hasattr(y, "year") else y for y in years if y is not None]
    return min(years) if years else None


def checks(committee, kind, today):
    """[rules.Check] for every year of `kind` from the first year on record to the one being worked on."""
    papers = {p.year: (p.status, p.approved_at.astimezone().date() if p.approved_at else None)
              for p in YearlyPaper.objects.filter(committee=committee, kind=kind)}
    return rules.checks(kind, first_year(committee), papers, today)


def duty_row(committee, kind, today):
    """(on track?, detail): late years named first; else the paper being worked on."""
    found = checks(committee, kind, today)
    late = [c for c in found if c.late]
    if late:
        return False, "；".join(c.detail for c in late[-3:])
    return True, found[-1].detail
