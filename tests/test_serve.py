"""jsl serve: the local server (answers, refusals) and the page driven in headless Chromium."""
from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from browser import browser, page  # noqa: F401

from jsl.config import Config
from jsl.serve import server as server_mod
from jsl.serve.checking import Checker, Draft, post_file
from jsl.serve.command import page_values

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "images" / "serve.png"
JSL = [sys.executable, "-m", "jsl"]
CLEAN_MESSAGE = "ガイドラインに反する点は見つかりませんでした"


@pytest.fixture(scope="module")
def checker():
    return Checker.for_config(Config())


@pytest.fixture(scope="module")
def server(checker):
    # a fixed folder, so that the screenshot does not change with the folder the tests run in
    running = server_mod.Server(0, checker, page_values(Config(), Path("/home/shokuin/sns-drafts")))
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()


def request(server, method="GET", path="/", body=None, headers=None, host=None):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
    sent = {"Host": f"127.0.0.1:{server.server_port}" if host is None else host, **(headers or {})}
    conn.request(method, path, body=body, headers=sent)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response, data


def check(server, draft: dict):
    response, data = request(server, "POST", "/check", json.dumps(draft).encode(), {"Content-Type": "application/json"})
    assert response.status == 200, data
    return json.loads(data)


def cli_json(text: str) -> list[dict]:
    done = subprocess.run([*JSL, "check", "--format", "json", "-"], input=text.encode(), capture_output=True, cwd="/")
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)["findings"]


# --- the server ---------------------------------------------------------------------------------

def test_the_page_and_its_files_come_with_a_strict_content_security_policy(server):
    response, data = request(server)
    assert response.status == 200 and response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert "default-src 'self'" in response.getheader("Content-Security-Policy")
    assert response.getheader("Cache-Control") == "no-store"
    text = data.decode()
    assert '<html lang="ja">' in text and "{{" not in text and "標準の設定で確認しています" in text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), "the page loads nothing from another host"
    for path, kind in (("/app.js", "text/javascript"), ("/style.css", "text/css"), ("/favicon.svg", "image/svg+xml")):
        response, data = request(server, path=path)
        assert response.status == 200 and response.getheader("Content-Type").startswith(kind) and data
        data = data.replace(b'xmlns="http://www.w3.org/2000/svg"', b"")  # a name, never fetched
        assert b"http://" not in data and b"https://" not in data


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1", "127.0.0.1:1", "192.168.0.5:{port}", ""])
def test_a_request_for_another_host_name_is_refused(server, host):
    """DNS rebinding: a page from elsewhere reaching 127.0.0.1 still sends its own host name."""
    for method, body in (("GET", None), ("POST", b'{"text": "a"}')):
        response, _ = request(server, method, "/" if method == "GET" else "/check", body,
                              {"Content-Type": "application/json"}, host=host.format(port=server.server_port))
        assert response.status == 421


def test_localhost_by_name_is_answered(server):
    response, _ = request(server, host=f"localhost:{server.server_port}")
    assert response.status == 200


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/check", 404), ("GET", "/index.html", 404), ("GET", "/../pyproject.toml", 404),
    ("GET", "/static/app.js", 404), ("GET", "/checking.py", 404), ("POST", "/", 404), ("PUT", "/check", 501),
    ("DELETE", "/", 501),
])
def test_only_the_page_its_files_and_post_check_exist(server, method, path, status):
    response, _ = request(server, method, path, b"{}" if method != "GET" else None, {"Content-Type": "application/json"})
    assert response.status == status


def test_a_request_over_the_size_limit_is_refused_unread(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
    conn.putrequest("POST", "/check", skip_host=True)
    conn.putheader("Host", f"127.0.0.1:{server.server_port}")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(server_mod.MAX_BODY + 1))
    conn.endheaders()
    assert conn.getresponse().status == 413
    conn.close()


def test_a_request_just_under_the_limit_is_checked(server):
    draft = json.dumps({"text": "a" * 150_000})
    assert len(draft.encode()) < server_mod.MAX_BODY
    answer = check(server, json.loads(draft))
    assert answer["errors"] and "100,000" in answer["errors"][0]  # over jsl check's own post limit: said, not crashed


@pytest.mark.parametrize(("headers", "body", "status"), [
    ({"Content-Type": "text/plain"}, b'{"text": "a"}', 415),
    ({"Content-Type": "application/json", "Origin": "http://evil.example"}, b'{"text": "a"}', 403),
    ({"Content-Type": "application/json"}, b"not json", 400),
    ({"Content-Type": "application/json"}, b'["a"]', 400),
    ({"Content-Type": "application/json"}, b'{"text": 5}', 400),
    ({"Content-Type": "application/json"}, b'{"text": "a", "platform": "myspace"}', 400),
    ({"Content-Type": "application/json"}, b'{"text": "a", "images": [{"src": ["x"]}]}', 400),
    ({"Content-Type": "application/json"}, b"\xff\xfe", 400),
])
def test_requests_the_page_never_sends_are_refused(server, headers, body, status):
    response, _ = request(server, "POST", "/check", body, headers)
    assert response.status == status


def test_same_origin_post_is_answered(server):
    origin = f"http://127.0.0.1:{server.server_port}"
    response, _ = request(server, "POST", "/check", b'{"text": "a"}', {"Content-Type": "application/json", "Origin": origin})
    assert response.status == 200


def test_a_page_that_stops_waiting_is_no_error_worth_printing(server, capsys):
    """A newer keystroke aborts the older request: the terminal must not fill with broken pipes."""
    try:
        raise BrokenPipeError(32, "Broken pipe")
    except BrokenPipeError:
        server.handle_error(None, ("127.0.0.1", 1))
    assert capsys.readouterr().err == ""


SHOWN = ("rule", "section", "severity", "message", "match", "line", "column", "end_line", "end_column")


@pytest.mark.parametrize("text", [
    "当日の連絡は担当 山田(090-1234-5678)まで。\nクーポンコード「SPRING」で10%割引！",
    "本日、市民会館で防災訓練を行いました。ご参加ありがとうございました。",
    "落とし物は ０８０ー１２３４ー５６７８ へ 😀😀😀😀😀 まじウケるｗｗｗ\n\n\n#防災 #訓練",
])
def test_a_plain_draft_gets_exactly_the_findings_of_jsl_check(server, text):
    answer = check(server, {"text": text})
    assert [{k: f[k] for k in SHOWN} for f in answer["findings"]] == [{k: f[k] for k in SHOWN} for f in cli_json(text)]


def test_a_draft_with_fields_gets_the_findings_of_jsl_check_on_the_post_it_makes(server):
    fields = {"platform": "instagram", "account": "@josokoiki_Fire", "scheduled_at": "2026-12-05T09:00",
              "images": [{"src": "kunren.jpg", "alt": ""}, {"src": "hashigo.jpg", "alt": "はしご車で救助訓練をする消防隊員"}],
              "videos": [{"src": "bousai.mp4", "captions": ""}]}
    text = "12月5日(土)に訓練を行います😀\n担当 080-1111-2222" + " #防災" * 31
    answer = check(server, {"text": text, **fields})
    made, _ = post_file(Draft.from_json({"text": text, **fields}))
    header_lines = made[: len(made) - len(text)].count("\n")
    expected = cli_json(made)
    assert len(answer["findings"]) == len(expected) and expected
    fielded = set()
    for got, want in zip(answer["findings"], expected):
        assert {k: got[k] for k in SHOWN[:5]} == {k: want[k] for k in SHOWN[:5]}
        if got["field"]:
            fielded.add((got["rule"], got["field"]))
            assert want["line"] <= header_lines and got["line"] is None
        else:
            assert got["line"] + header_lines == want["line"] and got["column"] == want["column"]
            assert text[got["offset"] : got["end_offset"]] == got["match"]  # offsets index the draft, not the post
    assert {("image-alt-text", "images.0"), ("video-captions", "videos.0"), ("account-id", "account")} <= fielded
    assert any(f["rule"] == "platform-limit" for f in answer["findings"])


def test_the_highlighted_draft_is_the_draft_escaped_with_marks(server):
    text = '<script>alert(1)</script><img src=x onerror="alert(2)">\n担当 090-1234-5678'
    answer = check(server, {"text": text, "platform": "x"})
    html = answer["html"]
    assert "<script" not in html and "<img" not in html and "&lt;script&gt;" in html
    assert re.sub(r"</?mark[^>]*>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&") == text
    assert re.search(r'<mark class="finding error" data-findings="\d+">090-1234-5678</mark>', html)


def test_length_figures_are_the_platforms_own(server):
    from twitter_text import parse_tweet

    text = "本日、防災訓練を行いました。https://www.example.lg.jp/bousai #防災 #訓練 😀"
    lengths = check(server, {"text": text})["lengths"]
    assert lengths["x"] == {"length": parse_tweet(text).weightedLength, "limit": 280}
    assert lengths["instagram"]["length"] == len(text) and lengths["instagram"]["hashtags"] == 2
    inline = check(server, {"text": "訓練の様子です。![はしご車](a.jpg)"})["lengths"]
    assert inline["instagram"]["length"] == len("訓練の様子です。")  # image markup is not posted
    assert check(server, {"text": text, "platform": "instagram"})["lengths"]["x"] is None  # not shown, not measured


def test_configured_limits_and_rules_are_used(tmp_path):
    (tmp_path / "jsl.toml").write_text('ignore = ["5.7"]\n[rules.platform-limit]\nx_max_weighted = 140\n', encoding="utf-8")
    from jsl import config

    loaded = config.load(config.find(tmp_path))
    checker = Checker.for_config(loaded)
    answer = checker.check(Draft("クーポンで10%割引"))
    assert answer["findings"] == [] and answer["lengths"]["x"]["limit"] == 140
    shown = page_values(loaded, tmp_path)["config"]
    assert str((tmp_path / "jsl.toml").resolve()) in shown and "確認しない項目: 5.7" in shown


def test_checking_writes_nothing(server, tmp_path, monkeypatch):
    monkeypatch.setenv("JSL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    check(server, {"text": "担当 090-1234-5678", "images": [{"src": "a.jpg", "alt": "消防隊員"}]})
    assert list(tmp_path.iterdir()) == []


# --- the command --------------------------------------------------------------------------------

def test_serve_is_a_jsl_command_and_importing_the_cli_loads_no_server():
    done = subprocess.run([*JSL, "--help"], capture_output=True, text=True)
    assert "serve" in done.stdout
    code = "import sys, jsl.cli; print(any(m.startswith('jsl.serve') or m == 'http.server' for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_serve_prints_its_address_uses_the_folders_config_and_stops_on_ctrl_c(tmp_path):
    (tmp_path / "jsl.toml").write_text('platform = "x"\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    proc = subprocess.Popen([*JSL, "serve", "--no-browser", str(tmp_path / "drafts")], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd="/")
    try:
        line = proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert url, line
        conn = http.client.HTTPConnection("127.0.0.1", int(url.group(1)), timeout=10)
        conn.request("GET", "/")
        page_text = conn.getresponse().read().decode()
        assert str((tmp_path / "jsl.toml").resolve()) in page_text and 'data-default="x"' in page_text
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert proc.returncode == 0 and "Traceback" not in err and "終了しました" in out


def test_a_broken_config_is_a_plain_error(tmp_path):
    (tmp_path / "jsl.toml").write_text('selct = ["5"]\n', encoding="utf-8")
    done = subprocess.run([*JSL, "serve", "--no-browser", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and 'unknown key "selct"' in done.stderr and "Traceback" not in done.stderr


def test_a_port_in_use_is_a_plain_error():
    with server_mod.Server(0, None, {}) as taken:
        done = subprocess.run([*JSL, "serve", "--no-browser", "--port", str(taken.server_port)], capture_output=True,
                              text=True, timeout=60)
    assert done.returncode == 2 and "cannot listen on 127.0.0.1" in done.stderr and "Traceback" not in done.stderr


# --- the page, in a browser ---------------------------------------------------------------------

def _opened(page, server):  # noqa: F811
    """Go to the page and hand out (page, dialogs); afterwards, the page must have logged no error
    (a CSP violation, a 404) and asked nothing of another host."""
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url)
    yield page, dialogs
    assert errors == []
    assert all(url.startswith(server.url) for url in page.requests), page.requests


@pytest.fixture
def opened(page, server):  # noqa: F811
    yield from _opened(page, server)


@pytest.fixture
def opened_ja(browser, server):  # noqa: F811
    """The page in a browser context that speaks Japanese, as the staff's does."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="ja-JP", timezone_id="Asia/Tokyo")
    new = context.new_page()
    new.requests = []
    new.on("request", lambda request: new.requests.append(request.url))
    yield from _opened(new, server)
    context.close()


def selected_text(page) -> str:  # noqa: F811
    return page.evaluate("(() => { const t = document.getElementById('text'); return t.value.slice(t.selectionStart, t.selectionEnd); })()")


def test_typing_a_violation_marks_it_and_fixing_it_says_the_draft_is_clean(opened):
    from playwright.sync_api import expect

    page, _ = opened
    page.locator("#text").press_sequentially("🚒明日の訓練の集合場所は担当(090-1234-5678)までお問い合わせください。", delay=5)
    expect(page.locator("#mirror mark.finding.error")).to_have_text("090-1234-5678")
    expect(page.locator("#findings li")).to_have_count(1)
    expect(page.locator("#findings li")).to_contain_text("携帯電話の番号です")
    expect(page.locator("#findings li")).to_contain_text("ガイドライン 5(1)")
    expect(page.locator("#status")).to_contain_text("直す必要がある点が 1 件あります")
    page.locator("#findings li").click()  # selects the span in the text area (past an emoji: two UTF-16 units)
    assert selected_text(page) == "090-1234-5678"
    page.locator("#text").fill("明日の訓練の集合場所は消防本部 警防課(0297-00-0000)までお問い合わせください。")
    expect(page.locator("#status")).to_contain_text(CLEAN_MESSAGE)
    expect(page.locator("#mirror mark")).to_have_count(0)
    expect(page.locator("#findings li")).to_have_count(0)


def test_a_hostile_draft_is_shown_as_text_and_runs_nothing(opened):
    from playwright.sync_api import expect

    page, dialogs = opened
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"><svg onload="alert(3)"></svg>クーポンで10%割引'
    page.locator("#text").fill(hostile)
    page.locator("#account").fill('"><img src=x onerror=alert(4)>')
    page.locator("button.add[data-kind=image]").click()
    page.locator("#images .row .src").fill("<img src=x onerror=alert(5)>")
    expect(page.locator("#mirror mark").first).to_be_visible()
    expect(page.locator("#findings li").first).to_be_visible()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.locator("#mirror").text_content().startswith(hostile)
    assert page.locator("script:not([src])").count() == 0 and page.locator("body img, body svg").count() == 0


def test_fields_and_attachments_are_checked_and_their_rows_marked(opened):
    from playwright.sync_api import expect

    page, _ = opened
    page.select_option("#platform", "x")
    page.locator("#text").fill("本日、はしご車を使った救助訓練を行いました。" * 8)
    expect(page.locator("#counter .count.over")).to_contain_text("X")
    page.locator("button.add[data-kind=image]").click()
    page.locator("#images .row .src").fill("kunren.jpg")
    expect(page.locator("#images .row.has-finding")).to_have_count(1)
    expect(page.locator("#findings")).to_contain_text("画像 1 件目")
    page.locator("#images .row .second").fill("はしご車で救助訓練をする消防隊員")
    expect(page.locator("#images .row.has-finding")).to_have_count(0)
    page.locator("#images .row .remove").click()
    expect(page.locator("#images .row")).to_have_count(0)


def test_screenshot_for_the_readme(opened_ja):
    """The page as the README shows it: a draft with findings, fields and an image row."""
    from playwright.sync_api import expect

    page, _ = opened_ja
    page.select_option("#platform", "x")
    page.locator("#account").fill("@josokoiki.shobo")
    page.locator("#scheduled_at").fill("2026-12-05T09:00")
    page.locator("#text").fill(
        "【防災訓練のお知らせ】\n12月5日(土)午前9時から、市民会館の駐車場で地域の防災訓練を行います。"
        "はしご車の見学や消火器の体験ができます。\n集合場所が分からない方は、担当の鈴木(080-4321-8765)までお電話ください。\n"
        "当日は駅前の店舗で使えるクーポンも配布します！\n#防災 #訓練")
    page.locator("button.add[data-kind=image]").click()
    page.locator("#images .row .src").fill("hashigo.jpg")
    page.locator("#images .row .second").fill("写真")
    expect(page.locator("#findings li")).to_have_count(3)
    fonts = subprocess.run(["fc-list", ":lang=ja"], capture_output=True, text=True) if shutil.which("fc-list") else None
    if fonts is not None and fonts.stdout.strip():  # without a Japanese font the picture would show empty boxes
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.mouse.move(0, 0)
        page.evaluate("document.activeElement.blur()")
        page.screenshot(path=str(SCREENSHOT), full_page=True, animations="disabled", caret="hide")
        assert SCREENSHOT.stat().st_size > 10_000
