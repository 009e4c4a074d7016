"""4.6 accessibility: alt texts, captions, fancy and enclosed characters, emoji, spaced-out letters."""
from __future__ import annotations

import pytest

from jsl import rules
from jsl.checks import emoji_count, enclosed_characters, fancy_letters
from jsl.engine import lint_text

RULES = {rule.id: rule for rule in rules.load_builtin() if rule.section == "4.6"}


def lint(text: str, rule_id: str) -> list:
    return [f for f in lint_text(text, [RULES[rule_id]]) if f.rule == rule_id]


def with_images(*alts: str | None, body: str = "救助訓練を行いました。") -> str:
    lines = ["---", "images:"]
    for n, alt in enumerate(alts):
        lines.append(f"  - src: photos/kunren_{n}.jpg" if alt is None else f"  - {{src: photos/kunren_{n}.jpg, alt: '{alt}'}}")
    return "\n".join(lines + ["---", body])


@pytest.mark.parametrize(
    "alt",
    [None, "", "   ", "IMG_0001.JPG", "DSC01234", "P1010234", "kunren_0.jpg", "kunren_0", "写真", "写真1",
     "写真 (2)", "画像②", "写真その3", "image", "photo_02", "火", "…", "スクリーンショット 2026-10-01 10.23.45"],
)
def test_useless_alt(alt):
    assert lint(with_images(alt), "image-alt-text"), alt


@pytest.mark.parametrize(
    "alt",
    ["はしご車", "消防車", "救助訓練をする隊員", "写真：放水訓練をする消防隊員", "訓練を終えた隊員たちの集合写真"],
)
def test_descriptive_alt(alt):
    assert not lint(with_images(alt), "image-alt-text"), alt


def test_alt_that_repeats_the_post_text():
    body = "秋の火災予防運動が始まります。住宅用火災警報器の点検をお願いします。"
    assert lint(with_images(body, body=body), "image-alt-text")
    assert lint(with_images("秋の火災予防運動が始まります。", body=body), "image-alt-text")
    # an alt that shares words with the text but describes the picture is fine
    assert not lint(with_images("住宅用火災警報器のボタンを押して点検する手元", body=body), "image-alt-text")


def test_video_without_captions():
    head = "---\nvideos:\n  - {src: a.mp4, captions: %s}\n---\n訓練の動画です。"
    assert lint(head % "null", "video-captions")
    assert lint(head % "''", "video-captions")
    assert lint(head % "なし", "video-captions")
    assert not lint(head % "a.vtt", "video-captions")


@pytest.mark.parametrize(
    ("text", "plain"),
    [("𝐅𝐢𝐫𝐞", "Fire"), ("𝘧𝘪𝘳𝘦", "fire"), ("𝕱𝖎𝖗𝖊", "Fire"), ("𝟏𝟏𝟗", "119"), ("ᴄᴀʀᴇ", "care"),
     ("Ⓙⓞⓢⓞ", "Joso"), ("𝐒𝐚𝐟𝐞-𝐋𝐢𝐟𝐞", "Safe-Life")],
)
def test_fancy_letters_get_a_plain_fix(text, plain):
    found = lint(f"{text} のお知らせ", "fancy-letters")
    assert [f.match for f in found] == [text]
    assert found[0].fix.safe and found[0].fix.replacement == plain


@pytest.mark.parametrize("text", ["ＡＥＤ講習", "２４時間対応", "30℃", "2ℓ", "αβ線", "m²", "Ｎｏ．１"])
def test_ordinary_characters_are_not_fancy(text):
    assert not lint(text, "fancy-letters")
    assert not lint(text, "enclosed-characters")


@pytest.mark.parametrize(
    ("char", "plain"),
    [("①", "(1)"), ("⑳", "(20)"), ("⑴", "(1)"), ("⒈", "1."), ("❶", "(1)"), ("⓫", "(11)"), ("㈱", "株式会社"),
     ("㈲", "有限会社"), ("㍻", "平成"), ("㋿", "令和"), ("㌔", "キロ"), ("㎏", "kg"), ("㎡", "平方メートル"),
     ("Ⅲ", "III"), ("№", "No."), ("℡", "電話"), ("㊤", "上"), ("㋐", "(ア)")],
)
def test_enclosed_characters_and_their_replacement(char, plain):
    found = lint(f"受付{char}番窓口", "enclosed-characters")
    assert [f.match for f in found] == [char]
    assert found[0].fix.safe and found[0].fix.replacement == plain


def test_enclosed_characters_are_found_in_the_original_text():
    """NFKC turns ①2月 into 12月; the check reads the original body, so the span is the ① alone."""
    text = "---\nscheduled_at: 2027-01-10T09:00:00+09:00\n---\n①2月13日（土）\n②2月20日（土）"
    found = lint(text, "enclosed-characters")
    assert [(f.match, f.start.line, f.start.column) for f in found] == [("①", 4, 1), ("②", 5, 1)]


def test_emoji_shown_as_emoji_are_left_to_the_emoji_rule():
    assert not lint("🅿️駐車場", "enclosed-characters")
    assert enclosed_characters.is_enclosed("㊙")
    assert fancy_letters.plain("ℓ") is None
    assert not lint("ℹ️ お知らせ Ⓜ️", "fancy-letters")


@pytest.mark.parametrize(
    ("text", "count"),
    [("🚒", 1), ("👨‍👩‍👧", 1), ("🇯🇵", 1), ("1️⃣", 1), ("♻️", 1), ("♻", 0), ("☎", 0), ("▶", 0), ("✨", 1), ("👍🏽", 1)],
)
def test_emoji_sequences_are_counted_once(text, count):
    import emoji

    assert sum(emoji_count.counted(e["emoji"]) for e in emoji.emoji_list(text)) == count


def test_five_emoji_are_one_finding_at_the_fifth():
    found = lint("防災の日🚒 備蓄を確認😊 水は3日分💧 懐中電灯も🔦 家族で話し合おう👨‍👩‍👧 #防災", "too-many-emoji")
    assert [f.match for f in found] == ["👨‍👩‍👧"]
    assert "5個" in found[0].message
    assert not lint("防災の日🚒 備蓄を確認😊 水は3日分💧 懐中電灯も🔦", "too-many-emoji")
    assert not lint("▶日時 ▶場所 ▶内容 ▶持ち物 ▶申込 ☎お問い合わせ ✉メール", "too-many-emoji")


@pytest.mark.parametrize(
    ("text", "match"),
    [("【 防 火 ポ ス タ ー 展 】", "防 火 ポ ス タ ー 展"), ("お　知　ら　せ", "お　知　ら　せ"),
     ("★ 火 の 用 心 ★", "火 の 用 心"), ("ご 来 場 お 待 ち し て い ま す", "ご 来 場 お 待 ち し て い ま す")],
)
def test_spaced_out_letters(text, match):
    assert [f.match for f in lint(text, "spaced-letters")] == [match]


@pytest.mark.parametrize(
    "text",
    ["日　時：12月6日　場　所：本部", "1 2 3 4 5 の順に", "A E D を使う", "本日 防災訓練 を 行いました",
     "収集日 月 火 木 金", "可燃 不燃 資源 粗大", "大 中 小 の3種類", "受付 ①②③"],
)
def test_text_with_spaces_that_is_not_spaced_out(text):
    assert not lint(text, "spaced-letters")


def test_every_fancy_letter_is_in_the_blocks_that_are_looked_at():
    """fancy_letters reads only CANDIDATES one by one: every letter plain() knows must be among them."""
    missed = [hex(code) for code in range(0x80, 0x20000) if not 0xD800 <= code <= 0xDFFF
              and fancy_letters.plain(chr(code)) is not None and not fancy_letters.CANDIDATES.match(chr(code))]
    assert missed == []


def test_every_counted_emoji_has_a_character_that_is_looked_at():
    """emoji_count skips a post with no CANDIDATES character: every emoji it would count must have one."""
    import emoji

    missed = [e for e in emoji.EMOJI_DATA if emoji_count.counted(e) and not emoji_count.CANDIDATES.search(e)]
    assert missed == []
