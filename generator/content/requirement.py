"""The requirement line that installs the claimline running now, for a new project's CI.

``claimline new`` writes a ``requirements.txt`` the Pages workflow installs. A bare
``claimline==0.1.0`` works only where a package index has that release, so the line is
taken from how this claimline was installed (its PEP 610 ``direct_url.json``):

- from a Git repository: ``claimline @ git+<url>@<commit>``;
- from a local checkout (``pip install -e .``, as ``make`` does) that has an ``origin``
  remote: the same, from the checkout's remote and commit (an SSH remote of a known forge
  as HTTPS, which CI can fetch without a key);
- from an archive URL: ``claimline @ <url>``;
- from an index, a checkout whose ``origin`` is a folder, or when none of the above can be
  told: ``claimline==<version>``, and
  ``pinned_from_index`` is true so ``claimline new`` can say to put the repository's
  address there if no index has that release.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator import __version__

_FETCHABLE = ("https", "http", "ssh", "git")  # schemes pip's git support fetches from another machine
_SCP = re.compile(r"^(?:[\w.-]+@)?([\w.-]+):(?!//)(.+)$")  # git@github.com:owner/repo.git


@dataclass(frozen=True)
class Requirement:
    line: str
    pinned_from_index: bool


def current() -> Requirement:
    """The requirement for the claimline that is running."""
    try:
        raw = metadata.distribution("claimline").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        raw = None
    return from_direct_url(json.loads(raw) if raw else None)


def from_direct_url(data: dict | None, version: str = __version__) -> Requirement:
    """The requirement for an installation described by PEP 610 ``data`` (None: from an index)."""
    fallback = Requirement(f"claimline=={version}", True)
    if not isinstance(data, dict) or not isinstance(data.get("url"), str):
        return fallback
    url = data["url"]
    vcs = data.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git" and vcs.get("commit_id"):
        return Requirement(f"claimline @ git+{url}@{vcs['commit_id']}", False)
    if "archive_info" in data and urlsplit(url).scheme in ("http", "https"):
        return Requirement(f"claimline @ {url}", False)
    if url.startswith("file://"):
        found = _checkout(Path(unquote(urlsplit(url).path)))
        if found is not None:
            remote, commit = found
            return Requirement(f"claimline @ git+{remote}@{commit}", False)
    return fallback


def _checkout(folder: Path) -> tuple[str, str] | None:
    """(remote URL CI can fetch, commit) of a Git checkout, or None (no git, no remote)."""
    try:
        remote = _git(folder, "remote", "get-url", "origin")
        commit = _git(folder, "rev-parse", "HEAD")
    except (OSError, subprocess.SubprocessError):
        return None
    if not remote or not re.fullmatch(r"[0-9a-f]{40}", commit or ""):
        return None
    url = https_remote(remote)
    if urlsplit(url).scheme not in _FETCHABLE:
        return None  # a clone of a folder ("/srv/claimline", "file://..."): no CI can fetch it
    return url, commit


def https_remote(remote: str) -> str:
    """``git@github.com:owner/repo.git`` -> ``https://github.com/owner/repo.git``; others as given."""
    m = _SCP.match(remote)
    if m and not remote.startswith(("http://", "https://", "file://", "ssh://")):
        return f"https://{m.group(1)}/{m.group(2)}"
    if remote.startswith("ssh://"):
        parts = urlsplit(remote)
        return f"https://{parts.hostname}{parts.path}"
    return remote


def _git(folder: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=10,
                          check=True)
    return done.stdout.strip()
