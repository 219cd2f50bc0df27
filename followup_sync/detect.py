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


@lru_cache(maxsize=64)
def _any_phrase(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a whole list, so an event's text is normalised and scanned once, not per phrase."""
    parts = [p.pattern for p in map(_phrase_pattern, phrases) if p is not None]
    return re.compile("|".join(f"(?:{part})" for part in parts)) if parts else None


def _matches_any(normalised: str, phrases: tuple[str, ...]) -> bool:
    pattern = _any_phrase(phrases)
    return bool(pattern and pattern.search(normalised))


def _has_tag(normalised: str, tag: str) -> bool:
    tag = normalise(tag)
    return bool(tag) and re.search(re.escape(tag) + r"(?![\w-])", normalised) is not None


def is_interview(event: SourceEvent, rules: DetectionRules) -> bool:
    """True for the user's own interviews.

    The opt-out tag wins over everything; the ``#interview`` tag wins over exclusions (the user
    said so explicitly); otherwise the summary must name an interview and no exclusion may apply
    (mock interviews, prep, workshops, interviews the user conducts as an employee).
    """
    if event.cancelled:
        return False
    summary = normalise(event.summary)
    text = f"{summary}\n{normalise(event.description)}" if "#" in event.description else summary
    if _has_tag(text, rules.opt_out_tag):
        return False
    if _has_tag(text, rules.tag):
        return True
    return not _matches_any(summary, rules.exclude) and _matches_any(summary, rules.keywords)
