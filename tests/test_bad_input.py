"""Bad input, as a careless or hostile user would give it: every case ends in a message naming
the file (and line), the right exit code, and never a traceback.

Each case starts from a small valid content folder (one fictional outlet, one article), changes
a few files, runs a command and checks the exit code and the exact first line printed. The
groups follow issue 13's matrix: front matter, YAML, dates, URLs, encodings and binary files,
links, file names, duplicates, sources.yml, entities.yml, overrides.yml, sizes and site folders.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.content import limits
from generator.content.load import load_corpus

SOURCES = "meridian:\n  name: Meridian Wire\n  url: https://meridian.example\n"
ARTICLE = ("---\ntitle: Harbour council approves a new ferry line\nsource: meridian\npublished: 2021-03-04\n"
           "url: https://meridian.example/ferry\n---\n"
           "The harbour council of Port Alder approved a new ferry line on Tuesday, officials said.\n")
BODY = "The council of Glenmoor said on Monday that the bridge would reopen in May.\n"


def article(body: str = BODY, **meta: str) -> str:
    """A Markdown article with the given front matter keys (written as given: YAML text)."""
    keys = {"source": "meridian", "published": "2021-03-05", **meta}
    front = "".join(f"{k}: {v}\n" for k, v in keys.items() if v is not None)
    return f"---\n{front}---\n{body}"


@dataclass
class Case:
    files: dict[str, str | bytes | None]  # path in the work folder -> text, bytes, or None to remove
    code: int
    first: str  # the exact first line printed (stderr and stdout, in order)
    args: tuple[str, ...] = ("check", "--content", "content")
    setup: Callable[[Path, pytest.MonkeyPatch], None] | None = field(default=None)


def _link(name: str, target: str) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(root: Path, _mp: pytest.MonkeyPatch) -> None:
        (root / name).symlink_to(target)
    return setup


def _outside_link(name: str) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(root: Path, _mp: pytest.MonkeyPatch) -> None:
        secret = root / "secret.txt"
        secret.write_text("a private file outside content/\n", encoding="utf-8")
        (root / name).symlink_to(secret)
    return setup


def _fifo(root: Path, _mp: pytest.MonkeyPatch) -> None:
    os.mkfifo(root / "content/articles/pipe.txt")


def _locked_folder(root: Path, mp: pytest.MonkeyPatch) -> None:
    """A folder the user may not open (chmod 000): as root could open it anyway, the refusal
    comes from os.scandir, where the system would give it."""
    locked = root / "content/articles/locked"
    locked.mkdir()
    (locked / "b.md").write_text(article(), encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)
    mp.setattr(os, "scandir", scandir)


def _site(files: dict[str, str], manifest: list[str] | None) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(root: Path, _mp: pytest.MonkeyPatch) -> None:
        for name, text in files.items():
            (root / "out" / name).parent.mkdir(parents=True, exist_ok=True)
            (root / "out" / name).write_text(text, encoding="utf-8")
        if manifest is not None:
            (root / "out/.claimline-manifest.json").write_text(json.dumps({"files": manifest}), encoding="utf-8")
    return setup


A = "content/articles/b.md"
C = "content/articles/c"
OK1 = "1 article(s), 1 source(s): OK"
OK2 = "2 article(s), 1 source(s): OK"
BUILD = ("build", "--content", "content", "-q", "-d", "out")

CASES: dict[str, Case] = {
    # ---- front matter
    "front-matter-missing": Case({A: BODY}, 1,
        "content/articles/b.md:1: error: has no front matter; start the file with a '---' line, metadata "
        "such as 'source: <outlet id>' and 'published: 2020-07-08', then a '---' line (or put them in b.yml "
        "beside it)"),
    "article-file-empty": Case({A: ""}, 1,
        "content/articles/b.md:1: error: is empty; write the article in it (metadata between '---' lines, then "
        "its text), or remove the file"),
    "article-file-blank-lines": Case({"content/articles/b.txt": "\n\n  \n"}, 1,
        "content/articles/b.txt:1: error: is empty; write the article in it (metadata between '---' lines, then "
        "its text), or remove the file"),
    "front-matter-unclosed": Case({A: "---\nsource: meridian\n" + BODY}, 1,
        "content/articles/b.md:1: error: front matter opened by '---' on line 1 is never closed; add a "
        "'---' line after the metadata"),
    "front-matter-a-list": Case({A: "---\n- source\n- meridian\n---\n" + BODY}, 1,
        'content/articles/b.md:2: error: Error reading metadata: is a list, expected a mapping (key: '
        'value) (The YAML front matter of content/articles/*.md (between --- lines), or the sidecar *.yml'
        ' of a raw *.txt article.)'),
    "front-matter-empty": Case({A: "---\n---\n" + BODY}, 1,
        "content/articles/b.md:2: error: Error reading metadata: 'source' is missing; add `source:` with "
        "the outlet's id, one of the keys of content/sources.yml"),
    "front-matter-unknown-key": Case({A: article(colour="blue")}, 0,
        "content/articles/b.md:4: warning: unknown key 'colour' is ignored; known keys: author, language,"
        ' published, source, tags, title, url'),
    "front-matter-mistyped-key": Case({A: article(titel="A title")}, 0,
        "content/articles/b.md:4: warning: unknown key 'titel' is ignored; did you mean 'title'? known "
        'keys: author, language, published, source, tags, title, url'),
    "front-matter-key-twice": Case({A: article().replace("source: meridian\n", "source: meridian\n" * 2)}, 1,
        "content/articles/b.md:3: error: key 'source' appears twice (first on line 2); keep only one"),
    "front-matter-no-source": Case({A: article(source=None)}, 1,
        "content/articles/b.md:2: error: Error reading metadata: 'source' is missing; add `source:` with "
        "the outlet's id, one of the keys of content/sources.yml"),
    "front-matter-unknown-source": Case({A: article(source="meridain")}, 1,
        "content/articles/b.md:2: error: Error reading metadata 'source': unknown source 'meridain'; did "
        "you mean 'meridian'? add it to content/sources.yml or use one of: meridian"),
    "front-matter-source-a-number": Case({A: article(source="123")}, 1,
        "content/articles/b.md:2: error: Error reading metadata 'source': is a number, expected text (the"
        " outlet's id, one of the keys of content/sources.yml)"),
    "front-matter-title-a-list": Case({A: article(title="[a, b]")}, 1,
        "content/articles/b.md:4: error: Error reading metadata 'title': is a list, expected text or null"
        ' (the headline; null when the text carries none)'),
    "front-matter-tags-a-text": Case({A: article(tags="Harbour")}, 1,
        "content/articles/b.md:4: error: Error reading metadata 'tags': is text, expected a list (a list "
        'of words, e.g. [Iran, Syria])'),
    "front-matter-tags-twice": Case({A: article(tags="[Harbour, Harbour]")}, 1,
        "content/articles/b.md:4: error: Error reading metadata 'tags': has an item twice; expected a "
        'list of words, e.g. [Iran, Syria]'),
    "front-matter-language-a-name": Case({A: article(language="English")}, 1,
        "content/articles/b.md:4: error: Error reading metadata 'language': 'English' is not valid; "
        'expected a BCP 47 language tag such as en, fr or pt-BR (default en)'),
    "front-matter-language-no-is-norwegian": Case({A: article(language="no")}, 0, OK2),
    "body-empty": Case({A: article(body="")}, 1,
        'content/articles/b.md:5: error: has no text after its front matter; write the article below the '
        "closing '---'"),
    "body-without-words": Case({A: article(body="1234 5678 -- 90\n")}, 0,
        'content/articles/b.md:5: warning: has no words in its text, so no statement or claim can come of'
        " it; check that the file holds the article's text"),
    "title-too-long": Case({A: article(title="x" * (limits.FIELD_CHARS + 1))}, 1,
        "content/articles/b.md:4: error: Error reading metadata 'title': is 4,001 characters long; a "
        'metadata value may be at most 4,000: shorten it'),
    # ---- YAML
    "yaml-tab-indent": Case({A: "---\nsource: meridian\ntags:\n\t- a\n---\n" + BODY}, 1,
        "content/articles/b.md:4: error: YAML syntax error: found character '\\t' that cannot start any "
        'token (while scanning for the next token); indent with spaces: YAML does not allow tabs'),
    "yaml-unclosed-quote": Case({A: article(title='"Harbour council')}, 1,
        'content/articles/b.md:4: error: YAML syntax error: the file ends inside a quoted text that '
        'starts on this line; close it (a quote, ] or }}) or remove it'),
    "yaml-colon-in-value": Case({A: article(title="Ferry: a new line: approved")}, 1,
        'content/articles/b.md:4: error: YAML syntax error: mapping values are not allowed here; put a '
        "value that contains ': ' in quotes"),
    "yaml-alias": Case({A: article(title="&t Harbour", author="*t")}, 1,
        'content/articles/b.md:4: error: YAML anchors and aliases are not allowed in claimline files (&t '
        'here); write each value out in full'),
    "yaml-billion-laughs": Case({"content/entities.yml": "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"}, 1,
        'content/entities.yml:1: error: YAML anchors and aliases are not allowed in claimline files (&a '
        'here); write each value out in full'),
    "yaml-python-tag": Case({A: article(title="!!python/object/apply:os.system [echo hi]")}, 1,
        'content/articles/b.md:4: error: YAML tag !!python/object/apply:os.system: tags are not allowed '
        'in claimline files; remove it and write the plain value'),
    "yaml-control-character": Case({A: article(author='"A\x07B"')}, 1,
        'content/articles/b.md:4: error: holds the control character U+0007, which YAML does not allow; '
        'remove it (it is invisible: retype the line if you cannot see it)'),
    "yaml-c1-control-character": Case({A: article(author="A\x9fB")}, 1,
        'content/articles/b.md:4: error: holds the control character U+009F, which YAML does not allow; '
        'remove it (it is invisible: retype the line if you cannot see it)'),
    "yaml-key-a-list": Case({A: "---\nsource: meridian\n? [a, b]\n: c\n---\n" + BODY}, 1,
        'content/articles/b.md:3: error: a key is a list or a mapping; a key in a claimline file is plain'
        ' text (an id or a name): write it as one'),
    "yaml-nested-too-deep": Case({A: article(tags="[" * 2000 + "]" * 2000)}, 1,
        'content/articles/b.md:2: error: YAML nested too deeply (lists or mappings inside each other '
        'hundreds of levels down); no claimline file needs that'),
    # ---- published
    "published-a-week": Case({A: article(published="2020-W28")}, 1,
        "content/articles/b.md:3: error: Error reading metadata 'published': '2020-W28' is a week, not a "
        "day; a publication date is a day: write e.g. 2020-07-08, or 'published: null' when the day is "
        "not known (it is then inferred from other outlets' reports)"),
    "published-a-month": Case({A: article(published="2020-07")}, 1,
        "content/articles/b.md:3: error: Error reading metadata 'published': '2020-07' is a month, not a "
        "day; a publication date is a day: write e.g. 2020-07-08, or 'published: null' when the day is "
        "not known (it is then inferred from other outlets' reports)"),
    "published-time-without-offset": Case({A: article(published="2020-07-08T10:00:00")}, 1,
        "content/articles/b.md:3: error: Error reading metadata 'published': '2020-07-08T10:00:00' has a "
        "time but no UTC offset, so its day is ambiguous; add the outlet's offset (e.g. "
        '2020-07-08T14:47:00+03:00, or Z for UTC) or write the date alone (2020-07-08)'),
    "published-not-on-the-calendar": Case({A: article(published="2020-02-30")}, 1,
        "content/articles/b.md:3: error: Error reading metadata 'published': '2020-02-30' is not a date "
        'on the calendar: February 2020 has 29 days; write e.g. 2020-07-08 or 2020-07-08T14:47:00+03:00'),
    "published-words": Case({A: article(published="yesterday")}, 1,
        "content/articles/b.md:3: error: Error reading metadata 'published': 'yesterday' is not an ISO "
        '8601 date; write e.g. 2020-07-08 or 2020-07-08T14:47:00+03:00'),
    "published-a-number": Case({A: article(published="20200708")}, 1,
        "content/articles/b.md:3: error: Error reading metadata 'published': is a number, expected text "
        'or null (ISO 8601 date (2020-07-08) or datetime with offset (2020-07-08T14:47:00+03:00); null '
        'when unknown: it is then inferred from other outlets)'),
    "published-after-2100": Case({A: article(published="2107-01-01")}, 1,
        "content/articles/b.md:3: error: Error reading metadata 'published': '2107-01-01' is out of "
        'range; write a year from 1000 to 2100'),
    "published-before-1000": Case({A: article(published="0999-12-31")}, 1,
        "content/articles/b.md:3: error: Error reading metadata 'published': '0999-12-31' is out of "
        'range; write a year from 1000 to 2100'),
    "published-far-in-the-future": Case({A: article(published="2099-01-01")}, 0,
        "content/articles/b.md:3: warning: 'published: 2099-01-01' is in the "
        'future (after {today}); check the year: events it reports would be dated from it'),
    "published-missing": Case({A: article(published=None)}, 0,
        "content/articles/b.md:2: warning: no 'published' date: it will be inferred from other outlets' "
        "reports of the same events; add 'published: 2020-07-08' if you know it, or 'published: null' to "
        'say it is unknown'),
    "published-null": Case({A: article(published="null")}, 0, OK2),
    # ---- URLs
    "url-javascript": Case({A: article(url="javascript:alert(1)")}, 1,
        "content/articles/b.md:4: error: Error reading metadata 'url': 'javascript:alert(1)' is not "
        "valid; expected the article's address, starting with http:// or https://"),
    "url-relative": Case({A: article(url="/ferry")}, 1,
        "content/articles/b.md:4: error: Error reading metadata 'url': '/ferry' is not valid; expected "
        "the article's address, starting with http:// or https://"),
    "url-with-a-space": Case({A: article(url='"https://meridian.example/a b"')}, 1,
        "content/articles/b.md:4: error: Error reading metadata 'url': 'https://meridian.example/a b' is "
        "not valid; expected the article's address, starting with http:// or https://"),
    "url-with-an-apostrophe": Case({A: article(url="\"https://wiki.example/wiki/World's_largest_plane\"")}, 0, OK2),
    "url-twice": Case({A: article(url="https://www.meridian.example/ferry/")}, 1,
        'content/articles/b.md:4: error: the same article twice: content/articles/a.md has the same url '
        'https://www.meridian.example/ferry/; remove one of them'),
    # ---- encodings and binary files
    "utf16": Case({A: article().encode("utf-16")}, 1,
        'content/articles/b.md:1: error: is UTF-16 text; save it as UTF-8'),
    "latin1": Case({A: article(body="Caf\xe9 owners said so.\n").encode("latin-1")}, 1,
        'content/articles/b.md:5: error: is not UTF-8: byte 0xe9 at byte offset 50 (line 5, column 4) '
        'cannot be decoded; save the file as UTF-8'),
    "utf8-bom": Case({A: b"\xef\xbb\xbf" + article().encode()}, 0, OK2),
    "crlf-lines": Case({A: article().replace("\n", "\r\n")}, 0, OK2),
    "nul-byte": Case({A: article().encode() + b"\x00"}, 1,
        'content/articles/b.md: error: is a binary file, not text; content/ holds only UTF-8 text '
        '(articles, sidecars and YAML): move it out of content/'),
    "binary-article": Case({"content/articles/photo.txt": bytes(range(256)) * 4}, 1,
        'content/articles/photo.txt: error: is a binary file, not text; content/ holds only UTF-8 text '
        '(articles, sidecars and YAML): move it out of content/'),
    "binary-file-elsewhere": Case({"content/photo.jpg": b"\xff\xd8\xff\xe0" + bytes(200)}, 1,
        'content/photo.jpg: error: is a binary file, not text; content/ holds only UTF-8 text (articles, '
        'sidecars and YAML): move it out of content/'),
    "stray-text-file": Case({"content/notes.txt": "my notes\n"}, 0,
        'content/notes.txt: warning: is not read by claimline (articles are articles/*.md, or '
        'articles/*.txt with a *.yml); move it out of content/'),
    "article-too-large": Case({A: article(body="word " * (limits.ARTICLE_BYTES // 5 + 1))}, 1,
        'content/articles/b.md: error: is 2,000,052 bytes; claimline reads at most 2,000,000 bytes in an '
        'article file; cut what is not the article, or split it into two articles'),
    # ---- links, pipes, folders
    "symlink-out-of-content": Case({"content/articles/leak.yml": "source: meridian\npublished: 2021-03-05\n"}, 1,
        "content/articles/leak.txt: error: is a link to {root}/secret.txt, outside the content folder; "
        "claimline reads nothing outside it: copy the file into content/ instead",
        setup=_outside_link("content/articles/leak.txt")),
    "symlink-inside-content": Case({"content/drafts/b.md": article()}, 0,
        'content/drafts/b.md: warning: is not read by claimline (articles are articles/*.md, or '
        'articles/*.txt with a *.yml); move it out of content/',
        setup=_link("content/articles/b.md", "../drafts/b.md")),
    "symlink-dangling": Case({}, 0,
        'content/articles/gone.md: warning: is a link to nowhere.md, which does not exist or links back '
        'to itself; it is skipped: fix the link or remove it', setup=_link("content/articles/gone.md", "nowhere.md")),
    "symlink-to-a-folder": Case({"content/more/b.md": article()}, 1,
        'content/articles/more: error: is a link to a folder, which claimline does not follow, so its '
        'articles would be left out; move the folder here instead',
        setup=_link("content/articles/more", "../more")),
    "sources-yml-links-out": Case({"content/sources.yml": None}, 1,
        'content/sources.yml: error: is a link to {root}/secret.txt, outside the content folder; '
        'claimline reads nothing outside it: copy the file into content/ instead',
        setup=_outside_link("content/sources.yml")),
    "fifo-in-articles": Case({}, 1,
        'content/articles/pipe.txt: error: is not a regular file (a pipe, socket or device); remove it '
        'from content/', setup=_fifo),
    "unreadable-subfolder": Case({}, 1,
        'content/articles/locked: error: cannot be read (Permission denied), so the articles in it would '
        'be left out; make it readable (chmod u+rx) or move it out of content/', setup=_locked_folder),
    "content-folder-missing": Case({}, 1,
        "Error: content folder 'nowhere' does not exist; pass --content DIR or run claimline from the "
        'project folder', args=("check", "--content", "nowhere")),
    "content-folder-a-file": Case({"notes.txt": "x\n"}, 2,
        'Usage: claimline check [OPTIONS]', args=("check", "--content", "notes.txt")),
    # ---- file names and pairs
    "name-with-a-space": Case({"content/articles/my article.md": article()}, 1,
        "content/articles/my article.md: error: the article id 'my article' (its file name) has '#' or a "
        'space in it, so statement ids and overrides.yml cannot name it; rename the file, e.g. my-'
        'article.md'),
    "name-with-a-hash": Case({"content/articles/b#2.md": article()}, 1,
        "content/articles/b#2.md: error: the article id 'b#2' (its file name) has '#' or a space in it, "
        'so statement ids and overrides.yml cannot name it; rename the file, e.g. b-2.md'),
    "md-and-txt-one-id": Case({A: article(), "content/articles/b.txt": BODY}, 1,
        'content/articles/b.txt: error: b.md and b.txt share one article id; rename one of them'),
    "yml-and-yaml-sidecars": Case({C + ".txt": BODY, C + ".yml": "source: meridian\n",
                                   C + ".yaml": "source: meridian\n"}, 1,
        'content/articles/c.yaml: error: c.yml and c.yaml are both metadata for one article; keep one'),
    "sidecar-without-text": Case({C + ".yml": "source: meridian\n"}, 1,
        'content/articles/c.yml: error: is metadata for an article that is not there; add c.txt beside it'
        ' or remove it'),
    "text-without-sidecar": Case({C + ".txt": BODY}, 1,
        "content/articles/c.txt:1: error: has no metadata; add c.yml beside it with at least 'source: "
        "<outlet id>' (claimline import does this for you)"),
    "front-matter-and-sidecar": Case({A: article(), "content/articles/b.yml": "source: meridian\n"}, 1,
        'content/articles/b.md:1: error: has both front matter and a sidecar b.yml; keep the metadata in '
        'one place'),
    "one-id-in-two-folders": Case({A: article(), "content/articles/x/a.md": article(body="Other words here.\n")}, 1,
        "content/articles/x/a.md: error: has the article id 'a' of content/articles/a.md; rename one of them"),
    "sidecar-a-list": Case({C + ".txt": BODY, C + ".yml": "- source\n"}, 1,
        'content/articles/c.yml:1: error: Error reading metadata: is a list, expected a mapping (key: '
        'value) (The YAML front matter of content/articles/*.md (between --- lines), or the sidecar *.yml'
        ' of a raw *.txt article.)'),
    # ---- duplicates
    "same-text-twice": Case({A: ARTICLE.replace("url: https://meridian.example/ferry\n", "")}, 1,
        "content/articles/b.md:6: error: the same article twice: its text is the same as "
        "content/articles/a.md's; remove one of them"),
    # ---- sources.yml
    "sources-missing": Case({"content/sources.yml": None}, 1,
        "content/sources.yml: error: is missing; create it (one entry per outlet, e.g. 'daily-example: "
        "{{name: The Daily Example, url: https://news.example.org}}')"),
    "sources-empty": Case({"content/sources.yml": ""}, 1,
        'content/sources.yml: error: declares nothing (it is empty, or only comments); add one entry per '
        "outlet, e.g. 'daily-example: {{name: The Daily Example, url: https://news.example.org}}'"),
    "sources-only-comments": Case({"content/sources.yml": "# outlets to come\n"}, 1,
        'content/sources.yml: error: declares nothing (it is empty, or only comments); add one entry per '
        "outlet, e.g. 'daily-example: {{name: The Daily Example, url: https://news.example.org}}'"),
    "sources-numeric-id": Case({"content/sources.yml": SOURCES + "123:\n  name: One Two Three\n",
                                A: article(source="'123'")}, 0, "2 article(s), 2 source(s): OK"),
    "sources-id-with-capitals": Case({"content/sources.yml": SOURCES + "Glenmoor Times:\n  name: Glenmoor Times\n"},
                                     1,
        "content/sources.yml:4: error: 'Glenmoor Times' is not a valid key; expected an outlet id: lower "
        'case letters, digits, - and _'),
    "sources-no-name": Case({"content/sources.yml": SOURCES + "glenmoor:\n  url: https://glenmoor.example\n"}, 1,
        "content/sources.yml:5: error: 'glenmoor': 'name' is missing; add `name:` with the outlet's name, "
        "e.g. The Jerusalem Post"),
    "sources-a-list": Case({"content/sources.yml": "- meridian\n"}, 1,
        'content/sources.yml:1: error: is a list, expected a mapping (key: value) (The outlets, as a '
        'mapping from outlet id to its details. Articles name their outlet by id.)'),
    "sources-bad-url": Case({"content/sources.yml": SOURCES.replace("https://meridian.example", "meridian.example")},
                            1,
        "content/sources.yml:3: error: 'meridian.url': 'meridian.example' is not valid; expected its home"
        ' page, starting with http:// or https://'),
    # ---- entities.yml
    "entities-alias-of-two": Case({"content/entities.yml": "- name: Ana Varga\n  aliases: [A. Varga]\n"
                                                           "- name: Anton Varga\n  aliases: [A. Varga]\n"}, 1,
        "content/entities.yml:4: error: 'A. Varga' already names 'Ana Varga' (line 2); a name or alias "
        'must name one entity only'),
    "entities-a-mapping": Case({"content/entities.yml": "Ana Varga: {role: mayor}\n"}, 1,
        'content/entities.yml:1: error: is a mapping, expected a list (People and bodies as an editor '
        'wants them named; entries win over automatic name merging.)'),
    "entities-no-name": Case({"content/entities.yml": "- aliases: [A. Varga]\n"}, 1,
        "content/entities.yml:1: error: '[0]': 'name' is missing; add `name:` with the canonical name, "
        'shown on the site'),
    "entities-unknown-kind": Case({"content/entities.yml": "- name: Ana Varga\n  kind: wizard\n"}, 1,
        "content/entities.yml:2: error: '[0].kind': 'wizard' is not valid; expected one of person, body, "
        'place, outlet, document, other'),
    # ---- overrides.yml
    "overrides-unknown-article": Case({"content/overrides.yml": "hide:\n  - nosuch#s1\n"}, 1,
        "content/overrides.yml:2: error: 'hide[0]': 'nosuch#s1' names an unknown article 'nosuch'; an "
        'article id is its file name without extension'),
    "overrides-impossible-date": Case({"content/overrides.yml": "dates:\n  a#s1: 2020-02-30\n"}, 1,
        "content/overrides.yml:2: error: 'dates.a#s1': '2020-02-30' is not a date on the calendar: February "
        '2020 has 29 days; write e.g. 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020'),
    "overrides-merge-and-split": Case({"content/overrides.yml": "merge:\n  - [a#s1, b#s1]\nsplit:\n  - a#s1\n",
                                       A: article()}, 0,
        "content/overrides.yml:2: warning: 'merge[0][0]': 'a#s1' is also in split (split[0], line 4); the"
        ' split wins, so this merge does not apply to it: keep the statement in one of them'),
    "overrides-unknown-section": Case({"content/overrides.yml": "delete:\n  - a#s1\n"}, 1,
        "content/overrides.yml:1: error: unknown key 'delete'; known keys: boilerplate, dates, events, "
        'hide, merge, recalls, split'),
    "overrides-numeric-event-id": Case({"content/overrides.yml": "events:\n  2021:\n    title: A year\n"}, 0, OK1),
    "overrides-boilerplate-not-in-text": Case({"content/overrides.yml": "boilerplate:\n  a: [Share this]\n"}, 0,
        "content/overrides.yml:2: warning: 'boilerplate.a[0]': 'Share this' is not in the article's text,"
        ' so it marks nothing; copy the text exactly'),
    # ---- site folders (refused before anything is built)
    "site-folder-with-a-users-file": Case({}, 1,
        'Error: {root}/out: refusing to build the site here: it holds cv.pdf, index.html, sitemap.xml, '
        'which no claimline build wrote (the folder has no .claimline-manifest.json listing them), and '
        'building replaces the whole folder; move them out, or choose a new or empty folder with --site-'
        'dir', args=BUILD, setup=_site({"index.html": "x", "sitemap.xml": "x", "cv.pdf": "x"}, None)),
    "site-folder-with-a-file-no-build-wrote": Case({}, 1,
        'Error: {root}/out: refusing to build the site here: it holds notes/todo.txt, which no claimline '
        'build wrote (they are not in its .claimline-manifest.json), and building replaces the whole '
        'folder; move them out, or choose a new or empty folder with --site-dir', args=BUILD, setup=_site(
        {"index.html": "x", "notes/todo.txt": "x"}, ["index.html"])),
    "site-folder-is-the-content": Case({}, 1,
        "Error: {root}/content: refusing to build the site here: it would replace {root}/content",
        args=("build", "--content", "content", "-q", "-d", "content")),
    "site-folder-inside-the-content": Case({}, 1,
        'Error: {root}/content/site: refusing to build the site here: it is inside the content folder '
        "{root}/content; choose a site folder outside it",
        args=("build", "--content", "content", "-q", "-d", "content/site")),
    "site-folder-is-the-project": Case({}, 1,
        "Error: {root}: refusing to build the site here: it would replace {root}/content",
        args=("build", "--content", "content", "-q", "-d", ".")),
    "site-folder-is-a-file": Case({"out": "a file\n"}, 2,
        'Usage: claimline build [OPTIONS]', args=BUILD),
}


def _prepare(root: Path, case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    (root / "content/articles").mkdir(parents=True)
    (root / "content/sources.yml").write_text(SOURCES, encoding="utf-8")
    (root / "content/articles/a.md").write_text(ARTICLE, encoding="utf-8")
    for name, data in case.files.items():
        path = root / name
        if data is None:
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8", newline="")
    if case.setup is not None:
        case.setup(root, monkeypatch)


def run(args: tuple[str, ...]):
    result = CliRunner().invoke(cli, list(args), prog_name="claimline")
    return result, result.output


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = CASES[name]
    monkeypatch.chdir(tmp_path)
    _prepare(tmp_path, case, monkeypatch)
    result, output = run(case.args)
    assert "Traceback" not in output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    first = case.first.format(root=tmp_path.resolve(), today=datetime.now(UTC).date().isoformat())
    assert (result.exit_code, output.splitlines()[0]) == (case.code, first)


# ---------------------------------------------------------------- issue 13's cases that need more than a line


def _executed_lines(fn: Callable[[], object]) -> int:
    """Python lines run by ``fn``: a count of work that does not depend on the machine's speed."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


def _load_work(tmp_path: Path, name: str, text: str) -> int:
    root = tmp_path / name
    (root / "articles").mkdir(parents=True)
    (root / "sources.yml").write_text(SOURCES, encoding="utf-8")
    (root / "articles/b.md").write_text(text, encoding="utf-8")
    return _executed_lines(lambda: load_corpus(root))


def test_quadratic_front_matter_ten_thousand_unknown_keys_are_read_in_linear_work(tmp_path):
    """Each unknown key's warning finds its line in an index, not by scanning every key."""
    def keys(n: int) -> str:
        return article(**{f"extra{i}": "x" for i in range(n)})

    small, large = _load_work(tmp_path, "small", keys(300)), _load_work(tmp_path, "large", keys(1200))
    assert large / small < 5  # four times the keys: about four times the work, not sixteen
    corpus = load_corpus(_content_with(tmp_path / "ten-thousand", keys(10_000)))
    assert sum(p.severity == "warning" for p in corpus.problems) == 10_000


def test_size_below_the_limits_is_read_in_linear_work(tmp_path):
    def sized(n: int) -> str:
        return article(title="w" * (n // 100), body="A council said so on Monday. " * (n // 30))

    small, large = _load_work(tmp_path, "small", sized(100_000)), _load_work(tmp_path, "large", sized(400_000))
    assert large / small < 5


def _content_with(root: Path, text: str) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "sources.yml").write_text(SOURCES, encoding="utf-8")
    (root / "articles/b.md").write_text(text, encoding="utf-8")
    return root


def test_bidi_controls_are_stripped_from_page_text_and_feeds():
    from generator.present.escape import plain_html, text

    hostile = "Minister \u202eyas ton did\u202c said\u2066 it\u2069 (\u200fRTL mark kept)"
    assert str(text(hostile)) == "Minister yas ton did said it (\u200fRTL mark kept)"
    assert "\u202e" not in plain_html(hostile) and "\u2066" not in plain_html(hostile)


def test_a_valid_url_with_an_apostrophe_keeps_its_link():
    from generator.present.escape import href, safe_url

    url = "https://en.wikinews.org/wiki/Airbus_launches_world's_largest_plane"
    assert safe_url(url) == "https://en.wikinews.org/wiki/Airbus_launches_world%27s_largest_plane"
    assert str(href(url)) == "https://en.wikinews.org/wiki/Airbus_launches_world%27s_largest_plane"
    assert safe_url("javascript:alert('x')") is None


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_leftovers_of_a_killed_build_are_removed_and_a_site_moved_aside_comes_back(tmp_path):
    from generator.site import swap

    dead = _dead_pid()
    target = tmp_path / "out"
    for name in (f".site-build-{dead}-out-abcd1234", ".site-build-k3j4h5g6", f".site-old-{dead}-out"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text(name, encoding="utf-8")
    (tmp_path / f".site-build-{dead}-other-abcd1234").mkdir()  # another site's: not ours to remove
    (tmp_path / f".site-build-{os.getppid()}-out-abcd1234").mkdir()  # a live build's: left alone
    swap.clean_leftovers(target)
    # killed between its two renames: the previous site is put back, the rest removed
    assert (target / "index.html").read_text(encoding="utf-8") == f".site-old-{dead}-out"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["out", f".site-build-{dead}-other-abcd1234", f".site-build-{os.getppid()}-out-abcd1234"])


def _build(cwd: Path, *extra: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from generator.cli import cli; cli()", "build", "--content",
                             "content", "-q", "-d", "out", *extra], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, **(env or {})})


def _small_project(root: Path) -> None:
    (root / "content/articles").mkdir(parents=True)
    (root / "content/sources.yml").write_text(SOURCES, encoding="utf-8")
    (root / "content/articles/a.md").write_text(ARTICLE, encoding="utf-8")


@pytest.mark.slow
def test_users_files_are_never_deleted_by_a_build(tmp_path):
    """A file dropped into a built site is not the build's to delete: the next build refuses."""
    _small_project(tmp_path)
    assert _build(tmp_path).wait() == 0
    (tmp_path / "out/cv.pdf").write_bytes(b"%PDF my cv")
    proc = _build(tmp_path)
    assert proc.wait() == 1
    assert "it holds cv.pdf, which no claimline build wrote" in proc.stderr.read().decode()
    assert (tmp_path / "out/cv.pdf").read_bytes() == b"%PDF my cv"


@pytest.mark.slow
def test_a_year_before_1970_builds_the_sitemap(tmp_path):
    """The build is dated by its newest article; gzip's stamp holds 1970 to 2106 only."""
    _small_project(tmp_path)
    (tmp_path / "content/articles/a.md").write_text(ARTICLE.replace("2021-03-04", "1969-07-20"), encoding="utf-8")
    proc = _build(tmp_path)
    assert proc.wait() == 0, proc.stderr.read().decode()
    assert (tmp_path / "out/sitemap.xml.gz").is_file()


@pytest.mark.slow
def test_a_url_with_an_apostrophe_and_bidi_controls_on_the_article_page(tmp_path):
    _small_project(tmp_path)
    text = ARTICLE.replace("https://meridian.example/ferry", "\"https://wiki.example/wiki/World's_largest_ferry\"")
    text = text.replace("approves a new", "approves a \u202enew")
    (tmp_path / "content/articles/a.md").write_text(text, encoding="utf-8")
    assert _build(tmp_path).wait() == 0
    page = (tmp_path / "out/articles/a/index.html").read_text(encoding="utf-8")
    assert 'href="https://wiki.example/wiki/World%27s_largest_ferry"' in page
    assert "\u202e" not in page


def _site_files(site: Path) -> tuple[set[str], set[str]]:
    """(the files in the site, the files its manifest lists)."""
    manifest = json.loads((site / ".claimline-manifest.json").read_text(encoding="utf-8"))["files"]
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    return files - {".claimline-manifest.json"}, set(manifest)


@pytest.mark.slow
def test_a_build_killed_at_any_moment_leaves_a_whole_site_and_the_next_cleans_up(tmp_path):
    _small_project(tmp_path)
    started = time.monotonic()
    assert _build(tmp_path).wait() == 0
    took = time.monotonic() - started
    before = _site_files(tmp_path / "out")[1]
    (tmp_path / "content/articles/b.md").write_text(article(title="Bridge to reopen"), encoding="utf-8")
    seen = []
    for fraction in (0.1, 0.3, 0.5, 0.65, 0.8, 0.9, 0.97, 1.05):
        proc = _build(tmp_path)
        time.sleep(took * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        files, listed = _site_files(tmp_path / "out")
        assert files == listed  # whole: every file its build wrote, nothing else
        seen.append(listed)
    assert _build(tmp_path).wait() == 0
    after = _site_files(tmp_path / "out")[1]
    assert all(s in (before, after) for s in seen)  # the previous site or the complete new one
    assert before != after
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".site-")]


@pytest.mark.slow
def test_an_export_at_size_is_the_same_under_any_hash_seed(tmp_path):
    """Issue 13, item 15: a large corpus, exported by two processes with different string hash
    seeds, gives the same bytes (an order taken from a set would show here)."""
    synth = pytest.importorskip("benchmarks.synth")
    synth.write(synth.generate(1200), tmp_path / "content")
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"timeline-{seed}.json"
        done = subprocess.run([sys.executable, "-c", "from generator.cli import cli; cli()", "export", "--content",
                               "content", "--format", "json", "-o", str(out)], cwd=tmp_path, capture_output=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr.decode()[-2000:]
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
