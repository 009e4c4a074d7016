"""Headless Chromium for tests that drive a page (Playwright pointed at the system's Chromium, nothing downloaded).

Where Chromium is missing the tests skip, except under JSL_REQUIRE_BROWSER=1 (set by .ci/run), where they fail.
"""
from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("JSL_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
# Without the background-networking flags Chromium tries to reach Google's hosts, which this machine refuses.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def _missing(why: str):
    if os.environ.get("JSL_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {why}")
    pytest.skip(why)


_SHARED: dict = {}  # one Playwright and Chromium for the whole run


@pytest.fixture(scope="session")
def browser():
    """Each test module that imports this fixture gets a definition of its own, but Playwright's sync API
    cannot be started twice at once: so the modules share one browser, closed when the last is done."""
    if not CHROMIUM:
        _missing("no chromium on PATH (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install '.[test]')")
    if not _SHARED:
        started = sync_playwright().start()
        _SHARED.update(playwright=started, browser=started.chromium.launch(executable_path=CHROMIUM, args=FLAGS), users=0)
    _SHARED["users"] += 1
    yield _SHARED["browser"]
    _SHARED["users"] -= 1
    if not _SHARED["users"]:
        _SHARED["browser"].close()
        _SHARED.pop("playwright").stop()
        _SHARED.clear()


@pytest.fixture
def page(browser):
    """A fresh page that records every request, so a test can assert nothing left the machine (page.requests)."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    new = context.new_page()
    new.requests = []
    new.on("request", lambda request: new.requests.append(request.url))
    yield new
    context.close()
