"""Hostile and broken input: one bad file gives one clear error line (exit 2) and every other file is still checked.

The bad files are made at test time in tmp_path (nothing large is committed)."""
from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

import pytest

from jsl import files, markdown, posts
from jsl.errors import JslError
from jsl.text import Source
from jslrun import here, jsl  # noqa: F401 (here is a fixture)

PHONE = "090-1234-5678"
GOOD_TEXT = f"お問い合わせは{PHONE}まで。"


def _junk(size: int) -> bytes:
    """Bytes that are neither UTF-8 nor Shift_JIS nor EUC-JP, with no NUL (so the decoder, not the NUL test, refuses them)."""
    rng = random.Random(6)
    return bytes(rng.choice(range(0x80, 0x100)) for _ in range(size))


# name → (bytes, words the one error line must contain)
BAD: dict[str, tuple[bytes, str]] = {
    "photo.png.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "NUL bytes"),
    "leaflet.pdf.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n" + bytes(range(256)) * 4, "NUL bytes"),
    "nul.txt": ("お知らせ\x00です".encode(), "NUL bytes"),
    "undecodable.txt": (_junk(3000), ""),  # "cannot tell the text encoding" or "binary file (control characters)"
    "empty.md": (b"", "file is empty"),
    "blank.txt": (b" \n\n", "file is empty"),
    "bad-yaml.md": ("---\nplatform: [x\n---\n本文です。\n".encode(), "front matter is not valid YAML"),
    "not-a-mapping.md": ("---\n- a\n- b\n---\n本文です。\n".encode(), "front matter must be a mapping"),
    "bad-date.md": ("---\nscheduled_at: 2024-13-45\n---\n本文です。\n".encode(), "front matter has a value YAML cannot read"),
    "images-not-list.md": ("---\nimages: photo.jpg\n---\n本文です。\n".encode(), "images: must be a list"),
    "alt-not-text.md": ("---\nimages:\n  - src: a.jpg\n    alt: [1, 2]\n---\n本文です。\n".encode(), "images: alt must be text"),
    "python-tag.md": ("---\nx: !!python/object/apply:os.system ['echo hacked']\n---\n本文です。\n".encode(), "not valid YAML"),
    "alias-bomb.md": (
        "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n本文です。\n".encode(),
        "YAML alias",
    ),
    "ragged.csv": ("text,platform\n本文です,x,extra\n".encode(), "CSV row 1 has 3 fields; the header has 2"),
    "no-text-column.csv": ("id,platform\n1,x\n".encode(), "CSV has no text column"),
    "unclosed-quote.csv": ('text\n"本文です\n'.encode(), "quoted field that is never closed"),
    "one-long-line.txt": (("あ" * 5_000_000).encode(), "a post of 5,000,000 characters; jsl checks posts up to 100,000"),
}
BIG = "big.txt"  # 50 MB, written separately: refused by its size before it is read
GOOD = {  # name → text; each gives exactly one fixture-number finding
    "good.md": f"---\nplatform: x\n---\n{GOOD_TEXT}\n",
    "sub dir/日本語/良い 投稿.txt": f"{GOOD_TEXT}\n",
    "schedule.csv": f'text,platform\n"{GOOD_TEXT}",x\n"防災訓練のお知らせです。",x\n',
    "shift_jis.txt": GOOD_TEXT,  # written as CP932
}


@pytest.fixture
def bad_folder(here: Path) -> Path:
    folder = here / "posts"
    for name, (data, _) in BAD.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    with open(folder / BIG, "wb") as f:
        f.write(("お知らせです。\n" * 2_500_000).encode()[: 50 * 1024 * 1024])
    for name, text in GOOD.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(text.encode("cp932" if "shift_jis" in name else "utf-8"))
    os.symlink("..", folder / "sub dir" / "loop")  # a folder link loop
    os.symlink(folder / "sub dir", folder / "sub dir" / "日本語" / "up")
    os.symlink("nowhere.md", folder / "dangling.md")
    return folder


def test_one_run_over_every_bad_input(bad_folder: Path):
    started = time.monotonic()
    result = jsl("check", "--format", "json", "posts")
    assert time.monotonic() - started < 60
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    errors = {Path(e["path"]).relative_to("posts").as_posix(): e["message"] for e in data["errors"]}
    assert len(errors) == len(data["errors"])  # one error per bad file
    assert sorted(errors) == sorted([*BAD, BIG, "dangling.md"])
    for name, (_, words) in BAD.items():
        assert words in errors[name], (name, errors[name])
    assert "file is 50.0 MB; jsl checks post files up to 16 MB" in errors[BIG]
    assert errors["dangling.md"] == "no such file"
    found = sorted((Path(f["path"]).relative_to("posts").as_posix(), f["rule"], f["match"], f["line"]) for f in data["findings"])
    assert found == sorted([
        ("good.md", "fixture-number", PHONE, 4),
        ("sub dir/日本語/良い 投稿.txt", "fixture-number", PHONE, 1),
        ("schedule.csv", "fixture-number", PHONE, 2),
        ("shift_jis.txt", "fixture-number", PHONE, 1),
    ])
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == len(errors) and all(line.startswith("jsl: posts") for line in lines)
    assert "Traceback" not in result.output


def test_text_report_gives_one_line_per_bad_file(bad_folder: Path):
    result = jsl("check", "posts")
    assert result.exit_code == 2
    assert sum(1 for line in result.stdout.splitlines() if line.startswith("error: posts")) == len(BAD) + 2


def test_a_file_removed_between_discovery_and_reading(here: Path, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        (here / name).write_text(GOOD_TEXT, encoding="utf-8")
    discover = files.discover

    def discover_then_remove(paths):
        for path in discover(paths):
            if path.endswith("a.txt"):
                os.remove(here / "b.txt")  # b.txt was listed, and is gone when its turn comes
            yield path

    monkeypatch.setattr(files, "discover", discover_then_remove)
    result = jsl("check", "--format", "json", ".")
    data = json.loads(result.stdout)
    assert result.exit_code == 2
    assert [(Path(e["path"]).name, e["message"]) for e in data["errors"]] == [("b.txt", "no such file")]
    assert sorted(Path(f["path"]).name for f in data["findings"]) == ["a.txt", "c.txt"]


def test_a_file_that_becomes_unreadable(here: Path, monkeypatch):
    (here / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (here / "locked.txt").write_text(GOOD_TEXT, encoding="utf-8")
    real_open = os.open

    def deny(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    result = jsl("check", "--format", "json", ".")
    data = json.loads(result.stdout)
    assert result.exit_code == 2
    assert [(Path(e["path"]).name, e["message"]) for e in data["errors"]] == [("locked.txt", "permission denied")]
    assert [Path(f["path"]).name for f in data["findings"]] == ["a.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_pipe_or_device_is_refused_not_waited_on(here: Path):
    os.mkfifo(here / "pipe.txt")
    with pytest.raises(JslError, match="not a regular file"):
        files.read(str(here / "pipe.txt"))
    if os.path.exists("/dev/zero"):
        with pytest.raises(JslError, match="not a regular file"):
            files.read("/dev/zero")


def test_undecodable_file_name(here: Path):
    if os.name == "nt":
        pytest.skip("Windows file names are always Unicode")
    name = b"caf\xe9.txt"
    try:
        with open(os.path.join(os.fsencode(here), name), "wb") as f:
            f.write(GOOD_TEXT.encode())
    except OSError:
        pytest.skip("file system refuses non-UTF-8 names")
    for fmt in ("text", "json", "sarif"):
        result = jsl("check", "--format", fmt, ".")
        assert result.exit_code == 1, result.output


@pytest.mark.parametrize(
    "text",
    ["![" * 500_000, "<!--" * 250_000, "![a](" * 200_000, "<!-- jsl-disable " + " " * 1_000_000 + "x -->", "<!-- a -->![b](c.png)" * 40_000],
    ids=["open-images", "open-comments", "open-image-links", "long-directive", "many-comments-and-images"],
)
def test_markdown_markup_is_parsed_in_linear_time(text):
    started = time.monotonic()
    posts.parse(Source.of("long.md", text))
    assert time.monotonic() - started < 5


def test_inline_images_and_comments_still_parse_as_before():
    text = "本文 ![写真　の説明](<a.jpg>  \"題\")\u3000<!-- jsl-disable 5.7, 5.1 -->x<!-- ![z](q.png) --> ![b](c.png)"
    post = posts.parse(Source.of("p.md", text))[0]
    assert [(i.src, i.alt, text[i.start : i.end]) for i in post.images] == [
        ("a.jpg", "写真　の説明", '![写真　の説明](<a.jpg>  "題")'),
        ("c.png", "b", "![b](c.png)"),
    ]
    assert [(d.kind, d.selectors) for d in post.directives] == [("disable", ("5.7", "5.1"))]


@pytest.mark.parametrize(
    ("block", "words"),
    [
        ("a: &x [1]\nb: *x\n", "YAML alias"),
        ("a: !!python/object/apply:os.system ['echo hacked']\n", "not valid YAML"),
        ("a: 2024-02-30\n", "value YAML cannot read"),
        ("a: " + "[" * 5000 + "\n", "not valid YAML"),
        ("? [a]\n: 1\n", "not valid YAML"),
        ("x" * 70_000 + ": 1\n", "over 64 KB"),
    ],
    ids=["alias", "python-tag", "impossible-date", "deep-nesting", "unhashable-key", "too-big"],
)
def test_front_matter_errors_are_clear(block, words):
    with pytest.raises(JslError) as e:
        markdown.load_front_matter("p.md", block)
    assert words in str(e.value) and "\n" not in str(e.value)


# --- rule files: user regular expressions cannot hang the run; nothing in a rule is executed ---

RULE = """\
id: local-pattern
section: "5.7"
severity: error
title: 地域の決まり
message: 「{match}」は使いません。
match:
  regex: 'PATTERN'
examples:
  flag: []
  pass: []
"""


def _local_rule(folder: Path, text: str) -> None:
    (folder / "local-rules").mkdir(exist_ok=True)
    (folder / "local-rules" / "5.7-local-pattern.yaml").write_text(text, encoding="utf-8")
    (folder / "jsl.toml").write_text('extra-rules = ["local-rules"]\nselect = ["local-pattern"]\n', encoding="utf-8")


@pytest.mark.parametrize("pattern", ["(a+)+$", "(a|aa)+$", "(x+x+)+y", "(.*a){20}"])
def test_catastrophic_user_pattern_runs_in_linear_time(here: Path, pattern):
    _local_rule(here, RULE.replace("PATTERN", pattern))
    (here / "post.txt").write_text("a" * 90_000 + "!", encoding="utf-8")
    started = time.monotonic()
    result = jsl("check", "post.txt")
    assert time.monotonic() - started < 20
    assert result.exit_code in (0, 1), result.output


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("(?=a)(a+)+$", "user rules use RE2 syntax"),
        ("(?<!b)a+", "user rules use RE2 syntax"),
        (r"(a)\1", "user rules use RE2 syntax"),
        ("(unclosed", "regular expression does not compile"),
    ],
    ids=["look-ahead-and-nested", "look-behind", "back-reference", "syntax"],
)
def test_user_pattern_outside_re2_is_refused_with_file_and_line(here: Path, pattern, words):
    _local_rule(here, RULE.replace("PATTERN", pattern))
    (here / "post.txt").write_text("aaaa", encoding="utf-8")
    result = jsl("check", "post.txt")
    assert result.exit_code == 2
    assert "local-rules/5.7-local-pattern.yaml:6: " in result.stderr.replace("\\", "/") and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_user_sequence_surface_pattern_must_be_re2(here: Path):
    _local_rule(here, RULE.replace("  regex: 'PATTERN'", "  sequence:\n    - surface: '(?=a)(a+)+'"))
    (here / "post.txt").write_text("aaaa", encoding="utf-8")
    result = jsl("check", "post.txt")
    assert result.exit_code == 2 and "user rules use RE2 syntax" in result.stderr


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (("examples:", "aliases: 5\nexamples:"), "aliases must be a list"),
        (("examples:", "unless:\n  phrases: 5\nexamples:"), "unless phrases must be a list"),
        (("  regex: 'PATTERN'", "  fuzzy: fixture-words\n  threshold: high"), "threshold and min_length must be numbers"),
        (("title: 地域の決まり", "title: !!python/object/apply:os.system ['echo hacked']"), "not valid YAML"),
    ],
    ids=["aliases", "unless-phrases", "fuzzy-threshold", "python-tag"],
)
def test_wrong_types_in_a_rule_file_are_named(here: Path, change, words):
    old, new = change
    _local_rule(here, RULE.replace(old, new).replace("PATTERN", "x"))
    toml = here / "jsl.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + 'extra-dictionaries = ["' + str(Path(__file__).parent / "data" / "dictionaries").replace("\\", "/") + '"]\n', encoding="utf-8")
    (here / "post.txt").write_text("本文です", encoding="utf-8")
    result = jsl("check", "post.txt")
    assert result.exit_code == 2, result.output
    assert "5.7-local-pattern.yaml" in result.stderr and words in result.stderr
    assert "Traceback" not in result.output


def test_csv_with_too_many_rows_is_refused(monkeypatch):
    from jsl import csvposts

    monkeypatch.setattr(csvposts, "MAX_ROWS", 100)
    assert len(posts.parse(Source.of("ok.csv", "text\n" + "本文です\n" * 100))) == 100
    with pytest.raises(JslError, match="CSV has more than 100 rows; split it into smaller files"):
        posts.parse(Source.of("many.csv", "text\n" + "本文です\n" * 101))


def test_iso_2022_jp_is_read_not_taken_for_binary():
    text = "火災予防のお知らせです。\n消防本部"
    source = files.read("old-mail.txt", text.encode("iso2022_jp"))
    assert source.text == text
