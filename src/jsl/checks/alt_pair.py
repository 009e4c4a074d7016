"""alt_cooccurrence, unless the post body says why the picture is fine (本人の了承を得て掲載しています).

A photo of onlookers whose alt reads 「一人ひとりの顔がはっきり写っている」 shows identifiable faces;
the consent, when there is one, stands in the body, not in the alt. `unless_body` names a word
list: any of its words in the body drops every image's finding.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.checks import alt_cooccurrence
from jsl.checks.cooccurrence import _any
from jsl.findings import Hit

OPTIONS = {**alt_cooccurrence.OPTIONS, "unless_body": ("wordlist", "")}


def check(doc, options) -> Iterator[Hit]:
    if options["unless_body"] is not None and _any(doc, options["unless_body"]):
        return
    yield from alt_cooccurrence.check(doc, options)
