"""Chinese closing punctuation never starts a line in any PDF built from pdf.styles."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter: nothing else (policies.pdf, …) has been imported, so the rule must come
# from building the style itself, not from an import side effect elsewhere.
SCRIPT = r"""
import json
from reportlab.platypus import Paragraph
from pdf.styles import style
text = "为进一步规范辖区社区矫正工作，提升社区矫正工作水平，结合本镇实际情况；现已建立镇一级社区矫正委员会。" * 3
starts = []
for chars in range(5, 15):  # many widths, so punctuation lands at a line start for the plain wrap
    for markup in (text, "<b>社区矫正</b>" + text):  # one run of text, and mixed runs (two wrap paths)
        p = Paragraph(markup, style("body", 12, 18, "left"))
        p.wrap(12 * chars + 0.5, 100000)
        for line in p.blPara.lines:
            starts.append(line[1][0][:1] if isinstance(line, tuple) else line.words[0].text[:1])
print(json.dumps(starts))
"""


def test_forms_styles_get_the_rule_without_the_policy_pdf():
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "DJANGO_SETTINGS_MODULE": "config.settings.test"})
    starts = json.loads(out.stdout)
    assert len(starts) > 50
    assert not [ch for ch in starts if ch in "，；：。、）》”"]


def test_rule_only_adds_and_is_idempotent():
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    from pdf.styles import CN_CANNOT_START, use_chinese_line_breaking

    use_chinese_line_breaking()
    before = (textsplit.ALL_CANNOT_START, paragraph.ALL_CANNOT_START)
    use_chinese_line_breaking()
    assert (textsplit.ALL_CANNOT_START, paragraph.ALL_CANNOT_START) == before
    assert all(ch in chars for chars in before for ch in CN_CANNOT_START)


def _bad_line_ends(paragraph_class):
    from pdf.cjk import CANNOT_END, CANNOT_START
    from pdf.styles import style

    text = "根据《中华人民共和国社区矫正法》，切实增强“四个意识”。（一）报送0555-2426309，「甲」【丙】！" * 3
    bad = []
    for chars in range(5, 30):
        for markup in (text, "<b>社区</b>" + text, text.replace("。", "。<br/>")):
            p = paragraph_class(markup, style("body", 12, 18, "left"))
            p.wrap(12 * chars + 0.5, 100000)
            for line in p.blPara.lines:
                words = line.words if hasattr(line, "words") else [type("W", (), {"text": t}) for t in line[1]]
                found = "".join(w.text for w in words)
                if found[:1] in CANNOT_START or found[-1:] in CANNOT_END:
                    bad.append((chars, found))
    return bad


def test_reportlabs_own_wrap_breaks_the_rules_that_chinese_paragraph_keeps():
    from reportlab.platypus import Paragraph

    from pdf.cjk import ChineseParagraph

    assert _bad_line_ends(Paragraph)  # why the forms use ChineseParagraph: "《" ends lines, "，" after "》" starts them
    assert _bad_line_ends(ChineseParagraph) == []


def test_chinese_paragraph_keeps_every_character_and_line_breaks():
    from pdf.cjk import ChineseParagraph
    from pdf.styles import style

    p = ChineseParagraph("甲乙丙丁<br/>戊己庚辛壬癸，子丑寅卯", style("body", 10, 14, "left"))
    p.wrap(10 * 5 + 0.5, 1000)
    lines = ["".join(w.text for w in line.words) for line in p.blPara.lines]
    assert lines[0] == "甲乙丙丁" and "".join(lines) == "甲乙丙丁戊己庚辛壬癸，子丑寅卯"
    assert all(len(line) <= 5 for line in lines)
