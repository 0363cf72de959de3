"""The one error a user can cause with the file itself, and the guard that turns parser failures into it."""

from contextlib import contextmanager


class SheetError(ValueError):
    """Something wrong with the uploaded file; the message is Chinese and shown on the form."""


@contextmanager
def failing_as(message):
    """Turn any failure of a third-party parser (zipfile, openpyxl, XML) inside into SheetError(message).

    The parsers raise many unrelated types on a damaged file (ParseError, KeyError, TypeError, …), so
    this catches broadly; running out of memory is not a damaged file and stays what it is.
    """
    try:
        yield
    except (SheetError, MemoryError):
        raise
    except Exception as exc:
        raise SheetError(message) from exc
