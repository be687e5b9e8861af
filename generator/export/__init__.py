"""The timeline written out: the JSON contract (``timeline.json``), Atom, JSON Feed, iCalendar,
TimelineJS and CSV."""
