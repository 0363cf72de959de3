"""Pending imports on disk: the uploaded file and a small JSON state, one directory per upload.

The confirm step re-reads and re-validates this file (never data posted back by the browser), and only
for the user who uploaded it. The directory sits beside MEDIA_ROOT, not inside it, so the files are
never served as media: they hold personal data.
"""

import hashlib
import json
import os
import shutil
import time
import uuid
from pathlib import Path

from django.conf import settings

from . import files

VALIDATING, PREVIEWED, IMPORTING, IMPORTED, FAILED = "validating", "previewed", "importing", "imported", "failed"
STATUS_LABELS = {VALIDATING: "正在检查", PREVIEWED: "待确认", IMPORTING: "正在导入", IMPORTED: "已导入",
                 FAILED: "失败"}
RUNNING = (VALIDATING, IMPORTING)
MAX_AGE = 2 * 24 * 3600  # abandoned uploads are removed after two days


def root() -> Path:
    media = Path(settings.MEDIA_ROOT)
    path = Path(getattr(settings, "SPREADSHEET_IMPORT_DIR", media.parent / f"{media.name}-imports"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _valid(job_id) -> bool:
    try:
        return str(uuid.UUID(str(job_id))) == job_id
    except ValueError:
        return False


def _dir(job_id) -> Path:
    return root() / job_id


def _write(job_id, state):
    tmp = _dir(job_id) / f"state.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, _dir(job_id) / "state.json")  # readers never see half a file


def create(user, kind, filename, data: bytes, text_encoding, total) -> str:
    cleanup()
    job_id = str(uuid.uuid4())
    _dir(job_id).mkdir()
    ext = files.extension(filename)
    (_dir(job_id) / f"upload.{ext}").write_bytes(data)
    _write(job_id, {"id": job_id, "user": user.pk, "kind": kind, "filename": filename[:200], "ext": ext,
                    "encoding": text_encoding, "sha256": hashlib.sha256(data).hexdigest(), "status": VALIDATING,
                    "done": 0, "total": total, "summary": None, "error": "", "created": time.time()})
    return job_id


def read(job_id):
    if not _valid(job_id):
        return None
    try:
        return json.loads((_dir(job_id) / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_for(user, job_id):
    """The job if `user` uploaded it, else None (the view answers 404)."""
    state = read(job_id)
    return state if state and state["user"] == user.pk else None


def update(job_id, **changes):
    state = read(job_id)
    if state is None:
        return None
    state.update(changes)
    _write(job_id, state)
    return state


def upload(state) -> bytes:
    """The uploaded bytes, checked against the hash taken at upload time."""
    data = (_dir(state["id"]) / f"upload.{state['ext']}").read_bytes()
    if hashlib.sha256(data).hexdigest() != state["sha256"]:
        raise files.SheetError("上传的文件已被改动，请重新上传。")
    return data


def discard(job_id):
    if _valid(job_id):
        shutil.rmtree(_dir(job_id), ignore_errors=True)


def cleanup():
    limit = time.time() - MAX_AGE
    for path in root().iterdir():
        try:
            if path.is_dir() and path.stat().st_mtime < limit:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            continue
