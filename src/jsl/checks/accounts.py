"""3.3: the posting account, and the body's own accounts named in the text, have the form @josokoiki.<department>."""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl import handles
from jsl.findings import Hit

OPTIONS = {
    "pattern": ("regex", r"^@josokoiki\.[a-z]+$"),  # the form every official handle must have (jsl.toml [rules.account-id])
    "brand": (str, "josokoiki"),  # a handle resembling this is meant to be the body's own
    "departments": ("list", list(handles.DEPARTMENTS)),  # @joso_<department> is the body's own, misspelled
    "similarity": (float, 80.0),  # rapidfuzz ratio of a handle's start to the brand
    # a handle labelled by a name ending so is another body's (常総市消防団(@joso_shobo), 常総警察署 @joso_police) ...
    "other_names": ("list", ["市", "町", "村", "県", "市役所", "役場", "消防団", "警察署", "警察", "協会", "協議会",
                             "会議所", "商工会", "大学", "学校", "高校", "病院", "自治会", "町内会", "赤十字", "株式会社"]),
    # ... unless the name is the body's own (常総地方広域市町村圏事務組合, 常総広域消防本部 守谷消防署)
    "own_names": ("list", ["組合", "広域", "消防本部", "消防署", "分署", "出張所", "クリーンセンター", "環境センター", "斎場"]),
}

LABEL_END = re.compile(r"[\s(（:：「『]*$")


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
        if _not_an_account_of_the_body(body.value, handle, options):
            continue
        if handles.is_own(handle.text, brand, departments, options["similarity"]):
            start, end = body.to_source(handle.start, handle.end)
            yield Hit(start, end, "text", _fields(handle.text, brand))


def _not_an_account_of_the_body(body: str, handle, options) -> bool:
    """The handle only describes the IDs' form, or a name before it marks it as another organisation's."""
    brand = options["brand"]
    if _names_the_form(body, handle, brand):
        return True
    return not handles.resembles_brand(handle.text, brand, options["similarity"]) and _labelled_other(body, handle.start, options)


def _names_the_form(body: str, handle, brand: str) -> bool:
    """「@josokoiki.」 or 「@josokoiki.〇〇」 describes the IDs' common start, not an account of its own."""
    return handle.text[1:] == brand and body[handle.end : handle.end + 1] in (".", "．")


def _labelled_other(body: str, start: int, options) -> bool:
    """The name written right before the handle is another organisation's: 「常総市消防団(@joso_shobo)」."""
    label = body[max(0, start - 20) : start]
    label = re.split(r"[、。,!！?？\n)）」』]", label)[-1]
    label = LABEL_END.sub("", label)
    if not label or any(name in label for name in options["own_names"]):
        return False
    return any(label.endswith(name) for name in options["other_names"])


def _fields(handle: str, brand: str) -> dict:
    department = handles.department(handle, brand)
    return {"handle": handle, "suggest": f"@{brand}.{department or '所属名'}"}
