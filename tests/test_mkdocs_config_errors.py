"""A broken mkdocs.yml is told as ``mkdocs.yml:LINE: message``, like a problem in content/: MkDocs
names the setting it refuses but not its line, and YAML syntax errors come in PyYAML's words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

SEED = Path(__file__).parent.parent / "content"
MKDOCS_HINT = "; correct it (MkDocs' settings: https://www.mkdocs.org/user-guide/configuration/)"
PLUGIN_HINT = "; correct it (the claimline plugin's options are listed in claimline's README, under 'Plugin options')"


@pytest.mark.parametrize(("mkdocs", "message"), [
    ("site_name: [Harbour strike\n",
     "mkdocs.yml:1: YAML syntax error: the file ends inside a [...] list that starts on this line; close it "
     "(a quote, ] or }) or remove it"),
    ("site_name: Harbour strike\n  theme: material\n",
     "mkdocs.yml:2: YAML syntax error: mapping values are not allowed here; put a value that contains ': ' in quotes"),
    ("site_name: Harbour strike\nsite_url: !ENV [HARBOUR_URL, null]\ntheme:\n  name: materia\n",
     "mkdocs.yml:3: Config value 'theme': Unrecognised theme name: 'materia'. The available installed themes are: "
     "mkdocs, readthedocs, material" + MKDOCS_HINT),
    ("site_name: Harbour strike\nplugins:\n  - search\n  - claimline:\n      content: content\n      split_after: many\n",
     "mkdocs.yml:6: Config value 'plugins': Plugin 'claimline' option 'split_after': Expected type: int but "
     "received: str" + PLUGIN_HINT),
    ("site_name: Harbour strike\nplugins: {claimline: {exports: [json, pdf]}}\n",
     "mkdocs.yml:2: Config value 'plugins': Plugin 'claimline' option 'exports': Expected one of: ('json', 'atom', "
     "'jsonfeed', 'ics', 'timelinejs', 'csv') but received: 'pdf'" + PLUGIN_HINT),
])  # fmt: skip
def test_a_broken_mkdocs_yml_is_told_at_its_line(tmp_path, monkeypatch, mkdocs, message):
    shutil.copytree(SEED, tmp_path / "content")
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(mkdocs, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "--quiet", "--no-cache", "--jobs", "1"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {message}\n"
    assert "Traceback" not in result.output and not (tmp_path / "site").exists()
