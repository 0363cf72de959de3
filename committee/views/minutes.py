"""The 纪要's inspect page offers the workflow step the user may take; a new draft records its drafter."""

from django.urls import reverse
from wagtail.snippets.views.snippets import CreateView, InspectView

from .. import workflow
from ..rules import minutes as rules


class MinutesInspectView(InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["minutes_actions"] = [
            {"name": action, "label": rules.ACTIONS[action][3],
             "url": reverse("committee_minutes_action", args=[self.object.pk, action])}
            for action in workflow.allowed_actions(self.request.user, self.object)
        ]
        if self.object.status in (rules.SIGNED, rules.ISSUED):
            context["pdf_url"] = reverse("committee_minutes_pdf", args=[self.object.pk])
        return context


class MinutesCreateView(CreateView):
    def save_instance(self):
        self.form.instance.drafted_by = self.request.user
        return super().save_instance()
