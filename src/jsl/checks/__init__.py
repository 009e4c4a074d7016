"""Named checks: Python for what a word list or pattern cannot express.

Each module has OPTIONS = {name: (type, default)} (type int, float, str, bool,
"list" or "wordlist") and check(doc, options) -> Iterator[Hit]; a check over
the whole run (duplicates) has check_run(docs, options) -> Iterator[(doc, Hit)]
instead. A rule file names the check; its messages stay in the YAML.
"""
from __future__ import annotations

from jsl.checks import correction, dates, emoji_count, enclosed_characters, fancy_letters, image_alt_text, spaced_letters, video_captions
from jsl.checks import accounts, duplicates, external_links, impersonation, links, mentions, platform_limits, quoted_posts
from jsl.checks import card_number, email_addresses, my_number, named_persons, phone_numbers, street_addresses

from jsl.checks import all_caps, credential, hearsay_rashii, plain_imperative

CHECKS = {
    "all_caps": all_caps,
    "credential": credential,
    "hearsay_rashii": hearsay_rashii,
    "plain_imperative": plain_imperative,
    "phone_numbers": phone_numbers,
    "email_addresses": email_addresses,
    "my_number": my_number,
    "card_number": card_number,
    "street_addresses": street_addresses,
    "named_persons": named_persons,
    "correction": correction,
    "dates": dates,
    "emoji_count": emoji_count,
    "enclosed_characters": enclosed_characters,
    "fancy_letters": fancy_letters,
    "image_alt_text": image_alt_text,
    "spaced_letters": spaced_letters,
    "video_captions": video_captions,
    "accounts": accounts,
    "duplicates": duplicates,
    "external_links": external_links,
    "impersonation": impersonation,
    "links": links,
    "mentions": mentions,
    "platform_limits": platform_limits,
    "quoted_posts": quoted_posts,
}
