"""English weekday and month names, with the abbreviations news copy uses.

Several stages read them and must agree on them: dates resolves them, the sentence
splitter does not end a sentence at "Jan.", the name finder does not take "Monday" or
"July" for a name, and boilerplate knows a dateline by them. All lower case; each reader
cases them as it needs ("may" and "march" are words too).
"""

from __future__ import annotations

# In ``date.weekday()`` order: the index is the weekday number (Monday 0).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                "sun": 6}

# In calendar order: the index + 1 is the month number.
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# No "may": the name is no longer than an abbreviation.
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
              "oct": 10, "nov": 11, "dec": 12}
# Every month name and abbreviation -> its number.
MONTH_NUMBER = {name: i + 1 for i, name in enumerate(MONTHS)} | MONTH_ABBR
