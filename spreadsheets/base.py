"""What the three spreadsheet resources share: the importing user's scope, natural keys, duplicate
rows, Chinese headings and messages, masking on export, progress reporting."""

import time
from collections import Counter

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from import_export import resources
from import_export.instance_loaders import BaseInstanceLoader

from forms_app import scope
from . import cells
from .files import SheetError
from .widgets import DateWidget

AMBIGUOUS = object()  # several database rows share one natural key


class NaturalKeyLoader(BaseInstanceLoader):
    """Finds existing rows by the resource's natural key, all of them up front in a few queries."""

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        self.cache = resource.existing_by_key(dataset)

    def get_instance(self, row):
        key = self.resource.row_key(row)
        found = self.cache.get(key) if key is not None else None
        if found is AMBIGUOUS:
            raise ValidationError(self.resource.ambiguous_message)
        return found


class SheetResource(resources.ModelResource):
    """A resource bound to the importing/exporting user."""

    key_label = ""  # the heading(s) forming the natural key, for the duplicate message
    ambiguous_message = "数据库中有多条记录与此行对应，无法确定要更新哪一条，请在系统中处理后再导入。"
    required_headings = ()  # headings a file must have (the rest may be left out)

    class Meta:
        skip_unchanged = True
        report_skipped = True
        # import_export's diff deep-copies every instance (a third of the time on big files); skip_row
        # below compares a cheap snapshot instead.
        skip_diff = True
        skip_html_diff = True
        clean_model_instances = True
        use_transactions = True
        instance_loader_class = NaturalKeyLoader
        # Rows are validated one by one (full_clean) and written in batches; the caller's transaction
        # makes the whole file one unit, so a per-row savepoint would buy nothing.
        use_bulk = True
        batch_size = 500

    def __init__(self, user, progress=None):
        super().__init__()
        self.user = user
        self.office = scope.office_of(user)
        self.progress = progress  # callable(done, total) or None
        self.masked = scope.MASKED.get(self._meta.model, {})  # attribute -> "id" | "phone"
        self.lines = []
        self.duplicates = {}
        self.saved = []  # instances written by a real import (their pks exist after the bulk insert)
        self._done = 0
        self._last = 0.0

    # headings ---------------------------------------------------------------------------------------

    def headings(self):
        return [field.column_name for field in self.get_export_fields()]

    def check_headings(self, headers):
        """Raise SheetError unless the file's headings are ours (order free, optional ones may be missing)."""
        known = set(self.headings())
        counts = Counter(headers)  # one pass: a file may carry thousands of headings
        unknown = [h for h in counts if h and h not in known]
        missing = [h for h in self.required_headings if h not in counts]
        repeated = sorted(h for h, n in counts.items() if h and n > 1)
        problems = []
        if missing:
            problems.append("缺少列：" + "、".join(missing))
        if unknown:
            problems.append("无法识别的列：" + "、".join(unknown))
        if repeated:
            problems.append("列标题重复：" + "、".join(repeated))
        if "" in counts:
            problems.append("有列没有标题")
        if problems:
            raise SheetError("表格的列与模板不符（" + "；".join(problems) + "）。请下载模板，按模板的列标题填写。")

    # natural keys and duplicates ---------------------------------------------------------------------

    def row_key(self, row):
        raise NotImplementedError

    def existing_by_key(self, dataset):
        raise NotImplementedError

    @staticmethod
    def index(instances, key):
        found = {}
        for obj in instances:
            k = key(obj)
            found[k] = AMBIGUOUS if k in found else obj
        return found

    def get_instance(self, instance_loader, row):
        return instance_loader.get_instance(row)

    def get_import_fields(self):
        if not hasattr(self, "_import_fields"):
            self._import_fields = super().get_import_fields()
        return self._import_fields

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        kind = self.masked.get(field.attribute)
        if kind and instance.pk and field.column_name in row:
            # The user's own masked export, cell unchanged: keep the stored number instead of refusing it.
            text = str(row[field.column_name] or "").strip()
            stored = getattr(instance, field.attribute) or ""
            if stored and cells.looks_masked(text) and text == scope.masked(kind, stored):
                return
        super().import_field(field, instance, row, is_m2m, **kwargs)

    def _snapshot(self, instance):
        values = {}
        for field in self.get_import_fields():
            model_field = self._meta.model._meta.get_field(field.attribute)
            values[field.attribute] = getattr(instance, model_field.attname)
        return values

    def after_init_instance(self, instance, new, row, **kwargs):
        instance._sheet_before = None if new else self._snapshot(instance)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """Unchanged: an existing row whose every imported value equals what is stored."""
        before = getattr(instance, "_sheet_before", None)
        if import_validation_errors or before is None:
            return False
        return self._snapshot(instance) == before

    def before_import(self, dataset, **kwargs):
        seen = {}
        for i, values in enumerate(dataset, start=1):
            key = self.row_key(dict(zip(dataset.headers, values)))
            if key is not None:
                seen.setdefault(key, []).append(i)
        self.duplicates = {k: rows for k, rows in seen.items() if len(rows) > 1}
        self._total = len(dataset)

    def line(self, row_number):
        return self.lines[row_number - 1] if row_number and len(self.lines) >= row_number else row_number

    # per-row checks -----------------------------------------------------------------------------------

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        key = self.row_key(row)
        if key in self.duplicates:
            others = [str(self.line(n)) for n in self.duplicates[key] if n != kwargs.get("row_number")]
            errors.setdefault(NON_FIELD_ERRORS, []).append(
                f"与第 {'、'.join(others)} 行重复（{self.key_label}相同），同一条记录在文件中只能出现一次。")
        self.check_scope(instance, row, errors)
        if errors:
            raise ValidationError(errors)

    def check_scope(self, instance, row, errors):
        """Add errors for rows the user may not write (subclasses)."""

    def after_run(self):
        """Audit what a run told the user (subclasses); called after the run, outside its rolled-back part."""

    def save_instance(self, instance, is_create, row, **kwargs):
        if self._is_dry_run(kwargs):
            return  # the preview only validates; the confirmed import writes
        self.saved.append(instance)
        super().save_instance(instance, is_create, row, **kwargs)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        # Related objects come from scoped look-ups already; skip Django's one-query-per-row FK re-check.
        # Uniqueness is the natural key's: the loader found any existing row with that key, duplicates
        # within the file are reported above, and the database constraint still guards a race.
        validate_unique = False
        errors = dict(import_validation_errors or {})
        exclude = set(errors) | {f.name for f in self._meta.model._meta.fields if f.is_relation}
        try:
            instance.full_clean(exclude=exclude, validate_unique=validate_unique)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        for f in self._meta.model._meta.fields:
            if f.is_relation and not f.null and f.name not in errors and getattr(instance, f.attname) is None:
                errors[f.name] = ["这个字段是必填项。"]
        if errors:
            raise ValidationError(errors)

    def import_row(self, row, instance_loader, **kwargs):
        result = super().import_row(row, instance_loader, **kwargs)
        self._done += 1
        if self.progress and (self._done == self._total or time.monotonic() - self._last > 0.5):
            self._last = time.monotonic()
            self.progress(self._done, self._total)
        return result

    # export ------------------------------------------------------------------------------------------

    def export_field(self, field, instance, **kwargs):
        if isinstance(field.widget, DateWidget):
            return field.get_value(instance)  # a real date: a date cell in .xlsx, ISO text in .csv
        value = super().export_field(field, instance, **kwargs)
        kind = self.masked.get(field.attribute)
        if kind and value:
            value = scope.shown(self.user, kind, value)
        return value

    def export_rows(self, queryset):
        fields = self.get_export_fields()
        for obj in queryset.iterator(chunk_size=1000):
            yield [self.export_field(f, obj) for f in fields]

    # messages ----------------------------------------------------------------------------------------

    def messages(self, error):
        """A row's ValidationError as Chinese sentences, each prefixed by its column heading."""
        if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
            items = error.message_dict.items()
        else:
            items = [(NON_FIELD_ERRORS, getattr(error, "messages", [str(error)]))]
        headings = {f.attribute: f.column_name for f in self.fields.values()}
        verbose = {f.name: f.verbose_name for f in self._meta.model._meta.fields}
        out = []
        for field, msgs in items:
            label = "" if field == NON_FIELD_ERRORS else headings.get(field) or verbose.get(field, field)
            for msg in msgs:
                out.append(f"{label}：{msg}" if label else str(msg))
        return out


def text_key(value):
    """A cell's text as used in a natural key, or None when the cell cannot be a key (a formula)."""
    try:
        return cells.unescape(str(value if value is not None else "").strip())
    except cells.FormulaError:
        return None
