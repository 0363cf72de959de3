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
            context["outline"] = [
                (i.type, i.level, i.label, i.title if i.type in ("heading", "duty_list") else i.title[:24])
                for i in items if i.type in ("heading", "article", "duty_list")
            ]
            return context
