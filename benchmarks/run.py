"""Whole-process benchmark figures for jsl (median of several runs). Prints; asserts nothing.

    python benchmarks/run.py                # generates posts into a temporary folder
    python benchmarks/run.py --runs 5 --count 10000

1. one draft: `jsl check draft.txt` on a 300-character post, start to exit
2. a folder of N posts: `jsl check --format json FOLDER`
3. the floor: read the same N files, NFKC-normalize and tokenize them (fugashi + unidic-lite), nothing else;
   and the floor again reading each word's lemma and part of speech, which any lemma-based rule must do
Peak memory is the resident set of the command's own process (wait4's ru_maxrss); worker processes are listed apart when used.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DRAFT = (
    "【救命講習のお知らせ】12月12日(土)午前9時から正午まで、取手消防署で普通救命講習を行います。"
    "胸骨圧迫とAEDの使い方を、消防職員が分かりやすく指導します。受講料は無料、定員は20名です。"
    "動きやすい服装でお越しください。お申し込みは取手消防署(0297-72-0119)へお電話で。"
    "詳しくは組合ホームページをご覧ください。https://www.josokoiki.lg.jp/kyukyu/koshu.html "
    "寒い時期です。ストーブの周りに燃えやすい物を置かないようにしましょう。住宅用火災警報器は"
    "10年を目安に交換してください。火事・救急は119番へ。"
)
FLOOR = """
import sys, unicodedata, pathlib, fugashi
tagger = fugashi.Tagger()
n = 0
for path in sorted(pathlib.Path(sys.argv[1]).glob('*.md')):
    text = unicodedata.normalize('NFKC', path.read_text(encoding='utf-8'))
    n += sum(1 for _ in tagger(text))
print(n, file=sys.stderr)
"""
# The same, reading each word's lemma and part of speech: the least any lemma-based rule needs.
FLOOR_WITH_LEMMAS = FLOOR.replace("n += sum(1 for _ in tagger(text))", "n += sum(1 for w in tagger(text) if (w.feature.lemma, w.feature.pos1, w.feature.pos2))")


def timed(argv: list[str], env: dict | None = None, cwd: str | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one command run in a fresh child."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    _, _, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = 0  # reaped by wait4
    return seconds, usage.ru_maxrss // 1024


def median_run(argv: list[str], runs: int, env: dict | None = None, cwd: str | None = None) -> tuple[float, int]:
    results = [timed(argv, env, cwd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--jsl", default=shutil.which("jsl") or "jsl")
    args = ap.parse_args()
    args.jsl = os.path.abspath(shutil.which(args.jsl) or args.jsl)  # runs below change folder
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "posts"
        subprocess.run([python, str(HERE / "generate.py"), str(folder), "--count", str(args.count)], check=True, stdout=subprocess.DEVNULL)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.md"))
        draft = Path(tmp) / "draft.txt"
        draft.write_text(DRAFT[:300], encoding="utf-8")
        print(f"jsl benchmark on {os.cpu_count()} cores; median of {args.runs} runs")
        cold_env = dict(os.environ, JSL_NO_CACHE="1")  # results cache off: every file is linted
        seconds, peak = median_run([args.jsl, "check", str(draft)], max(args.runs, 5), cold_env)
        print(f"1. one draft ({len(DRAFT[:300])} characters):        {seconds:7.3f} s   peak {peak} MB   (target < 0.25 s)")
        cold, cold_peak = median_run([args.jsl, "check", "--format", "json", str(folder)], args.runs, cold_env)
        one_core, _ = median_run([args.jsl, "check", "--format", "json", str(folder)], 1, dict(cold_env, JSL_JOBS="1"))
        warm_env = dict(os.environ)
        warm_env.pop("JSL_NO_CACHE", None)
        subprocess.run([args.jsl, "check", "--format", "json", str(folder)], stdout=subprocess.DEVNULL, env=warm_env, cwd=tmp)
        warm, _ = median_run([args.jsl, "check", "--format", "json", str(folder)], args.runs, warm_env, cwd=tmp)
        floor, floor_peak = median_run([python, "-c", FLOOR, str(folder)], args.runs)
        lemmas, _ = median_run([python, "-c", FLOOR_WITH_LEMMAS, str(folder)], args.runs)
        print(f"2. folder of {args.count:,} posts ({chars:,} characters): {cold:7.2f} s   peak {cold_peak} MB (parent process)   (target ≤ 1.5 × floor, < 300 MB)")
        print(f"   the same on one core (JSL_JOBS=1):       {one_core:7.2f} s")
        print(f"   again with the results cache warm:       {warm:7.2f} s")
        print(f"3. floor: read + NFKC + tokenize:            {floor:7.2f} s   peak {floor_peak} MB")
        print(f"   the floor reading lemmas and parts of speech: {lemmas:7.2f} s   ({lemmas / floor:.1f} × the floor)")
        print(f"   ratio folder / floor:                    {cold / floor:7.2f}")


if __name__ == "__main__":
    main()
