"""jsl serve latency in a real browser: from the last keystroke in a 2,000-character draft to its findings shown.

    python benchmarks/serve_latency.py            # median of 9 runs; needs Chromium and Playwright
    python benchmarks/serve_latency.py --runs 21

The time runs from the textarea's input event of the last key to the first frame after the page has drawn
the answer (findings, highlighted draft, counter); it includes the page's 150 ms debounce. The server's
own check time (the same draft through serve.checking.Checker) is printed beside it. Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from browser import CHROMIUM, FLAGS  # noqa: E402 (tests/browser.py: the system's Chromium and its flags)
from run import DRAFT  # noqa: E402

CHARS = 2000
VIOLATION = "当日の連絡は担当の山田(090-1234-5678)まで。"

ARM = """() => {
  window.__inputAt = null;
  window.__shownAt = null;
  document.getElementById("text").addEventListener("input", () => { window.__inputAt = performance.now(); }, { once: true });
  document.addEventListener("jsl:shown", () => requestAnimationFrame(() => { window.__shownAt = performance.now(); }), { once: true });
}"""


def draft(n: int) -> str:
    """A 2,000-character draft (one character short: the last key completes it), a little different each run."""
    body = VIOLATION + f"第{n}回の" + DRAFT * (CHARS // len(DRAFT) + 1)
    return body[: CHARS - 1]


def until(page, condition: str, seconds: float = 10) -> None:
    """Poll (the page's Content-Security-Policy forbids the eval behind page.wait_for_function);
    the times are taken inside the page, so polling does not change them."""
    deadline = time.monotonic() + seconds
    while not page.evaluate(condition):
        if time.monotonic() > deadline:
            raise TimeoutError(condition)
        page.wait_for_timeout(5)


def browser_runs(url: str, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(url)
        text = page.locator("#text")
        for n in range(runs + 1):  # the first run warms the page up and is not counted
            checked = int(page.evaluate("Number(document.documentElement.dataset.checked || 0)"))
            text.fill(draft(n))
            until(page, f"() => Number(document.documentElement.dataset.checked || 0) > {checked}")
            page.evaluate(ARM)
            text.press("End")
            page.keyboard.type("。")
            until(page, "() => window.__shownAt !== null")
            took = page.evaluate("window.__shownAt - window.__inputAt")
            assert page.locator("#mirror mark", has_text="090-1234-5678").count() == 1, "findings not shown"
            assert len(page.input_value("#text")) == CHARS
            if n:
                times.append(took)
        browser.close()
    return times


def server_runs(checker, runs: int) -> list[float]:
    from jsl.serve.checking import Draft

    times = []
    for n in range(runs):
        started = time.perf_counter()
        checker.check(Draft(draft(n) + "。"))
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    if not CHROMIUM:
        sys.exit("serve_latency: no chromium on PATH (apt-get install chromium)")
    from jsl.config import Config
    from jsl.serve.checking import Checker, Draft
    from jsl.serve.command import page_values
    from jsl.serve.server import Server

    checker = Checker.for_config(Config())
    checker.check(Draft("本日、防災訓練を行いました。"))  # as jsl serve does before it prints its address
    server = Server(0, checker, page_values(Config(), Path(".")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        shown = browser_runs(server.url, args.runs)
    finally:
        server.shutdown()
        server.server_close()
    alone = server_runs(checker, args.runs)
    print(f"jsl serve, a {CHARS:,}-character draft, median of {args.runs} runs (Chromium, headless):")
    print(f"  last keystroke -> findings shown  {statistics.median(shown):6.0f} ms"
          f"  (min {min(shown):.0f}, max {max(shown):.0f}; includes the 150 ms debounce)")
    print(f"  server check alone                {statistics.median(alone):6.0f} ms")


if __name__ == "__main__":
    main()
