"""atheris fuzz target: bytes → decode → parse (as .md, .txt, .csv) → every rule.

    pip install atheris
    python fuzz/fuzz_pipeline.py -max_total_time=600 -rss_limit_mb=2048

Only JslError (a clear message about bad input) may come out; anything else is a bug,
and so is a finding whose span does not match the source.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from jsl import files, posts, rules
    from jsl.engine import lint_doc, lint_run, make_doc
    from jsl.errors import JslError
    from jsl.text import Source

RULES = rules.load_builtin()
SUFFIXES = (".md", ".txt", ".csv")


def one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    path = f"fuzz{suffix}"
    try:
        text, _, _ = files.decode(path, data[1:])
        source = Source.of(path, text)
        parsed = posts.parse(source)
    except JslError:
        return
    docs = [make_doc(post) for post in parsed]
    found = [f for doc in docs for f in lint_doc(doc, RULES)] + lint_run(docs, RULES)
    for f in found:
        if source.text[f.offset : f.end_offset] != f.match or not 0 <= f.offset <= f.end_offset <= len(source.text):
            raise AssertionError(f"span mismatch: {f}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
