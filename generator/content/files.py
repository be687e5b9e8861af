"""Which files of ``content/`` claimline reads, and the walk that finds them.

Nothing outside the content folder is ever read: a link is followed only when it leads to a
file inside it (a link out of it is an error at the link's path), and a link to a folder is
not followed. A folder the walk cannot open is an error, never a silent gap in the site; a
FIFO, socket or device is refused before it is opened (reading a FIFO would wait forever).
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from generator.content.encoding import read_text
from generator.errors import ClaimlineError, Problem

ARTICLE_SUFFIXES = (".md", ".txt")
SIDECAR_SUFFIXES = (".yml", ".yaml")
CONFIG_FILES = ("sources.yml", "entities.yml", "overrides.yml")


def display(content: Path, rel: str) -> str:
    """A path as problems show it: the content folder as given, joined with the file inside it."""
    return (PurePosixPath(content.as_posix()) / rel).as_posix()


def require_folder(content: Path) -> None:
    """Raise the one message every command gives for a content folder that is not there."""
    if content.exists() and not content.is_dir():
        raise ClaimlineError(f"'{content.as_posix()}' is a file; --content takes the content folder")
    if not content.is_dir():
        raise ClaimlineError(f"content folder '{content.as_posix()}' does not exist; "
                             "pass --content DIR or run claimline from the project folder")


def readable_file(content: Path, path: Path, where: str, problems: list[Problem]) -> bool:
    """Whether ``path`` is a regular file inside the content folder that may be read;
    otherwise the reason is recorded at ``where`` (a dangling link is only a warning)."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # dangling, or a loop of links
            problems.append(Problem(where, None, f"is a link to {os.readlink(path)}, which does not exist or links "
                                                 "back to itself; it is skipped: fix the link or remove it",
                                    "warning"))
            return False
        root = content.resolve()
        if root not in target.parents:
            problems.append(Problem(where, None, f"is a link to {target}, outside the content folder; claimline "
                                                 "reads nothing outside it: copy the file into content/ instead"))
            return False
        if target.is_dir():
            problems.append(Problem(where, None, "is a link to a folder, which claimline does not follow, so its "
                                                 "articles would be left out; move the folder here instead"))
            return False
    if not path.is_file():
        problems.append(Problem(where, None, "is not a regular file (a pipe, socket or device); remove it from "
                                             "content/"))
        return False
    return True


def walk(content: Path, problems: list[Problem]) -> list[Path]:
    """Every visible entry below ``content`` that is not a folder, in name order (hidden
    names such as ``.git`` are skipped, folders included). A folder that cannot be listed
    is an error, since the articles in it would silently be missing."""
    found: list[Path] = []
    stack = [content]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as err:
            rel = folder.relative_to(content).as_posix()
            problems.append(Problem(display(content, rel), None, f"cannot be read ({err.strerror or err}), so the "
                                                                 "articles in it would be left out; make it readable "
                                                                 "(chmod u+rx) or move it out of content/"))
            continue
        subfolders = []
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                subfolders.append(Path(entry.path))
            else:
                found.append(Path(entry.path))
        stack.extend(reversed(subfolders))
    return sorted(found)


def group_files(content: Path, problems: list[Problem]) -> dict[Path, dict[str, Path]]:
    """The article files below ``articles/``, by article (path without suffix), then suffix.

    The three YAML files are left to their readers; any other file is a warning (it is not
    read), or an error when it is binary or may not be read."""
    groups: dict[Path, dict[str, Path]] = {}
    for path in walk(content, problems):
        rel = path.relative_to(content)
        if rel.as_posix() in CONFIG_FILES:
            continue
        where = display(content, rel.as_posix())
        if not readable_file(content, path, where, problems):
            continue
        in_articles = rel.parts[0] == "articles" and len(rel.parts) > 1
        if in_articles and path.suffix in ARTICLE_SUFFIXES + SIDECAR_SUFFIXES:
            groups.setdefault(path.with_suffix(""), {})[path.suffix] = path
            continue
        if read_text(path, where, problems) is not None:
            problems.append(Problem(where, None, "is not read by claimline (articles are articles/*.md, or "
                                                 "articles/*.txt with a *.yml); move it out of content/", "warning"))
    return groups
