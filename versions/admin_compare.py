"""Character-level revision comparison of a policy body in the Wagtail admin.

Wagtail's StreamFieldComparison pairs blocks by their ids and diffs text with `diff_text`, whose
tokeniser glues a whole Chinese clause into one "word": a one-character amendment shows as the
clause deleted and re-added. For the policy body we reuse the public 修订对照 engine instead:
blocks aligned by content, numbers computed, changes marked character by character.
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.admin.compare import StreamFieldComparison

from policies.blocks import PolicyBodyBlock
from versions.align import UNCHANGED, align_blocks
from versions.compare import KIND_LABELS, lines
from versions.chardiff import to_html
from versions.snapshot import body_blocks, labels

# Wagtail's own colours for additions/deletions, and its screen-reader-only utility class.
WAGTAIL_CLASSES = {"ins_class": "diff-ins addition", "del_class": "diff-del deletion", "hidden_class": "w-sr-only"}


def _is_policy_body(field):
    return isinstance(getattr(field, "stream_block", None), PolicyBodyBlock)


class PolicyBodyComparison(StreamFieldComparison):
    """Used for every StreamField; only a policy body gets the content-aligned comparison."""

    def changes(self):
        return align_blocks(body_blocks(self.val_a), body_blocks(self.val_b), labels)

    def has_changed(self):
        if not _is_policy_body(self.field):
            return super().has_changed()
        return any(c.kind != UNCHANGED for c in self.changes())

    def htmldiff(self):
        if not _is_policy_body(self.field):
            return super().htmldiff()
        out, renumbered = [], []
        for change in self.changes():
            if change.kind == UNCHANGED:
                if change.renumbered:
                    renumbered.append(change)
                continue
            number = change.new_label or change.old_label
            if change.renumbered:
                number = f"{change.new_label}（原{change.old_label}）"
            text = format_html_join(
                "", "<p>{}{}</p>",
                ((line.prefix, to_html(line.segments, **WAGTAIL_CLASSES)) for line in lines(change)),
            )
            css = {"inserted": " addition", "deleted": " deletion"}.get(change.kind, "")
            out.append(format_html(
                '<div class="comparison__child-object{}"><p><strong>【{}】{}</strong></p>{}</div>',
                css, KIND_LABELS[change.kind], number, text,
            ))
        if renumbered:  # quiet: one line, not one row per renumbered article
            out.append(format_html(
                '<div class="comparison__child-object"><p>另有 {} 处仅序号变化：{}</p></div>',
                len(renumbered), "、".join(f"{c.old_label}→{c.new_label}" for c in renumbered),
            ))
        if not out:
            return mark_safe("<p>正文没有变化。</p>")
        return mark_safe("\n".join(out))  # noqa: S308  (every piece above went through format_html)
