"""`{% fragment "name" part… %}…{% endfragment %}`: a part of a template rendered once per cache generation.

For the parts of the layout every reader of a page sees alike (the breadcrumb's ancestors): rendered
on a miss, then served from pagecache/fragments.py until a publish, move or settings change bumps the
generation. The parts say what the output depends on besides the generation (a page id, the host its
links are written for). A preview renders afresh and stores nothing: its page may be an unsaved draft.
Nothing of the reader (user, CSRF token, messages) may be used inside.
"""

from django import template

from pagecache import fragments

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist, self.name, self.parts = nodelist, name, parts

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.parts]
        return fragments.cached(self.name.resolve(context), parts, lambda: self.nodelist.render(context))


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name: {% fragment \"name\" part… %}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]])
