"""Preview (dry run) and import of one uploaded table, as plain data the views and the task share.

The confirmed import runs in one transaction: import_export rolls it back when any row is invalid or
fails, so either every row is written or none is.
"""

import tablib
from django.db import transaction
from django.utils import translation
from wagtail.signal_handlers import disable_reference_index_auto_update

from forms_app import scope
from .files import SheetError
from .references import update_references
from .resources import RESOURCES

MAX_LISTED = 500  # invalid rows listed in full (all are counted); more would only swamp the page
MAX_CHANGES = 200  # new/updated rows shown in the preview

KINDS = {
    "committees": ("村(居)委会", "forms_app.add_villagecommittee"),
    "supervisees": ("社区矫正对象", "forms_app.add_supervisee"),
    "assistants": ("协助人员", "forms_app.add_assistant"),
}
TYPE_LABELS = {"new": "新增", "update": "更新", "skip": "无变化", "invalid": "有误", "error": "有误"}


def may_import(user, kind):
    """Who may import what: 司法所 users into their own office; village users only assistants."""
    if kind not in KINDS or not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    if scope.profile(user) is None or not user.has_perm(KINDS[kind][1]):
        return False
    return kind == "assistants" or scope.is_office_user(user)


def dataset(table):
    data = tablib.Dataset(headers=table.headers)
    for values in table.rows:
        data.append(values)
    return data


def run(user, kind, table, dry_run=True, progress=None):
    """Validate (dry_run) or import `table`; returns the summary dict stored with the job."""
    with translation.override("zh-hans"):
        resource = RESOURCES[kind](user, progress=progress)
        resource.check_headings(table.headers)
        resource.lines = table.lines
        data = dataset(table)
        # Wagtail re-indexes references after every single save (a task each); for thousands of rows the
        # index is brought up to date once, after the commit, by one background task instead.
        with transaction.atomic(), disable_reference_index_auto_update():
            result = resource.import_data(data, dry_run=dry_run, use_transactions=True,
                                          rollback_on_validation_errors=True)
            summary = summarise(resource, result, table)
            resource.after_run()
            if not dry_run and summary["ok"]:
                counts = summary["counts"]
                scope.audit(user, "create", resource._meta.model,
                            f"表格导入：新增{counts['new']}行，更新{counts['update']}行，无变化{counts['skip']}行")
                changed = [obj.pk for obj in resource.saved if obj.pk]
                if changed:
                    model = resource._meta.model
                    transaction.on_commit(lambda: _reindex(model, changed))
        return summary


def _reindex(model, pks):
    update_references.enqueue(model._meta.app_label, model._meta.model_name, [str(pk) for pk in pks])


def summarise(resource, result, table):
    counts = {"new": 0, "update": 0, "skip": 0, "invalid": 0}
    invalid, changes = [], []
    name_heading = resource.fields["name"].column_name
    for number, row_result in enumerate(result.rows, start=1):
        kind = row_result.import_type
        line = resource.line(number)
        if kind in ("invalid", "error"):
            counts["invalid"] += 1
            if len(invalid) < MAX_LISTED:
                if kind == "invalid":
                    reasons = resource.messages(row_result.validation_error)
                else:
                    reasons = ["这一行无法保存（可能与已有记录冲突），请核对后重试。"]
                name = table.rows[number - 1][table.headers.index(name_heading)] \
                    if name_heading in table.headers else ""
                invalid.append({"line": line, "name": str(name), "reasons": reasons})
        elif kind in counts:
            counts[kind] += 1
            if kind != "skip" and len(changes) < MAX_CHANGES:
                changes.append({"line": line, "type": TYPE_LABELS[kind], "name": row_result.object_repr or ""})
    if result.base_errors:
        raise SheetError("导入时出现错误，没有写入任何数据。")
    return {"counts": counts, "invalid": invalid, "changes": changes, "total": len(table.rows),
            "ok": counts["invalid"] == 0}


def check(user, kind, table):
    """Raise SheetError when the file itself is unusable (headings); rows are judged by run()."""
    RESOURCES[kind](user).check_headings(table.headers)
