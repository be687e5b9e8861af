"""Long lists cut into pages, so that no page of the site grows with the corpus.

A list (a month's events, an event's claims, an outlet's reports) goes onto pages of at
most ``Budget.items`` entries and ``Budget.weight`` units of height (a claim with eight
outlets' wordings is taller than one with one). Page 1 keeps the list's own address;
page n is ``<address>/page-n/``. Cutting is a single pass in list order, so a page's
contents depend only on the list, never on the rest of the site.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from generator.present import urls

T = TypeVar("T")


@dataclass(frozen=True)
class Budget:
    """How much one page may hold."""

    items: int
    weight: int


# A timeline page: events, each a card of at most a few claims (weight: its lines).
TIMELINE = Budget(items=50, weight=250)
# An event page: claim boxes (weight: the wordings each shows, one per outlet).
EVENT = Budget(items=60, weight=150)
# A list of one line per entry (an outlet's reports, a person's statements, a tag's events).
LIST = Budget(items=200, weight=300)
# An index of names (people and bodies).
NAMES = Budget(items=400, weight=400)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its entries, its number, and every page's address (for the pager)."""

    items: list[T]
    number: int
    srcs: tuple[str, ...]

    @property
    def src(self) -> str:
        return self.srcs[self.number - 1]

    @property
    def count(self) -> int:
        return len(self.srcs)


def page_src(first: str, number: int) -> str:
    """The address of page ``number`` of the list whose first page is ``first``."""
    return first if number == 1 else urls.sub_src(first, f"page-{number}")


def cut(items: Sequence[T], budget: Budget, weight: Callable[[T], int] = lambda _x: 1) -> list[list[T]]:
    """``items`` in order, on as few pages as the budget allows (an entry heavier than the
    budget gets a page of its own; an empty list is one empty page)."""
    pages: list[list[T]] = []
    current: list[T] = []
    used = 0
    for item in items:
        w = max(1, weight(item))
        if current and (len(current) >= budget.items or used + w > budget.weight):
            pages.append(current)
            current, used = [], 0
        current.append(item)
        used += w
    if current or not pages:
        pages.append(current)
    return pages


def paginate(first: str, items: Sequence[T], budget: Budget,
             weight: Callable[[T], int] = lambda _x: 1) -> list[Page[T]]:
    """``items`` as pages, the first at ``first``."""
    parts = cut(items, budget, weight)
    srcs = tuple(page_src(first, n) for n in range(1, len(parts) + 1))
    return [Page(part, n, srcs) for n, part in enumerate(parts, start=1)]
