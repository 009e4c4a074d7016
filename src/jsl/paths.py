"""Where the shipped rules/, dictionaries/ and guideline live: in the wheel, or in a checkout."""
from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
CHECKOUT = PACKAGE.parent.parent


@cache
def data_dir(name: str) -> Path:
    """`rules` or `dictionaries`: inside the installed package, else the checkout's top level."""
    for candidate in (PACKAGE / name, CHECKOUT / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"jsl's {name}/ folder is missing from the installation")


def rules_dir() -> Path:
    return data_dir("rules")


def dictionaries_dir() -> Path:
    return data_dir("dictionaries")
