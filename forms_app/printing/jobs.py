"""State of a batch print job, kept as a small JSON file beside its PDF.

The web process and the db_worker are separate processes, and the default cache is per-process, so
progress lives on disk: <PRINT_JOB_DIR>/<job id>.json and .pdf. The directory is outside MEDIA_ROOT on
purpose: the PDFs hold personal data and must only be served through the owner-checked view.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path

from django.conf import settings

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
STATUS_LABELS = {QUEUED: "排队中", RUNNING: "正在生成", DONE: "已完成", FAILED: "失败"}
MAX_AGE = 7 * 24 * 3600  # finished jobs are removed after a week


def job_dir() -> Path:
    path = Path(getattr(settings, "PRINT_JOB_DIR", Path(settings.MEDIA_ROOT).parent / "print-jobs"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _valid(job_id: str) -> bool:
    try:
        return str(uuid.UUID(job_id)) == job_id
    except (ValueError, TypeError, AttributeError):
        return False


def state_path(job_id: str) -> Path:
    return job_dir() / f"{job_id}.json"


def pdf_path(job_id: str) -> Path:
    return job_dir() / f"{job_id}.pdf"


def _write(job_id: str, state: dict) -> None:
    tmp = state_path(job_id).with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, state_path(job_id))  # readers never see a half-written file


def create(user, ids: list[int], kind: str = "notices") -> str:
    cleanup()
    job_id = str(uuid.uuid4())
    _write(job_id, {"id": job_id, "user": user.pk, "kind": kind, "ids": list(ids), "total": len(ids),
                    "done": 0, "status": QUEUED, "error": "", "created": time.time()})
    return job_id


def read(job_id: str) -> dict | None:
    if not _valid(job_id):
        return None
    try:
        return json.loads(state_path(job_id).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def update(job_id: str, **changes) -> dict:
    state = read(job_id) or {}
    state.update(changes)
    _write(job_id, state)
    return state


def read_for(user, job_id: str) -> dict | None:
    """The job if it belongs to `user`: another user's job looks like a missing one."""
    state = read(job_id)
    if state is None or state.get("user") != user.pk:
        return None
    return state


def cleanup(now: float | None = None) -> None:
    now = now or time.time()
    for path in job_dir().glob("*.json"):
        try:
            if now - path.stat().st_mtime > MAX_AGE:
                path.unlink(missing_ok=True)
                path.with_suffix(".pdf").unlink(missing_ok=True)
        except OSError:
            continue
