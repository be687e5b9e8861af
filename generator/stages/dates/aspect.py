"""Whether a clause holds a present perfect ("has provided", "have been activated").

A present perfect ties what it tells to the moment of speaking, never to a day an earlier
sentence named: "It has since hired a firm" is the news of the report's day, and "Residents
have been allowed home since Sunday" a state begun on the day it names.
"""

from __future__ import annotations

from generator import lexicon

_HAVE = {"has", "have", "'ve", "hasn't", "haven't"}
_BETWEEN = {"also", "already", "not", "just", "never", "ever", "long", "since", "now", "often", "always",
            "previously", "repeatedly", "recently", "still", "yet", "only", "n't"}
_IRREGULAR = {"been", "had", "done", "made", "given", "taken", "seen", "known", "gone", "come",
              "become", "held", "met", "told", "said", "sold", "bought", "built", "sent", "paid",
              "won", "lost", "led", "brought", "kept", "left", "found", "shown", "grown", "begun",
              "written", "spoken", "broken", "chosen", "fallen", "risen", "flown", "struck", "put",
              "set", "cut", "hit", "spent", "fought", "sought", "withdrawn", "undertaken"}
_PARTICIPLES = frozenset(lexicon.words("past-participles")) | _IRREGULAR


def perfect(low: list[str]) -> bool:
    """Whether the words (lower-cased) hold a present perfect: a form of have, adverbs, a participle."""
    for i, w in enumerate(low[:-1]):
        if w in _HAVE:
            j = i + 1
            while j < len(low) and (low[j].endswith("ly") or low[j] in _BETWEEN):
                j += 1
            if j < len(low) and (low[j].endswith(("ed", "en")) or low[j] in _PARTICIPLES):
                return True
    return False


def of_the_day(low: list[str]) -> bool:
    """"has since hired", "has just announced", "has now informed": a perfect that says it is the day's news."""
    return any(w in _HAVE and low[i + 1] in ("just", "now", "since") for i, w in enumerate(low[:-1]))
