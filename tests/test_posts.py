"""Post formats: .txt, .md (front matter, inline images, comments), .csv rows; spans point into the original file."""
from __future__ import annotations

import pytest

from jsl import posts
from jsl.errors import JslError
from jsl.text import Source
from jslrun import findings, here, jsl  # noqa: F401 (here is a fixture)


def where(found: list[dict]) -> list[tuple]:
    return [(f["rule"], f["line"], f["column"], f["match"]) for f in found]


def write(folder, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    return name


def test_txt_is_one_post(here):
    name = write(here, "a.txt", "---\nこれは前付けではありません\n---\n連絡先 080-2222-3333\n")
    assert where(findings(name)) == [("fixture-number", 4, 5, "080-2222-3333")]


def test_md_front_matter_image_points_at_its_src(here):
    text = "---\nplatform: x\nimages:\n  - src: drill.jpg\n---\n本日、消防訓練を行いました。\n"
    name = write(here, "a.md", text)
    found = findings(name)
    assert [(f["line"], f["column"], f["match"]) for f in found] == [(4, 10, "drill.jpg")]
    assert "drill.jpg" in found[0]["message"]


def test_md_inline_image(here):
    name = write(here, "a.md", "本日の訓練 ![](truck.jpg) の様子です。\n")
    assert where(findings(name)) == [("fixture-alt", 1, 7, "![](truck.jpg)")]


def test_md_inline_alt_text_is_checked_as_text(here):
    name = write(here, "a.md", "お知らせ\n![最安値の品物を並べた売り場の写真](sale.jpg)\n")
    assert where(findings(name)) == [("fixture-sale", 2, 3, "最安値")]


def test_md_image_file_name_is_not_text(here):
    name = write(here, "a.md", "訓練の様子です。![はしご車で救助訓練をする消防隊員](090-1234-5678.jpg)\n")
    assert findings(name, "--select", "fixture-number") == []


def test_md_commented_out_image_is_not_posted(here):
    name = write(here, "a.md", "本日の訓練の様子です。\n<!-- ![](old.jpg) -->\n")
    assert findings(name) == []


def test_md_comment_is_not_text(here):
    name = write(here, "a.md", "お知らせ\n<!-- 下書き: 090-1234-5678 -->\n本文です。\n")
    assert findings(name) == []


def test_md_front_matter_error_names_the_line(here):
    name = write(here, "a.md", "---\nplatform: x\nimages: [unclosed\n---\n本文\n")
    result = jsl("check", name)
    assert result.exit_code == 2
    assert "a.md: line " in result.output and "front matter" in result.output


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("a.md", "---\naccount: '@joso'\n\nplatform: myspace\n---\n本文\n", "a.md: line 4: front matter: platform: must be one of"),
        ("a.md", "---\nkind: post\nscheduled_at: next week\n---\n本文\n", "a.md: line 3: front matter: scheduled_at: is not an ISO 8601"),
        ("a.md", "---\nimages: drill.jpg\n---\n本文\n", "a.md: line 2: front matter: images: must be a list"),
        ("a.md", "---\njsl: [5.7]\n---\n本文\n", "a.md: line 2: front matter: jsl: must be a mapping"),
        ("a.csv", "text,platform\n本文,x\n本文,myspace\n", "a.csv: line 3: CSV row 2, column platform: must be one of"),
    ],
    ids=["md-platform", "md-scheduled-at", "md-images", "md-jsl", "csv-platform"],
)
def test_metadata_errors_name_the_line(here, name, text, message):
    write(here, name, text)
    result = jsl("check", name)
    assert result.exit_code == 2
    assert message in result.output, result.output


def test_md_yes_no_values_are_not_errors():
    text = "---\nvideos:\n  - {src: a.mp4, captions: false}\n  - {src: b.mp4, captions: true}\n---\n本文\n"
    (post,) = posts.parse(Source.of("a.md", text))
    assert [(v.src, v.captions) for v in post.videos] == [("a.mp4", None), ("b.mp4", "true")]


@pytest.mark.parametrize("column", ["text", "message", "本文"])
def test_csv_text_column(here, column):
    name = write(here, "a.csv", f"id,{column},platform\n1,今日は晴れ,x\n2,連絡は090-1234-5678へ,x\n")
    assert where(findings(name)) == [("fixture-number", 3, 6, "090-1234-5678")]


def test_csv_quoted_multiline_cell_and_doubled_quotes(here):
    text = 'id,text\n1,"一行目\n""見出し""の後、今だけ最安値"\n2,"二件目,カンマ入り"\n'
    name = write(here, "a.csv", text)
    found = where(findings(name))
    # line 3 is: ""見出し""の後、今だけ最安値"  (each doubled quote is two characters in the file)
    assert found == [("fixture-sale", 3, 11, "今だけ"), ("fixture-sale", 3, 14, "最安値")]


def test_csv_rows_are_separate_posts(here):
    text = "id,text\n1,090-1234-5678\n2,今日は晴れ\n3,080-1111-2222\n"
    name = write(here, "a.csv", text)
    assert [(f["line"], f["column"]) for f in findings(name)] == [(2, 3), (4, 3)]


def test_csv_image_column(here):
    name = write(here, "a.csv", "text,image,alt\n訓練の様子です,drill.jpg,\n")
    assert where(findings(name)) == [("fixture-alt", 2, 9, "drill.jpg")]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("id,platform\n1,x\n", "no text column", 1),
        ('id,text\n1,"never closed\n', "never closed", 2),
        ("id,text\n1,a\n2,b,c\n", "row 2 has 3 fields", 3),
        ('id,text\n1,"a"b\n', "after a closing quote", 2),
    ],
    ids=["no-text-column", "unclosed-quote", "field-count", "text-after-quote"],
)
def test_csv_errors_name_file_and_line(text, message, line):
    with pytest.raises(JslError) as e:
        posts.parse(Source.of("a.csv", text))
    assert message in e.value.message and e.value.line == line


def test_stdin_as_markdown_by_default():
    found = findings("-", input="---\nplatform: x\n---\n連絡は090-1234-5678へ\n".encode())
    assert [(f["path"], f["line"], f["column"]) for f in found] == [("-", 4, 4)]


def test_stdin_filename_gives_format_and_path():
    found = findings("-", "--stdin-filename", "drafts/week.csv", input="id,text\n1,連絡は090-1234-5678へ\n".encode("cp932"))
    assert [(f["path"], f["line"], f["column"]) for f in found] == [("drafts/week.csv", 2, 6)]
