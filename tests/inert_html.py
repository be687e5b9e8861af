"""What "inert" means for a page, checked on real HTML by a real parser.

Used by the page tests (Markdown rendered by Python-Markdown with the site's extensions)
and the build tests (HTML written by MkDocs). A page is inert when no script, handler or
script URL came from content: the only scripts are the theme's, our own asset, and JSON-LD
blocks whose text cannot close the element.
"""

from __future__ import annotations

from html.parser import HTMLParser

SCRIPT_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"}


class _Scan(HTMLParser):
    def __init__(self, allowed_script_srcs: tuple[str, ...]):
        super().__init__(convert_charrefs=True)
        self.allowed = allowed_script_srcs
        self.problems: list[str] = []
        self.text: list[str] = []
        self._in_script: str | None = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"<{tag}> has an event handler {name}={value!r}")
            if name.lower() in SCRIPT_URL_ATTRS and value and value.strip().lower().startswith(
                    ("javascript:", "vbscript:", "data:text/html")):
                self.problems.append(f"<{tag}> {name}={value!r}")
        if tag == "script":
            kind = dict(attrs).get("type") or ""
            src = dict(attrs).get("src") or ""
            if kind == "application/ld+json":
                self._in_script = "ld"
            elif src and any(a in src for a in self.allowed):
                self._in_script = "theme"
            elif not src and self.allowed:
                self._in_script = "inline"  # the theme's own inline configuration
            else:
                self.problems.append(f"unexpected <script {attrs}>")
                self._in_script = "bad"
        if tag in ("iframe", "object", "embed", "base"):
            self.problems.append(f"unexpected <{tag}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script == "inline" and "alert(" in data:
            self.problems.append(f"an inline script carries content text: {data[:80]!r}")
        if self._in_script == "ld" and "<" in data:
            # JSON-LD escapes every "<" (as \u003c): one left raw could close the element
            self.problems.append(f"JSON-LD with a raw '<': {data[:80]!r}")
        if self._in_script is None:
            self.text.append(data)


def scan(html: str, allowed_script_srcs: tuple[str, ...] = ()) -> tuple[list[str], str]:
    """(problems, visible text) of a page."""
    p = _Scan(allowed_script_srcs)
    p.feed(html)
    p.close()
    return p.problems, "".join(p.text)
