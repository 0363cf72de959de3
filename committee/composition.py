"""The committee's current composition as the public sees it: names and posts only, from the appointments."""

from django.db.models import Case, IntegerField, Q, Value, When

from .models import Appointment

PUBLIC_POSTS = [Appointment.DIRECTOR, Appointment.EXECUTIVE, Appointment.DEPUTY, Appointment.MEMBER]


def current(today):
    """Appointments in force on `today`, 主任 first, then 常务副主任, 副主任, 委员 in unit order."""
    rank = Case(*[When(post=p, then=Value(i)) for i, p in enumerate(PUBLIC_POSTS)], output_field=IntegerField())
    return (Appointment.objects.filter(post__in=PUBLIC_POSTS, changed_on__lte=today)
            .filter(Q(ended_on=None) | Q(ended_on__gt=today))
            .annotate(rank=rank).order_by("rank", "unit__sort_order", "person"))


def public_rows(today):
    """[(委员会职务, 姓名, 本单位职务)]: nothing else of a person reaches the public page."""
    return [(a.post, a.person, a.job_title) for a in current(today)]
