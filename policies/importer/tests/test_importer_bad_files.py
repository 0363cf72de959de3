"""Issue 15 at the two doors of the importer: each category of the fuzz corpus posted to 导入文档 as an
editor, and given to `manage.py import_policy`, ends in a page or a Chinese message, never a 500 or a
traceback; a refused file writes nothing."""

import io
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from policies.importer import ImportFailure, InternalFailure, limits, parse_bytes
from policies.models import MemberUnit, PolicyLibraryPage, PolicyPage

from .fuzz_corpus import cases, zip_bombs
from .helpers import editor_world

URL = "/admin/policies/import/"
REPO = Path(__file__).resolve().parents[3]


def _sample(per_category):
    """The first files of every category (the whole corpus runs, under limits, in test_importer_fuzz)."""
    taken, sample = Counter(), []
    for case in cases():
        if taken[case[0]] < per_category:
            taken[case[0]] += 1
            sample.append(case)
    return sample


SAMPLE = _sample(2)


@pytest.fixture
def editor(db, client):
    editor_world()
    client.force_login(get_user_model().objects.get(username="editor"))
    return client


def expected_failure(data, filename):
    """The importer's own verdict (None for a draft), computed outside the view."""
    try:
        parse_bytes(data, filename)
    except InternalFailure:
        raise  # a bug: this test is about input, not about the safety net
    except ImportFailure as exc:
        return str(exc)
    return None


def nothing_written():
    return not PolicyPage.objects.exists() and not MemberUnit.objects.exists()


@pytest.mark.parametrize("category, name, filename, make", SAMPLE, ids=[c[1] for c in SAMPLE])
def test_each_bad_category_in_the_admin_view(editor, category, name, filename, make):
    data = make()
    if len(data) > limits.MAX_UPLOAD_BYTES:  # the form refuses these before reading them
        failure = limits.upload_too_big(len(data))
    else:
        failure = expected_failure(data, filename)
    parent = PolicyLibraryPage.objects.get().pk
    response = editor.post(URL, {"file": SimpleUploadedFile(filename, data), "parent": parent, "preview": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    if failure:
        assert failure in html and "imp-result" not in html
        assert nothing_written()
        return
    assert "imp-result" in html and nothing_written()  # the preview writes nothing
    text = response.context["form"].data["text"]
    response = editor.post(URL, {"text": text, "parent": parent, "create": "1"})
    if response.status_code == 302:  # a draft the editor goes on to edit
        page = PolicyPage.objects.get(pk=int(response["Location"].split("/")[-3]))
        assert not page.live and page.latest_revision.user.username == "editor"
    else:  # a draft that cannot be built (no title) is a message on the preview, nothing written
        assert response.status_code == 200 and "help-critical" in response.content.decode()
        assert nothing_written()


def test_refused_upload_with_create_writes_nothing(editor):
    bomb = dict(zip_bombs())["document.xml 50 MB"]()
    parent = PolicyLibraryPage.objects.get().pk
    response = editor.post(URL, {"file": SimpleUploadedFile("x.docx", bomb), "parent": parent, "create": "1"})
    assert response.status_code == 200 and limits.unzipped_too_big() in response.content.decode()
    assert nothing_written()


def test_a_bug_in_the_importer_is_a_message_not_a_500(editor, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr("policies.importer.document.parse_lines", broken)
    parent = PolicyLibraryPage.objects.get().pk
    response = editor.post(URL, {"text": "工作规则\n第一条 甲。", "parent": parent, "create": "1"})
    assert response.status_code == 200 and InternalFailure.MESSAGE in response.content.decode()
    assert nothing_written()
    assert "KeyError" in caplog.text  # the traceback is logged for whoever fixes it


def run_command(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_policy", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize("category, name, filename, make", _sample(1), ids=[c[1] for c in _sample(1)])
def test_each_bad_category_in_the_command(db, tmp_path, category, name, filename, make):
    path = tmp_path / filename
    path.write_bytes(make())
    failure = expected_failure(path.read_bytes(), filename)
    if failure:
        with pytest.raises(CommandError) as raised:
            run_command(str(path), "--dry-run")
        assert str(raised.value) == failure
    else:
        out, _ = run_command(str(path), "--dry-run")
        assert out.lstrip().startswith("{")
    assert nothing_written()


def test_the_command_exits_non_zero_with_the_message(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(dict(zip_bombs())["zeros 50 MB beside"]())
    done = subprocess.run([sys.executable, "manage.py", "import_policy", str(path), "--dry-run"], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert limits.unzipped_too_big() in done.stderr and "Traceback" not in done.stderr
