"""The edit form of a paper with a workflow (纪要, 年度工作要点/总结): only a 草稿 is saved, and never over its
workflow fields.

The form was built from the row as it was when the user opened it; meanwhile someone may have 审核/签发/提交
or returned it. So the save re-reads the row under the lock the workflow steps take (workflow.act,
paper_workflow.act): a paper that is no longer a 草稿 is refused with a Chinese message, and the fields no
form edits (status, who and when of each step, a return's reason: editable=False) are taken from the row
as it is now, not from the stale form — the form writes its own fields only.

Nor is 编辑 offered once the paper has left the draft: `draft_only` makes the listing (row menu; the title
then opens 查看), the 查看 page's header and the history page link to the edit form only while a 草稿.
"""

from django.db import transaction
from wagtail.snippets.views.snippets import EditView


def workflow_fields(model):
    """The attribute names of the fields no form edits (FKs by their id), the primary key aside."""
    return [f.attname for f in model._meta.concrete_fields if not f.editable and not f.primary_key]


class DraftOnlyEditView(EditView):
    """Set `editable` (status -> bool, the rules module's) and `refusal` (with {status}) per model."""

    editable = staticmethod(lambda status: False)
    refusal = "{status}"

    def form_valid(self, form):
        model = type(self.object)
        with transaction.atomic():
            current = model.objects.select_for_update().get(pk=self.object.pk)
            if self.editable(current.status):
                for name in workflow_fields(model):
                    setattr(form.instance, name, getattr(current, name))
                return super().form_valid(form)
        message = self.refusal.format(status=current.status)
        form.add_error(None, message)
        self.produced_error_code, self.produced_error_message = "validation_error", message  # Wagtail's banner
        return self.form_invalid(form)


class DraftOnlyLinks:
    """Links to the edit form (Wagtail's get_edit_url, with or without the row) only while it is a 草稿."""

    editable = staticmethod(lambda status: False)

    def get_edit_url(self, *args):
        row = args[0] if args else self.object
        return super().get_edit_url(*args) if self.editable(row.status) else None


def draft_only(editable):
    """Decorate a SnippetViewSet: its listing, 查看 and history views offer 编辑 only while `editable(status)`."""

    def decorate(viewset):
        for attr in ("index_view_class", "inspect_view_class", "history_view_class"):
            base = getattr(viewset, attr)
            setattr(viewset, attr, type(base.__name__, (DraftOnlyLinks, base), {"editable": staticmethod(editable)}))
        return viewset

    return decorate
