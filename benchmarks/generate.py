"""Deterministic generator of realistic posts for the benchmark (no corpus text is copied)."""
from __future__ import annotations

import argparse
import random
from pathlib import Path

ACCOUNTS = ["@josokoiki.fire", "@josokoiki.kankyo", "@josokoiki.somu", "@josokoiki.kyukyu", "@josokoiki.yobo"]
PLATFORMS = ["x", "instagram", "facebook", "line"]
OPENERS = ["【お知らせ】", "【火災予防】", "【救命講習】", "【ごみ収集】", "【斎場】", "【防災訓練】", ""]
SENTENCES = [
    "空気が乾燥し、火災が発生しやすい季節になりました。",
    "ストーブの周りに燃えやすい物を置かないようにしましょう。",
    "住宅用火災警報器は10年を目安に交換してください。",
    "粗大ごみの収集は事前の申し込みが必要です。",
    "粗大ごみ処理券は市内の取扱店でお求めいただけます。",
    "救命講習では胸骨圧迫とAEDの使い方を学べます。",
    "受講料は無料です。どなたでもご参加いただけます。",
    "当日は会場周辺で交通規制を行います。",
    "お車でお越しの方は臨時駐車場をご利用ください。",
    "詳しくは組合ホームページをご覧ください。",
    "火事・救急は119番へ通報してください。",
    "大雨の前に側溝や雨どいの落ち葉を取り除きましょう。",
    "ハザードマップで避難場所を確認しておきましょう。",
    "熱中症を防ぐため、こまめに水分を補給してください。",
    "年末年始はクリーンセンターへの持ち込みが混み合います。",
    "消防団員を募集しています。お近くの消防署へご相談ください。",
    "資源ごみは決められた日の朝8時までに出してください。",
    "不審な電話にご注意ください。",
]
PLACES = ["取手消防署", "守谷消防署", "常総消防署", "つくばみらい消防署", "クリーンセンター", "斎場", "消防本部"]
LINKS = ["https://www.josokoiki.lg.jp/", "https://www.josokoiki.lg.jp/kyukyu/koshu.html", ""]


def post(rng: random.Random, n: int, target: int = 150) -> str:
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    meta = (
        f"---\nplatform: {rng.choice(PLATFORMS)}\naccount: '{rng.choice(ACCOUNTS)}'\n"
        f"scheduled_at: '2027-{month:02d}-{day:02d}T09:00:00+09:00'\n"
    )
    if rng.random() < 0.3:
        meta += f"images:\n  - src: photo_{n}.jpg\n    alt: 訓練で放水する消防隊員\n"
    meta += "---\n"
    body = rng.choice(OPENERS) + f"{month}月{day}日、{rng.choice(PLACES)}で"
    for sentence in rng.sample(SENTENCES, len(SENTENCES)):
        if len(body) >= target:
            break
        body += sentence
    body += rng.choice(LINKS)
    return meta + body + f"(No.{n})\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    args.folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(args.count):
        text = post(rng, n)
        total += len(text)
        (args.folder / f"post{n:05d}.md").write_text(text, encoding="utf-8")
    print(f"wrote {args.count} posts, {total:,} characters, to {args.folder}")


if __name__ == "__main__":
    main()
