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
