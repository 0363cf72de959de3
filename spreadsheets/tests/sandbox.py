"""Running one parse in a forked child under hard limits, so that a regression fails instead of hanging.

The child gets RLIMIT_AS = its address space at the fork + MEMORY_BYTES (an allocation beyond that fails)
and RLIMIT_CPU = CPU_SECONDS (the kernel kills it after that much CPU time). CPU time, not wall time, is
the measure: eight people share two cores here; the wall-clock deadline only catches a child that waits.
The peak resident memory the child added is measured too (Linux: /proc/self/clear_refs resets VmHWM).
"""

import os
import pickle
import re
import resource
import select
import signal
import time
import traceback
from dataclasses import dataclass

CPU_SECONDS = 10
MEMORY_BYTES = 300 * 1024 * 1024
WALL_SECONDS = 120


@dataclass
class Outcome:
    kind: str  # "result", "error" (the expected exception), "crash" (anything else), "killed"
    value: object = None  # the result, or the error message
    detail: str = ""  # traceback of a crash, or how the child ended
    memory_error: bool = False  # a MemoryError anywhere in the exception's chain
    cpu: float = 0.0  # seconds of CPU the child used
    peak: int = 0  # bytes of resident memory above the child's start


def run(func, *args, expected=Exception, cpu_seconds=CPU_SECONDS):
    """func(*args) in a forked child; an `expected` exception is an "error" outcome, others a "crash"."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(reader)
            _child(writer, func, args, expected, cpu_seconds)
        finally:
            os._exit(0)
    os.close(writer)
    payload, ended = _collect(reader, time.monotonic() + WALL_SECONDS)
    if not ended:
        os.kill(pid, signal.SIGKILL)
    _, status, usage = os.wait4(pid, 0)
    cpu = usage.ru_utime + usage.ru_stime
    if os.WIFSIGNALED(status) or not payload:
        how = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit {os.WEXITSTATUS(status)}"
        return Outcome("killed", detail=how if ended else f"still running after {WALL_SECONDS} s", cpu=cpu)
    outcome = pickle.loads(payload)
    outcome.cpu = cpu
    return outcome


def _collect(fd, deadline):
    chunks = []
    try:
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    return b"".join(chunks), True
                chunks.append(chunk)
        return b"".join(chunks), False
    finally:
        os.close(fd)


def _child(fd, func, args, expected, cpu_seconds):
    size = _status("VmSize")
    resource.setrlimit(resource.RLIMIT_AS, (size + MEMORY_BYTES, size + MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (int(cpu_seconds), int(cpu_seconds) + 1))
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # peak RSS := current RSS
    start = _status("VmRSS")
    try:
        outcome = Outcome("result", func(*args))
    except expected as exc:
        outcome = Outcome("error", str(exc), memory_error=_memory_error(exc))
    except BaseException as exc:
        outcome = Outcome("crash", repr(exc), traceback.format_exc(), memory_error=_memory_error(exc))
    outcome.peak = _status("VmHWM") - start
    data = pickle.dumps(outcome)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.close(fd)


def _memory_error(exc):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, MemoryError) or "out of memory" in str(exc).lower():
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _status(field):
    with open("/proc/self/status") as f:
        return int(re.search(rf"^{field}:\s+(\d+) kB", f.read(), re.M).group(1)) * 1024
