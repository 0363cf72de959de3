"""The document importer: text or .docx -> the structured policy draft of docs/STRUCTURE.md.

`parse_text` / `parse_bytes` are pure (no database); `build` turns their result into pages.
"""

from .decode import ImportFailure
from .document import as_json, flatten, parse_bytes, parse_text

__all__ = ["ImportFailure", "as_json", "flatten", "parse_bytes", "parse_text"]
