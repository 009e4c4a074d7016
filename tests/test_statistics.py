"""jsl check --statistics: counts per rule and per section after the text report, most frequent first."""
from __future__ import annotations

from jslrun import here, jsl  # noqa: F401 (here is a fixture)

PHONE = "連絡は090-1234-5678へ"  # fixture-number (5.1, error)
SALE = "今だけのご案内"  # fixture-sale (5.7, warning)


def table(output: str, heading: str) -> list[list[str]]:
    lines = output.split(heading + "\n", 1)[1].split("\n\n", 1)[0].splitlines()
    return [line.split(maxsplit=3) for line in lines if line.strip()]


def posts(folder, *texts: str) -> None:
    for n, text in enumerate(texts):
        (folder / f"p{n}.md").write_text(text + "\n", encoding="utf-8")


def test_counts_per_rule_and_section_sorted_by_count(here):
    posts(here, PHONE, PHONE, PHONE, SALE)
    result = jsl("check", "--statistics", ".")
    assert result.exit_code == 1
    report, _, stats = result.stdout.partition("Findings per rule:")
    assert "4 files checked" in report and "4 files checked" not in stats  # after the normal report
    assert table(result.stdout, "Findings per rule:") == [
        ["3", "fixture-number", "5.1", "テスト用の携帯電話番号"],
        ["1", "fixture-sale", "5.7", "テスト用の宣伝の言い回し"],
    ]
    sections = table(result.stdout, "Findings per section:")
    assert [row[:2] for row in sections] == [["3", "5.1"], ["1", "5.7"]]
    assert sections[0][2].startswith("個人又は団体の秘密")  # the guideline's words for 5.1


def test_ties_keep_section_order(here):
    posts(here, SALE, PHONE)
    rows = table(jsl("check", "--statistics", ".").stdout, "Findings per rule:")
    assert [row[1] for row in rows] == ["fixture-number", "fixture-sale"]


def test_no_findings_no_tables(here):
    posts(here, "本日は晴れです。")
    result = jsl("check", "--statistics", ".")
    assert result.exit_code == 0 and "Findings per" not in result.stdout


def test_text_format_only(here):
    posts(here, PHONE)
    result = jsl("check", "--statistics", "--format", "json", ".")
    assert result.exit_code == 2 and "--format text only" in result.stderr


def test_exit_status_unchanged(here):
    posts(here, SALE)  # a warning: below the default --fail-on error
    assert jsl("check", "--statistics", ".").exit_code == 0
