"""3.3 account ids, 6.4 impersonation notices, and the handle helpers behind them."""
from __future__ import annotations

import dataclasses

import pytest

from jsl import handles, rules
from jsl.engine import lint_text

RULES = {rule.id: rule for rule in rules.load_builtin()}


def flagged(text: str, rule) -> list[str]:
    return [f.match for f in lint_text(text, [rule]) if f.rule == rule.id]


def post(account: str, body: str = "本日、救急フェアを開きます。") -> str:
    return f'---\naccount: "{account}"\n---\n{body}\n'


@pytest.mark.parametrize(
    "account",
    ["@joso_fire", "@JosoKoiki.Fire", "@josokoiki_somu", "@josokoiki.fire2", "@josokoiki.Kankyo",
     "@josokoiki.clean_center", "@josokoki.fire", "@joso.koiki.yobo", "@josokoiki-kyukyu", "@josokoiki.ｓｏｍｕ"],
)
def test_wrong_posting_account(account):
    assert flagged(post(account), RULES["account-id"]) == [account]


@pytest.mark.parametrize("account", ["@josokoiki.fire", "@josokoiki.cleancenter", "josokoiki.kanri"])
def test_right_posting_account(account):
    assert flagged(post(account), RULES["account-id"]) == []


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("日程は @josokoiki-kyukyu でお知らせします。", ["@josokoiki-kyukyu"]),
        ("日程は @josokoiki.ｓｏｍｕ のお知らせをご覧ください。", ["@josokoiki.ｓｏｍｕ"]),
        ("予防課 @joso.koiki.yobo でも発信中", ["@joso.koiki.yobo"]),
        ("@toride_koho @moriya_bousai の皆さま", []),
        ("救急課(＠josokoiki.kyukyu)でもお知らせします。", []),
        ("常総市(@joso_city)と連携しています。", []),
        ("連絡は josokoiki.fire@example.com へ", []),
        ("偽アカウント @josokoiki_fire_official にご注意ください。", []),
    ],
)
def test_own_handles_in_text(body, found):
    assert flagged(post("@josokoiki.fire", body), RULES["account-id"]) == found


def test_message_suggests_the_right_form():
    found = lint_text(post("@JosoKoiki.Fire"), [RULES["account-id"]])
    assert "@josokoiki.fire" in found[0].message


def test_pattern_is_an_option():
    from jsl.rules import resolve_options

    def fail(message):
        raise AssertionError(message)

    rule = RULES["account-id"]
    options = resolve_options("accounts", {"pattern": r"^@josokoiki\.[a-z]+[0-9]?$"}, fail)
    custom = dataclasses.replace(rule, options=options)
    assert flagged(post("@josokoiki.fire2"), custom) == []
    assert flagged(post("@josokoiki.fire2"), rule) == ["@josokoiki.fire2"]


def test_config_table_overrides_the_pattern(tmp_path):
    from jsl import config
    from jsl.runner import configured_rules

    toml = tmp_path / "jsl.toml"
    toml.write_text('[rules.account-id]\npattern = \'^@josokoiki\\.[a-z]+[0-9]?$\'\n', encoding="utf-8")
    rule = next(r for r in configured_rules(config.load(toml)) if r.id == "account-id")
    assert rule.options["pattern"].endswith("[0-9]?$")


@pytest.mark.parametrize(
    ("handle", "own"),
    [("@josokoki.fire", True), ("@jsokoiki.kankyo", True), ("@joso_fire", True),
     ("@toride_koho", False), ("@joso_city", False), ("@tsukubamirai_pr", False)],
)
def test_is_own(handle, own):
    assert handles.is_own(handle, "josokoiki", frozenset({"fire"}), 80.0) is own


def test_impersonation_notice_must_name_the_account():
    rule = RULES["impersonation-notice"]
    assert rule.status == "preview"
    assert flagged("組合をかたる偽アカウントが見つかりました。ご注意ください。", rule)
    assert not flagged("組合をかたる偽アカウント(@joso_koiki_info)が見つかりました。ご注意ください。", rule)
    assert not flagged("なりすましを防ぐため、公式アカウントを一覧にしています。", rule)


def test_lookalike_of_an_official_account_is_6_4_not_3_3():
    text = "日程は @josokoiki.kyukyuu でお知らせします。"
    assert flagged(text, RULES["lookalike-account"]) == ["@josokoiki.kyukyuu"]
    assert flagged(text, RULES["account-id"]) == []
    wrong_form = "日程は @josokoiki_kyukyu でお知らせします。"
    assert flagged(wrong_form, RULES["lookalike-account"]) == []
    assert flagged(wrong_form, RULES["account-id"]) == ["@josokoiki_kyukyu"]
    assert RULES["lookalike-account"].status == "preview"
