"""The fuzz corpus: each case names a file, builds it (in memory, or streamed to disk for the huge ones)
and says what reading it must give: a table with so many data rows, an error containing some words, or
(for mutations whose outcome is not the point) either of the two — never a crash, a hang or a blow-up."""

from dataclasses import dataclass
from typing import Callable

ANY = None  # a table or a Chinese error: the file only has to end well


@dataclass(frozen=True)
class Case:
    id: str
    filename: str
    build: Callable  # build(path) writes the file
    expect: object = ANY  # int: rows of a table; str: words of the error; ANY
    cpu: float = 10  # seconds of CPU the read may take (sandbox.CPU_SECONDS for every hostile file)

    def __repr__(self):
        return self.id


def fixed(data):
    """A builder writing bytes made up front (small files)."""
    def build(path):
        path.write_bytes(data() if callable(data) else data)
    return build


def case(id, filename, data, expect=ANY):
    return Case(id, filename, fixed(data), expect)
