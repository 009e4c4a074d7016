"""jsl triage: replies sorted into keep, hide/delete, block, report and police (guideline 6(5), 6(6))."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from jslrun import jsl

from jsl import rules as rules_mod
from jsl.engine import lint_text
from jsl.triage import decide, policy as policy_mod
from jsl.triage.replies import Reply

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "replies"
POLICY = policy_mod.load()
ALL_RULES = rules_mod.load_builtin()
RULES = decide.reply_rules(ALL_RULES, POLICY)

# Criticism, even harsh, is answered, not deleted (6(6)); questions and worried citizens are kept.
KEEP = [
    "ごみ収集の時間が遅すぎる。改善してほしい",
    "消防の対応が遅かった、説明を求めます",
    "税金の無駄遣いでは？",
    "粗大ごみの予約の電話が全然つながりません。何とかしてください。",
    "救急車の到着まで20分もかかりました。なぜこんなに遅いのですか。",
    "職員の態度が悪かった。きちんと指導してください",
    "回答が遅すぎます！！いい加減にしてほしい",
    "こんなイベントに何百万円もかけるのは無駄だと思う。中止すべき",
    "ごみの有料化には反対です。住民の負担を考えてください",
    "本当にひどい対応ですね。二度と頼みたくない",
    "休日の窓口がないのは不便すぎる。行政の怠慢だと思う",
    "火事の時に消防車が来るのが遅かった。人が死んでたらどうするつもりだったんですか",
    "ちゃんと仕事してるの？全然改善されないんだけど",
    "説明になってない。もう少し誠実に答えてください",
    "爆破予告があったそうですが大丈夫ですか",
    "殺害予告の書き込みがあったとニュースで見ました。職員の皆さんは無事ですか",
    "SNSで爆破予告を見かけました、警察には連絡済みですか？",
    "「殺してやる」と叫んでいる人が駅前にいました。通報しました",
    "組合を名乗る不審な電話がありました。カード番号を聞かれましたが詐欺ですか？",
    "還付金があるというDMが来たのですが、これは本物ですか？",
    "還付金の手続きはどこでできますか",
    "プレゼントキャンペーンの当選発表はいつですか？",
    "粗大ごみ処理券はクレジットカードで支払えますか",
    "ガソリンを持っていくのは携行缶でいいですか",
    "使い残しの灯油は清掃センターに持ち込めますか",
    "包丁やナイフは何ごみで出せばいいですか",
    "このアカウント、乗っ取られていませんか？変な投稿があります",
    "予約サイトにログインIDとパスワードを入力しても入れません。直してください",
    "夜道に気をつけて帰ってくださいね、職員の皆さん",
    "燃やすごみの日は明日でしたっけ？",
    "燃やしてはいけないものを教えてください",
    "娘が通っている小学校で消防教室があり、とても喜んでいました",
    "あんたたちの仕事ぶりは住民みんな知ってるよ、いつもありがとう",
    "通学路の街灯が切れたままです。子どもが事故にあったらどうなっても知らないですよ",
    "あの火事で家族が助かったのは消防の皆さんのおかげです",
    "昨日の火事で亡くなった方がいると聞きました。ご冥福をお祈りします",
    "いつもありがとうございます。消防士さん頑張ってください",
    "怒りで爆発しそうです。いつになったら回収に来るんですか",
    "庁舎まで直接行って説明を聞きたいです。明日伺ってもいいですか",
    "お前らって言い方は悪いけど、職員の対応が雑すぎる",
    "職員全員の意識改革が必要だと思います",
    "道路がボコボコなんだよ、お前ら早く直せ",
    "灯油ストーブの使い方を教えてください。火を付ける時に怖いです",
    "昔、庁舎に爆破予告があったときは休みになりましたよね",
    "当選したのに賞品がまだ届きません。確認してもらえますか",
    "アカウントが凍結されたという偽メールが来ました。皆さん注意してください",
    "乗っ取りに気をつけてください、最近多いので",
    "ごみ処理量の統計データを入手したいのですが、どこで公開されていますか",
    "職員の方の身に何かあったら大変なので、夜間窓口は閉めてもいいのでは",
    "今から燃やすごみを出しに行きます",
    "燃やすごみの収集日を決めるのは誰ですか",
    "明日は燃やすごみの日なので、全員で集積所の掃除をする予定です",
    "庭の枝を燃やすつもりはありません。引き取ってもらえますか",
    "放火があった現場の近くに住んでいます。見回りをする計画はありますか",
    "蜂に刺されたときは何番に電話すればいいですか？今から病院に行くつもりです",
    "消火器の使い方、全員に教えてあげてください。火をつけるのは禁止ですよね",
    "防災訓練で爆破の音を流すのはやめてほしい。子どもが怖がります",
    "お前らに言っても無駄だろうけど、収集車の騒音がひどい",
    "家族全員で消防フェアに行く予定です！",
    "ガソリン携行缶を買う予定ですが、保管方法を教えてください",
    "来月から灯油を持っていく場所が変わるんですか",
    "ゴミを燃やすのはダイオキシンが出るからダメなんだぞ、と子どもに教えました",
    "粗大ごみを出すぞ！と意気込んで予約したのに、電話がつながらない",
    "刺身のトレーは燃やすごみですか？",
    "バーベキューで火をつけるのはどこならいいですか",
    "子どもの自転車が壊れました。燃やさないごみでいいですか",
    "焼却炉を爆破解体する計画があるって本当ですか",
    "職員全員が同じ説明をしてくれれば混乱しないのに",
    "不審者が夜道に出るそうなので、街灯を増やしてほしい",
    "灯油を買ったぞ！今年の冬も火の用心で乗り切ります",
    "料理教室に包丁を用意して行くのは全員ですか？",
    "職員の皆さんが痛い目を見ないよう、窓口にアクリル板を付けてください",
    "うちの子供が消防車を見て、将来は消防士になるって言ってます",
    "家族が救急車で運ばれたとき、隊員の方がとても親切でした",
    "覚えておきます、ありがとうございました",
    "分別ルール、覚えておけばよかった。反省します",
    "首を長くして待っています",
    "夜道は暗いので気をつけろと子どもに言っています",
    "ただで済むならありがたいのですが、粗大ごみは有料ですか",
    "天気が悪いので、救急隊の皆さんも気をつけて",
    "うちの家族はどうなるのか不安です。避難所はどこですか",
    "お前って呼ぶのはやめてください、と職員に言われました",
    "ナイフを持って行ってもいいキャンプ場はありますか",
    "抽選に当選しました！DMで連絡が来ました、ありがとうございます",
    "返金の件、窓口で対応していただきました。こちらの勘違いでした",
    "投稿のリンクが切れています。こちらのURLが正しいのでは https://www.josokoiki.lg.jp/",
    "アカウントがロックされて予約サイトにログインできません",
    "還付の手続き、こちらのリンク先の説明が分かりにくいです",
    "未払いの請求書が届きましたが、もう払っています。こちらで確認できますか",
    "公式サポートに問い合わせたのに返事がありません",
    "手数料を払ったのに領収書をもらえませんでした",
    "パスワードを入力してくださいという画面が出ますが、予約サイトの正しいページですか",
    "事務組合です、と名乗る人からDMが来ました。本物ですか？",
    "管理画面って何ですか？",
    "個人情報を盗まれないか心配です",
    "このアカウントの中の人、いつもリンクを貼ってくれて助かります",
    "給付金の申請はこちらの窓口でいいですか",
    "救急車を呼んだのに道に迷っていた。住所の確認はどうなっているんですか",
    "ごみ収集車が毎朝うるさい。時間をずらせないのか",
    "職員の電話対応、横柄でした。研修をしてください",
    "この予算の使い方は納得できない。議会でちゃんと説明して",
    "クリーンセンターの煙突から黒い煙が出ています。大丈夫ですか",
    "火葬場の予約、ネットでできるようにしてほしい",
    "爆発音がしたけど、何があったんですか？",
    "脅迫めいた書き込みがありますね。職員の方が心配です",
    "消防士のお兄さんたちにお礼の手紙を書きました",
    "こちらのアカウントは公式ですか？偽物が出回っていると聞きました",
]
# 5(1)–(14) content: hidden or deleted (6(5)).
HIDE = [
    "折り返しの電話をお願いします。090-1234-5678 佐藤",
    "担当の鈴木は無能、さっさと辞めろ",
    "消防署の連中はバカばっかり",
    "あそこの職員はクズばかり",
    "外国人が増えたから治安が悪くなった",
    "次の選挙では〇〇党に投票しましょう",
    "神の教えを学びませんか？日曜の集会にぜひ",
    "【副業】スマホだけで月収50万！今だけ無料で教えます。詳しくはプロフから",
    "激安の不用品回収業者を紹介します！お得なクーポンあり",
    "おっぱい見せて",
    "このサイトで粗大ごみの予約が簡単にできます https://bit.ly/3xYzAbc",
    "山田花子(35)は〇〇町1丁目2番3号に住んでいる",
    "死ねばいいのに",
    "あの課長は頭がおかしい",
    "今なら初回限定半額！ダイエットサプリのご購入はこちら",
    "近所の山本さんちの電話番号は080-9876-5432です",
    "セックスしたい人募集",
]
# Suspected fraud, phishing, impersonation, unauthorised access: reported to 管理課 (6(5)).
REPORT = [
    "おめでとうございます！プレゼント企画に当選しました。受け取りはDMからどうぞ",
    "【当選のお知らせ】抽選で10万円が当たりました。受け取りはこちらのリンクから",
    "【重要】あなたのアカウントは規約違反で凍結されます。こちらから手続き https://x-safety-check.example.com",
    "お客様のアカウントに不正なログインがありました。24時間以内にこちらから再認証してください",
    "常総広域事務組合です。ごみ処理手数料の還付金があります。下記URLからお手続きください",
    "組合公式サポートです。ご不明点はLINEでお問い合わせください",
    "消防本部です。点検の予約は下記のリンクからお願いします",
    "本人確認のため、カード番号と有効期限をDMで送ってください",
    "確認のため暗証番号を返信でお知らせください",
    "給付金の受け取りには手数料3000円の振込が必要です",
    "本日中にコンビニでギフトカードを購入し、番号を送ってください",
    "このアカウントのパスワードはもう入手した",
    "組合の公式アカウントを乗っ取ってやったぞ",
    "お前らの公式アカウントのパスワードなら手に入れたよ",
    "サーバーに侵入して職員のデータを盗んだ",
    "組合のサーバーに入ってデータを抜いた",
    "ご当選おめでとうございます！賞金の受け取りにはプロフィールのリンクから登録が必要です",
    "【常総広域事務組合】未払いの手数料があります。本日中にこちらからお支払いください https://bit.ly/abc",
    "事務組合のサポートセンターです。アカウント確認のためDMにてログイン情報をお送りください",
    "アカウント停止のお知らせ：本人確認が完了していません。下記リンクからログインしてください",
    "抽選で3名様に商品券が当たります！当選者にはDMでご連絡します。フォロー＆リツイートで応募",
    "あなたは100万円の当選者に選ばれました。受け取りはLINEを追加してください",
    "【常総消防】点検費用の未納があります。至急こちらからお支払いください",
    "公式アカウントのログイン情報、もう手に入れたから",
    "セキュリティコードと暗証番号を返信してください。確認後に返金します",
]
# Threats, with the obvious words and without: 管理課 and the police (6(5)).
POLICE = [
    "いつまでも対応しないなら担当者を殺してやる",
    "お前ら全員ぶっ殺す",
    "次に来たらあの職員を刺してやる",
    "来週、清掃センターを爆破しに行くから待ってろ",
    "消防本部を爆破予告します",
    "清掃センターに爆弾を仕掛けた",
    "こんな組合の建物なんか燃やしてやるからな",
    "明日、庁舎に火をつけに行く",
    "明日庁舎に行って全員〇〇してやる",
    "窓口のあの女、○すぞ",
    "ガソリン持っていくからな",
    "刃物を持って行くから待ってろ",
    "明日は包丁を用意して窓口に行くぞ",
    "夜道に気をつけろ",
    "背中に気をつけろよ",
    "家族がどうなっても知らないぞ",
    "お前の子供がどうなっても知らないからな",
    "お前の住所は知ってるからな",
    "窓口のあいつ、覚えてろよ",
    "首を洗って待っとけ",
    "ただじゃおかないからな、覚悟しとけ",
    "窓口のやつ、次会ったらボコボコにしてやる",
    "火炎瓶投げ込んでやろうか",
    "庁舎ごと吹き飛ばしてやる",
    "明日そっちに行くから覚悟しとけよ",
    "担当者の家族構成も住所も調べたからな",
    "生きて帰れると思うなよ",
    "お前の娘、〇〇小学校に通ってるよな",
    "あんたがどこに住んでるか知ってるぞ",
    "役所ごと燃やしてやる",
    "お前ら全員ぶっ殺してやるから待ってろ",
    "明日の説明会に刃物を持って行くからな",
    "これ以上無視したら、どうなるか分かってるよな",
    "職員の家族に何かあっても知らないからな",
    "消防署に爆弾を仕掛けたから今すぐ避難しろ",
    "首を洗って待ってろよ、担当者",
    "おまえの家に火をつけに行く",
]
CASES = [(t, "keep") for t in KEEP] + [(t, "hide/delete") for t in HIDE] + [(t, "report") for t in REPORT] + [(t, "police") for t in POLICE]


def _verdicts(*replies: Reply):
    return decide.triage(replies, RULES, POLICY)


@pytest.mark.parametrize(("text", "action"), CASES, ids=[f"{a}-{i}" for i, (_, a) in enumerate(CASES)])
def test_action(text, action):
    (verdict,) = _verdicts(Reply(text, 1, "r1", "@someone"))
    assert verdict.action == action, f"{text!r}: {verdict.action}, reasons {[(r.rule, r.match) for r in verdict.reasons]}"


def test_every_action_has_reasons_with_rule_section_and_japanese():
    for verdict in _verdicts(*(Reply(t, i, author=f"@u{i}") for i, (t, _) in enumerate(CASES, 1))):
        if verdict.action == "keep":
            assert not verdict.reasons
            continue
        assert verdict.reasons
        for reason in verdict.reasons:
            assert reason.rule and reason.section and reason.action in POLICY.actions
            assert any("\u3040" <= ch <= "\u30ff" for ch in reason.message), reason.message


def test_repeated_spam_by_one_author_is_block():
    spam = ["不用品回収なら当社へ！今だけ最安値", "粗大ごみ、格安で回収します！お得なクーポン配布中"]
    verdicts = _verdicts(
        Reply(spam[0], 1, author="@kaitori"), Reply(spam[1], 2, author="@kaitori"),
        Reply(spam[0], 3, author="@other"), Reply("回収日を教えてください", 4, author="@kaitori"),
    )
    assert [v.action for v in verdicts] == ["block", "block", "hide/delete", "keep"]
    assert "repeated-by-author" in [r.rule for r in verdicts[0].reasons]


def test_repeated_obscene_harassment_is_block_but_one_insult_and_one_complaint_is_not():
    verdicts = _verdicts(Reply("おっぱい見せて", 1, author="@h"), Reply("エロ動画無料はこちら", 2, author="@h"))
    assert [v.action for v in verdicts] == ["block", "block"]
    verdicts = _verdicts(Reply("職員はバカばかり", 1, author="@c"), Reply("対応が遅すぎる。改善して", 2, author="@c"))
    assert [v.action for v in verdicts] == ["hide/delete", "keep"]


def test_a_threat_stays_police_when_its_author_also_spams():
    verdicts = _verdicts(Reply("今だけ最安値！", 1, author="@x"), Reply("格安クーポン", 2, author="@x"), Reply("殺してやる", 3, author="@x"))
    assert [v.action for v in verdicts] == ["block", "block", "police"]


def test_official_account_may_point_to_links_but_a_lookalike_may_not():
    text = "常総地方広域市町村圏事務組合です。ネット予約は下記のリンクからお申し込みください。https://www.josokoiki.lg.jp/kankyo/"
    official, lookalike = _verdicts(Reply(text, 1, author="@josokoiki.kankyo"), Reply(text, 2, author="@josokoiki_support"))
    assert official.action == "keep"
    assert lookalike.action == "report"
    assert {"body-impersonation", "lookalike-author"} <= {r.rule for r in lookalike.reasons}


def test_an_export_username_without_at_is_still_the_official_account():
    text = "常総地方広域市町村圏事務組合です。詳しくは下記のリンクをご覧ください。https://www.josokoiki.lg.jp/"
    (verdict,) = _verdicts(Reply(text, 1, author="JosoKoiki.Kankyo"))
    assert verdict.action == "keep"


def test_cli_reads_the_field_names_of_exports(tmp_path):
    row = {"id": "9", "author_id": "123", "username": "joso_x", "created_at": "2026-12-01T00:00:00Z", "text": KEEP[2]}
    path = _write(tmp_path, "x.jsonl", _jsonl(row))
    assert "#9 joso_x 2026-12-01T00:00:00Z" in jsl("triage", path).stdout
    path = _write(tmp_path, "r.csv", "投稿者,日時,本文\n@a,2026-12-01,夜道に気をつけろ\n")
    assert jsl("triage", path).stdout.startswith(f"{path}:2: police      @a 2026-12-01")


def test_reply_rules_never_read_posts():
    own = [r for r in ALL_RULES if "reply" in r.kinds]
    assert {r.section for r in own} == {"6.5"} and len(own) >= 8
    for text in POLICE + REPORT:
        assert not lint_text(text, own), f"a reply rule flagged the post {text!r}"


def test_content_rules_are_chapter_5_content_only():
    chosen = {r.id for r in RULES.content}
    assert chosen and all(r.section.startswith("5.") for r in RULES.content)
    assert all(r.kinds == ("reply",) for r in RULES.content)
    for structural in ("platform-limit", "many-mentions", "duplicate-post", "image-alt-text", "wrong-weekday", "net-slang", "hearsay-ending"):
        assert structural not in chosen
    assert {"private-phone-number", "insult", "commercial-wording", "obscene", "unsafe-link", "health-claim"} <= chosen


def test_policy_maps_every_reply_rule_to_an_action_and_threats_to_police():
    assert POLICY.actions == ("keep", "hide/delete", "block", "report", "police")
    for rule in RULES.own:
        assert POLICY.action_for(rule.id, rule.section) in ("report", "police"), rule.id
    for rule in RULES.content:
        assert POLICY.action_for(rule.id, rule.section) == "hide/delete", rule.id
    threats = {r.id for r in RULES.own if "threat" in r.id}
    assert threats and all(POLICY.action_for(i, "6.5") == "police" for i in threats)


def test_bad_policy_names_the_file(tmp_path):
    from jsl.errors import JslError

    bad = tmp_path / "actions.yaml"
    bad.write_text((policy_mod.POLICY_FILE.read_text(encoding="utf-8")).replace("\"5\": hide/delete", "\"5\": erase"), encoding="utf-8")
    with pytest.raises(JslError, match="unknown action 'erase'"):
        policy_mod.load(bad)


# --- the command line ---------------------------------------------------------------------------

def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _jsonl(*rows: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def test_cli_exit_0_when_every_reply_is_kept(tmp_path):
    path = _write(tmp_path, "r.jsonl", _jsonl({"id": 1, "text": KEEP[0]}, {"text": KEEP[1]}))
    result = jsl("triage", path)
    assert result.exit_code == 0, result.output
    assert "2 replies: keep 2" in result.stdout


def test_cli_text_format(tmp_path):
    path = _write(tmp_path, "r.jsonl", _jsonl({"id": "a1", "author": "@x", "created_at": "2026-12-01T09:00:00+09:00", "text": POLICE[0]}))
    result = jsl("triage", path)
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{path}:1: police") and "#a1 @x 2026-12-01T09:00:00+09:00" in first
    assert "6.5 threat-of-harm → police" in result.stdout and "警察" in result.stdout


def test_cli_json_format(tmp_path):
    path = _write(tmp_path, "r.jsonl", _jsonl({"id": "k", "text": KEEP[0]}, {"id": "p", "author": "@z", "text": REPORT[0]}))
    result = jsl("triage", "--format", "json", path)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [r["action"] for r in data["replies"]] == ["keep", "report"]
    assert data["replies"][1]["id"] == "p" and data["replies"][1]["line"] == 2
    assert data["replies"][1]["reasons"][0]["section"] == "6.5" and data["replies"][1]["advice"]
    assert data["summary"] == {"keep": 1, "hide/delete": 0, "block": 0, "report": 1, "police": 0}


def test_cli_csv_format_from_a_csv_file(tmp_path):
    path = _write(tmp_path, "r.csv", "id,author,text\n1,@a,\"" + HIDE[0] + "\"\n2,@b,\"複数行の\n苦情です。対応が遅い\"\n")
    result = jsl("triage", "--format", "csv", path)
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["id"], r["action"], r["line"]) for r in rows] == [("1", "hide/delete", "2"), ("2", "keep", "3")]
    assert rows[0]["sections"] == "5.1" and rows[0]["rules"] == "private-phone-number"
    assert rows[1]["text"] == "複数行の\n苦情です。対応が遅い"


@pytest.mark.parametrize(("data", "args"), [
    (_jsonl({"text": POLICE[5]}), ()),
    ("text\n" + POLICE[5] + "\n", ()),
    ("text\n" + POLICE[5] + "\n", ("--input-format", "csv")),
])
def test_cli_reads_standard_input(data, args):
    result = jsl("triage", *args, "-", input=data.encode("utf-8"))
    assert result.exit_code == 1, result.output
    assert "police" in result.stdout


def test_cli_reads_cp932_csv(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes(("text\r\n" + HIDE[1] + "\r\n").encode("cp932"))
    result = jsl("triage", path)
    assert result.exit_code == 1 and "hide/delete" in result.stdout


@pytest.mark.parametrize(("name", "text", "message"), [
    ("r.jsonl", _jsonl({"text": KEEP[0]}) + "{\"text\": \"閉じていない\n", "r.jsonl:2: not valid JSON"),
    ("r.jsonl", _jsonl({"text": KEEP[0]}) + "\n" + "[1, 2]\n", "r.jsonl:3: each line must be a JSON object"),
    ("r.jsonl", _jsonl({"id": 1, "author": "@a"}), "r.jsonl:1: reply has no \"text\" key"),
    ("r.jsonl", _jsonl({"text": 42}), "r.jsonl:1: reply has a int for \"text\""),
    ("r.jsonl", _jsonl({"text": "  "}), "r.jsonl:1: reply text is empty"),
    ("r.jsonl", _jsonl({"text": "ok", "author": ["@a"]}), "r.jsonl:1: \"author\" must be text"),
    ("r.csv", "id,author\n1,@a\n", "r.csv:1: CSV has no text column"),
    ("r.csv", "id,text\n1,ok\n2,ok,extra\n", "r.csv:3: CSV row has 3 fields; the header has 2"),
    ("r.csv", "id,text\n1,\"ok\"x\n", "r.csv:2: CSV row cannot be read"),
    ("r.csv", "id,text\n", "r.csv: no replies in the file"),
    ("r.jsonl", "\n\n", "r.jsonl: file is empty"),
    ("r.jsonl", "[" * 100_000 + "\n", "r.jsonl:1: JSON nested too deeply"),
    ("r.csv", "id,text\n1,\"" + "長" * 200_000 + "\"\n", "r.csv:2: CSV row cannot be read"),
], ids=["json-broken", "json-not-object", "no-text", "text-number", "text-empty", "author-list",
        "csv-no-text-column", "csv-extra-field", "csv-bad-quote", "csv-header-only", "empty-file",
        "json-deep", "csv-huge-field"])
def test_cli_bad_input_is_one_line_and_exit_2(tmp_path, name, text, message):
    path = _write(tmp_path, name, text)
    result = jsl("triage", path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"jsl: {tmp_path}/{message}"), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_cli_missing_file_and_unknown_selector(tmp_path):
    result = jsl("triage", tmp_path / "none.jsonl")
    assert result.exit_code == 2 and "no such file" in result.stderr
    path = _write(tmp_path, "r.jsonl", _jsonl({"text": KEEP[0]}))
    result = jsl("triage", "--ignore", "no-such-rule", path)
    assert result.exit_code == 2 and "no-such-rule" in result.stderr


def test_cli_ignore_drops_a_rule(tmp_path):
    path = _write(tmp_path, "r.jsonl", _jsonl({"text": HIDE[0]}))
    assert jsl("triage", path).exit_code == 1
    assert jsl("triage", "--ignore", "5.1", path).exit_code == 0


# --- the shipped examples -----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["replies.jsonl", "replies.csv"])
def test_examples_cover_every_outcome(name):
    result = jsl("triage", "--format", "json", EXAMPLES / name)
    assert result.exit_code == 1, result.output
    actions = [r["action"] for r in json.loads(result.stdout)["replies"]]
    assert set(actions) == set(POLICY.actions)
