"""Shared by the render_*.py scripts: PDFs to PNG files with poppler's pdftoppm, the old PNGs removed first."""

import subprocess
import tempfile
from pathlib import Path


def render_pngs(out, pdfs, pdftoppm_runs, pattern="*.png"):
    """pdfs: name → PDF bytes; pdftoppm_runs(name, pdf_path) → the argument lists of pdftoppm for it.
    Returns the PNG files matching pattern in out, sorted."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(pattern):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for name, pdf in pdfs.items():
            path = Path(tmp) / f"{name}.pdf"
            path.write_bytes(pdf)
            for args in pdftoppm_runs(name, path):
                subprocess.run(["pdftoppm", *args], check=True)
    return sorted(out.glob(pattern))
