"""--fix and --diff: safe fixes only, idempotent, encoding/BOM/line ends kept, atomic writes."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from jsl import fix
from jsl.findings import Finding, Fix, Position, Severity
from jsl.text import Source
from jslrun import jsl

RULES = ("--select", "enclosed-characters,fancy-letters,halfwidth-katakana,wrong-weekday")
WEEKDAY = "---\nscheduled_at: 2027-12-01T09:00:00+09:00\n---\n歳末特別警戒を12月14日（月）から始めます。\n"


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "jsl.toml").write_text("# defaults\n", encoding="utf-8")
    return tmp_path


def run(*args, input=None):
    return jsl("check", *RULES, *args, input=input)


def temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".jsl-fix")]


# --- what --fix changes --------------------------------------------------------------------------

def test_fix_rewrites_enclosed_fancy_and_halfwidth_and_reports_nothing_left(folder):
    (folder / "a.md").write_text("①受付 ②問診\nｼｮｳﾎﾞｳ訓練 𝐒𝐚𝐟𝐞𝐭𝐲 のお知らせ\n", encoding="utf-8")
    result = run("--fix", "a.md")
    assert result.exit_code == 0
    assert (folder / "a.md").read_text(encoding="utf-8") == "(1)受付 (2)問診\nショウボウ訓練 Safety のお知らせ\n"
    assert "4 fixes applied" in result.stderr
    assert "0 errors, 0 warnings, 0 info" in result.stdout


def test_fix_corrects_a_certain_weekday(folder):
    (folder / "w.md").write_text(WEEKDAY, encoding="utf-8")
    assert run("--fix", "w.md").exit_code == 0
    assert "12月14日（火）" in (folder / "w.md").read_text(encoding="utf-8")


def test_fix_reports_the_findings_that_remain(folder):
    (folder / "a.md").write_text("①受付の連絡は090-1234-5678へ\n", encoding="utf-8")
    result = jsl("check", "--select", "4.6,5.1", "--format", "json", "--fix", "a.md")
    assert "(1)受付" in (folder / "a.md").read_text(encoding="utf-8")
    assert '"enclosed-characters"' not in result.stdout
    assert '"section": "5.1"' in result.stdout
    assert result.exit_code == 1
    assert "applied" not in result.stderr  # the count is for --format text only


def test_fix_is_idempotent(folder):
    (folder / "a.md").write_text("①受付 ｶﾞｲﾄﾞ 𝘚𝘶𝘮𝘮𝘦𝘳\n" + WEEKDAY.split("---\n")[-1], encoding="utf-8")
    run("--fix", "a.md")
    once = (folder / "a.md").read_bytes()
    second = run("--fix", "a.md")
    assert (folder / "a.md").read_bytes() == once
    assert "0 fixes applied" in second.stderr
    assert run("--diff", "a.md").exit_code == 0


def test_clean_file_is_not_rewritten(folder):
    path = folder / "a.md"
    path.write_text("本日は晴れです。\n", encoding="utf-8")
    os.utime(path, (1_000_000, 1_000_000))
    assert run("--fix", "a.md").exit_code == 0
    assert path.stat().st_mtime == 1_000_000


# --- bytes kept ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "bom, encoding",
    [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (b"", "cp932")],
)
def test_fix_keeps_encoding_bom_and_crlf(folder, bom, encoding):
    before, after = "お知らせです。\r\n①受付\r\nｺﾞﾐの日\r\n\r\n", "お知らせです。\r\n(1)受付\r\nゴミの日\r\n\r\n"
    (folder / "a.txt").write_bytes(bom + before.encode(encoding))
    assert run("--fix", "a.txt").exit_code == 0
    assert (folder / "a.txt").read_bytes() == bom + after.encode(encoding)


def test_fix_keeps_lone_cr_and_missing_final_newline(folder):
    (folder / "a.txt").write_bytes("一行目\r二行目①".encode("utf-8"))
    run("--fix", "a.txt")
    assert (folder / "a.txt").read_bytes() == "一行目\r二行目(1)".encode("utf-8")


def test_fix_keeps_file_mode_and_follows_links(folder):
    target = folder / "real.md"
    target.write_text("①受付\n", encoding="utf-8")
    target.chmod(0o640)
    (folder / "link.md").symlink_to(target)
    assert run("--fix", "link.md").exit_code == 0
    assert (folder / "link.md").is_symlink()
    assert target.read_text(encoding="utf-8") == "(1)受付\n"
    assert target.stat().st_mode & 0o777 == 0o640


def test_fix_inside_quoted_csv_cells(folder):
    (folder / "p.csv").write_text('id,text\n1,"①受付, ｶﾀｶﾅ ""引用""です"\n2,普通の投稿です。\n', encoding="utf-8")
    assert run("--fix", "p.csv").exit_code == 0
    assert (folder / "p.csv").read_text(encoding="utf-8") == 'id,text\n1,"(1)受付, カタカナ ""引用""です"\n2,普通の投稿です。\n'


# --- --diff --------------------------------------------------------------------------------------

def test_diff_prints_changes_writes_nothing_and_exits_1(folder):
    (folder / "a.md").write_text("①受付\n本文\n", encoding="utf-8")
    before = (folder / "a.md").read_bytes()
    result = run("--diff", "a.md")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:4] == ["--- a/a.md", "+++ b/a.md", "@@ -1,2 +1,2 @@", "-①受付"]
    assert "+(1)受付" in result.stdout
    assert (folder / "a.md").read_bytes() == before
    assert temp_files(folder) == []


def test_diff_wins_over_fix_and_exits_0_when_nothing_to_change(folder):
    (folder / "a.md").write_text("①受付\n", encoding="utf-8")
    (folder / "b.md").write_text("本日は晴れです。\n", encoding="utf-8")
    assert run("--diff", "--fix", "a.md").exit_code == 1
    assert (folder / "a.md").read_text(encoding="utf-8") == "①受付\n"
    result = run("--diff", "b.md")
    assert (result.exit_code, result.stdout) == (0, "")


def test_diff_marks_a_missing_final_newline(folder):
    (folder / "a.md").write_text("①受付", encoding="utf-8")
    assert "\\ No newline at end of file" in run("--diff", "a.md").stdout


# --- standard input ------------------------------------------------------------------------------

def test_fix_on_stdin_prints_the_fixed_text_and_reports_on_stderr(folder):
    result = run("--fix", "-", input="ｺﾞﾐ①\n".encode("utf-8"))
    assert result.stdout == "ゴミ(1)\n"
    assert "1 file checked" in result.stderr and result.exit_code == 0


def test_fix_on_stdin_with_other_paths_is_refused(folder):
    (folder / "a.md").write_text("①受付\n", encoding="utf-8")
    result = run("--fix", "-", "a.md", input="①")
    assert result.exit_code == 2
    assert "--fix with - " in result.stderr
    assert (folder / "a.md").read_text(encoding="utf-8") == "①受付\n"


# --- failures leave the original -----------------------------------------------------------------

def test_failed_rename_leaves_original_and_exits_2(folder, monkeypatch):
    (folder / "a.md").write_text("①受付\n", encoding="utf-8")
    (folder / "b.md").write_text("②問診\n", encoding="utf-8")
    before = (folder / "a.md").read_bytes()

    def refuse(src, dst):
        if dst.endswith("a.md"):
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    real_replace = os.replace
    monkeypatch.setattr(os, "replace", refuse)
    result = run("--fix", "a.md", "b.md")
    assert result.exit_code == 2
    assert (folder / "a.md").read_bytes() == before
    assert (folder / "b.md").read_text(encoding="utf-8") == "(2)問診\n"  # the other file is still fixed
    errors = [line for line in result.stdout.splitlines() if line.startswith("error")]
    assert errors == ["error: a.md: cannot be fixed: Permission denied; the file is unchanged"]
    assert "1 fix applied" in result.stderr
    assert temp_files(folder) == []


def test_interrupted_write_leaves_original_and_no_temp_file(folder, monkeypatch):
    path = folder / "a.md"
    path.write_text("①受付\n", encoding="utf-8")
    source = Source.of("a.md", "①受付\n")

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        fix.write(str(path), source, "(1)受付\n")
    assert path.read_text(encoding="utf-8") == "①受付\n"
    assert temp_files(folder) == []


def test_file_changed_since_read_is_not_overwritten(folder):
    path = folder / "a.md"
    path.write_text("①受付 書き換え後\n", encoding="utf-8")
    with pytest.raises(Exception, match="changed since it was read"):
        fix.write(str(path), Source.of("a.md", "①受付\n"), "(1)受付\n")
    assert path.read_text(encoding="utf-8") == "①受付 書き換え後\n"


# --- choosing edits ------------------------------------------------------------------------------

def finding(start: int, end: int, replacement: str, safe: bool = True) -> Finding:
    here = Position(1, start + 1)
    return Finding("a.md", here, here, "r", "4.6", Severity.WARNING, "m", "x", start, end, Fix(replacement, safe))


def test_only_safe_fixes_are_applied():
    source = Source.of("a.md", "あいうえお")
    chosen = fix.edits(source, [finding(0, 1, "ア", safe=False), finding(2, 3, "ウ")])
    assert fix.apply(source.text, chosen) == "あいウえお"


def test_overlapping_fixes_do_not_corrupt_text():
    source = Source.of("a.md", "abcdefgh")
    found = [finding(5, 7, "FG"), finding(1, 4, "BCD"), finding(2, 6, "XXXX"), finding(1, 4, "BCD")]
    chosen = fix.edits(source, found)
    assert [(e.start, e.end) for e in chosen] == [(1, 4), (5, 7)]
    assert fix.apply(source.text, chosen) == "aBCDeFGh"


def test_length_changing_fixes_apply_right_to_left():
    source = Source.of("a.md", "①と②と③")
    chosen = fix.edits(source, [finding(4, 5, "(3)"), finding(0, 1, "(1)"), finding(2, 3, "(2)")])
    assert fix.apply(source.text, chosen) == "(1)と(2)と(3)"


def test_csv_fixes_that_would_break_a_cell_are_skipped():
    source = Source.of("p.csv", 'id,text\n1,"ab"\n')
    assert fix.edits(source, [finding(11, 12, 'a,"')], csv=True) == []
    assert fix.edits(source, [finding(11, 12, "a\nb")], csv=True) == []
    assert len(fix.edits(source, [finding(11, 12, 'a,"')], csv=False)) == 1


def test_fixes_the_encoding_cannot_hold_are_skipped():
    source = Source.of("a.txt", "あい", encoding="cp932")
    assert fix.edits(source, [finding(0, 1, "𝐀")]) == []


def test_suppressed_findings_are_not_fixed(folder):
    text = "<!-- jsl-disable-next-line enclosed-characters -->\n①受付\n②問診\n"
    (folder / "a.md").write_text(text, encoding="utf-8")
    run("--fix", "a.md")
    assert (folder / "a.md").read_text(encoding="utf-8") == text.replace("②", "(2)")


def test_per_file_ignores_hold_when_fixing(folder):
    (folder / "jsl.toml").write_text('[per-file-ignores]\n"keep.md" = ["4.6"]\n', encoding="utf-8")
    (folder / "keep.md").write_text("①受付\n", encoding="utf-8")
    assert run("--diff", "keep.md").exit_code == 0
    run("--fix", "keep.md")
    assert (folder / "keep.md").read_text(encoding="utf-8") == "①受付\n"
