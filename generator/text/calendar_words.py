"""English weekday and month names, with the abbreviations news copy uses.

Several stages read them and must agree on them: dates resolves them, the sentence
splitter does not end a sentence at "Jan.", the name finder does not take "Monday" or
"July" for a name, and boilerplate knows a dateline by them. The names and CLDR's
abbreviations come from babel; the ones news adds ("Sept.", "Thurs.") from the lexicon.
All lower case; each reader cases them as it needs ("may" and "march" are words too).
"""

from __future__ import annotations

from babel import Locale

from generator import lexicon

_EN = Locale("en")
_EXTRA = lexicon.mapping("calendar-abbreviations")

# In ``date.weekday()`` order: the index is the weekday number (Monday 0).
WEEKDAYS = tuple(_EN.days["format"]["wide"][i].lower() for i in range(7))
WEEKDAY_ABBR = {_EN.days["format"]["abbreviated"][i].lower(): i for i in range(7)} | {
    short: WEEKDAYS.index(full) for short, full in _EXTRA.items() if full in WEEKDAYS
}

# In calendar order: the index + 1 is the month number.
MONTHS = tuple(_EN.months["format"]["wide"][i].lower() for i in range(1, 13))
# No "may": the name is no longer than an abbreviation.
MONTH_ABBR = {
    short: n
    for n in range(1, 13)
    if (short := _EN.months["format"]["abbreviated"][n].lower()) != MONTHS[n - 1]
} | {short: MONTHS.index(full) + 1 for short, full in _EXTRA.items() if full in MONTHS}
# Every month name and abbreviation -> its number.
MONTH_NUMBER = {name: i + 1 for i, name in enumerate(MONTHS)} | MONTH_ABBR
