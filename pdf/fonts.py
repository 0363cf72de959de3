"""CJK fonts for every PDF of the project, by typographic role.

Roles follow GB/T 9704: "title" (小标宋-style), "body" (仿宋-style), "heading" (黑体-style) and
"kai" (楷体-style). Each role maps to a TrueType file; the committed defaults are openly licensed
(see pdf/fonts/README.md) and settings.PDF_FONTS = {"body": "/path/simfang.ttf", ...} lets an office
drop in fonts it holds a licence for. ReportLab embeds a subset of each font it draws with.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"

DEFAULT_FONTS = {
    "title": FONT_DIR / "NotoSerifSC-Bold.ttf",
    "body": FONT_DIR / "NotoSerifSC-Regular.ttf",
    "heading": FONT_DIR / "NotoSansSC-Bold.ttf",
    # No openly licensed single-file TrueType 楷体 is available; serif stands in (README.md).
    "kai": FONT_DIR / "NotoSerifSC-Regular.ttf",
}

ROLES = tuple(DEFAULT_FONTS)
ROLE_LABELS = {"title": "标题字体", "body": "正文字体", "heading": "黑体标题字体", "kai": "楷体字体"}

_lock = threading.Lock()
_by_path: dict[Path, TTFont] = {}


class FontConfigError(Exception):
    """A configured font file is missing or is not a TrueType font ReportLab can embed."""


class MissingGlyphError(ValueError):
    """Text contains characters the font cannot draw; printing it would leave blank boxes."""

    def __init__(self, problems: list[tuple[str, str]]):
        # problems: (field label, characters) pairs
        self.problems = problems
        super().__init__(
            "；".join(f"“{label}”中的字符 {chars} 在打印字体中缺失" for label, chars in problems)
            + "。请改用常用字或由管理员配置含这些字的字体后再打印。"
        )


def font_paths() -> dict[str, Path]:
    """Role → file, the defaults overridden by settings.PDF_FONTS."""
    from django.conf import settings

    paths = dict(DEFAULT_FONTS)
    for role, path in (getattr(settings, "PDF_FONTS", None) or {}).items():
        if role not in DEFAULT_FONTS:
            raise FontConfigError(f"PDF_FONTS 中的字体角色“{role}”无效，应为：{'、'.join(ROLES)}")
        paths[role] = Path(path)
    return paths


def _ps_name(path: Path) -> str:
    # One registered font per file, so roles sharing a file share one embedded subset.
    return "CC-" + re.sub(r"[^A-Za-z0-9-]", "", path.stem)


def _load(path: Path) -> TTFont:
    font = _by_path.get(path)
    if font is not None:
        return font
    if not path.is_file():
        raise FontConfigError(f"找不到字体文件：{path}")
    try:
        font = TTFont(_ps_name(path), str(path))
    except Exception as exc:  # ReportLab raises TTFError and plain errors for CFF outlines
        raise FontConfigError(f"字体文件不是可嵌入的 TrueType 字体：{path}（{exc}）") from exc
    _by_path[path] = font
    return font


def register_fonts() -> dict[str, str]:
    """Register every role's font with ReportLab (idempotent); returns role → font name."""
    names = {}
    with _lock:
        for role, path in font_paths().items():
            font = _load(path)
            if font.fontName not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(font)
            names[role] = font.fontName
    return names


def font_name(role: str) -> str:
    """The ReportLab font name to draw `role` text with (registers fonts on first use)."""
    if role not in DEFAULT_FONTS:
        raise FontConfigError(f"未知字体角色：{role}")
    return register_fonts()[role]


def _font(role: str) -> TTFont:
    register_fonts()
    return _by_path[font_paths()[role]]


def missing_chars(text: str, role: str = "body") -> list[str]:
    """Characters of `text` the role's font has no glyph for, in order, without duplicates.

    Whitespace, control and format characters are layout, not glyphs, so they never count.
    """
    cmap = _font(role).face.charToGlyph
    missing = []
    for ch in text or "":
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        if ord(ch) not in cmap and ch not in missing:
            missing.append(ch)
    return missing


def check_fields(fields: dict[str, str], role: str = "body") -> list[tuple[str, str]]:
    """(label, missing characters) for each labelled value the font cannot draw completely."""
    problems = []
    for label, value in fields.items():
        chars = missing_chars(str(value or ""), role)
        if chars:
            problems.append((label, "".join(chars)))
    return problems


def require_glyphs(fields: dict[str, str], role: str = "body") -> None:
    """Raise MissingGlyphError naming each field with a character the font lacks."""
    problems = check_fields(fields, role)
    if problems:
        raise MissingGlyphError(problems)
