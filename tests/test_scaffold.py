"""``claimline new``: the project it writes checks, lints and builds as it comes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from mkdocs.utils.yaml import yaml_load

from generator.cli import cli
from generator.content.load import load_corpus
from generator.content.scaffold import LAYOUT, new_project
from generator.errors import ClaimlineError

EXPECTED = [
    "README.md",
    "mkdocs.yml",
    "docs/about.md",
    "requirements.txt",
    ".gitignore",
    ".github/workflows/pages.yml",
    "content/sources.yml",
    "content/entities.yml",
    "content/overrides.yml",
    "content/articles/example-gazette-footbridge.md",
]


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_writes_the_project_layout_into_a_new_folder(tmp_path: Path) -> None:
    target = tmp_path / "story"
    written = new_project(target)
    assert [p.relative_to(target).as_posix() for p in written] == EXPECTED
    assert _files(target) == sorted(EXPECTED)
    assert [t for _, t in LAYOUT] == EXPECTED


def test_an_empty_existing_folder_is_fine(tmp_path: Path) -> None:
    assert len(new_project(tmp_path)) == len(EXPECTED)


def test_refuses_a_folder_that_holds_anything_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ClaimlineError, match="not empty"):
        new_project(tmp_path)
    assert _files(tmp_path) == ["notes.txt"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_cli_lists_what_it_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["new", "story"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "".join(f"created {Path('story', f)}\n" for f in EXPECTED)


def test_cli_says_when_the_pin_needs_an_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.content import requirement

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(requirement, "current", lambda: requirement.Requirement("claimline==0.1.0", True))
    result = CliRunner().invoke(cli, ["new", "story"])
    assert "note: requirements.txt pins claimline==0.1.0; if no package index" in result.stderr
    monkeypatch.setattr(requirement, "current", lambda: requirement.Requirement("claimline @ git+https://x/y@z", False))
    result = CliRunner().invoke(cli, ["new", "story2"])
    assert result.stderr == ""


def test_cli_refuses_a_non_empty_folder_with_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("story").mkdir()
    Path("story", "draft.md").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["new", "story"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: story is not empty; claimline new writes only into a new or empty folder, "
        "so that nothing of yours is overwritten.\n"
    )


def test_cli_refuses_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("story").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["new", "story"])
    assert result.exit_code != 0
    assert "story" in result.output
    assert Path("story").read_text(encoding="utf-8") == "x"


def test_the_content_loads_without_a_problem(tmp_path: Path) -> None:
    new_project(tmp_path)
    corpus = load_corpus(tmp_path / "content")
    assert corpus.problems == ()
    [article] = corpus.articles
    assert article.id == "example-gazette-footbridge"
    assert article.source == "example-gazette"
    assert article.title == "Riverton council approves the new footbridge"
    assert [s.id for s in corpus.sources] == ["example-gazette"]


def test_cli_check_passes_on_the_new_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new_project(tmp_path / "story")
    monkeypatch.chdir(tmp_path / "story")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 0, result.output
    assert result.output == "1 article(s), 1 source(s): OK\n"


def test_site_name_survives_an_awkward_folder_name(tmp_path: Path) -> None:
    odd = 'Gaza: "ceasefire" #2 & more'
    new_project(tmp_path / odd)
    config = yaml_load((tmp_path / odd / "mkdocs.yml").read_text(encoding="utf-8"))  # MkDocs' loader: !ENV
    assert config["site_name"] == f"Timeline: {odd}"
    assert config["plugins"] == ["search", "claimline"]
    assert config["theme"]["font"] is False  # nothing loaded from another host
    assert config["theme"]["name"] == "material"
    assert (tmp_path / odd / "README.md").read_text(encoding="utf-8").startswith(f"# Timeline: {odd}\n")


def test_pins_this_claimline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import __version__
    from generator.content import requirement

    monkeypatch.setattr(requirement, "current", lambda: requirement.Requirement(f"claimline=={__version__}", True))
    new_project(tmp_path)
    lines = (tmp_path / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert [ln for ln in lines if not ln.startswith("#")] == [f"claimline=={__version__}"]


def test_a_claimline_installed_from_git_is_pinned_to_its_commit() -> None:
    from generator.content.requirement import from_direct_url

    commit = "0123456789abcdef0123456789abcdef01234567"
    pin = from_direct_url({"url": "https://github.com/example/claimline.git",
                           "vcs_info": {"vcs": "git", "commit_id": commit}})
    assert pin.line == f"claimline @ git+https://github.com/example/claimline.git@{commit}"
    assert not pin.pinned_from_index
    archive = from_direct_url({"url": "https://example.org/claimline-0.1.0.tar.gz", "archive_info": {}})
    assert archive.line == "claimline @ https://example.org/claimline-0.1.0.tar.gz"
    assert from_direct_url(None, "0.1.0").line == "claimline==0.1.0"  # from an index: the index has it


def test_a_local_checkout_is_pinned_to_its_remote_and_commit(tmp_path: Path) -> None:
    """``pip install -e .`` from a clone: CI installs the same commit from the clone's origin."""
    import shutil
    import subprocess

    from generator.content.requirement import from_direct_url

    if shutil.which("git") is None:
        pytest.skip("needs git")
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["git", "-C", str(tmp_path), *args], check=True, capture_output=True, text=True)

    run("init", "-q")
    run("remote", "add", "origin", "git@github.com:example/claimline.git")
    (tmp_path / "f").write_text("x", encoding="utf-8")
    run("add", "f")
    run("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "x")
    commit = run("rev-parse", "HEAD").stdout.strip()
    pin = from_direct_url({"url": tmp_path.as_uri(), "dir_info": {"editable": True}})
    assert pin.line == f"claimline @ git+https://github.com/example/claimline.git@{commit}"
    no_remote = from_direct_url({"url": (tmp_path / "nowhere").as_uri(), "dir_info": {}}, "0.1.0")
    assert no_remote.line == "claimline==0.1.0" and no_remote.pinned_from_index and no_remote.local
    run("remote", "set-url", "origin", "/srv/mirrors/claimline")  # a clone of a folder: CI cannot fetch it
    folder = from_direct_url({"url": tmp_path.as_uri(), "dir_info": {"editable": True}}, "0.1.0")
    assert folder.line == "claimline==0.1.0" and folder.pinned_from_index


def test_same_name_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "story", tmp_path / "b" / "story"
    new_project(a)
    new_project(b)
    assert _files(a) == _files(b)
    for rel in _files(a):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    assert not any(b"\r\n" in (a / rel).read_bytes() for rel in _files(a))


@pytest.mark.slow
def test_the_new_project_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end, as a newcomer would: new, cd, build with the project's own mkdocs.yml."""
    new_project(tmp_path / "story")
    monkeypatch.chdir(tmp_path / "story")
    result = CliRunner().invoke(cli, ["build", "--quiet", "--site-dir", "site"])
    assert result.exit_code == 0, result.output
    site = tmp_path / "story" / "site"
    assert (site / "index.html").is_file()
    html = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert "Riverton council approves the new footbridge" in html
    assert "Timeline: story" in html
    assert (site / "about" / "index.html").is_file()
    assert "fonts.googleapis.com" not in html
    exported = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    assert exported["articles"][0]["id"] == "example-gazette-footbridge"


def test_a_folder_install_is_pinned_to_the_repository_its_metadata_names(tmp_path: Path) -> None:
    """A clone with no remote CI can fetch (or a wheel file): the package's Project-URL says where
    claimline lives; its release tag when the folder is no Git checkout."""
    from generator.content.requirement import from_direct_url, repository_url

    repo = repository_url(["Homepage, https://example.org/claimline",
                           "Repository, git@github.com:example/claimline.git"])
    assert repo == "https://github.com/example/claimline.git"
    assert repository_url(["Homepage, https://example.org"]) is None
    pin = from_direct_url({"url": (tmp_path / "claimline-0.1.0-py3-none-any.whl").as_uri(), "archive_info": {}},
                          "0.1.0", repository=repo)
    assert pin.line == "claimline @ git+https://github.com/example/claimline.git@v0.1.0"
    assert not pin.pinned_from_index and not pin.local


def test_a_folder_install_with_nowhere_to_fetch_says_what_to_do(tmp_path: Path, monkeypatch) -> None:
    """claimline 0.1.0 installed from a local clone is on no index: the scaffold's requirements.txt
    says to replace the pin, `claimline new` says so too, and the workflow fails naming the file."""
    from generator.content import requirement

    pin = requirement.from_direct_url({"url": (tmp_path / "nowhere").as_uri(), "dir_info": {}}, "0.1.0")
    assert pin.line == "claimline==0.1.0" and pin.local
    monkeypatch.setattr(requirement, "current", lambda: pin)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["new", "story"])
    assert "installed from a folder no CI can fetch" in result.stderr
    text = (tmp_path / "story" / "requirements.txt").read_text(encoding="utf-8")
    assert "# NOTE: the claimline that wrote this was installed from a folder no CI can fetch" in text
    assert text.splitlines()[-1] == "claimline==0.1.0"
    workflow = (tmp_path / "story" / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "::error file=requirements.txt::claimline could not be installed" in workflow


def test_a_pin_from_an_index_carries_no_note(tmp_path: Path, monkeypatch) -> None:
    from generator.content import requirement

    monkeypatch.setattr(requirement, "current", lambda: requirement.Requirement("claimline==0.1.0", True))
    new_project(tmp_path / "story")
    assert "NOTE" not in (tmp_path / "story" / "requirements.txt").read_text(encoding="utf-8")
