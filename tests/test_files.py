"""Reading post files: every encoding and line end gives findings at the right place in the ORIGINAL file."""
from __future__ import annotations

import codecs
import json

import pytest

from jsl import files
from jsl.errors import JslError
from jslrun import findings, here, jsl  # noqa: F401 (here is a fixture)

NUMBER = "０９０-１２３４-５６７８"
LINE = f"ｶﾀｶﾅの担当：{NUMBER}まで"  # half-width katakana and full-width text before the number
COLUMN = 9  # in characters: ｶ ﾀ ｶ ﾅ の 担 当 ： → the number starts at the 9th

# (file name, text, line of LINE) for each post format
FORMATS = {
    "txt": ("post.txt", f"お知らせ\n\n{LINE}\n", 3),
    "md": ("post.md", f"---\nplatform: x\naccount: '@joso'\n---\n本日のお知らせ\n{LINE}\n", 6),
    "csv": ("posts.csv", f'id,platform,text\n1,x,"一行目\n二行目は""引用""です\n{LINE}"\n2,x,ふつう\n', 4),
}


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if encoding == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16-le-bom", "utf-16-be-bom", "cp932", "shift_jis", "euc-jp"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_position_in_original_file(here, fmt, encoding, newline):
    name, text, line = FORMATS[fmt]
    (here / name).write_bytes(encode(text.replace("\n", newline), encoding))
    found = findings(name)
    assert [(f["line"], f["column"], f["end_line"], f["end_column"], f["match"]) for f in found] == [
        (line, COLUMN, line, COLUMN + len(NUMBER), NUMBER)
    ]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_decode_names_the_encoding(encoding):
    source = files.read("x.txt", encode("お知らせ（ｶﾀｶﾅ）", encoding))
    assert source.text == "お知らせ（ｶﾀｶﾅ）"
    assert source.bom == encoding.endswith(("-sig", "-bom"))


def test_lone_cr_line_ends(here):
    (here / "old.txt").write_bytes(f"お知らせ\r{LINE}\r".encode())
    found = findings("old.txt")
    assert [(f["line"], f["column"]) for f in found] == [(2, COLUMN)]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes"),
        ("お知らせ 2024年".encode("utf-16-le"), "without a byte-order mark"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "not valid UTF-8"),
    ],
    ids=["empty", "blank", "binary", "utf16-without-bom", "bad-utf8-after-bom"],
)
def test_unreadable_input_is_named(data, message):
    with pytest.raises(JslError) as e:
        files.read("bad.txt", data)
    assert "bad.txt" in str(e.value) and message in str(e.value)


def test_a_bad_file_does_not_stop_the_others(here):
    (here / "a.txt").write_text(LINE, encoding="utf-8")
    (here / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (here / "c.txt").write_text("今日は晴れです。", encoding="utf-8")
    result = jsl("check", "--format", "json", "a.txt", "b.txt", "c.txt", "missing.txt")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["files"] == 4
    assert [f["path"] for f in data["findings"]] == ["a.txt"]
    assert [e["path"] for e in data["errors"]] == ["b.txt", "missing.txt"]
    assert "b.txt: contains NUL bytes" in result.stderr and "missing.txt: no such file" in result.stderr


def test_folders_are_walked_skipping_hidden_and_non_posts(here):
    for rel in ("posts/a.md", "posts/sub/b.txt", "posts/.hidden/c.txt", "posts/node_modules/d.txt", "posts/e.json"):
        path = here / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(LINE, encoding="utf-8")
    found = findings("posts")
    assert sorted(f["path"].replace("\\", "/") for f in found) == ["posts/a.md", "posts/sub/b.txt"]


@pytest.mark.parametrize("text", ["ｾｰﾙ ﾁｭｳｲ", "お知らせ ｶﾀｶﾅ", "消防本部"])
def test_shift_jis_with_half_width_katakana_is_not_taken_for_euc_jp(text):
    assert files.read("x.txt", text.encode("cp932")).text == text


def test_euc_jp():
    source = files.read("x.txt", "火災予防のお知らせです".encode("euc-jp"))
    assert (source.text, source.encoding) == ("火災予防のお知らせです", "euc-jp")
