"""Text helpers the stages share: names and their spelling keys, numbers, word overlap, headline
editing, calendar words, TIMEX3 values and slugs. No stage state lives here."""
