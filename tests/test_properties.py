"""Property tests: arbitrary text, front matter and bytes go through the whole pipeline without escaping errors,
and every finding's span lies inside the file with its text equal to the source at that span."""
from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jsl import files, posts, rules
from jsl.engine import lint_doc, make_doc
from jsl.errors import JslError
from jsl.text import Source

RULES = rules.load_builtin()
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like posts: Japanese, symbols the normalizer folds, digits, newlines, markup.
ALPHABET = st.sampled_from(
    list("あいうえおしねカタカナｶﾀｶﾅﾞﾟ漢字死外人部隊０１２３①㈱㍻𝐁𝐨𝐥𝐝 \u3000\n\r\t-ー－.・「」『』!！?？#@:/")
    + ["090-1234-5678", "https://bit.ly/x", "<!-- jsl-disable 5.7 -->", "<!-- jsl-enable -->", "![alt](a.jpg)", "今だけ", "クーポン", "2月30日(月)", "\u3099", "\ufeff"]
)
POST_TEXT = st.lists(ALPHABET, max_size=80).map("".join) | st.text(max_size=200)


def _check_findings(source: Source, found) -> None:
    n = len(source.text)
    for f in found:
        assert 0 <= f.offset <= f.end_offset <= n, f
        assert source.text[f.offset : f.end_offset] == f.match
        assert source.position(f.offset) == f.start
        assert source.position(f.end_offset) == f.end
        assert 1 <= f.start.line <= len(source.line_starts)


def _lint(path: str, text: str) -> None:
    source = Source.of(path, text)
    try:
        parsed = posts.parse(source)
    except JslError:
        return
    for post in parsed:
        _check_findings(source, lint_doc(make_doc(post), RULES))


@SETTINGS
@given(POST_TEXT)
def test_any_markdown_post(text):
    _lint("post.md", text)


@SETTINGS
@given(POST_TEXT)
def test_any_text_post(text):
    _lint("post.txt", text)


@SETTINGS
@given(st.lists(st.lists(POST_TEXT, min_size=1, max_size=3), min_size=1, max_size=4))
def test_any_csv(rows):
    def cell(s: str) -> str:
        return '"' + s.replace('"', '""') + '"'

    text = "text,platform,account\n" + "\n".join(",".join(cell(c) for c in (row + ["", "", ""])[:3]) for row in rows)
    _lint("posts.csv", text)


FRONT_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(["src", "alt", "captions", "ignore", "x"]), children, max_size=3),
    max_leaves=8,
)


@SETTINGS
@given(st.dictionaries(st.sampled_from(["platform", "account", "scheduled_at", "images", "videos", "kind", "jsl", "title"]), FRONT_VALUES, max_size=5), POST_TEXT)
def test_any_front_matter(meta, body):
    head = yaml.safe_dump(meta, allow_unicode=True)
    _lint("post.md", f"---\n{head}---\n{body}")


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_clear_error(data):
    try:
        text, _encoding, _bom = files.decode("f.txt", data)
    except JslError as e:
        assert str(e).startswith("f.txt: ") and "\n" not in str(e)
        return
    _lint("f.txt", text)


YAML_ALPHABET = st.sampled_from(list(":-[]{}&*!|>'\"#?,%@` \n\t") + ["platform: x", "images:", "  - src: a.jpg", "    alt: ", "jsl:", "ignore: [5.7]", "!!python/name:os.system", "&a", "*a", "<<: *a", "2024-13-45", "1e9999", "~", "あ"])


@SETTINGS
@given(st.lists(YAML_ALPHABET, max_size=30).map("".join), POST_TEXT)
def test_any_front_matter_text(head, body):
    """Raw text between the --- lines (not produced by a YAML dumper): a JslError or a clean parse, never another error."""
    _lint("post.md", f"---\n{head}\n---\n{body}")


FILE_CONTENT = st.one_of(
    POST_TEXT.map(lambda t: t.encode("utf-8")),
    POST_TEXT.map(lambda t: t.encode("cp932", "replace")),
    st.binary(max_size=200),
    st.builds(lambda h, b: f"---\n{h}\n---\n{b}".encode(), st.lists(YAML_ALPHABET, max_size=10).map("".join), POST_TEXT),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([".md", ".txt", ".csv", ".json"]), FILE_CONTENT), min_size=1, max_size=5))
def test_cli_on_a_folder_of_anything(entries):
    """`jsl check` on a folder of arbitrary files: exit 0, 1 or 2; every post file either checked or one error line."""
    import json
    import tempfile
    from pathlib import Path

    from click.testing import CliRunner

    from jsl.cli import cli

    with tempfile.TemporaryDirectory() as folder:
        for i, (suffix, data) in enumerate(entries):
            (Path(folder) / f"post {i}{suffix}").write_bytes(data)
        result = CliRunner().invoke(cli, ["check", "--format", "json", folder], catch_exceptions=False)
        assert result.exit_code in (0, 1, 2), result.output
        report = json.loads(result.stdout)
        posts_given = sum(1 for suffix, _ in entries if suffix != ".json")
        assert report["files"] == posts_given
        errors = [e["path"] for e in report["errors"]]
        assert len(set(errors)) == len(errors) and (result.exit_code == 2) == bool(errors)
        for f in report["findings"]:
            assert f["path"] not in errors
            source = files.read(f["path"])
            at = source.line_starts[f["line"] - 1] + f["column"] - 1
            assert source.text[at : at + len(f["match"])] == f["match"]
