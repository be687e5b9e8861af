"""The requirement line that installs the claimline running now, for a new project's CI.

``claimline new`` writes a ``requirements.txt`` the Pages workflow installs. A bare
``claimline==0.1.0`` works only where a package index has that release, so the line is
taken from how this claimline was installed (its PEP 610 ``direct_url.json``):

- from a Git repository: ``claimline @ git+<url>@<commit>``;
- from a local checkout (``pip install -e .``, as ``make`` does) that has an ``origin``
  remote: the same, from the checkout's remote and commit (an SSH remote of a known forge
  as HTTPS, which CI can fetch without a key);
- from an archive URL: ``claimline @ <url>``;
- from a local folder CI cannot fetch (a clone without a remote, or of a folder; a wheel
  file): the repository its package metadata names (``Project-URL: Repository, ...``), at
  the checkout's commit, else the release tag ``v<version>``;
- from an index, or when none of the above can be told: ``claimline==<version>``, and
  ``pinned_from_index`` is true so ``claimline new`` can say to put the repository's
  address there if no index has that release; ``local`` is true when this claimline came
  from a folder, so that no index is likely to have it at all (requirements.txt says so).
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
    local: bool = False  # installed from a folder no CI can fetch: the pin is a guess


_REPOSITORY_LABELS = ("repository", "source", "source code", "code")


def current() -> Requirement:
    """The requirement for the claimline that is running."""
    try:
        dist = metadata.distribution("claimline")
        raw, urls = dist.read_text("direct_url.json"), dist.metadata.get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        raw, urls = None, []
    return from_direct_url(json.loads(raw) if raw else None, repository=repository_url(urls))


def repository_url(project_urls: list[str]) -> str | None:
    """The repository among the package's ``Project-URL`` entries ("Repository, https://..."),
    as a URL CI can fetch; None when it names none."""
    for entry in project_urls:
        label, _, url = entry.partition(",")
        url = https_remote(url.strip())
        if label.strip().lower() in _REPOSITORY_LABELS and urlsplit(url).scheme in ("https", "http"):
            return url
    return None


def from_direct_url(data: dict | None, version: str = __version__, repository: str | None = None) -> Requirement:
    """The requirement for an installation described by PEP 610 ``data`` (None: from an index);
    ``repository``: the one the package's metadata names, for a copy installed from a folder."""
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
        folder = Path(unquote(urlsplit(url).path))
        found = _checkout(folder)
        if found is not None:
            remote, commit = found
            return Requirement(f"claimline @ git+{remote}@{commit}", False)
        if repository:
            return Requirement(f"claimline @ git+{repository}@{_commit(folder) or 'v' + version}", False)
        return Requirement(fallback.line, True, local=True)
    return fallback


def _commit(folder: Path) -> str | None:
    try:
        commit = _git(folder, "rev-parse", "HEAD")
    except (OSError, subprocess.SubprocessError):
        return None
    return commit if re.fullmatch(r"[0-9a-f]{40}", commit) else None


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
