"""--format html: one self-contained page; post text and messages are shown as text; a browser sees every finding."""
from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser import browser, page  # noqa: F401
from jsl.findings import FileError, Finding, Fix, RunResult, Severity
from jsl.report import FORMATS, html
from jsl.text import Source
from jslrun import here, jsl  # noqa: F401 (here is a fixture)

ROOT = Path(__file__).parents[1]
SCREENSHOT = ROOT / "docs" / "images" / "html-report.png"  # the top of the page: counts and the summary
POST_SCREENSHOT = ROOT / "docs" / "images" / "html-report-post.png"  # the post with the most findings
HOSTILE = '今だけ <script>alert(1)</script> <img src=x onerror="alert(2)"> "quoted" & \'single\' 最安値\n'


class Tags(HTMLParser):
    """Every start tag with its attributes, and the page's text."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def named(self, tag: str) -> list[dict]:
        return [attrs for t, attrs in self.tags if t == tag]


def finding(path: str, start: int, end: int, message: str, source: Source, rule="fixture-sale", severity=Severity.ERROR) -> Finding:
    return Finding(path, source.position(start), source.position(end), rule, "5.7", severity, message, source.text[start:end], start, end)


def rendered(result: RunResult, rules=()) -> str:
    out = io.StringIO()
    html.render(result, rules, out)
    return out.getvalue()


def test_registered_as_a_format_and_offered_by_the_cli():
    assert FORMATS["html"] is html.render
    assert "html" in jsl("check", "--help").output


def test_page_is_self_contained_with_a_strict_policy(here):
    (here / "post.md").write_text("---\nplatform: x\n---\n今だけ最安値です\n", encoding="utf-8")
    result = jsl("check", "--format", "html", "post.md")
    tags = Tags(result.stdout)
    assert len(tags.named("mark")) == 2
    assert result.stdout.startswith("<!DOCTYPE html>")
    (policy,) = [m["content"] for m in tags.named("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert policy.startswith("default-src 'none'") and "style-src 'unsafe-inline'" in policy and "script-src" not in policy
    assert not tags.named("script") and not tags.named("link") and not tags.named("img") and not tags.named("iframe")
    assert all(a["href"].startswith("#") for a in tags.named("a")), "links stay inside the page"
    assert "url(" not in result.stdout and "@import" not in result.stdout and "@font-face" not in result.stdout


def test_post_text_messages_and_paths_are_shown_as_text():
    path = 'drafts/<b onmouseover="x">.md'
    source = Source.of(path, HOSTILE)
    found = (
        finding(path, 0, 3, "「今だけ」<script>alert(3)</script>", source),
        finding(path, HOSTILE.index("<script>"), HOSTILE.index("</script>") + 9, 'a "quoted" message', source, severity=Severity.WARNING),
        finding(path, HOSTILE.index("最安値"), HOSTILE.index("最安値") + 3, "onerror=alert(4)", source, severity=Severity.INFO),
    )
    page_ = rendered(RunResult(found, 1, (FileError("<i>.md", "<u>bad</u>"),), {path: source}))
    tags = Tags(page_)
    assert [t for t, _ in tags.tags if t in ("script", "img", "i", "u")] == []
    assert not any(name.startswith("on") for _, attrs in tags.tags for name in attrs)
    text = "".join(tags.text)
    for shown in ('<script>alert(1)</script>', 'onerror="alert(2)"', '"quoted" & \'single\'', "「今だけ」<script>alert(3)</script>",
                  path, "<i>.md", "<u>bad</u>"):
        assert shown in text
    titles = [m["title"] for m in tags.named("mark")]
    assert len(titles) == 3 and "「今だけ」<script>alert(3)</script>" in titles[0]  # the hover shows the message, as text


def test_findings_are_listed_and_marked_with_anchors_both_ways():
    text = "本日は今だけ最安値。\n"
    source = Source.of("a.md", text)
    found = (finding("a.md", 3, 6, "一つ目", source), finding("a.md", 5, 9, "二つ目", source, severity=Severity.WARNING),
             finding("a.md", 0, 0, "空の範囲", source, rule="fixture-alt"))
    tags = Tags(rendered(RunResult(found, 1, (), {"a.md": source})))
    items = [li for li in tags.named("li") if "finding" in li.get("class", "")]
    assert [li["id"] for li in items] == ["post-1-0", "post-1-1", "post-1-2"]
    marks = tags.named("mark")
    assert [m["data-findings"] for m in marks] == ["0", "0 1", "1"]  # the overlap is split, as highlight.py does
    assert [m.get("id") for m in marks] == ["post-1-m0", "post-1-m1", None]
    hrefs = {a["href"] for a in tags.named("a")}
    assert {"#post-1-m0", "#post-1-m1", "#post-1-0", "#post-1-1", "#post-1"} <= hrefs and "#post-1-m2" not in hrefs


def test_a_csv_file_is_shown_row_by_row(here):
    rows = ["text,platform", "今だけの話,x", '"問題のない\n二行の投稿",x', "最安値です,x", ""]
    (here / "bulk.csv").write_text("\n".join(rows), encoding="utf-8")
    result = jsl("check", "--format", "html", "bulk.csv")
    tags = Tags(result.stdout)
    texts = re.findall(r'<div class="text"><div class="post-body">(.*?)</div></div>', result.stdout, re.DOTALL)
    assert len(texts) == 2 and "二行" not in "".join(texts) and "text,platform" not in "".join(texts)
    assert "1 件目(2 行目)" in "".join(tags.text) and "3 件目(5 行目)" in "".join(tags.text)


def test_front_matter_is_set_apart_from_the_post(here):
    (here / "post.md").write_text("---\nplatform: x\n---\n今だけです\n", encoding="utf-8")
    page_ = jsl("check", "--format", "html", "post.md").stdout
    assert '<div class="front-matter">---\nplatform: x\n---</div><div class="post-body"><a class="jump"' in page_


def test_a_clean_run_says_so(here):
    (here / "post.md").write_text("本日は晴れです。\n", encoding="utf-8")
    result = jsl("check", "--format", "html", "post.md")
    assert result.exit_code == 0
    text = "".join(Tags(result.stdout).text)
    assert "問題は見つかりませんでした" in text and "post.md" in text and "<table" not in result.stdout


def test_a_run_over_no_post_files_does_not_call_itself_clean():
    text = "".join(Tags(rendered(RunResult((), 0))).text)
    assert "ありませんでした" in text and "問題は見つかりませんでした" not in text


def test_files_that_could_not_be_read_are_listed(here):
    (here / "broken.csv").write_text("id,platform\n1,x\n", encoding="utf-8")
    result = jsl("check", "--format", "html", "broken.csv", "missing.md")
    assert result.exit_code == 2
    text = "".join(Tags(result.stdout).text)
    assert "読めなかったファイル" in text and "missing.md" in text and "broken.csv" in text


def test_summary_counts_by_section_and_rule_link_to_the_posts(here):
    (here / "a.md").write_text("今だけ最安値\n", encoding="utf-8")
    (here / "b.md").write_text("![](x.jpg) 今だけ\n", encoding="utf-8")
    page_ = jsl("check", "--format", "html", "a.md", "b.md").stdout
    summary = page_[page_.index('<section class="summary"'):page_.index("</section>")]
    assert "4.6" in summary and "5.7" in summary and "ウェブアクセシビリティ" in summary  # section titles from the guideline
    assert '<a href="#post-1">a.md ×2</a> <a href="#post-2">b.md</a>' in summary


def test_a_fix_shows_its_replacement_as_text():
    source = Source.of("a.md", "会場は①です\n")
    fixed = dataclasses.replace(finding("a.md", 3, 4, "m", source), fix=Fix("<b>(1)</b>", safe=True))
    text = "".join(Tags(rendered(RunResult((fixed,), 1, (), {"a.md": source}))).text)
    assert "「①」→「<b>(1)</b>」" in text and "jsl check --fix" in text


def test_a_rule_row_links_to_at_most_a_dozen_posts():
    sources = {f"p{n:02}.md": Source.of(f"p{n:02}.md", "今だけ\n") for n in range(html.MAX_LINKS + 3)}
    found = tuple(finding(path, 0, 3, "m", source) for path, source in sources.items())
    page_ = rendered(RunResult(found, len(sources), (), sources))
    summary = page_[page_.index('<section class="summary"'):page_.index("</section>")]
    assert summary.count('<a href="#post-') == html.MAX_LINKS and "ほか 3 件の投稿" in summary
    assert page_.count('<article class="post"') == html.MAX_LINKS + 3


# --- in a browser: the report of a run over examples/ -------------------------------------------------

def run_jsl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jsl", "check", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def examples_report(tmp_path_factory):
    report = tmp_path_factory.mktemp("html") / "report.html"
    done = run_jsl("--format", "html", "examples/")
    assert done.returncode == 1, done.stderr
    report.write_text(done.stdout, encoding="utf-8")
    expected = json.loads(run_jsl("--format", "json", "examples/").stdout)["findings"]
    assert expected, "examples/ has findings on purpose"
    return report, expected


def test_report_shows_every_finding_and_loads_nothing(page, examples_report):  # noqa: F811
    report, expected = examples_report
    page.goto(report.as_uri())
    assert page.requests == [report.as_uri()]
    listed = page.locator("li.finding")
    assert listed.count() == len(expected)
    shown = page.locator("ol.findings").all_inner_texts()
    for f in expected:
        assert f["message"] in "\n".join(shown), f
    spans = [f for f in expected if (f["line"], f["column"]) != (f["end_line"], f["end_column"])]
    # each listed finding with a span links to a mark that says it shows that finding (its index in the post)
    marked = page.evaluate("""() => [...document.querySelectorAll('li.finding')].filter(li => {
        const to = li.querySelector('.pos a'), index = li.id.split('-').pop();
        const mark = to && document.getElementById(to.getAttribute('href').slice(1));
        return mark?.tagName === 'MARK' && mark.dataset.findings.split(' ').includes(index) && mark.title.length > 0;
    }).length""")
    assert marked == len(spans)
    _screenshot(page)


def test_hostile_post_runs_no_script(page, here):  # noqa: F811
    (here / "post.md").write_text(HOSTILE, encoding="utf-8")
    report = here / "report.html"
    report.write_text(jsl("check", "--format", "html", "post.md").stdout, encoding="utf-8")
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(report.as_uri())
    assert "<script>alert(1)</script>" in page.locator(".text").inner_text()
    assert page.locator(".text script, .text img").count() == 0 and dialogs == []
    assert page.requests == [report.as_uri()]


def _screenshot(page) -> None:  # noqa: F811
    """docs/images/html-report.png for the README; only where a Japanese font exists, so no run saves blank boxes."""
    fonts = subprocess.run(["fc-list", ":lang=ja"], capture_output=True, text=True) if shutil.which("fc-list") else None
    if fonts is None or not fonts.stdout.strip():
        return
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1200, "height": 1000})
    page.screenshot(path=str(SCREENSHOT))
    # the post that shows the most: most severities, then most rules, then most findings
    shows = page.evaluate("""() => [...document.querySelectorAll('article.post')].map(post => {
        const items = [...post.querySelectorAll('li.finding')];
        const kinds = attr => new Set(items.map(attr)).size;
        return [kinds(li => li.className), kinds(li => li.querySelector('code').textContent), items.length];
    })""")
    busiest = max(range(len(shows)), key=lambda n: shows[n])
    page.locator("article.post").nth(busiest).screenshot(path=str(POST_SCREENSHOT))
