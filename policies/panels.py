"""Admin panel showing the computed numbering of the saved draft, so editors see 第N条 without typing it."""

from wagtail.admin.panels import Panel

from policies.numbering import numbered


class NumberingPanel(Panel):
    """Outline of the body as the public will see it: chapters, 第N条 with their first words."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "policies/admin/numbering_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            items = numbered(self.instance.body) if self.instance.pk else []
            # (depth, label, title): each kind says whether and how deep it shows in the outline
            context["outline"] = [(o[0], i.label, o[1]) for i in items if (o := i.kind.outline(i))]
            return context
