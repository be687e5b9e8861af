"""The timeline written out: the JSON contract (``timeline.json``), Atom, JSON Feed, iCalendar,
TimelineJS and CSV, one module each; ``render_export`` picks one by name."""

from generator.export.formats import FILENAMES, FORMATS, render_export, write_export

__all__ = ["FILENAMES", "FORMATS", "render_export", "write_export"]
