"""What a long run shows while it works: bars on a terminal, one line per stage in a log.

On a terminal, rich progress bars (the articles of the per-article stages, the later stages,
the pages). When standard error is not a terminal (a CI log), each stage prints one line once
it is done, with how many items and how long it took, so a log shows where the time went
without a bar's noise. The pipeline calls ``stage(name, done, total)`` (its ``Progress``).
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

UNITS = {"extract": "articles", "markdown": "pages", "pages": "pages"}


class Display:
    """Progress of a build or an export; silent when not ``enabled``."""

    def __init__(self, enabled: bool, stream: TextIO | None = None, bars: bool | None = None):
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.bars = self.stream.isatty() if bars is None else bars
        self._progress = None
        self._tasks: dict[str, int] = {}
        self._finished: set[str] = set()
        self._since = time.perf_counter()

    def __enter__(self) -> Display:
        self._since = time.perf_counter()
        if self.enabled and self.bars:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(),
                                      TimeElapsedColumn(), console=Console(file=self.stream))  # fmt: skip
            self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def stage(self, name: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._progress is not None:
            if name not in self._tasks:
                self._tasks[name] = self._progress.add_task(name, total=max(total, 1))
            self._progress.update(self._tasks[name], completed=done, total=max(total, 1))
        elif done >= total and name not in self._finished:
            now = time.perf_counter()
            unit = UNITS.get(name, "articles")
            self.stream.write(f"claimline: {name:<10} {total:>7,} {unit:<8} {now - self._since:7.1f} s\n")
            self.stream.flush()
            self._since = now
        if done >= total:
            self._finished.add(name)

    def pages(self, done: int, total: int) -> None:
        self.stage("pages", done, total)
