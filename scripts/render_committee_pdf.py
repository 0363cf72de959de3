"""Render the demo 会议纪要 (committee.printing.minutes_pdf) to docs/committee-pdf/ours-N.png, beside the
reference pages kept there, to compare them by eye (docs/COMMITTEE.md, "纪要 PDF").

    .venv/bin/python scripts/render_committee_pdf.py

No database: the 纪要 is the demo's 2026年第2期 as plain data, the way the PDF view adapts it.
"""

import os
import sys
from datetime import date
from pathlib import Path

from pdf_png import render_pngs

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "committee-pdf"
DPI = "60"


def demo_minutes():
    from committee.demo import PLENARY_MINUTES_BODY
    from committee.printing.data import MinutesData

    committee = "回龙坝镇社区矫正委员会"
    return MinutesData(
        committee=committee, issue_no="2026年第2期", office=f"{committee}办公室",
        signed_on=date(2026, 6, 24), issued_on=date(2026, 6, 25),
        opening=f"2026年6月20日，{committee}在镇政府三楼会议室召开2026年第二次全体会议，会议由示例李明主持。"
                "现将会议议定事项纪要如下：",
        paragraphs=PLENARY_MINUTES_BODY.splitlines(),
        present=["示例李明", "示例王芳", "示例赵强（司法所）", "示例孙伟（派出所）"],
        observers=["示例郑洁（司法所）"], absent=["示例周丽（民政和社会事务办公室）"],
        recipients=["司法所", "派出所", "劳动就业和社会服务保障所"])


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from committee.printing import minutes_pdf

    pdf = minutes_pdf.render(demo_minutes())
    print(*render_pngs(OUT, {"minutes": pdf}, lambda name, path: [["-r", DPI, "-png", str(path), str(OUT / "ours")]],
                       pattern="ours-*.png"))


if __name__ == "__main__":
    main()
