"""Warnings (for the editor to decide) and repairs (artefacts removed), each with its source line."""

from dataclasses import asdict, dataclass, field


# What each code means, for the editor reading the preview (the JSON keeps the codes).
LABELS = {
    "attachments": "附件数目不符", "bad_encoding": "编码无法识别", "date": "日期有误", "date_missing": "缺少日期",
    "doc_number": "文号需核对",
    "docx_numbering": "Word 自动编号", "encoding": "文字编码", "form": "表单附件", "metadata": "元数据无法识别",
    "mixed_encoding": "编码混杂", "no_structure": "未识别出结构", "no_title": "没有标题", "noise": "插入的杂字",
    "numbering_gap": "编号不连续", "numbering_duplicate": "编号重复", "numbering_order": "编号顺序错乱",
    "spam": "疑似广告", "table": "表格", "unplaced": "无法归位的文字", "web_chrome": "网页杂项已删除",
    "truncated": "文件可能不完整", "excerpt": "节选",
}


# How the preview groups the notes (the JSON keeps two lists, warnings and repairs):
# - warnings the editor must decide on, except REMOVALS: text left out of the document (a breadcrumb, a
#   toolbar, injected pinyin) and the page's own labels and counters dropped (REMOVED_REPAIRS);
# - repairs that read a line as metadata (METADATA_READ: a 文号 under the title, a law's adoption history, the
#   publisher from the title or 来源), apart from the layout residue removed (page numbers, running headers…).
REMOVALS = {"web_chrome", "noise"}
REMOVED_REPAIRS = {"page_label", "web_counter"}
METADATA_READ = {"doc_number", "law_history", "publisher"}


def groups(doc):
    """{"decide": [...], "removed": [...], "metadata": [...], "residue": [...]} of the document's notes."""
    warnings, repairs = doc["warnings"], doc["repairs"]
    return {
        "decide": [w for w in warnings if w["code"] not in REMOVALS],
        "removed": [w for w in warnings if w["code"] in REMOVALS]
                   + [r for r in repairs if r["code"] in REMOVED_REPAIRS],
        "metadata": [r for r in repairs if r["code"] in METADATA_READ],
        "residue": [r for r in repairs if r["code"] not in METADATA_READ | REMOVED_REPAIRS],
    }


def label(code):
    return LABELS.get(code, code)


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
        return {"warnings": [asdict(n) | {"label": label(n.code)} for n in self.warnings],
                "repairs": [asdict(n) for n in self.repairs]}
