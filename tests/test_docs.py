"""Every command and option of the CLI is documented in the README (as sqlite-utils does)."""

from __future__ import annotations

import re

import click
import pytest

from generator.cli import cli

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_is_documented(name):
    assert re.search(rf"claimline {re.escape(name)}\b", README), f"README does not show `claimline {name}`"


@pytest.mark.parametrize(
    ("name", "option"),
    [
        (name, opt)
        for name, cmd in sorted(cli.commands.items())
        for param in cmd.params
        if isinstance(param, click.Option)
        for opt in param.opts
        if opt.startswith("--")
    ],
)
def test_option_is_documented(name, option):
    assert option in README, f"README does not mention `{option}` of `claimline {name}`"


def test_readme_gives_the_two_setup_commands():
    assert "make site" in README
    assert "make test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
