"""A file as UTF-8 text, or a problem saying why it is not: UTF-16, binary, or the byte that
cannot be decoded, at its line and column."""

from __future__ import annotations

from pathlib import Path

from generator.content import limits
from generator.errors import Problem


def read_text(path: Path, where: str, problems: list[Problem], kind: str = "article") -> str | None:
    """The file as text, or None after recording why it is not UTF-8 text (a UTF-8
    byte-order mark is dropped: it is not part of the text). Past the size limit of its
    ``kind`` (``limits.KINDS``) nothing beyond the limit is read."""
    limit, what, hint = limits.KINDS[kind]
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
            if len(data) > limit:
                total = max(limit + 1, path.stat().st_size)
                problems.append(Problem(where, None, limits.too_large(total, limit, what, hint)))
                return None
    except OSError as err:
        problems.append(Problem(where, None, f"cannot be read: {err.strerror or err}"))
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(Problem(where, 1, "is UTF-16 text; save it as UTF-8"))
        return None
    if _looks_binary(data):
        problems.append(Problem(where, None, "is a binary file, not text; content/ holds only UTF-8 text "
                                             "(articles, sidecars and YAML): move it out of content/"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        problems.append(Problem(where, line, f"is not UTF-8: byte 0x{data[err.start]:02x} at byte offset "
                                             f"{err.start} (line {line}, column {column}) cannot be decoded; "
                                             "save the file as UTF-8"))
        return None
    return text.removeprefix("\ufeff")


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    head = data[:4096]
    if not head:
        return False
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.1
