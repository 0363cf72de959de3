"""A file input that speaks Chinese whatever the browser's language.

A native <input type=file> draws its own button ("Choose File") and status ("No file chosen") in the
browser's language. Here the input stays in the page, focusable and labelled (visually hidden, so
keyboard and screen readers use it as they would the native one), and a <label> styled as a button
and a status line say 选择文件 / 未选择文件. static/js/file-input.js writes the chosen file's name into
the status; the admin loads it on every page (home/wagtail_hooks.py), so it works in modals too.
"""

from django import forms
from django.utils.html import format_html

CHOOSE, NONE_CHOSEN = "选择文件", "未选择文件"


class ChineseFileInput(forms.FileInput):
    def render(self, name, value, attrs=None, renderer=None):
        attrs = {**self.attrs, **(attrs or {})}  # the widget's own attributes too: both may describe it
        input_id = attrs.get("id") or f"id_{name}"
        status_id = f"{input_id}-status"
        attrs["id"] = input_id
        attrs["class"] = " ".join(filter(None, [attrs.get("class"), "cn-file__input"]))
        attrs["aria-describedby"] = " ".join(filter(None, [attrs.get("aria-describedby"), status_id]))
        field = super().render(name, value, attrs, renderer)
        return format_html(
            '<span class="cn-file">{}<label for="{}" class="button button-secondary cn-file__button">{}</label>'
            '<span class="cn-file__status" id="{}" aria-live="polite">{}</span></span>',
            field, input_id, CHOOSE, status_id, NONE_CHOSEN,
        )
