"""The GitHub Pages workflow: actionlint passes on it, and it publishes what it should.

actionlint comes from the ``test`` extra (a wheel that ships the binary). Without it the lint
tests skip and say so (in CI they fail instead); the structure tests run anyway.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
SCAFFOLD_WORKFLOW = ROOT / "generator" / "content" / "scaffold_files" / "pages.yml"


def _actionlint() -> str | None:
    """The actionlint beside this Python (the venv's), else one on PATH."""
    return shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")


@pytest.fixture
def actionlint() -> str:
    """The binary; skipped without it, except in CI, where the test extra always brings it."""
    exe = _actionlint()
    if exe is None:
        reason = "actionlint is not installed (pip install -e '.[test]' installs it)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return exe


def _lint(actionlint: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [actionlint, "-no-color", "-oneline", str(path)],
        capture_output=True, text=True, timeout=60, check=False,
    )


def _load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as the boolean true.
    data["on"] = data.pop(True, data.get("on"))
    return data


@pytest.mark.parametrize("path", [WORKFLOW, SCAFFOLD_WORKFLOW], ids=["repo", "scaffold"])
def test_actionlint_passes(actionlint: str, path: Path) -> None:
    result = _lint(actionlint, path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(actionlint: str, tmp_path: Path) -> None:
    """The lint is real: a typo in a step reference and a missing permission scope fail it."""
    broken = WORKFLOW.read_text(encoding="utf-8").replace(
        "steps.deployment.outputs.page_url", "steps.deploymnet.outputs.page_url"
    ).replace("pages: write", "pages: writ")
    target = tmp_path / ".github" / "workflows" / "pages.yml"
    target.parent.mkdir(parents=True)
    target.write_text(broken, encoding="utf-8")
    result = _lint(actionlint, target)
    assert result.returncode != 0
    assert "deploymnet" in result.stdout
    assert "writ" in result.stdout


@pytest.mark.parametrize("path", [WORKFLOW, SCAFFOLD_WORKFLOW], ids=["repo", "scaffold"])
def test_builds_on_content_pushes_and_on_demand(path: Path) -> None:
    on = _load(path)["on"]
    assert "workflow_dispatch" in on
    assert on["push"]["branches"] == ["main"]
    assert "content/**" in on["push"]["paths"]
    assert "mkdocs.yml" in on["push"]["paths"]


def test_scaffold_workflow_rebuilds_when_the_editors_pages_change() -> None:
    on = _load(SCAFFOLD_WORKFLOW)["on"]
    assert {"docs/**", "requirements.txt"} <= set(on["push"]["paths"])


@pytest.mark.parametrize("path", [WORKFLOW, SCAFFOLD_WORKFLOW], ids=["repo", "scaffold"])
def test_the_build_knows_the_address_pages_publishes_at(path: Path) -> None:
    """configure-pages gives the base URL; the build gets it as CLAIMLINE_SITE_URL, which
    mkdocs.yml turns into site_url (feeds, sitemap, and so Material's instant navigation)."""
    steps = _load(path)["jobs"]["build"]["steps"]
    configure = next(i for i, st in enumerate(steps) if st.get("uses", "").startswith("actions/configure-pages@"))
    built_at = next(i for i, st in enumerate(steps) if "claimline build" in st.get("run", ""))
    assert steps[configure]["id"] == "pages" and configure < built_at
    assert steps[built_at]["env"]["CLAIMLINE_SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"


@pytest.mark.parametrize("which", ["repo", "scaffold"])
def test_mkdocs_yml_takes_site_url_from_the_workflow(which: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.utils.yaml import yaml_load

    from generator.content.scaffold import new_project

    config = ROOT / "mkdocs.yml"
    if which == "scaffold":
        new_project(tmp_path)
        config = tmp_path / "mkdocs.yml"
    monkeypatch.setenv("CLAIMLINE_SITE_URL", "https://someone.github.io/timeline/")
    assert yaml_load(config.read_text(encoding="utf-8"))["site_url"] == "https://someone.github.io/timeline/"
    monkeypatch.delenv("CLAIMLINE_SITE_URL")
    assert yaml_load(config.read_text(encoding="utf-8"))["site_url"] is None


def test_repo_workflow_also_rebuilds_when_the_generator_changes() -> None:
    paths = _load(WORKFLOW)["on"]["push"]["paths"]
    assert {"site_templates/**", "generator/**", "pyproject.toml"} <= set(paths)


@pytest.mark.parametrize("path", [WORKFLOW, SCAFFOLD_WORKFLOW], ids=["repo", "scaffold"])
def test_deploys_with_deploy_pages_and_least_permissions(path: Path) -> None:
    wf = _load(path)
    assert wf["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert wf["concurrency"]["group"] == "pages"

    build = wf["jobs"]["build"]["steps"]
    uses = [step.get("uses", "") for step in build]
    setup = next(step for step in build if step.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["python-version"] == "3.11"
    assert setup["with"]["cache"] == "pip"  # reused between runs, keyed on the dependency file
    runs = "\n".join(step.get("run", "") for step in build)
    assert "claimline build" in runs and "--site-dir site" in runs
    upload = next(step for step in build if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    built_at = next(i for i, step in enumerate(build) if "claimline build" in step.get("run", ""))
    assert uses.index(upload["uses"]) > built_at

    deploy = wf["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])
