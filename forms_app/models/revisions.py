"""Revisions of a record keep its content only: the workflow state, number and dates are the record's own.

A revision is a snapshot of every field, taken while the record was in whatever state it was then; handing
that snapshot back (恢复 / revert, compare) must not rewind the workflow, or an issued notice would lose its
协通字 number and a returned 登记表 would reopen. Each model names its protected fields once, in
WORKFLOW_FIELDS; only notice_workflow.py and notice_numbers.py write them, always with update_fields.
"""

from django.db import models, transaction
from modelcluster.models import get_all_child_relations
from wagtail.models import RevisionMixin


class WorkflowRevisionMixin(RevisionMixin):
    WORKFLOW_FIELDS = ()  # set by each model: state, number, dates and who acted (the model defines DRAFT)

    # Each model lists it in its WORKFLOW_FIELDS: a revert never changes when the record was created.
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        abstract = True

    @classmethod
    def workflow_attnames(cls):
        return [cls._meta.get_field(name).attname for name in cls.WORKFLOW_FIELDS]

    def with_content_json(self, content):
        # self is the record as it stands now (Revision.as_object): its workflow fields win over the snapshot's.
        obj = super().with_content_json(content)
        for attname in self.workflow_attnames():
            setattr(obj, attname, getattr(self, attname))
        self._renew_deleted_children(obj)
        return obj

    def _renew_deleted_children(self, obj):
        """Rows the snapshot lists (协助事项, 家庭成员) but a later save deleted come back as new rows: their old
        ids would make the form refuse the revert ("选择一个有效的选项")."""
        for relation in get_all_child_relations(self):
            children = list(getattr(obj, relation.get_accessor_name()).all())
            ids = [child.pk for child in children if child.pk is not None]
            alive = set(relation.related_model._base_manager.filter(
                pk__in=ids, **{relation.field.name: self.pk}).values_list("pk", flat=True))
            for child in children:
                if child.pk not in alive:
                    child.pk = None

    def revert_refusal(self):
        """Why this record may not go back to an earlier version ("" while it is a draft): past 草稿 its
        content is frozen too (the edit form refuses it), so a revert would have nothing left to change."""
        if self.status == self.DRAFT:
            return ""
        return (f"该{self._meta.verbose_name}当前为“{self.get_status_display()}”，不能恢复到早期版本："
                "只有草稿可以恢复，编号、状态和日期始终以当前记录为准。")

    def save(self, *args, **kwargs):
        """A content save of an existing record (edit form, revert) writes the workflow fields as they stand
        in the database, read under a row lock: a form loaded before the record was approved or issued
        cannot put it back."""
        if self._state.adding or kwargs.get("update_fields") is not None:
            return super().save(*args, **kwargs)
        attnames = self.workflow_attnames()
        with transaction.atomic():
            current = type(self)._base_manager.select_for_update().filter(pk=self.pk).values(*attnames).first()
            for attname, value in (current or {}).items():
                setattr(self, attname, value)
            return super().save(*args, **kwargs)
