"""``claimline new DIR``: a project a newcomer can build and publish at once.

The files come from ``scaffold_files/`` (package data), so what a new project starts with
can be read and edited as files rather than as strings in code. Only a few placeholders are
filled in (the site's name, the README title, the claimline version, the requirement line,
what to do when it is only a guess, the site's language, and ``@T(label)@``: a label of
mkdocs.yml in that language, from the site's strings); everything else is copied byte for byte.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import yaml

from generator import __version__
from generator.content import requirement
from generator.errors import ClaimlineError

_LABEL = re.compile(r"@T\(([^)@]+)\)@")

# template in scaffold_files/ -> where it goes in the new project, in the order written
LAYOUT: tuple[tuple[str, str], ...] = (
    ("README.md", "README.md"),
    ("mkdocs.yml", "mkdocs.yml"),
    ("about.md", "docs/about.md"),
    ("requirements.txt", "requirements.txt"),
    ("gitignore", ".gitignore"),
    ("pages.yml", ".github/workflows/pages.yml"),
    ("sources.yml", "content/sources.yml"),
    ("entities.yml", "content/entities.yml"),
    ("overrides.yml", "content/overrides.yml"),
    ("example-article.md", "content/articles/example-gazette-footbridge.md"),
)


def theme_languages() -> frozenset[str]:
    """The ``theme.language`` codes the installed Material for MkDocs translates its pages into."""
    import material

    folder = Path(material.__file__).parent / "templates" / "partials" / "languages"
    return frozenset(p.stem for p in folder.glob("*.html") if p.stem != "custom")


def new_project(directory: Path, language: str = "en", label: Callable[[str], str] = str) -> list[Path]:
    """Write a new project into ``directory`` (created if missing; must be empty).

    Returns the files written, in the order of ``LAYOUT``. Nothing is overwritten: a folder
    that already holds anything is refused before a single file is written. ``language``: the
    site's (``theme.language``); ``label``: a label of mkdocs.yml's menu and toggles in it (the
    site's strings, ``present.labels``, which this layer does not import).
    """
    if not re.fullmatch(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*", language):
        raise ClaimlineError(f"--language: '{language}' is not a language code; give one such as en, fr or pt-BR")
    known = theme_languages()
    if known and language.replace("_", "-") not in known:
        raise ClaimlineError(f"--language: Material for MkDocs has no '{language}' translation; give one of "
                             f"{', '.join(sorted(known))}")
    language = language.replace("_", "-")  # "pt_BR" is Material's "pt-BR"
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise ClaimlineError(f"{directory} is a file; give the name of a new or empty folder.")
    if directory.is_dir() and any(directory.iterdir()):
        raise ClaimlineError(
            f"{directory} is not empty; claimline new writes only into a new or empty folder, "
            "so that nothing of yours is overwritten."
        )

    name = directory.resolve().name or "timeline"
    title = label("Timeline: {period}").replace("{period}", name)
    pin = requirement.current()
    values = {
        "@SITE_NAME@": json.dumps(title, ensure_ascii=False),  # a YAML string
        "@TITLE@": title,
        "@VERSION@": __version__,
        "@REQUIREMENT_NOTE@": _requirement_note(pin),
        "@REQUIREMENT@": pin.line,  # what CI can install: see requirement.py
        "@LANGUAGE@": language,
    }
    templates = resources.files(__package__) / "scaffold_files"
    written: list[Path] = []
    for template, target in LAYOUT:
        text = (templates / template).read_text(encoding="utf-8")
        for placeholder, value in values.items():
            text = text.replace(placeholder, value)
        text = _LABEL.sub(lambda m: _yaml_scalar(label(m.group(1))), text)
        path = directory / target
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        written.append(path)
    return written


def _yaml_scalar(value: str) -> str:
    """``value`` as a YAML string on one line, quoted only where YAML needs it ("À propos" bare)."""
    return yaml.safe_dump(value, allow_unicode=True, width=10**6).removesuffix("\n...\n").strip()


def _requirement_note(pin: requirement.Requirement) -> str:
    """Lines above a pin that is only a guess: this claimline came from a folder no CI can fetch."""
    if not pin.local:
        return ""
    return ("# NOTE: the claimline that wrote this was installed from a folder no CI can fetch, and no\n"
            f"# package index is known to have {pin.line}: replace the next line with where your CI can\n"
            "# install claimline from, e.g.  claimline @ git+https://github.com/OWNER/claimline@COMMIT\n")
