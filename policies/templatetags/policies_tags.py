"""Template tags other apps' templates use to show policies (the home page's 最新政策), so those apps
never import policies: the import graph stays a tree (docs/ARCHITECTURE.md)."""

from django import template

from policies.queries import latest_policies as _latest

register = template.Library()


@register.simple_tag
def latest_policies(count):
    """Newest publicly visible policies: `{% latest_policies page.latest_count as policies %}`."""
    return _latest(count)
