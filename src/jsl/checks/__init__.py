"""Named checks: Python for what a word list or pattern cannot express.

Each module has OPTIONS = {name: (type, default)} (type int, float, str, bool, "regex", "regex-list",
"list" or "wordlist") and check(doc, options) -> Iterator[Hit]; a check over
the whole run (duplicates) has check_run(docs, options) -> Iterator[(doc, Hit)]
instead. A rule file names the check; its messages stay in the YAML.
"""
from __future__ import annotations

from jsl.checks import cooccurrence, correction, endorsed_act, dates, emoji_count, enclosed_characters, fancy_letters, image_alt_text, spaced_letters, video_captions
from jsl.checks import listed_words, masked_words, qualified_pair
from jsl.checks import accounts, duplicates, external_links, impersonation, links, lookalike_accounts, mentions, platform_limits, quoted_posts
from jsl.checks import card_number, email_addresses, my_number, named_persons, phone_numbers, street_addresses

from jsl.checks import halfwidth_katakana
from jsl.checks import alt_cooccurrence, priced_offer
from jsl.checks import alt_pair
from jsl.checks import all_caps, credential, hearsay_endings, plain_imperative, regex_unless_post, sourced_words
from jsl.checks import disclaimed_words, named_target
from jsl.checks import document_names, profile_length, required_items

CHECKS = {
    "accounts": accounts,
    "all_caps": all_caps,
    "alt_cooccurrence": alt_cooccurrence,
    "alt_pair": alt_pair,
    "card_number": card_number,
    "cooccurrence": cooccurrence,
    "correction": correction,
    "credential": credential,
    "dates": dates,
    "document_names": document_names,
    "disclaimed_words": disclaimed_words,
    "duplicates": duplicates,
    "email_addresses": email_addresses,
    "emoji_count": emoji_count,
    "endorsed_act": endorsed_act,
    "enclosed_characters": enclosed_characters,
    "external_links": external_links,
    "fancy_letters": fancy_letters,
    "halfwidth_katakana": halfwidth_katakana,
    "hearsay_endings": hearsay_endings,
    "image_alt_text": image_alt_text,
    "impersonation": impersonation,
    "links": links,
    "lookalike_accounts": lookalike_accounts,
    "listed_words": listed_words,
    "masked_words": masked_words,
    "named_target": named_target,
    "mentions": mentions,
    "my_number": my_number,
    "named_persons": named_persons,
    "phone_numbers": phone_numbers,
    "plain_imperative": plain_imperative,
    "priced_offer": priced_offer,
    "platform_limits": platform_limits,
    "profile_length": profile_length,
    "qualified_pair": qualified_pair,
    "quoted_posts": quoted_posts,
    "regex_unless_post": regex_unless_post,
    "required_items": required_items,
    "sourced_words": sourced_words,
    "spaced_letters": spaced_letters,
    "street_addresses": street_addresses,
    "video_captions": video_captions,
}
