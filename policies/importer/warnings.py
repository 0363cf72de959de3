"""Warnings (for the editor to decide) and repairs (artefacts removed), each with its source line."""

from dataclasses import asdict, dataclass, field


@dataclass
class Note:
    code: str
    message: str
    line: int | None = None
    text: str = ""
    last_line: int | None = None  # when the text spans several source lines


@dataclass
class Report:
    warnings: list = field(default_factory=list)
    repairs: list = field(default_factory=list)

    def warn(self, code, message, line=None, text="", last_line=None):
        self.warnings.append(Note(code, message, line, text, last_line))

    def repair(self, code, message, line=None, text=""):
        self.repairs.append(Note(code, message, line, text))

    def as_json(self):
        return {"warnings": [asdict(n) for n in self.warnings], "repairs": [asdict(n) for n in self.repairs]}
