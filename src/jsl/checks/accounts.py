"""3.3: the posting account, and the body's own accounts named in the text, have the form @josokoiki.<department>."""
from __future__ import annotations

from collections.abc import Iterator

from jsl import handles
from jsl.findings import Hit

OPTIONS = {
    "pattern": ("regex", r"^@josokoiki\.[a-z]+$"),  # the form every official handle must have (jsl.toml [rules.account-id])
    "brand": (str, "josokoiki"),  # a handle resembling this is meant to be the body's own
    "departments": ("list", list(handles.DEPARTMENTS)),  # @joso_<department> is the body's own, misspelled
    "similarity": (float, 80.0),  # rapidfuzz ratio of a handle's start to the brand
}


def check(doc, options) -> Iterator[Hit]:
    pattern = handles.form(options["pattern"])
    brand = options["brand"]
    account = doc.post.meta.account
    if account:
        written = account.strip()
        if not pattern.search("@" + written.lstrip("@＠")):
            yield Hit(*doc.post.meta.account_span, "account", _fields(written, brand))
    departments = frozenset(options["departments"])
    body = doc.post.body
    for handle in handles.in_doc(doc):
        if pattern.search("@" + handle.text[1:]):  # a full-width ＠ is still the same ID
            continue
        if handles.is_own(handle.text, brand, departments, options["similarity"]):
            start, end = body.to_source(handle.start, handle.end)
            yield Hit(start, end, "text", _fields(handle.text, brand))


def _fields(handle: str, brand: str) -> dict:
    department = handles.department(handle, brand)
    return {"handle": handle, "suggest": f"@{brand}.{department or '所属名'}"}
