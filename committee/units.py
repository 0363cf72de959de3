"""Which member units a committee user may pick: their own committee's; a 联络员 only their own unit.

The site keeps one committee's papers (SiteSettings.committee_name, e.g. 回龙坝镇社区矫正委员会); the policy
library also publishes other towns' documents, whose member units (密云镇's 司法所…) share the table but are
never a unit of this committee: no form, chooser, filter or 已报送/未报送 list of the committee offers them,
and the 履职看板 and a 总结's prefilled text count none of their rows.
No model of this app is imported here (the models' forms use it).
"""

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from wagtail.models import Site

from home.models import SiteSettings
from policies.models import MemberUnit


def site_committee():
    """The committee this site's office keeps the papers of ("" before the site exists)."""
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).committee_name if site else ""


def liaison_unit(user):
    """The member unit a 联络员 account speaks for, or None for everyone else."""
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.liaison_account.unit
    except ObjectDoesNotExist:
        return None


def units_of(committee):
    """The member units of `committee`, in their published order."""
    return MemberUnit.objects.filter(committee=committee).order_by("sort_order", "name")


def committee_units():
    """The own committee's member units, in their published order."""
    return units_of(site_committee())


def units_for(user):
    """The units `user` may name in a committee form: a 联络员 their own, anyone else the committee's."""
    unit = liaison_unit(user)
    if unit is not None:
        return MemberUnit.objects.filter(pk=unit.pk)
    return committee_units()


def own_units_q(committee=None):
    """A filter on rows with a `unit`: the own committee's units, or none (a leader's appointment), never
    another town's (`committee` defaults to the site's)."""
    return Q(unit=None) | Q(unit__committee=site_committee() if committee is None else committee)
