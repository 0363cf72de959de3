"""{% fragment %}: rendered once per generation and parts, never stored for a preview."""

from django.template import Context, Template
from django.test import RequestFactory

from pagecache import generation

TEMPLATE = Template('{% load pagecache_tags %}{% fragment "t" key %}[{{ text }}]{% endfragment %}')


def _render(text, key=1, preview=False):
    request = RequestFactory().get("/")
    if preview:
        request.is_preview = True
    return TEMPLATE.render(Context({"request": request, "text": text, "key": key}))


def test_rendered_once_per_generation_and_parts():
    assert _render("甲") == "[甲]"
    assert _render("乙") == "[甲]"  # the same parts: the stored rendering
    assert _render("乙", key=2) == "[乙]"  # other parts: rendered
    generation.bump()
    assert _render("丙") == "[丙]"  # a new generation: rendered again


def test_a_preview_is_rendered_afresh_and_never_stored():
    assert _render("草稿", preview=True) == "[草稿]"
    assert _render("公开") == "[公开]"
    assert _render("草稿二", preview=True) == "[草稿二]"
