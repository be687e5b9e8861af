"""Errors the library raises; the CLI turns them into messages and exit codes at the edge."""

from __future__ import annotations

from dataclasses import dataclass


class ClaimlineError(Exception):
    """Any failure claimline reports to a person rather than as a traceback."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content, located as precisely as we can.

    Printed as ``path:line: severity: message`` so editors and their editors' "go to
    error" features can jump to it.
    """

    path: str
    line: int | None
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


class ContentError(ClaimlineError):
    """The content folder has errors; carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]):
        # a whole-file problem has line None: sort it first without comparing None with int
        self.problems = sorted(problems, key=lambda p: (p.path, p.line or 0, p.severity, p.message))
        errors = [p for p in self.problems if p.severity == "error"]
        super().__init__(f"{len(errors)} error(s) in content")

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class BuildError(ClaimlineError):
    """The renderer failed; the previous site was left in place."""
