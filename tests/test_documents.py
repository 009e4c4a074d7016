"""Account documents (front matter kind: policy, profile, listing, withdrawal): the items of guideline
3(3), 3(4) and 7(2) are found in many wordings, each missing item is reported once and named, staff
are named by role, IDs have the official form, and profiles fit their platform."""
from __future__ import annotations

import dataclasses

import pytest

from jsl import dictionaries, rules
from jsl.checks import required_items
from jsl.engine import lint_text

RULES = {rule.id: rule for rule in rules.load_builtin()}
DOCUMENT_RULES = [rule for rule in RULES.values() if set(rule.kinds) & {"policy", "profile", "listing", "withdrawal"}]


def lint(text: str, *ids: str):
    chosen = [RULES[i] for i in ids] if ids else list(RULES.values())
    return lint_text(text, chosen)


def keys(findings, rule_id: str) -> list[str]:
    """The item names reported by a required-items rule, read back from the messages."""
    return [f.message.split("「", 1)[1].split("」", 1)[0] for f in findings if f.rule == rule_id]


def item_names(rule_id: str) -> dict[str, str]:
    return {item["id"]: item["name"] for item in RULES[rule_id].options["items"]}


def missing(kind: str, rule_id: str, body: str) -> tuple[list[str], set[str]]:
    """The items a required-items rule reports for the document, and the sections it names."""
    found = lint(doc(kind, body + "\n"), rule_id)
    return keys(found, rule_id), {f.section for f in found}


def doc(kind: str, body: str, **front: str) -> str:
    lines = [f"kind: {kind}", *(f"{k}: {v}" for k, v in front.items())]
    return "---\n" + "\n".join(lines) + "\n---\n" + body


# ---------------------------------------------------------------- policy (3.3)

# one part per item ア–セ, written so that each part alone states its item
POLICY_PARTS = {
    "purpose": "## 1 目的\n\n救急に関する正しい知識を広め、救命率を高めるため。",
    "medium": "## 2 利用媒体\n\nInstagram",
    "account": "## 3 アカウント名及びID\n\n常総広域消防 救急課(@josokoiki.kyukyu)",
    "url": "## 4 URL\n\n開設後に記載する。",
    "audience": "## 5 対象者\n\n構成市町の住民、管内の学校・事業所",
    "content": "## 6 発信内容\n\n救命講習の日程、AEDの使い方、熱中症の予防",
    "structure": "## 7 運用体制\n\n運用責任者は救急課長、担当者は救急課職員とし、課長の決裁を経て掲載する。",
    "frequency": "## 8 発信の頻度\n\n月4回程度、開庁日の日中に掲載する。",
    "replies": "## 9 利用者からの投稿等への対応\n\nコメントへの個別の返信は行わない。",
    "guideline": "## 10 ガイドライン\n\n組合ソーシャルメディアガイドラインを遵守して運用する。",
    "copyright": "## 11 著作権\n\n掲載した写真・文章の著作権は組合に帰属する。",
    "disclaimer": "## 12 免責事項\n\n掲載情報の利用により生じた損害について、組合は責任を負わない。",
    "specific": "## 13 その他\n\nストーリーズは講習当日の様子の紹介に使う。",
    "contact": "## 14 連絡先\n\n常総広域消防本部 救急課 電話 0297-00-0119",
}
POLICY_TITLE = "# 救急課 運用方針"
POLICY_NAMES = item_names("policy-items")


def policy(parts: dict[str, str]) -> str:
    return doc("policy", POLICY_TITLE + "\n\n" + "\n\n".join(parts.values()) + "\n")


# the same policy in plain paragraphs, without headings
POLICY_PROSE = doc("policy", """常総広域クリーンセンター X運用方針

このアカウントは、ごみの減量と正しい分別を進めることを目的として開設します。
アカウント名は「常総広域クリーンセンター」、IDは @josokoiki.kankyo、URLは https://x.com/josokoiki.kankyo です。
構成市町にお住まいの方を対象に、収集日の変更や粗大ごみの申込み方法、施設見学会の案内を発信します。
運用主体は環境課とし、運用責任者は環境課長、担当者は環境課職員が務めます。
原則として毎週水曜日の午前中に投稿し、台風などで収集を変更するときは随時投稿します。
リプライやダイレクトメッセージには回答しません。
運用にあたっては、組合ソーシャルメディアガイドラインを遵守します。
掲載した文章・画像の無断転載はご遠慮ください。
掲載情報に基づいて利用者が行った行為により生じた損害について、組合は責任を負いかねます。
他のアカウントのフォローやリポストは行いません。
お問い合わせ先:常総広域クリーンセンター 環境課(kankyo@josokoiki.lg.jp)
""")

# the same in labelled lines: 【】 labels and colons, other words for the items
POLICY_LABELS = doc("policy", """【斎場 Facebook ページ運用方針】
【趣旨】斎場の利用案内を分かりやすく届ける。
【利用するSNS】Facebook
【名称】きぬの里斎場(@josokoiki.saijo)
【アドレス】https://www.facebook.com/josokoiki.saijo
【対象】斎場を利用される方とそのご家族
【掲載する内容】休業日、予約の受付時間、施設の案内
【体制】運用責任者 斎場長、担当 斎場職員
【タイミング】休業日の1週間前と、変更が決まったとき
【コメントへの対応】コメント欄は閉じ、メッセージには応答しない。
【遵守事項】組合ソーシャルメディアガイドラインに従う。
【知的財産】掲載物の二次利用は事前に相談のこと。
【免責】掲載情報の正確性を保証するものではない。
【その他】シェアは公的機関の情報に限る。
【問い合わせ】きぬの里斎場 0297-00-4444
""")

# articles (第N条), as by-laws are written, with other words again: ポリシー, ユーザー名, 承認, 発信時間, 回答
POLICY_ARTICLES = doc("policy", """常総地方広域市町村圏事務組合 公式X(旧ツイッター)運用ポリシー

第1条(趣旨)
このポリシーは、常総地方広域市町村圏事務組合(以下「組合」という。)が開設するXアカウントの運用に関し必要な事項を定めるものです。

第2条(アカウント)
アカウント名 常総広域事務組合【公式】
ユーザー名 @josokoiki.somu
https://x.com/josokoiki.somu

第3条(発信する情報)
組合の事業に関するお知らせ、イベント情報、災害時の緊急情報などを発信します。主に管内にお住まいの方、通勤・通学されている方に向けて発信します。

第4条(運用体制)
総務課が運用し、総務課長を運用責任者とします。発信にあたっては総務課長の承認を得るものとします。

第5条(発信時間)
原則として平日の午前8時30分から午後5時15分までに発信します。ただし、災害時等はこの限りではありません。

第6条(リプライ等)
原則として、リプライ(返信)、ダイレクトメッセージへの回答は行いません。また、原則としてフォローは行いません。

第7条(遵守事項)
運用にあたっては、常総地方広域市町村圏事務組合ソーシャルメディアガイドラインを遵守します。

第8条(著作権等)
掲載している文章、画像等の著作権は組合に帰属します。

第9条(免責事項)
組合は、本アカウントの情報を用いて利用者が行う一切の行為について、何ら責任を負うものではありません。

第10条(お問い合わせ)
組合総務課 電話0297-00-1000
""")


@pytest.mark.parametrize("text", [policy(POLICY_PARTS), POLICY_PROSE, POLICY_LABELS, POLICY_ARTICLES], ids=["headings", "prose", "labels", "articles"])
def test_complete_policy_passes(text):
    found = lint(text)
    assert found == [], [(f.rule, f.message) for f in found]


@pytest.mark.parametrize("item", list(POLICY_PARTS))
def test_each_missing_policy_item_is_reported_once_and_named(item):
    parts = {k: v for k, v in POLICY_PARTS.items() if k != item}
    found = lint(policy(parts))
    assert [f.rule for f in found] == ["policy-items"], [(f.rule, f.message) for f in found]
    finding = found[0]
    assert finding.section == "3.3"
    assert keys(found, "policy-items") == [POLICY_NAMES[item]]
    assert finding.match == "救急課 運用方針"  # reported at the title
    assert "書き足して" in finding.message


def test_missing_items_are_listed_in_order_at_the_first_line():
    text = doc("policy", "救急課 運用方針(案)\n\n救命率を高めることを目的とします。コメントには返信しません。\n")
    found = lint(text, "policy-items")
    names = keys(found, "policy-items")
    assert POLICY_NAMES["purpose"] not in names and POLICY_NAMES["replies"] not in names
    assert names == [POLICY_NAMES[i] for i in POLICY_NAMES if i not in ("purpose", "replies")]
    assert {(f.start.line, f.start.column, f.match) for f in found} == {(4, 1, "救急課 運用方針(案)")}


def test_a_word_out_of_its_place_does_not_state_the_item():
    """目的 in 「目的に沿わない投稿」 is not the purpose of the account; 内容 in 「投稿の内容によっては」 is not the content."""
    parts = {k: v for k, v in POLICY_PARTS.items() if k not in ("purpose", "content")}
    parts["replies"] += "本アカウントの目的に沿わない投稿や、内容によっては削除することがある。"
    found = lint(policy(parts), "policy-items")
    assert keys(found, "policy-items") == [POLICY_NAMES["purpose"], POLICY_NAMES["content"]]


def test_post_with_the_same_text_is_not_checked_as_a_document():
    text = policy(POLICY_PARTS).split("---\n", 2)[2]  # the body, without kind: policy
    found = lint("本日の救命講習のお知らせです。\n" + text)
    assert not [f for f in found if f.rule in {r.id for r in DOCUMENT_RULES}]
    incomplete = "救急課 運用方針\n\n救命率を高めることを目的とします。\n"
    assert not [f for f in lint(incomplete) if f.rule in {r.id for r in DOCUMENT_RULES}]


def test_post_rules_do_not_read_documents():
    """A document is not a post: its phone number, its rules on deleting replies are not post findings."""
    found = lint(policy(POLICY_PARTS))
    assert found == []


# ---------------------------------------------------------------- the account ID form (3.3)

@pytest.mark.parametrize(("handle", "flagged"), [
    ("@josokoiki.kyukyu", False),
    ("@josokoiki_kyukyu", True),
    ("@JosoKoiki.Kyukyu", True),
    ("@josokoiki.kyukyu2", True),
    ("@joso_kyukyu", True),
    ("@ｊｏｓｏｋｏｉｋｉ.ｋｙｕｋｙｕ", True),  # an ID is typed in ASCII, as in posts (account-id)
])
@pytest.mark.parametrize("kind", ["policy", "listing", "profile", "withdrawal"])
def test_account_id_form_in_documents(kind, handle, flagged):
    text = doc(kind, f"アカウント名:常総広域消防 救急課({handle})\n")
    found = [f for f in lint(text, "document-account-id")]
    assert bool(found) == flagged, [(f.match, f.message) for f in found]
    if flagged:
        assert found[0].section == "3.3" and found[0].match == handle


def test_other_bodies_accounts_are_not_ours():
    text = doc("listing", "構成市の公式アカウント:@toride_city、@moriya_koho\n")
    assert lint(text, "document-account-id") == []


# ---------------------------------------------------------------- personal names vs roles

@pytest.mark.parametrize(("line", "name"), [
    ("運用責任者:救急課長 山田太郎", "山田太郎"),
    ("担当者:救急課 田中 美咲", "田中 美咲"),
    ("担当:救急課 鈴木", "鈴木"),
    ("運用責任者 総務課長(佐藤)", "佐藤"),
    ("担当は救急課の高橋さんです。", "高橋さん"),
    ("運用責任者:環境課長 中村 健一", "中村 健一"),
])
@pytest.mark.parametrize(("kind", "rule_id", "section"), [("policy", "operator-name", "3.3"), ("listing", "staff-name", "3.4")])
def test_personal_name_is_flagged(kind, rule_id, section, line, name):
    found = lint(doc(kind, line + "\n"), rule_id)
    assert [(f.match, f.section) for f in found] == [(name, section)]


@pytest.mark.parametrize("line", [
    "運用責任者:救急課長、担当者:救急課職員",
    "運用管理者:消防長",
    "運用管理者:事務局長、運用責任者:総務課長",
    "担当:伊奈分署、谷和原出張所、岩井庁舎の職員",  # place names that are also family names
    "決裁:救急課長が確認し、消防長の決裁を得る",
    "発信内容:守谷消防署、藤代分署の訓練の様子",
])
@pytest.mark.parametrize("kind", ["policy", "listing"])
def test_roles_and_places_pass(kind, line):
    rule_id = "operator-name" if kind == "policy" else "staff-name"
    assert lint(doc(kind, line + "\n"), rule_id) == []


# ---------------------------------------------------------------- profile (3.4)

PROFILES = [
    "常総広域消防本部 救急課の公式アカウントです。救命講習やAEDの情報を発信します。個別の返信はしていません。https://www.josokoiki.lg.jp/sns/",
    "【公式】常総広域クリーンセンター\nごみ分別・収集日のお知らせを配信\n運用:環境課\nコメント・DMにはお答えできません\nhttps://www.josokoiki.lg.jp/kankyo/",
    "きぬの里斎場(常総地方広域市町村圏事務組合)のオフィシャルアカウント。休業日や予約受付を紹介します。管理者:斎場 / メッセージへの回答は行いません / www は https://www.josokoiki.lg.jp/saijo/",
]
PROFILE_NAMES = item_names("profile-items")


@pytest.mark.parametrize("body", PROFILES)
def test_complete_profile_passes(body):
    found = lint(doc("profile", body + "\n", platform="x"))
    assert found == [], [(f.rule, f.message) for f in found]


@pytest.mark.parametrize(("item", "body"), [
    ("official", "常総広域消防本部 救急課のアカウントです。救命講習の情報を発信します。返信はしていません。https://www.josokoiki.lg.jp/sns/"),
    ("content", "常総広域消防本部 救急課の公式アカウントです。返信はしていません。https://www.josokoiki.lg.jp/sns/"),
    ("operator", "公式アカウントです。救命講習の情報を発信します。返信はしていません。https://www.josokoiki.lg.jp/sns/"),
    ("replies", "常総広域消防本部 救急課の公式アカウントです。救命講習の情報を発信します。https://www.josokoiki.lg.jp/sns/"),
    ("homepage", "常総広域消防本部 救急課の公式アカウントです。救命講習の情報を発信します。返信はしていません。https://example.com/joso"),
])
def test_each_missing_profile_item_is_reported_once(item, body):
    assert missing("profile", "profile-items", body) == ([PROFILE_NAMES[item]], {"3.4"})


def test_homepage_domain_comes_from_the_own_domains_list():
    body = "常総広域消防本部 救急課の公式アカウントです。救命講習の情報を発信します。返信はしていません。https://www.example.lg.jp/sns/"
    rule = RULES["profile-items"]
    assert keys(lint_text(doc("profile", body), [rule]), "profile-items") == [PROFILE_NAMES["homepage"]]
    from jsl.doc import Doc
    from jsl.markdown import parse
    from jsl.engine import lint_doc
    from jsl.text import Source

    lists = {"own-domains": dictionaries.load("own-domains").changed(add=["example.lg.jp"])}
    post = parse(Source.of("p.md", doc("profile", body)))
    assert lint_doc(Doc(post, lists), [rule]) == []


def _profile(length: int) -> str:
    head = "常総広域消防本部救急課の公式アカウントです。救命講習の情報を発信します。返信はしていません。https://www.josokoiki.lg.jp/"
    return head + "あ" * (length - len(head))


@pytest.mark.parametrize(("platform", "limit"), [("x", 160), ("instagram", 150), ("facebook", 101)])
def test_profile_length_per_platform(platform, limit):
    assert lint(doc("profile", _profile(limit) + "\n", platform=platform), "profile-length") == []
    found = lint(doc("profile", _profile(limit + 1) + "\n", platform=platform), "profile-length")
    assert len(found) == 1 and found[0].section == "3.4"
    assert f"{limit + 1} 文字" in found[0].message and f"上限({limit}文字)" in found[0].message
    assert found[0].match == "あ"  # the part past the limit is marked


def test_profile_length_counts_a_line_break_once_and_skips_outer_blanks():
    text = "\r\n".join(["公式アカウントです。"] * 16)  # 10 characters x 16 + 15 line breaks = 175
    found = lint(doc("profile", "\n\n" + text + "\n\n", platform="x"), "profile-length")
    assert "175 文字" in found[0].message


@pytest.mark.parametrize("front", [{"platform": "line"}, {}])
def test_profile_length_not_measured_for_line_or_unknown_platform(front):
    assert lint(doc("profile", _profile(400) + "\n", **front), "profile-length") == []


def test_profile_length_limit_can_be_set():
    rule = RULES["profile-length"]
    status = dataclasses.replace(rule, options={**rule.options, "line_max_chars": 20})
    found = lint_text(doc("profile", "常総広域消防本部 救急課の公式アカウントです\n", platform="line"), [status])
    assert len(found) == 1


# ---------------------------------------------------------------- listing (3.4)

LISTING = """## 常総広域消防 救急課(@josokoiki.kyukyu)

- 発信内容:救命講習、AEDの使い方
- 運用管理者:消防長
- 運用責任者:救急課長
- 担当者:救急課職員
- 運用方針:https://www.josokoiki.lg.jp/sns/kyukyu.html
"""
LISTING_NAMES = item_names("listing-items")


def test_complete_listing_passes():
    assert lint(doc("listing", LISTING)) == []
    table = "| アカウント名 | ID | 発信内容 | 運用管理者 | 運用責任者 | 担当者 | 運用方針 |\n|---|---|---|---|---|---|---|\n" \
            "| 常総広域 総務 | @josokoiki.somu | 組合のお知らせを紹介 | 事務局長 | 総務課長 | 総務課職員 | 運用方針はこちら |\n"
    assert lint(doc("listing", table)) == []


@pytest.mark.parametrize(("item", "line"), [
    ("content", "- 発信内容:救命講習、AEDの使い方\n"),
    ("manager", "- 運用管理者:消防長\n"),
    ("responsible", "- 運用責任者:救急課長\n"),
    ("staff", "- 担当者:救急課職員\n"),
    ("policy", "- 運用方針:https://www.josokoiki.lg.jp/sns/kyukyu.html\n"),
])
def test_each_missing_listing_item_is_reported_once(item, line):
    found = lint(doc("listing", LISTING.replace(line, "")), "listing-items")
    assert keys(found, "listing-items") == [LISTING_NAMES[item]]
    assert found[0].match == "常総広域消防 救急課(@josokoiki.kyukyu)"


def test_listing_manager_must_be_the_secretary_general_or_fire_chief():
    found = lint(doc("listing", LISTING.replace("運用管理者:消防長", "運用管理者:救急課長")), "listing-items")
    assert keys(found, "listing-items") == [LISTING_NAMES["manager"]]


# ---------------------------------------------------------------- withdrawal (7.2)

WITHDRAWALS = [
    "# アカウント廃止のお知らせ\n\n2027年3月31日をもって、このアカウントを廃止します。今後はホームページをご覧ください。",
    "令和9年9月末で本アカウントの更新を停止します。防災情報は @josokoiki.yobo で引き続きお知らせします。",
    "このアカウントは 2027/03/31 に閉鎖します。最新情報: https://www.josokoiki.lg.jp/",
    "10月1日から、このページでの発信をやめ、組合の公式サイトに一本化します。",
]
WITHDRAWAL_NAMES = item_names("withdrawal-notice")


@pytest.mark.parametrize("body", WITHDRAWALS)
def test_complete_withdrawal_notice_passes(body):
    assert lint(doc("withdrawal", body + "\n")) == []


@pytest.mark.parametrize(("item", "body"), [
    ("stop", "2027年3月31日をもって、お知らせは組合ホームページに移ります。"),
    ("date", "このアカウントは近日中に運用を終了します。今後はホームページをご覧ください。"),
    ("instead", "2027年3月31日をもって、このアカウントを廃止します。ご愛読ありがとうございました。"),
])
def test_each_missing_withdrawal_item_is_reported_once(item, body):
    assert missing("withdrawal", "withdrawal-notice", body) == ([WITHDRAWAL_NAMES[item]], {"7.2"})


# ---------------------------------------------------------------- the data

def test_every_item_names_existing_lists_and_has_a_message():
    for rule in RULES.values():
        if rule.check != "required_items":
            continue
        for name in required_items.dictionary_names(rule.options):
            dictionaries.load(name)  # raises KeyError when missing
        for item in rule.options["items"]:
            assert set(item) <= required_items.ITEM_KEYS, f"{rule.id}: {item}"
            assert item["id"] in rule.message, f"{rule.id}: no message for item {item['id']}"
            assert "{item}" in rule.message[item["id"]]


def test_empty_document_reports_every_item_at_its_start():
    found = lint(doc("withdrawal", ""), "withdrawal-notice")
    assert len(found) == 3


def test_csv_rows_may_be_documents():
    csv = 'text,kind,platform\n"公式アカウントです。火災予防の情報を発信します。",profile,x\n"本日は救命講習を行いました。",post,x\n'
    found = lint_text(csv, DOCUMENT_RULES, path="schedule.csv")
    assert {(f.start.line, f.rule) for f in found} == {(2, "profile-items")}
    assert len(found) == 3  # operator, replies, homepage


def test_a_document_can_skip_a_section_in_its_front_matter():
    text = "---\nkind: withdrawal\njsl:\n  ignore: [\"7.2\"]\n---\nこのアカウントの運用を終了します。\n"
    assert lint(text) == []
