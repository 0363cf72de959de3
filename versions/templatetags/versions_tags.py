from django import template

from versions.chardiff import to_html

register = template.Library()


@register.simple_tag
def diff_html(segments, side=None):
    return to_html(segments, side)


@register.filter
def lookup(mapping, key):
    return mapping.get(key, "")
