"""Issue 15: every file of the generated fuzz corpus ends within 10 s of CPU and 300 MB with a draft
or a clear Chinese error.

Each parse runs in a forked child under resource limits (RLIMIT_CPU, and RLIMIT_AS at the child's
starting address space + 300 MB), so a regression that loops or balloons is killed and fails its
case instead of hanging the suite or the machine. The address-space limit is only the brake: the
parent's freed heap is mapped but reusable, so the memory a parse used is measured as the child's
peak resident size (VmHWM) above its resident size at the start, after the freed heap is returned
to the system (malloc_trim). CPU time, not wall time, is the time measure: the test machine is
shared, and the limit is about what one parse costs a gunicorn worker.
"""

import ctypes
import json
import os
import re
import resource
import select
import signal
import time
import traceback

import pytest

from policies.importer import ImportFailure, InternalFailure, limits, parse_bytes

from .fuzz_corpus import cases, zip_bombs

CPU_SECONDS = 10
MEMORY_BYTES = 300 * limits.MB
WALL_SECONDS = 120  # only a guard against a child stuck without using CPU
CHINESE = re.compile(r"[\u4e00-\u9fff]{4}")
# What each category must end as; others may end either way, as long as they end cleanly.
EXPECTED = {"zip-bomb": "refused", "oversized": "refused", "many-articles": "draft",
            "every-line-a-heading": "draft", "text-limits": "draft", "no-structure": "draft", "soup": "draft"}


def _address_space():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def _status_bytes(field):
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith(field + ":"))
    return int(line.split()[1]) * 1024  # reported in kB


def _outcome(data, filename):
    try:
        doc = parse_bytes(data, filename)
    except InternalFailure as exc:  # a bug, caught for the editor but a failure here
        return {"outcome": "crash", "error": "".join(traceback.format_exception(exc.__cause__))[-3000:]}
    except ImportFailure as exc:
        return {"outcome": "refused", "message": str(exc)}
    articles = sum(1 for b in doc["body"] if b["type"] == "article")
    return {"outcome": "draft", "articles": articles, "warnings": sorted({w["code"] for w in doc["warnings"]})}


def _child(write, data, filename, cpu_seconds):
    ctypes.CDLL("libc.so.6").malloc_trim(0)  # the parent's free heap out of the resident set
    start = _status_bytes("VmRSS")
    limit = _address_space() + MEMORY_BYTES
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))  # SIGXCPU, then SIGKILL
    try:
        result = _outcome(data, filename)
    except BaseException:  # noqa: BLE001 - the crash itself is what the parent reports
        result = {"outcome": "crash", "error": traceback.format_exc()[-3000:]}
    result["memory"] = _status_bytes("VmHWM") - start
    os.write(write, json.dumps(result, ensure_ascii=False).encode()[:60_000])


def parse_in_child(data, filename, cpu_seconds=CPU_SECONDS):
    """(result dict, CPU seconds) of parsing in a limited child; result "killed" when a limit hit."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        try:
            _child(write, data, filename, cpu_seconds)
        finally:
            os._exit(0)
    os.close(write)
    chunks, deadline = [], time.monotonic() + WALL_SECONDS
    while time.monotonic() < deadline:
        ready, _, _ = select.select([read], [], [], 1)
        if ready:
            chunk = os.read(read, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    else:
        os.kill(pid, signal.SIGKILL)
    os.close(read)
    _, status, usage = os.wait4(pid, 0)
    cpu = usage.ru_utime + usage.ru_stime
    if os.WIFSIGNALED(status) or not chunks:
        cause = signal.Signals(os.WTERMSIG(status)).name if os.WIFSIGNALED(status) else "no result"
        return {"outcome": "killed", "error": f"{cause} after {cpu:.1f} s CPU"}, cpu
    return json.loads(b"".join(chunks)), cpu


CASES = cases()


def test_the_corpus_is_big_enough():
    assert len(CASES) >= 200
    assert len({category for category, *_ in CASES}) >= 15


@pytest.mark.parametrize("category, name, filename, make", CASES, ids=[c[1] for c in CASES])
def test_every_file_ends_cleanly_within_bounds(category, name, filename, make):
    result, cpu = parse_in_child(make(), filename)
    assert result["outcome"] in ("draft", "refused"), result.get("error")
    assert cpu < CPU_SECONDS, f"{name}: {cpu:.1f} s CPU"
    assert result["memory"] < MEMORY_BYTES, f"{name}: {result['memory'] / limits.MB:.0f} MB"
    if result["outcome"] == "refused":
        assert CHINESE.search(result["message"]), result["message"]
    assert result["outcome"] == EXPECTED.get(category, result["outcome"]), result
    if category == "many-articles":
        assert result["articles"] >= 1000
    if category == "every-line-a-heading":
        assert result["warnings"], "a draft of headings only comes with warnings for the editor"


def test_a_limit_that_is_hit_is_named():
    bomb = dict(zip_bombs())
    result, _ = parse_in_child(bomb["document.xml 50 MB"](), "x.docx")
    assert (result["outcome"], result["message"]) == ("refused", limits.unzipped_too_big())
    result, _ = parse_in_child(bomb["header lies small"](), "x.docx")
    assert result["outcome"] == "refused" and "损坏" in result["message"]


def test_the_cpu_limit_stops_a_runaway_parse(monkeypatch):
    """The harness itself: a parse that loops is killed and reported, not waited for."""
    monkeypatch.setattr("policies.importer.tests.test_importer_fuzz.parse_bytes", lambda *a: _spin())
    result, cpu = parse_in_child(b"x", "x.txt", cpu_seconds=1)
    assert result["outcome"] == "killed" and "SIGXCPU" in result["error"] and cpu >= 0.9


def test_the_memory_limit_stops_a_ballooning_parse(monkeypatch):
    monkeypatch.setattr("policies.importer.tests.test_importer_fuzz.parse_bytes", lambda *a: _balloon())
    result, _ = parse_in_child(b"x", "x.txt")
    assert result["outcome"] == "crash" and "MemoryError" in result["error"]


def test_the_memory_measure_sees_what_a_parse_holds(monkeypatch):
    monkeypatch.setattr("policies.importer.tests.test_importer_fuzz.parse_bytes",
                        lambda *a: _hold(100 * limits.MB))
    result, _ = parse_in_child(b"x", "x.txt")
    # the child's start is measured after fork; pages it maps afresh (shared libraries) count as its own
    assert 95 * limits.MB <= result["memory"] < 150 * limits.MB


def _balloon():
    held = []
    while True:
        held.append(b"x" * (10 * limits.MB))


def _hold(size):
    held = b"x" * size
    raise ImportFailure(f"测试用：已占用 {len(held)} 字节")


def _spin():
    while True:
        pass
