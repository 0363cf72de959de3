"""python manage.py import_policy FILE --dry-run / --parent."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from policies.models import PolicyPage

from .helpers import SEED_000, SEED_003


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_policy", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_dry_run_prints_the_structure_as_json_and_writes_nothing(db):
    out, _ = run(str(SEED_000), "--dry-run")
    doc = json.loads(out)
    assert set(doc) >= {"title", "metadata", "notice", "body", "attachments", "colophon", "warnings"}
    assert [len([b for b in a["body"] if b["type"] == "article"]) for a in doc["attachments"]] == [20, 11, 0]
    first = doc["attachments"][0]["body"][1]
    assert first["type"] == "article" and first["number"] == "第一条" and "_line" not in first
    assert not PolicyPage.objects.exists()


def test_dry_run_reports_spam_with_its_line(db):
    doc = json.loads(run(str(SEED_003), "--dry-run")[0])
    assert [w["line"] for w in doc["warnings"] if w["code"] == "spam"] == [32, 236]
    doc = json.loads(run(str(SEED_003), "--dry-run", "--drop-spam")[0])
    assert "云顶" not in doc["title"]


def test_import_under_a_parent_by_url_path_and_by_id(db):
    from home.demo import ensure_site
    from policies.demo import load_library

    ensure_site()
    library = load_library()
    out, err = run(str(SEED_003), "--parent", "/policies/")
    page = PolicyPage.objects.get(doc_number="马司〔2022〕3号")
    assert not page.live and page.get_children().count() == 2
    assert "已建立草稿" in out and "疑似注入" in err
    run(str(SEED_000), "--parent", str(library.pk))
    assert PolicyPage.objects.filter(doc_number="回府发〔2023〕104号", live=False).exists()


@pytest.mark.parametrize("args, message", [
    (["/nonexistent/file.txt", "--dry-run"], "无法读取文件"),
    ([str(SEED_000)], "--parent"),
    ([str(SEED_000), "--parent", "/no/such/page/"], "找不到上级页面"),
])
def test_errors_are_clear(db, args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)


def test_empty_file_is_a_clear_error(db, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="空"):
        run(str(empty), "--dry-run")
