"""Putting a finished site in place, and never deleting what a build did not write.

A build renders into ``.site-build-<pid>-<name>-<random>`` beside the site folder, writes there
the list of every file it made (``.claimline-manifest.json``), and swaps the folder in: on
Linux in one atomic exchange (``renameat2``), elsewhere by two renames with the old site kept
as ``.site-old-<pid>-<name>`` until the new one is there. A build killed at any moment so
leaves the previous site or the complete new one; the next build removes what it left beside
the folder (by its dead process id), and puts a previous site back if it was killed between
the two renames.

The site folder is replaced as a whole, so it is replaced only when every file in it is listed
in the manifest of the build that made it (dot-files at its top, such as the ``.git`` of a
gh-pages checkout, are kept as they are); anything else is refused with a message.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import shutil
from pathlib import Path

from generator.errors import ClaimlineError
from generator.stages.permalinks import EXPORT_NAME

MANIFEST = ".claimline-manifest.json"
_LEFTOVER = re.compile(r"\.site-(build|old)-(\d+)-(.+)")
_LEGACY_BUILD = re.compile(r"\.site-build-[a-z0-9_]{8}")  # before the pid was in the name
_RANDOM = 8  # the characters tempfile.mkdtemp adds


def build_folder_prefix(target: Path) -> str:
    return f".site-build-{os.getpid()}-{target.name}-"


def write_manifest(folder: Path) -> None:
    """List every file below ``folder`` (relative, sorted) in its manifest."""
    files = sorted(f for f in _files(folder) if f != MANIFEST)  # not itself, when written again
    data = {"written_by": "claimline build", "files": files}
    (folder / MANIFEST).write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


def _files(folder: Path, skip_top_dots: bool = False) -> list[str]:
    """Every file and link below ``folder`` as a relative POSIX path (links are not followed)."""
    out = []
    for root, dirs, names in os.walk(folder):
        rel_root = Path(root).relative_to(folder)
        if skip_top_dots and rel_root == Path("."):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            names = [n for n in names if not n.startswith(".")]
        links = [d for d in dirs if (Path(root) / d).is_symlink()]
        for name in [*names, *links]:
            out.append((rel_root / name).as_posix())
    return out


def check_owned(target: Path, shown: Path) -> None:
    """Refuse a folder holding a file no claimline build wrote (``shown`` names it as the user did)."""
    if not target.is_dir():
        return
    theirs = sorted(_files(target, skip_top_dots=True))
    if not theirs or theirs == [EXPORT_NAME]:
        return  # new, empty, or just the published timeline.json whose ids a build keeps
    listed: set[str] = set()
    manifest = target / MANIFEST
    if manifest.is_file():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            listed = {f for f in data.get("files", []) if isinstance(f, str)}
        except (ValueError, OSError, AttributeError):
            listed = set()
    strangers = [f for f in theirs if f not in listed]
    if not strangers:
        return
    more = f" and {len(strangers) - 3} more" if len(strangers) > 3 else ""
    why = ("the folder has no .claimline-manifest.json listing them" if not listed else
           "they are not in its .claimline-manifest.json")
    raise ClaimlineError(f"{shown}: refusing to build the site here: it holds {', '.join(strangers[:3])}{more}, "
                         f"which no claimline build wrote ({why}), and building replaces the whole folder; move "
                         "them out, or choose a new or empty folder with --site-dir")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a leftover of an earlier process that had our number: builds here run one at a time
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers(target: Path) -> list[Path]:
    """Remove the build folders a killed build of ``target`` left beside it; put the previous
    site back first when a build died between its two renames. Returns what was removed."""
    parent = target.parent
    if not parent.is_dir():
        return []
    removed = []
    for entry in sorted(parent.iterdir()):
        m = _LEFTOVER.fullmatch(entry.name)
        if m:
            kind, pid, rest = m[1], int(m[2]), m[3]
            ours = rest == target.name if kind == "old" else (rest[:-_RANDOM - 1] == target.name
                                                               and rest[-_RANDOM - 1] == "-")
            if not ours or _alive(pid):
                continue
            if kind == "old" and not target.exists() and entry.is_dir():
                entry.rename(target)  # killed after the old site moved aside, before the new one came
                continue
        elif not (_LEGACY_BUILD.fullmatch(entry.name) and entry.is_dir()):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux ``renameat2``); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def swap(new: Path, target: Path) -> None:
    """Put the new site in place; the old one goes only after the new one is there."""
    target = target.resolve()
    if not target.exists():
        new.rename(target)
        return
    if _exchange(new, target):
        old = new  # the exchange left the previous site where the new one was
    else:
        old = target.with_name(f".site-old-{os.getpid()}-{target.name}")
        if old.exists():
            shutil.rmtree(old)
        target.rename(old)
        try:
            new.rename(target)
        except OSError:
            old.rename(target)
            raise
    # dot-files stay, as MkDocs' own clean keeps them (the .git of a gh-pages checkout)
    for kept in sorted(old.iterdir()):
        if kept.name.startswith(".") and not (target / kept.name).exists():
            kept.rename(target / kept.name)
    shutil.rmtree(old, ignore_errors=True)
