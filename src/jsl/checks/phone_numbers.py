"""5.1: private telephone numbers (mobile, IP phone, or a fixed number given as a private person's).

Numbers are found with phonenumbers (region JP) in a digit view of the text, so
kanji digits (〇八〇・五一二七・三三九八) and full-width digits are found too.
Fixed lines, free dial (0120/0800), navi dial (0570) and short numbers (110,
119, #7119, 188) are the body's or public lines and pass, unless the text says
a fixed number is someone's home or private line.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.checks.personal_data import digit_view, digits, persons, sentence_span

OPTIONS = {
    "published": ("wordlist", "published-numbers"),
    # words right before a fixed number that say it is a private line
    "private_cues": ("list", ["自宅", "お宅", "宅", "個人", "私用", "私物", "携帯"]),
    # words right after a number that say it is an office's line, not the person's before it
    "office_words": ("list", ["課", "係", "署", "本部", "センター", "事務所", "窓口", "役所", "役場", "斎場", "代表", "組合", "会社", "店"]),
    "attach_distance": (int, 12),  # max characters between a named person and their number
    # how far back in the sentence a third person's home (佐々木さんのご自宅, 会長宅, 個人宅) still owns a number
    "home_distance": (int, 30),
}

ALWAYS_PRIVATE = {"MOBILE": "mobile", "FIXED_LINE_OR_MOBILE": "mobile", "PAGER": "mobile", "VOIP": "ip", "PERSONAL_NUMBER": "ip"}
# between a private cue and the number: 「自宅 0297-…」「自宅の電話:0297-…」「ご自宅(電話 0297-…)」「お宅、TEL0297-…」
LINK_WORDS = r"(?:[\s:(、・]*(?:の)?(?:電話番号|電話|番号|TEL|Tel|tel|連絡先))?"
# a third person's home named earlier in the sentence: 佐々木さんのご自宅, 会長宅, 〇〇様のお宅, 田中さん方, 〇〇宅, 個人宅
HOME_OF = re.compile(r"(?:さん|様|さま|氏|長)(?:の)?(?:ご?自宅|お宅|宅)|(?:さん|様|さま|氏)方|[〇○◯●×△□*]{1,4}(?:宅|方)|個人(?:の)?(?:ご?自宅|お宅|宅)")
# a person whose name is masked in the draft: 〇〇さん, ××様
MASKED_PERSON = re.compile(r"[〇○◯●×△□*]{1,4}\s?(?:さん|様|さま|氏)")
PRIVATE_AFTER = re.compile(r"\s?\([^()]{0,10}(?:自宅|さん宅|様宅|個人|私用)[^()]{0,6}\)")
# what may stand between a person's name and their number: 「さん(0297-…)」「さんの電話 0297-…」「さん宅:0297-…」
ATTACHED = re.compile(r"^[\s(:、・の]*(?:ご?自宅|携帯|電話番号|電話|番号|連絡先|TEL|Tel|tel|宅)?[\s(:、・のは]*$")

DIGIT = re.compile(r"\d")
LINK_ONLY = re.compile(r"^[\s(:、・]*(?:電話番号|電話|番号|TEL|Tel|tel|連絡先)?[\s(:、・は]*$")


# No Japanese telephone number has fewer digits than this (phonenumbers' metadata for JP; a test keeps
# the two in step): a post with fewer needs neither the phonenumbers package nor its matcher.
MIN_DIGITS = 8


def check(doc, options) -> Iterator:
    view = digit_view(doc)
    if len(DIGIT.findall(view)) < MIN_DIGITS:
        return
    import phonenumbers

    published = _published(options["published"])
    before = re.compile("(?:" + "|".join(map(re.escape, options["private_cues"])) + ")" + LINK_WORDS + r"[\s:(、は]*$")
    for match in phonenumbers.PhoneNumberMatcher(view, "JP", leniency=phonenumbers.Leniency.VALID):
        number = phonenumbers.national_significant_number(match.number)
        if number in published:
            continue
        kind = phonenumbers.PhoneNumberType.to_string(phonenumbers.number_type(match.number))
        key = ALWAYS_PRIVATE.get(kind)
        if key is None and kind == "FIXED_LINE" and _said_private(doc, match.start, match.end, before, options):
            key = "private_fixed"
        if key:
            start, end = _trim(view, match.start, match.end)
            yield doc.hit(start, end, key, {"number": doc.text.value[start:end]})


def _trim(view: str, start: int, end: int) -> tuple[int, int]:
    """Drop an unpaired bracket that phonenumbers took in with the number: 「携帯(090-…)」."""
    raw = view[start:end]
    if raw.startswith("(") and ")" not in raw:
        start += 1
    if raw.endswith(")") and "(" not in raw:
        end -= 1
    return start, end


def _home_before(text: str, lo: int, start: int, office_words) -> bool:
    """A third person's home is named before the number, and no office stands between them:
    「会長の佐々木さんのご自宅で受け付けます。(電話 0297-…)」 but not 「佐々木さん宅の前の集積所は、環境センター 0297-…」."""
    homes = list(HOME_OF.finditer(text, lo, start))
    if not homes:
        return False
    between = text[homes[-1].end() : start]
    return not any(word in between for word in office_words)


def _published(words) -> frozenset[str]:
    if not words:
        return frozenset()
    return frozenset(digits(p).lstrip("0") for p in words.phrases if digits(p))


def _said_private(doc, start: int, end: int, before: re.Pattern, options) -> bool:
    """A fixed number is private when a cue (ご自宅, 個人の携帯) or a named private person comes right before it."""
    text = doc.text.value
    s_start, _ = sentence_span(doc, start)
    window = text[max(s_start, start - options["attach_distance"]) : start]
    if before.search(window):
        return True
    after = text[end : end + 16]
    if PRIVATE_AFTER.match(after):
        return True  # 「0297-66-1234(会長・吉田さん宅)」
    if any(word in after[:10] for word in options["office_words"]):
        return False  # 「山田さん 0297-23-7108(予防課)」: the office's line
    lo = s_start
    if LINK_ONLY.match(text[s_start:start]):  # 「…佐々木さんのご自宅です。電話 0297-…」: the number continues the sentence before
        lo = sentence_span(doc, start, around=1)[0]
    if _home_before(text, max(lo, start - options["home_distance"]), start, options["office_words"]):
        return True
    spans = [(p.start, p.end) for p in persons(doc)]
    spans += [m.span() for m in MASKED_PERSON.finditer(text, s_start, start)]
    for p_start, p_end in spans:
        if s_start <= p_start and p_end <= start and start - p_end <= options["attach_distance"]:
            if ATTACHED.match(text[p_end:start]):
                return True
    return False
