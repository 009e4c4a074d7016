"""5.1: a My Number (個人番号): 12 digits, alone or as 4-4-4, whose check digit is valid."""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.checks.personal_data import digit_view, digits

OPTIONS: dict = {}

# 4-4-4 with one kind of separator (or none); not part of a longer number, a URL or a code
MY_NUMBER = re.compile(r"(?<![A-Za-z0-9/=?#&._-])(?<!\d )(\d{4})([ -]?)(\d{4})\2(\d{4})(?![A-Za-z0-9_-])(?! \d)")


def check(doc, options) -> Iterator:
    for m in MY_NUMBER.finditer(digit_view(doc)):
        if valid(digits(m.group())):
            yield doc.hit(m.start(), m.end(), "default", {"number": doc.text.value[m.start() : m.end()]})


def check_digit(first11: str) -> int:
    """The check digit (検査用数字) of a My Number, by the formula the 総務省令 prescribes.

    P(n) is the n-th digit counted from the right of the first 11 digits; Q(n) = n + 1 for n <= 6, n - 5 for n >= 7;
    the check digit is 11 - (sum of P(n) * Q(n) mod 11), or 0 when that remainder is 0 or 1.
    """
    total = sum(int(p) * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(first11), 1))
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def valid(number: str) -> bool:
    return len(number) == 12 and number.isdigit() and check_digit(number[:11]) == int(number[11])
