"""5.11 and 6.3: links found with and without a scheme, and what makes one unsafe or external."""
from __future__ import annotations

import pytest

from jsl import rules, urls
from jsl.engine import lint_text

RULES = {rule.id: rule for rule in rules.load_builtin()}


def flagged(text: str, rule_id: str) -> list[str]:
    return [f.match for f in lint_text(text, [RULES[rule_id]]) if f.rule == rule_id]


def keys(text: str, rule_id: str) -> list[str]:
    return [f.message for f in lint_text(text, [RULES[rule_id]]) if f.rule == rule_id]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("詳しくはwww.example.comへ", ["www.example.com"]),
        ("短縮 bit.ly/abc123 から", ["bit.ly/abc123"]),
        ("連絡は info@example.com へ", []),
        ("火災予防は @josokoiki.fire で", []),
        ("報告書 kunren_0524.jpg と setup.zip と Node.js", []),
        ("重さは1.5kg、長さ10.5cm、ver.2", []),
        ("手順は setup.sh と main.rs に", []),
        ("団体のサイト example.or.jp と example.jp", ["example.or.jp", "example.jp"]),
        ("県のページ pref.ibaraki.jp をご覧ください", ["pref.ibaraki.jp"]),
    ],
)
def test_bare_domains(text, found):
    assert [u.text for u in urls.bare_domains(text)] == found


def test_url_is_cut_where_japanese_runs_on():
    url = urls.parse("https://www.josokoiki.lg.jpをご覧ください")
    assert url.text == "https://www.josokoiki.lg.jp" and url.host == "www.josokoiki.lg.jp"


def test_registrable_domain_from_the_shipped_public_suffix_list():
    assert urls.registrable("www.josokoiki.lg.jp") == "josokoiki.lg.jp"
    assert urls.registrable("www.rkc.example.or.jp") == "example.or.jp"
    assert urls.registrable("203.0.113.9") == "203.0.113.9"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("申込 https://tinyurl.com/abc-2030", "短縮URL"),
        ("申込 https://t.co/AbCd12", "短縮URL"),
        ("様式 https://www.josokoiki.lg.jp/files/youshiki.ZIP", "圧縮ファイル"),
        ("配布 https://www.josokoiki.lg.jp/app/alert.apk", "実行ファイル"),
        ("様式 https://www.josokoiki.lg.jp/get.php?id=3&file=youshiki.zip", "圧縮ファイル"),
        ("フォーム http://[2001:db8::1]/form", "IPアドレス"),
        ("新ページ https://josokoiki.jp/", "似せたドメイン"),
        ("新ページ https://www.josokoiki-city.jp/", "似せたドメイン"),
        ("新ページ https://www.jоsokoiki.lg.jp/", "似せたドメイン"),  # Cyrillic о
    ],
)
def test_unsafe_link_reasons(text, reason):
    messages = keys(text, "unsafe-link")
    assert len(messages) == 1 and reason in messages[0]


@pytest.mark.parametrize(
    "text",
    [
        "申込 https://www.josokoiki.lg.jp/moushikomi/index.html",
        "常総市 https://www.city.joso.lg.jp/ と消防庁 https://www.fdma.go.jp/",
        "様式(PDF)https://www.josokoiki.lg.jp/yobo/youshiki.pdf",
        "様式 https://www.josokoiki.lg.jp/get.php?file=youshiki.pdf&v=2",
        "「bit.ly/xxxx」などの短縮URLで偽サイトに誘導する手口があります。",
    ],
)
def test_safe_links_pass(text):
    assert flagged(text, "unsafe-link") == []


def test_plain_http_is_its_own_warning():
    text = "こちら http://www.josokoiki.lg.jp/kankyo/ から"
    assert flagged(text, "insecure-http") == ["http://www.josokoiki.lg.jp/kankyo/"]
    assert flagged(text, "unsafe-link") == []
    assert RULES["insecure-http"].severity.name == "WARNING"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("料金は https://www.rkc.example.or.jp/ で", ["https://www.rkc.example.or.jp/"]),
        ("県 https://www.pref.ibaraki.jp/bousai/ へ", ["https://www.pref.ibaraki.jp/bousai/"]),
        ("フォーム https://198.51.100.20/form", ["https://198.51.100.20/form"]),
        ("申込は forms.gle/abc から", ["forms.gle/abc"]),
        ("組合 https://www.josokoiki.lg.jp/ 気象庁 https://www.jma.go.jp/", []),
        ("連絡先 someone@example.com", []),
    ],
)
def test_external_links(text, found):
    assert flagged(text, "external-link") == found


def test_allowed_domains_can_be_extended():
    from jsl import dictionaries
    from jsl.runner import apply_lists

    lists = {"allowed-domains": dictionaries.load("allowed-domains").changed(add=["pref.ibaraki.jp"])}
    rule = apply_lists([RULES["external-link"]], lists)[0]
    assert lint_text("県 https://www.pref.ibaraki.jp/bousai/ へ", [rule]) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("RT @kasen_info: 河川敷に近づかないでください。", True),
        ("QT @kasen_info 河川敷に近づかないでください。", True),
        ("@kasen_info さんのポストを引用リポストします。", True),
        ("RT @josokoiki.fire: 乾燥注意報が出ています。", False),
        ("河川事務所さんの投稿をシェアします。", True),
        ("当本部の投稿をご覧ください。", False),
        ("「引用RTで拡散されている情報」はデマです。ご注意ください。", False),
        ("消防庁の資料から引用しました。", False),
    ],
)
def test_quoted_posts(text, found):
    assert bool(flagged(text, "quoted-post")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("提供元不明のアプリのインストールを許可してください。", True),
        ("下記から exe ファイルをダウンロードして実行してください。", True),
        ("公式アプリは App Store と Google Play で配信しています。", False),
        ("提供元不明のアプリは入れないでください。", False),
        ("「apkをダウンロードして」というSMSは詐欺です。ご注意ください。", False),
    ],
)
def test_unknown_app_install(text, found):
    assert bool(flagged(text, "unknown-app-install")) is found
