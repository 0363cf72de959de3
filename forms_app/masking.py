"""The one rule for personal numbers outside the listings: who reads a phone or ID number in full.

A value is shown in full — on screen, on paper, in a prefilled form — exactly when the user may read it
in full on screen anyway: with the 可查看完整身份证号码和电话号码 permission (司法所负责人), or in a
record the user may edit, whose edit form shows the full value they could type again (the village
committee's own 登记表, the assistants it recommended). Everyone else gets the masked form of the value.
docs/FORMS.md ("Masking on paper") gives the privacy reasoning.
"""

from . import scope


def shows_full(user, record, in_scope: bool = False) -> bool:
    """True when `user` may read `record`'s phone and ID numbers unmasked (`in_scope`: the caller fetched
    the record through forms_app.scope already, so the scope query is not repeated per row)."""
    if scope.can_unmask(user):
        return True
    opts = record._meta
    if not user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
        return False
    return in_scope or scope.can_view(user, record)


def shown_phone(user, record, value: str, in_scope: bool = False) -> str:
    return value if shows_full(user, record, in_scope) else scope.mask_phone(value)
