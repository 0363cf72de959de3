"""恢复 (revert to an earlier revision): a draft takes back an earlier version's content; a record past 草稿
is refused with the reason, and nothing is saved. The workflow fields stay the record's own either way
(models/revisions.py)."""

from django.contrib import messages
from django.shortcuts import redirect


class RevertRefusalMixin:
    def refusal(self):
        if not hasattr(self, "object"):
            self.object = self.get_object()
        refuse = getattr(self.object, "revert_refusal", None)
        return refuse() if refuse else ""

    def get(self, request, *args, **kwargs):
        # The earlier version may still be read (the fields are disabled, as on the edit page); say why it
        # cannot be restored before the user looks for the button.
        if reason := self.refusal():
            messages.error(request, reason)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if reason := self.refusal():
            messages.error(request, reason)
            return redirect(self.get_history_url())
        return super().post(request, *args, **kwargs)
