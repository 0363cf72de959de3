"""Every file of the fuzz corpus ends within 10 s of CPU time and 300 MB with a table or a Chinese error.

Each file is read exactly as an upload is (files.read_upload) in a forked child under hard limits
(sandbox.py), so a regression fails here instead of hanging or swamping the test run.
"""

import re

import pytest
from django.core.files import File

from spreadsheets import files
from spreadsheets.resources import RESOURCES

from . import sandbox
from .corpus import ANY
from .corpus_text import text_cases
from .corpus_xlsx import xlsx_cases

CASES = xlsx_cases() + text_cases()
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _read(path, filename):
    with open(path, "rb") as f:
        table, _ = files.read_upload(File(f, name=filename))
    return {"rows": len(table.rows), "headers": table.headers}


def _wanted(expect):
    """(outcome kind, check of its value) that a case's expectation asks for."""
    if expect is ANY:
        return ("result", "error"), lambda value: True
    if isinstance(expect, int):
        return ("result",), lambda value: value["rows"] == expect
    return ("error",), lambda value: expect in value


def test_the_corpus_is_large_and_named_uniquely():
    assert len(CASES) >= 100
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_file_ends_with_a_table_or_a_chinese_error(case, tmp_path):
    path = tmp_path / case.filename
    case.build(path)
    outcome = sandbox.run(_read, str(path), case.filename, expected=files.SheetError, cpu_seconds=case.cpu)
    assert outcome.kind in ("result", "error"), f"{outcome.kind}: {outcome.value} {outcome.detail}"
    assert not outcome.memory_error, outcome.value
    assert outcome.cpu <= case.cpu
    assert outcome.peak <= sandbox.MEMORY_BYTES
    if outcome.kind == "error":
        assert CHINESE.search(outcome.value), outcome.value
    kinds, check = _wanted(case.expect)
    assert outcome.kind in kinds and check(outcome.value), outcome.value


def test_the_headings_check_is_linear(world):
    """100,000 headings (the CSV reader refuses them earlier; the check must not be the slow part anyway)."""
    resource = RESOURCES["supervisees"](world["staff"])
    headings = [f"列{i % 50_000}" for i in range(100_000)]
    outcome = sandbox.run(resource.check_headings, headings, expected=files.SheetError)
    assert outcome.kind == "error" and outcome.cpu < 2, outcome
    assert "列标题重复：列0、列1" in outcome.value and "缺少列：姓名" in outcome.value
