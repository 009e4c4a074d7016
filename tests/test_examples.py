"""examples/: every file reads, clean drafts stay clean, and the drafts with violations are flagged.

The expectations come from the table in examples/README.md, so the folder documents itself.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from jsl.files import POST_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*(clean|flagged)\s*\|([^|]*)\|")
# the rules that exist since the engine was built: a violation written for one must be found by it
# (by that rule, or by the rule that took its name as an alias)
RULE_FOR_SECTION = {"4.6": "image-alt-text", "5.1": "mobile-number", "5.7": "commercial-wording"}


def _named(name: str) -> set[str]:
    """The ids of the rule called `name` now: its id, or the id of the rule that lists it in aliases."""
    from jsl import rules

    return {r.id for r in rules.load_builtin() if name == r.id or name in r.aliases} or {name}


def _table() -> dict[str, tuple[str, set[str]]]:
    table = {}
    for line in (EXAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            table[m.group(1)] = (m.group(2), set(m.group(3).replace(",", " ").split()))
    return table


TABLE = _table()
CLEAN = sorted(name for name, (kind, _) in TABLE.items() if kind == "clean")
FLAGGED = sorted((name, section) for name, (kind, sections) in TABLE.items() if kind == "flagged" for section in sections)


@pytest.fixture(scope="module")
def report() -> dict:
    """`jsl check --format json examples/`, run as a user runs it (from the top of the checkout)."""
    done = subprocess.run(
        [sys.executable, "-m", "jsl", "check", "--format", "json", "examples/"],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    assert done.returncode in (0, 1), f"exit status {done.returncode}: {done.stderr}"
    data = json.loads(done.stdout)
    by_file: dict[str, list[dict]] = {}
    for finding in data["findings"]:
        name = Path(os.path.relpath(ROOT / finding["path"], EXAMPLES)).as_posix()
        by_file.setdefault(name, []).append(finding)
    data["by_file"] = by_file
    return data


def test_table_lists_every_example():
    on_disk = sorted(
        p.relative_to(EXAMPLES).as_posix()
        for p in EXAMPLES.rglob("*")
        if p.is_file() and p.suffix.lower() in POST_SUFFIXES and p.name != "README.md"
    )
    assert sorted(TABLE) == on_disk, "examples/README.md must list every example file, and only those"
    assert CLEAN and FLAGGED


def test_every_file_reads(report):
    assert report["errors"] == [], f"files jsl could not read: {report['errors']}"
    assert report["files"] == len(TABLE) + 1  # and examples/README.md


def test_readme_is_not_linted(report):
    assert report["by_file"].get("README.md", []) == [], "examples/jsl.toml should skip examples/README.md"


@pytest.mark.parametrize("name", CLEAN)
def test_clean_stays_clean(report, name):
    found = [f for f in report["by_file"].get(name, []) if f["severity"] in ("error", "warning")]
    shown = [(f["line"], f["rule"], f["match"]) for f in found]
    assert not found, f"examples/{name} is listed as clean but was flagged: {shown}"


@pytest.mark.parametrize(("name", "section"), FLAGGED)
def test_violation_is_flagged(report, name, section):
    found = report["by_file"].get(name, [])
    rule = RULE_FOR_SECTION.get(section)
    if rule is None:
        assert any(f["section"] == section for f in found), f"examples/{name} is not flagged for {section}"
    else:
        assert any(f["rule"] in _named(rule) for f in found), f"examples/{name} is not flagged by {rule} ({section})"


def test_cp932_row_is_found_where_it_is(report):
    path = EXAMPLES / "schedules" / "2027-01-bulk-cp932.csv"
    data = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the file really is Shift_JIS, not UTF-8
    assert b"\r\n" in data
    found = [f for f in report["by_file"]["schedules/2027-01-bulk-cp932.csv"] if f["rule"] in _named("mobile-number")]
    assert [(f["line"], f["match"]) for f in found] == [(4, "090-8765-4321")]


def test_crlf_file_keeps_its_line_ends():
    data = (EXAMPLES / "waste" / "bulky-waste-tickets.txt").read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") > 0



def test_bom_csv_has_its_bom():
    data = (EXAMPLES / "schedules" / "2027-02-bulk-utf8-bom.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
