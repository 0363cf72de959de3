from django import template
from django.utils import timezone

from committee.composition import public_rows

register = template.Library()


@register.inclusion_tag("committee/composition.html")
def committee_composition():
    return {"rows": public_rows(timezone.localdate())}
