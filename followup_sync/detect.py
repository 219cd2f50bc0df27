"""Which calendar events are the user's own job interviews.

A pure function of the event's text and the detection rules. Matching is on whole words (a keyword
inside a longer word does not count) for scripts written with spaces; for scripts without spaces
(Japanese, Chinese) a keyword matches anywhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from followup_sync.model import SourceEvent
from followup_sync.rules import DetectionRules

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def normalise(text: str) -> str:
    """Fold case, compatibility forms, dash variants and runs of blanks so rules match as written."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).casefold()
    return " ".join(text.split())


def _spaced_script(char: str) -> bool:
    """Scripts before CJK in Unicode separate words with spaces; a word boundary means something there."""
    return ord(char) < 0x2E80


@lru_cache(maxsize=512)
def _phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    words = normalise(phrase)
    if not words:
        return None
    body = re.escape(words).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[-\s]?")
    left = r"(?<!\w)" if _spaced_script(words[0]) else ""
    # A plural or possessive still counts: "interviews", "panel's".
    right = r"(?:s|es|'s)?(?!\w)" if _spaced_script(words[-1]) else ""
    return re.compile(left + body + right)


def contains_phrase(text: str, phrase: str) -> bool:
    """``phrase`` occurs in ``text`` as whole words, ignoring case, accents' forms and dash styles."""
    pattern = _phrase_pattern(phrase)
    return bool(pattern and pattern.search(normalise(text)))


def _has_tag(text: str, tag: str) -> bool:
    tag = normalise(tag)
    return bool(tag) and re.search(re.escape(tag) + r"(?![\w-])", normalise(text)) is not None


def is_interview(event: SourceEvent, rules: DetectionRules) -> bool:
    """True for the user's own interviews.

    The opt-out tag wins over everything; the ``#interview`` tag wins over exclusions (the user
    said so explicitly); otherwise the summary must name an interview and no exclusion may apply
    (mock interviews, prep, workshops, interviews the user conducts as an employee).
    """
    if event.cancelled:
        return False
    text = f"{event.summary}\n{event.description}"
    if _has_tag(text, rules.opt_out_tag):
        return False
    if _has_tag(text, rules.tag):
        return True
    summary = event.summary
    if any(contains_phrase(summary, phrase) for phrase in rules.exclude):
        return False
    return any(contains_phrase(summary, keyword) for keyword in rules.keywords)
