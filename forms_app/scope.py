"""Who may see which records. Every list, detail, chooser, export and PDF goes through these helpers.

- superusers see everything;
- 司法所 users (StaffProfile.office) see their office's records, minors included;
- village-committee users see only their own committee's records, never minors (社区矫正法 art. 54),
  and only notices the office has sent;
- anyone else (no profile) sees nothing.
"""

from django.http import Http404

from .idcard import mask_id as _mask_id
from .idcard import mask_phone as _mask_phone
from .models import AssistanceNotice, Assistant, AuditEntry, Office, Registration, Supervisee, VillageCommittee
from .models.supervisee import minor_cutoff

UNMASK_PERM = "forms_app.view_unmasked_personal_data"


def profile(user):
    if not getattr(user, "is_authenticated", False):
        return None
    cached = getattr(user, "_cc_profile_cache", False)
    if cached is not False:
        return cached
    from .models import StaffProfile

    prof = StaffProfile.objects.select_related("office", "village_committee").filter(user=user).first()
    user._cc_profile_cache = prof
    return prof


def office_of(user):
    """The office a user works for (a village user's office is their committee's office)."""
    prof = profile(user)
    if prof is None:
        return None
    if prof.office_id:
        return prof.office
    return prof.village_committee.office


def is_office_user(user):
    prof = profile(user)
    return bool(user.is_superuser or (prof and prof.office_id))


def is_village_user(user):
    prof = profile(user)
    return bool(not user.is_superuser and prof and prof.village_committee_id)


def _scoped(qs, user, office_field, committee_field, minor_field=None):
    if user.is_superuser:
        return qs
    prof = profile(user)
    if prof is None:
        return qs.none()
    if prof.office_id:
        return qs.filter(**{office_field: prof.office_id})
    qs = qs.filter(**{committee_field: prof.village_committee_id})
    if minor_field:
        qs = qs.filter(**{f"{minor_field}__lte": minor_cutoff()})
    return qs


def supervisees_for(user, qs=None):
    qs = Supervisee.objects.all() if qs is None else qs
    return _scoped(qs, user, "office_id", "village_committee_id", "birth_date")


# A committee receives a notice when the 司法所 sends it: drafts and approvals stay inside the office.
SENT_STATUSES = (AssistanceNotice.ISSUED, AssistanceNotice.RETURNED)


def notices_for(user, qs=None):
    qs = AssistanceNotice.objects.all() if qs is None else qs
    qs = _scoped(qs, user, "office_id", "village_committee_id", "supervisee__birth_date")
    if is_village_user(user):
        qs = qs.filter(status__in=SENT_STATUSES)
    return qs


def registrations_for(user, qs=None):
    qs = Registration.objects.all() if qs is None else qs
    return _scoped(qs, user, "village_committee__office_id", "village_committee_id", "supervisee__birth_date")


def assistants_for(user, qs=None):
    qs = Assistant.objects.all() if qs is None else qs
    return _scoped(qs, user, "village_committee__office_id", "village_committee_id")


def committees_for(user, qs=None):
    qs = VillageCommittee.objects.all() if qs is None else qs
    return _scoped(qs, user, "office_id", "id")


def offices_for(user, qs=None):
    """The user's own office (a village user's is their committee's); superusers see all."""
    qs = Office.objects.all() if qs is None else qs
    if user.is_superuser:
        return qs
    office = office_of(user)
    return qs.filter(pk=office.pk) if office else qs.none()


def audit_entries_for(user, qs=None):
    """Only heads (view_auditentry) of an office read its audit trail; superusers read all."""
    qs = AuditEntry.objects.all() if qs is None else qs
    if user.is_superuser:
        return qs
    prof = profile(user)
    if prof is None or not prof.office_id or not user.has_perm("forms_app.view_auditentry"):
        return qs.none()
    return qs.filter(office_id=prof.office_id)


SCOPES = {
    Supervisee: supervisees_for,
    AssistanceNotice: notices_for,
    Registration: registrations_for,
    Assistant: assistants_for,
    VillageCommittee: committees_for,
    AuditEntry: audit_entries_for,
    Office: offices_for,
}


def scope_queryset(user, qs):
    func = SCOPES.get(qs.model)
    return func(user, qs) if func else qs


def choices_for(user, qs):
    """The rows a dropdown (listing filter, form field) may offer: the scope, or nothing for unknown models.

    A filter naming a model without a scope rule would list every row of it; refusing keeps a new filter
    from leaking until someone writes its rule here.
    """
    func = SCOPES.get(qs.model)
    if func is not None:
        return func(user, qs)
    return qs if user.is_superuser else qs.none()


def can_view(user, obj):
    """True when `obj` is inside the user's scope (checked in the database, so the rules stay in one place)."""
    func = SCOPES.get(type(obj))
    if func is None or obj.pk is None:
        return False
    return func(user, type(obj).objects.filter(pk=obj.pk)).exists()


def check_view(user, obj):
    """Raise 404 for objects outside the scope: out-of-scope records must look like missing ones."""
    if not can_view(user, obj):
        raise Http404("没有找到该记录。")
    return obj


def can_unmask(user):
    return bool(user.is_superuser or user.has_perm(UNMASK_PERM))


def mask_id(value):
    return _mask_id(value)


def mask_phone(value):
    return _mask_phone(value)


def shown_id(user, value):
    return value if can_unmask(user) else mask_id(value)


def shown_phone(user, value):
    return value if can_unmask(user) else mask_phone(value)


# The personal numbers each record holds, by kind: listings, inspect views, exports and imports mask these.
MASKED = {
    Supervisee: {"id_number": "id"},
    Registration: {"contact": "phone"},
    Assistant: {"phone": "phone"},
}
_MASKS = {"id": mask_id, "phone": mask_phone}


def masked(kind, value):
    """`value` masked as a number of `kind` ("id" or "phone")."""
    return _MASKS[kind](value)


def shown(user, kind, value):
    """`value`, a number of `kind`, as `user` may read it: in full, or masked."""
    return value if can_unmask(user) else masked(kind, value)


def _office_of_obj(obj):
    for path in ("office", "village_committee.office", "notice.office"):
        target = obj
        for part in path.split("."):
            target = getattr(target, part, None)
            if target is None:
                break
        if target is not None:
            return target
    return None


def audit(user, action, obj, detail=""):
    """Record that `user` did `action` (view/print/export/…) on `obj` (a record, or a model class for lists).
    Texts longer than their column are cut to it: the entry is written whatever it says."""
    if isinstance(obj, type):
        model, object_id, text, office = obj._meta.verbose_name, "", "", office_of(user)
    else:
        model = obj._meta.verbose_name
        object_id = str(obj.pk or "")
        text = str(obj)
        office = _office_of_obj(obj)
    texts = {"username": getattr(user, "username", ""), "model": str(model), "object_id": object_id,
             "object_repr": text, "detail": detail}
    return AuditEntry.objects.create(
        user=user if getattr(user, "is_authenticated", False) else None,
        action=action,
        office=office,
        **{name: value[:AuditEntry._meta.get_field(name).max_length] for name, value in texts.items()},
    )
