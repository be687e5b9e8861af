"""Headless Chromium against sites built and served on 127.0.0.1.

Playwright drives Debian's ``/usr/bin/chromium`` (Playwright's own browser download cannot
work offline). ``make browser-deps`` installs chromium and npm's axe-core; without them the
browser tests skip and say which is missing. Every site is built once per session by the
real ``claimline build`` and served by a stdlib HTTP server on a free port.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CONTENT = ROOT / "content"
HOSTILE_CONTENT = HERE / "hostile_content"
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = HERE / "screenshots"
CHROMIUM = os.environ.get("CLAIMLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


# ------------------------------------------------------------------ the browser


def _missing(reason: str) -> None:
    """Skip on a developer's machine; in CI (.ci/run installs both) a missing piece fails."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason}; CI must run the browser tests", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session; Playwright gives it a fresh profile dir."""
    if not Path(CHROMIUM).is_file():
        _missing(f"Chromium is not installed at {CHROMIUM} (run `make browser-deps`)")
    try:
        from playwright import sync_api
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watched:
    """A page and everything it said that a reader should never see."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    offsite_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"uncaught exception: {m}" for m in self.page_errors]
            + [f"dialog opened: {m}" for m in self.dialogs]
            + [f"request off this machine: {u}" for u in self.offsite_requests]
        )


def watch(context) -> Watched:
    """A new page in ``context`` whose console errors, exceptions, dialogs and off-site
    requests are recorded. Off-site requests are refused (the tests stay offline), and
    recorded, because the site must work without any third-party host."""
    page = context.new_page()
    watched = Watched(page)
    page.on("console", lambda msg: msg.type == "error" and watched.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: watched.page_errors.append(str(exc)))

    def on_dialog(dialog) -> None:
        watched.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)

    def route(r) -> None:
        url = r.request.url
        if url.startswith(("http://127.0.0.1:", "data:", "blob:", "about:")):
            r.continue_()
        else:
            watched.offsite_requests.append(url)
            r.abort()

    page.route("**/*", route)
    return watched


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport=VIEWPORT, color_scheme="light")
    yield ctx
    ctx.close()


@pytest.fixture
def watched(context) -> Iterator[Watched]:
    yield watch(context)


# ------------------------------------------------------------------ axe-core


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        _missing(f"axe-core is not installed at {AXE.relative_to(ROOT)} (run `make browser-deps`)")
    return AXE.read_text(encoding="utf-8")


def run_axe(page, axe_source: str) -> list[dict]:
    """axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is; returns the violations."""
    page.add_script_tag(content=axe_source)
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
            resultTypes: ['violations'],
        })"""
    )
    return result["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} node(s))")
        for node in v["nodes"][:3]:
            lines.append(f"    {node['target']}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)


# ------------------------------------------------------------------ sites


class Site:
    """A built site served on 127.0.0.1; ``url("events/")`` is an absolute address.

    With ``prefix`` the site lives in a folder of what is served, as a GitHub Pages project
    site does (https://owner.github.io/REPO/)."""

    def __init__(self, root: Path, prefix: str = ""):
        self.root = root
        served = root.parent if prefix else root
        handler = functools.partial(_QuietHandler, directory=str(served))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/" + (f"{prefix}/" if prefix else "")
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "") -> str:
        return self.base + path.lstrip("/")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass


def build(content: Path, site_dir: Path, config_file: Path | None = None, site_url: str | None = None) -> Path:
    """The real command, as an editor runs it; a failed build fails the tests with its output.

    Without ``config_file`` the build uses claimline's built-in configuration. ``site_url``
    is handed over as the Pages workflow does (CLAIMLINE_SITE_URL, read by mkdocs.yml)."""
    env = {k: v for k, v in os.environ.items() if k != "CLAIMLINE_SITE_URL"}
    if site_url:
        env["CLAIMLINE_SITE_URL"] = site_url
    claimline = shutil.which("claimline", path=str(Path(sys.executable).parent))
    cmd = [claimline] if claimline else [sys.executable, "-m", "generator.cli"]
    config = ["--config-file", str(config_file)] if config_file else []
    result = subprocess.run(
        [*cmd, "build", "--quiet", "--content", str(content), "--site-dir", str(site_dir), *config],
        capture_output=True, text=True, timeout=600, check=False, cwd=site_dir.parent, env=env,
    )
    if result.returncode != 0:
        pytest.fail(f"claimline build failed on {content}:\n{result.stdout}\n{result.stderr}")
    return site_dir


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """content/ built once per session with the repository's mkdocs.yml, as `make site` does,
    and with the address it is served at as site_url, as on GitHub Pages (Material's instant
    navigation works only when the sitemap lists the pages at the address they are read at)."""
    root = tmp_path_factory.mktemp("demo") / "site"
    site = Site(root)  # listening first: the build needs its address
    build(CONTENT, root, ROOT / "mkdocs.yml", site_url=site.base)
    yield site
    site.close()


@pytest.fixture(scope="session")
def project_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """content/ as GitHub Pages serves a project site: under /claimline/, with that site_url."""
    root = tmp_path_factory.mktemp("pages") / "claimline"
    site = Site(root, prefix="claimline")
    build(CONTENT, root, ROOT / "mkdocs.yml", site_url=site.base)
    yield site
    site.close()


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """tests/browser/hostile_content/ built once per session: every field tries to inject.
    Built with claimline's built-in configuration, so that one is tested too."""
    site = Site(build(HOSTILE_CONTENT, tmp_path_factory.mktemp("hostile") / "site"))
    yield site
    site.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """The committed folder the README takes its pictures from."""
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS
