"""Property-based fuzz of the loader: random bytes, random text and random YAML in front matter,
a sidecar and each of the three YAML files. Whatever they hold, ``claimline check`` ends with
exit code 0 or 1 and messages, never a traceback, and the content folder is left as it was.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import cli

SOURCES = "meridian:\n  name: Meridian Wire\n  url: https://meridian.example\n"
ARTICLE = ("---\ntitle: Harbour council approves a new ferry line\nsource: meridian\npublished: 2021-03-04\n---\n"
           "The harbour council of Port Alder approved a new ferry line on Tuesday, officials said.\n")
BODY = b"The council of Glenmoor said on Monday that the bridge would reopen in May.\n"
TARGETS = ("front matter", "sidecar", "sources.yml", "entities.yml", "overrides.yml")

# keys the schemas know, so random YAML reaches past "unknown key" into the values' checks
KEYS = ["source", "title", "published", "url", "author", "language", "tags", "name", "aliases", "kind", "role",
        "country", "events", "merge", "split", "hide", "boilerplate", "dates", "date", "precision", "status",
        "statement", "meridian", "a", "a#s1", "2020", "123"]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=24),
    st.sampled_from(["2020-07-08", "2020-W28", "2107-01-01", "2020-02-30", "2020-07-08T10:00", "meridian",
                     "a#s1", "https://x.example/it's", "javascript:x", "", "null", "\u202e", "0999-01-01"]),
)
KEY = st.one_of(st.sampled_from(KEYS), st.text(max_size=8), st.integers(-3, 3))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(KEY, inner, max_size=5), max_leaves=14)


def _dump(value: object) -> bytes:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False).encode("utf-8")


PAYLOADS = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")),
    VALUES.map(_dump),
    st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=6).map(_dump),
)


def _write(root: Path, target: str, payload: bytes) -> None:
    (root / "articles").mkdir(parents=True)
    (root / "sources.yml").write_text(SOURCES, encoding="utf-8")
    (root / "articles/a.md").write_text(ARTICLE, encoding="utf-8")
    if target == "front matter":
        (root / "articles/b.md").write_bytes(b"---\n" + payload + b"\n---\n" + BODY)
    elif target == "sidecar":
        (root / "articles/c.txt").write_bytes(BODY)
        (root / "articles/c.yml").write_bytes(payload)
    else:
        (root / target).write_bytes(payload)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(target=st.sampled_from(TARGETS), payload=PAYLOADS)
def test_check_never_fails_with_a_traceback_and_never_changes_content(target: str, payload: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "content"
        _write(root, target, payload)
        before = _snapshot(root)
        result = CliRunner().invoke(cli, ["check", "--content", str(root)], prog_name="claimline")
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert result.exit_code in (0, 1), result.output
        assert _snapshot(root) == before
