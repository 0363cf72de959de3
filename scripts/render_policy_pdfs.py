"""Render pages of two seeds' GB/T 9704 PDFs to docs/policy-pdf/*.png (45 dpi), to see them without a server.

    .venv/bin/python scripts/render_policy_pdfs.py

Builds a throw-away database with the demo content, renders each seed's PDF as its `…/pdf/` URL serves it
(policies.pdf.render_policy_pdf) and converts the pages worth looking at with poppler's pdftoppm.
"""

import os
import sys
from pathlib import Path

from pdf_png import render_pngs
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "policy-pdf"
# seed slug → pages: the 版头 page, the 附件说明 and 落款, an attachment's first page, form attachments
PAGES = {"huifufa-2023-104": [1, 2, 3], "masi-2022-3": [1, 8, 10]}


def pages_to_png(slug, path):
    return [["-r", "45", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(path),
             str(OUT / f"{slug}-{page}")] for page in PAGES[slug]]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    from bench.common import throwaway_database

    with throwaway_database():
        from django.core.management import call_command

        from policies.models import PolicyPage
        from policies.pdf import render_policy_pdf

        call_command("load_demo", "--quiet-logins", stdout=open(os.devnull, "w"))
        pdfs = {slug: render_policy_pdf(PolicyPage.objects.get(slug=slug)) for slug in PAGES}
    for png in render_pngs(OUT, pdfs, pages_to_png):
        Image.open(png).quantize(16).save(png, optimize=True)  # text in black and red: 16 colours do
        print(png.relative_to(ROOT), png.stat().st_size)


if __name__ == "__main__":
    main()
