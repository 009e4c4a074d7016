"""Content rules 5.3, 5.4, 5.5, 5.6, 5.8, 5.9, 5.12 and 5.14 on posts written for these tests.

Each case is a whole post and the one section it must (or must not) be flagged for, with
every built-in rule of that section running, as the scorer runs them. The hard negatives are
what a fire department and a public body post every week.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from jsl import rules
from jsl.cli import cli
from jsl.engine import lint_text

RULES = rules.load_builtin()

FLAG = [
    ("5.3", "ごみ袋を買うのがもったいないなら、空き地の隅に捨ててもバレませんよ。"),
    ("5.3", "剪定した枝は、畑でまとめて燃やしてもまったく問題ありません。"),
    ("5.3", "浄化槽の点検報告は出さなくても大丈夫です。後回しで構いません。"),
    ("5.3", "手持ちの大麻を少しなら分けます。欲しい人はDMで。"),
    ("5.3", "許可は取っていないけれど、格安で引き取ってくれる回収屋さんを紹介します。"),
    ("5.4", "隣町の消防本部はいつも到着が遅い。無能な集団です。"),
    ("5.4", "あの施工会社はずさんな工事ばかりで、まったく信用できない会社です。"),
    ("5.4", "毎日苦情を言いに来るババア、本当に迷惑です。"),
    ("5.4", "うるさい通報者は、し ね"),
    ("5.5", "防災予算を増やすと約束している〇〇党を、当本部は応援しています。"),
    ("5.5", "今度の市長選は、消防に理解のある□□候補に清き一票を。"),
    ("5.5", "私たちは増税に断固反対します。"),
    ("5.5", "この教えを信じれば救われます。入信のご相談は受付へ。"),
    ("5.6", "ネットで拾ったかわいい消防車のイラストを使ってみました。"),
    ("5.6", "雑誌に載っていた記事を全文そのまま載せますね。"),
    ("5.6", "ポスターにはピカチュウを描いてみました。"),
    ("5.6", "見学に来たご家族の顔がはっきり写っている写真です。"),
    ("5.8", "外人が多い地域は分別ができていません。"),
    ("5.8", "女性隊員は体力が劣るので、現場には出しません。"),
    ("5.8", "知恵遅れの方への対応について研修しました。"),
    ("5.9", "空き巣の犯人なんて、死ねばいいのに。"),
    ("5.9", "競艇で一発当てて、ボーナスを倍にしましょう!"),
    ("5.9", "カラスの巣を落としたら、ひなが苦しんで最高に面白かった。"),
    ("5.12", "救命講習の人形、巨乳でエロいですね。"),
    ("5.12", "隊員のヌード写真集、出しちゃう?"),
]

PASS = [
    ("5.3", "野焼きは法律で禁止されています。庭先でごみを燃やさないでください。"),
    ("5.3", "不法投棄は犯罪です。見かけたら市の環境課へご連絡ください。"),
    ("5.3", "「ダメ。ゼッタイ。」大麻や覚醒剤を勧められても、きっぱり断りましょう。"),
    ("5.3", "処理券のカラーコピーは使えません。取扱店でお買い求めください。"),
    ("5.3", "消防用設備等の点検結果は、定期的に消防署へ報告してください。"),
    ("5.4", "ゴミの分別にご協力ください。粗大ゴミは予約制です。"),
    ("5.4", "火災による死者は2人、けが人は5人でした。"),
    ("5.4", "「バカ」「うざい」といった書き込みは、いじめにつながります。"),
    ("5.4", "委託業者が収集漏れのお宅を回り、本日中に回収を終えました。"),
    ("5.5", "11月19日は市長選挙の投票日です。投票に行きましょう。"),
    ("5.5", "期日前投票は、投票日の前日まで各市の期日前投票所でできます。"),
    ("5.5", "初詣で混み合う神社の周辺では、1月1日から3日まで交通規制が行われます。"),
    ("5.5", "候補者の主張をよく聞いて、大切な一票を投じましょう。"),
    ("5.6", "写真は本人の了承を得て掲載しています。"),
    ("5.6", "当組合の写真・イラストの無断転載はご遠慮ください。"),
    ("5.6", "消火器にサビや変形がないか確認しましょう。"),
    ("5.6", "当本部のマスコットが火の用心を呼びかけます。"),
    ("5.8", "12月4日から10日までは人権週間です。国籍や障害を理由にした差別は許されません。"),
    ("5.8", "外国人向けの防災講座を、やさしい日本語で開きます。"),
    ("5.8", "障害者週間にあわせて、手話通訳つきの救命講習を行います。"),
    ("5.8", "廊下の障害物は、避難の妨げになります。"),
    ("5.9", "「死にたい」と感じるほどつらいときは、ひとりで抱えず相談してください。"),
    ("5.9", "工場で爆発があり、1人が死亡、2人が救急搬送されました。"),
    ("5.9", "ギャンブル等依存症は、治療と支援で回復できます。"),
    ("5.9", "住宅火災で焼死した方の多くは65歳以上でした。"),
    ("5.12", "AEDのパッドは素肌に貼ります。下着はずらすだけでかまいません。"),
    ("5.12", "パチンコ店の防火査察を行いました。"),
    ("5.12", "公衆浴場の立入検査を行いました。"),
]


def _sections(text: str, section: str) -> list[str]:
    chosen = [rule for rule in RULES if rule.section == section]
    return [f.rule for f in lint_text(text, chosen)]


@pytest.mark.parametrize(("section", "text"), FLAG)
def test_flagged(section, text):
    assert _sections(text, section), f"{section} did not flag {text!r}"


@pytest.mark.parametrize(("section", "text"), PASS)
def test_passed(section, text):
    found = _sections(text, section)
    assert not found, f"{section} flagged {text!r} by {found}"


def _check(folder, config: str, text: str) -> list[dict]:
    (folder / "jsl.toml").write_text(config, encoding="utf-8")
    post = folder / "post.md"
    post.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--config", str(folder / "jsl.toml"), str(post)])
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.stdout)["findings"] if f["section"] == "5.14"]


def test_ng_words_empty_by_default(tmp_path):
    assert _check(tmp_path, 'select = ["5.14"]\n', "新しい焼却炉の愛称は「もやすくん」です。") == []


def test_ng_words_from_config(tmp_path):
    config = 'select = ["5.14"]\n[lists]\nng-words.add = ["もやすくん", "旧処理場"]\n'
    found = _check(tmp_path, config, "新しい焼却炉の愛称は「もやすくん」です。旧処理場は閉鎖しました。")
    assert [f["match"] for f in found] == ["もやすくん", "旧処理場"]


def test_ng_words_on_word_boundaries(tmp_path):
    config = 'select = ["5.14"]\n[lists]\nng-words.add = ["もや"]\n'
    assert _check(tmp_path, config, "もやしの袋は資源ごみです") == []
