"""The importer creates and tests blocks through the registry's names (policies.kinds.ARTICLE.name …), never
through the strings (issue 19): a renamed or added kind needs no change here."""

import ast
from pathlib import Path

from policies.kinds import CHAPTER, SECTION, kinds

IMPORTER = Path(__file__).resolve().parent.parent
NAMES = {kind.name for kind in kinds()} | {CHAPTER, SECTION}


def _literal(node):
    return isinstance(node, ast.Constant) and node.value in NAMES


def kind_literals(source):
    """(line, name) for each kind name written as a string where a block is created or tested: compared
    (`b["type"] == "article"`, `in ("paragraph", …)`), as a block's "type" or "level", or as a dict key."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            parts = [node.left, *node.comparators]
            parts += [e for p in parts if isinstance(p, (ast.Tuple, ast.List, ast.Set)) for e in p.elts]
            found += [(p.lineno, p.value) for p in parts if _literal(p)]
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if _literal(key):
                    found.append((key.lineno, key.value))
                if isinstance(key, ast.Constant) and key.value in ("type", "level") and _literal(value):
                    found.append((value.lineno, value.value))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add":
            found += [(a.lineno, a.value) for a in node.args[:1] if _literal(a)]
    return sorted(found)


# The same words in another sense: Word's paragraph style type (w:type="paragraph"), the "form" fields of the
# dry-run JSON (an attachment's form, the form block's value; its format stays) and the warning code "form".
OTHER_SENSES = {"listnumbering.py": ["paragraph"], "parser.py": ["form", "form"], "warnings.py": ["form"]}


def test_the_importer_names_no_block_kind():
    found = {path.name: kind_literals(path.read_text(encoding="utf-8")) for path in sorted(IMPORTER.glob("*.py"))}
    assert {name: [kind for _, kind in lines] for name, lines in found.items() if lines} == OTHER_SENSES


def test_the_check_finds_each_way_of_naming_a_kind():
    source = ('if b["type"] == "article" or t in ("paragraph", "x"):\n    pass\n'
              'block = {"type": "heading", "value": {"level": "chapter"}}\n'
              'last = {"duty_list": 0}\nself.add("form", {})\nreport.warn("form", "表单附件")\n')
    assert kind_literals(source) == [(1, "article"), (1, "paragraph"), (3, "chapter"), (3, "heading"),
                                     (4, "duty_list"), (5, "form")]
