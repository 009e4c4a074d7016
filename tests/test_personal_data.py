"""5.1 personal data: phone numbers, e-mail, My Number, card numbers, street addresses, named persons."""
from __future__ import annotations

from pathlib import Path

import pytest

from jsl import rules
from jsl.checks.card_number import luhn
from jsl.checks.my_number import check_digit, valid
from jsl.engine import lint_text
from jsl.paths import rules_dir

RULES = [rules.load_file(p) for p in sorted(Path(rules_dir()).glob("5-forbidden/5.1-*.yaml"))]


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.match) for f in lint_text(text, RULES)]


def rule_ids(text: str) -> set[str]:
    return {rule for rule, _ in found(text)}


# --- telephone numbers -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("集合場所の変更は幹事の携帯 090-2345-6789 へ", "090-2345-6789"),
        ("連絡先:08011112222", "08011112222"),
        ("担当 070 3456 7890 まで", "070 3456 7890"),
        ("ＩＰ電話 ０５０−５５５５−６６６６ でも受け付けます", "０５０−５５５５−６６６６"),
        ("至急 〇九〇ー八七六五ー四三二一 へ折り返しを", "〇九〇ー八七六五ー四三二一"),
        ("当番の方の携帯(〇八〇・一二三四・五六七八)へ", "〇八〇・一二三四・五六七八"),
        ("地区代表の小松 隆さん(自宅 0297-66-7788)へお申し込みください", "0297-66-7788"),
        ("自宅の電話 029-876-5432 は夜間のみ", "029-876-5432"),
        ("班長の今井 恵さんの電話 0297-71-2345 へ", "0297-71-2345"),
        ("申込みは 0297-71-2345(班長・今井さん宅)へ", "0297-71-2345"),
    ],
)
def test_private_phone_numbers_are_flagged_at_their_source_span(text, match):
    assert ("private-phone-number", match) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "火事・救急は119番、事件・事故は110番へ。",
        "救急車を呼ぶか迷ったら#7119、子どもの急病は#8000へ。",
        "消費者ホットライン188、児童相談所虐待対応ダイヤル189",
        "よりそいホットライン 0120-279-338(24時間)",
        "みんなの人権110番 0570-003-110",
        "お問い合わせは守谷消防署(0297-45-0119)へ",
        "つくばみらい市役所 0297-58-2111(代表)",
        "講師の木下さんへの質問は予防課 0297-23-7108 で受け付けます",
        "講師:木下 聡さん、申込み:0297-23-7199",
        "講師 木下 聡さん 0297-23-7199(予防課)",
        "受付番号 09012345678901 をお控えください",
        "ご自宅の住宅用火災警報器を点検しましょう。相談は消防本部へ。",
    ],
)
def test_public_numbers_pass(text):
    assert "private-phone-number" not in rule_ids(text)


def test_published_number_passes_even_when_mobile(tmp_path):
    from jsl import dictionaries
    from jsl.checks import phone_numbers
    from jsl.engine import make_doc
    from jsl.posts import parse
    from jsl.text import Source

    base = dictionaries.load("published-numbers")
    options = {
        "published": base.changed(add=["080-1111-0119"]),
        "private_cues": ["自宅"],
        "office_words": ["課"],
        "attach_distance": 12,
    }
    doc = make_doc(parse(Source.of("x.md", "災害用の臨時窓口 080-1111-0119"))[0])
    assert list(phone_numbers.check(doc, options)) == []


# --- e-mail ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("申込みは taro.suzuki@example.jp へ", True),
        ("写真の送付先: hanako_88@gmail.com", True),
        ("問合せ mori(at)example.org", True),
        ("申込みは kyukyu@josokoiki.lg.jp へ", False),
        ("県の窓口 bosai@pref.ibaraki.lg.jp、消防庁 fdma@soumu.go.jp", False),
        ("最新情報は @josokoiki.kankyo でも発信しています", False),
    ],
)
def test_personal_email(text, flagged):
    assert ("personal-email" in rule_ids(text)) is flagged


# --- My Number -------------------------------------------------------------------------

def test_my_number_check_digit_follows_the_official_formula():
    # 123456789018 is the sample used in the 個人番号 documentation
    assert check_digit("12345678901") == 8
    assert valid("123456789018")
    assert not valid("123456789012")
    assert not valid("12345678901")  # too short


def test_my_number_remainder_zero_or_one_gives_zero():
    # sum of P(n) * Q(n) for 00000000001 is 1*2 = 2 -> 11 - 2 = 9; for 00000000000 remainder 0 -> 0
    assert check_digit("00000000000") == 0
    assert check_digit("00000000001") == 9
    # exactly one of the ten possible last digits is valid
    for first11 in ("37214856094", "98765432109", "11111111111"):
        assert sum(valid(first11 + str(d)) for d in range(10)) == 1


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("拾得したカードの個人番号は 1234 5678 9018 です", True),
        ("番号 123456789018 の方", True),
        ("番号 1234 5678 9012 の整理券", False),  # check digit wrong
        ("救急出動件数は19,212件でした", False),
        ("https://www.josokoiki.lg.jp/docs/123456789018.html", False),
    ],
)
def test_my_number_in_text(text, flagged):
    assert ("my-number" in rule_ids(text)) is flagged


# --- card numbers ----------------------------------------------------------------------

def test_luhn():
    assert luhn("4111111111111111")
    assert luhn("378282246310005")
    assert luhn("5555555555554444")
    assert not luhn("4111111111111112")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("お預かりしたカード 4111-1111-1111-1111", True),
        ("カード番号 3782 822463 10005", True),
        ("カード番号 4111 1111 1111 1112", False),
        ("電話 0297-23-0119、問合せ番号 0120-279-338", False),
    ],
)
def test_card_number_in_text(text, flagged):
    assert ("card-number" in rule_ids(text)) is flagged


# --- street addresses ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "常総市水海道宝町2丁目3番地の4のお宅の前に出された粗大ごみは回収できません",
        "守谷市本町五丁目6番7号、村井様方から出火しました",
        "つくばみらい市伊奈東12番地の住宅で火災がありました",
        "取手市戸頭8-9-10の民家から煙が出ていると通報がありました",
        "【火災】常総市豊岡町甲12番地。木造平屋建て1棟が全焼しました。",  # the incident in the next sentence
    ],
)
def test_private_addresses(text):
    assert "private-address" in rule_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "会場:取手市寺田5139番地(取手消防署)",
        "所在地 守谷市百合ケ丘三丁目2400番地 守谷消防署",
        "〒302-0004 取手市取手3丁目2番20号 組合本部",
        "取手市戸頭付近で建物火災がありました",
        "2027-12-03に開催します",
        "集積所を守谷市大木1丁目2番3号の前に移します。事故防止のため車道には出さないでください。",
        "11月9日は119番の日、1-2月は火災が多い季節です",
    ],
)
def test_public_or_coarse_addresses_pass(text):
    assert "private-address" not in rule_ids(text)


# --- named persons with details --------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("水難事故で、守谷市立御所ケ丘中学校1年の高田 翼さんが救助されました", "高田 翼さん"),
        ("消火に協力した会社員の西村 亮さん(41)に感謝状を贈りました", "西村 亮さん"),
        ("軽トラックを運転していた菊地 正男さんが胸を強く打ち、病院へ搬送されました", "菊地 正男さん"),
        ("表彰されたのは取手市在住の安藤 由美さんです", "安藤 由美さん"),
        ("前田健二(38)を消防法違反で告発しました", "前田健二"),
        ("川で流された石井 陽翔(8)は無事に救助されました", "石井 陽翔"),
        ("防火ポスターの最優秀賞は宮本 葵さん(常総市)の作品です", "宮本 葵さん"),
        # a given name the dictionary does not know, written apart from a family name it knows (松本 is also a 地名)
        ("松本 蒼さん(10)が川に転落し、救助されました", "松本 蒼さん"),
        ("山崎 朝陽(8)が足を骨折しました", "山崎 朝陽"),
    ],
)
def test_named_person_with_details(text, match):
    assert ("named-person-details", match) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "60代の女性が腕にやけどを負い、病院へ搬送されました",
        "消防長 佐伯 博が訓示を述べ、講師の森消防司令補が応急手当を指導しました",
        "講師の日赤茨城県支部 石原さんが、病院前救護について説明しました",
        "少年消防クラブの皆さん、1年間ありがとうございました",
        "市内の中学2年生32人が職場体験に来てくれました",
        "お客様の安全のため、館内は禁煙です",
        "消防団の森さん(取手市消防団)に活動のお話を伺いました",
        "第2分団(12)と第5分団(9)が出場しました",
        "取手市 みなさん、こんにちは。本日は9歳から参加できる防火教室です",
        "当本部のマスコット「ぼうさいジョーくん」(5歳)が点検を呼びかけます",
        "熱中症の予防について、看護師の佐藤さんにお話を伺いました",
        "佐藤さんが教えてくれた応急手当の講習で、参加者は転んだときのけがの手当てや、やけどを冷やす方法を学びました",
    ],
)
def test_persons_without_private_details_pass(text):
    assert "named-person-details" not in rule_ids(text)


# --- whole clean posts -----------------------------------------------------------------

CLEAN = [
    "【火災概要】2日15時頃、常総市内の木造2階建て住宅で火災があり、80代の男性が死亡しました。"
    "住宅用火災警報器の点検をお願いします。",
    "【普通救命講習】11月14日(日)9時～12時、水海道消防署(常総市水海道天満町4681番地)。"
    "申込みは水海道消防署 0297-23-0119 へ。",
    "組合職員をかたり、マイナンバーやカード番号を聞き出す電話にご注意ください。不審な電話は #9110 へ。",
    "消防長から、救命処置を行った市民3名に感謝状を贈呈しました。お名前はご本人の希望により控えます。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_posts_pass(text):
    assert found(text) == []


def test_posts_too_short_for_a_phone_number_are_skipped_safely():
    """phone_numbers skips posts with fewer than MIN_DIGITS digits: no Japanese number is that short."""
    from phonenumbers import PhoneMetadata

    from jsl.checks import phone_numbers

    assert phone_numbers.MIN_DIGITS <= min(PhoneMetadata.metadata_for_region("JP").general_desc.possible_length)
