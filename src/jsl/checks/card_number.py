"""5.1: a payment card number: 13 to 19 digits, alone or in groups, with a valid Luhn check digit."""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.checks.personal_data import digit_view, digits

OPTIONS = {
    # numbers of the same length that are not cards: 法人番号 (13 digits), product codes
    "not_after": ("list", ["法人番号", "登録番号", "JAN", "商品コード", "バーコード"]),
}

# card numbers start with 2-6 (Mastercard 2/5, Amex/JCB/Diners 3, Visa 4, Discover/UnionPay 6);
# grouped 4-4-4-1..7 or Amex 4-6-5, or written without separators
CARD = re.compile(
    r"(?<![A-Za-z0-9/=?#&._-])(?<!\d )"
    r"([2-6]\d{3}([ -]?)\d{4}\2\d{4}\2\d{1,7}|3\d{3}([ -]?)\d{6}\3\d{5}|[2-6]\d{12,18})"
    r"(?![A-Za-z0-9_-])(?! \d)"
)


def check(doc, options) -> Iterator:
    for m in CARD.finditer(digit_view(doc)):
        number = digits(m.group(1))
        label = doc.text.value[max(0, m.start(1) - 12) : m.start(1)]
        if any(word in label for word in options["not_after"]):
            continue
        if 13 <= len(number) <= 19 and luhn(number):
            yield doc.hit(m.start(1), m.end(1), "default", {"number": doc.text.value[m.start(1) : m.end(1)]})


def luhn(number: str) -> bool:
    """The Luhn (mod 10) check: double every second digit from the right, sum the digits, the total ends in 0."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        value = int(ch)
        if i % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0
