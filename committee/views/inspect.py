"""查看 pages in the committee's words: a list of related rows (议题, 出席情况, 分送单位…) is labelled with the
related model's Chinese name, not the English relation name, and an empty value reads （未填写）, not None."""

from wagtail.snippets.views.snippets import InspectView

EMPTY = "（未填写）"


class ChineseInspectView(InspectView):
    def get_field_label(self, field_name, field):
        if field is not None and getattr(field, "auto_created", False) and not getattr(field, "concrete", True):
            return str(field.related_model._meta.verbose_name_plural)  # a reverse relation
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return EMPTY if value is None or value == "" else value
