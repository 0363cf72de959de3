"""The document importer: text or .docx -> the structured policy draft of docs/STRUCTURE.md.

`parse_text` / `parse_bytes` are pure (no database); `build` turns their result into pages.
"""

from .document import as_json, flatten, parse_bytes, parse_text
from .errors import ImportFailure, InternalFailure

__all__ = ["ImportFailure", "InternalFailure", "as_json", "flatten", "parse_bytes", "parse_text"]
