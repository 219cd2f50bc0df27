"""Rounds with one employer: which interviews a later interview with the same company supersedes.

One follow-up call belongs after the last round, not one per round: a call about round one
while round two is already booked (or right in the middle of it) is noise at best. Rounds are
told apart by the company the interview names, else by its title without round words
("Initech round 1", "Initech - Final Round").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from followup_sync.detect import normalise
from followup_sync.details import interview_end, interview_start
from followup_sync.model import Interview
from followup_sync.rules import DEFAULT_KEYWORDS

_ROUND_WORDS = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|final|next|last|round|stage|part|follow[- ]?up)\b")


_LEGAL_FORMS = re.compile(r"\b(?:inc|incorporated|corp|corporation|co|company|llc|ltd|limited|plc|gmbh|ag|sa|bv|oy)\b")
_KEYWORDS = re.compile("|".join(re.escape(k) for k in sorted(DEFAULT_KEYWORDS, key=len, reverse=True)))


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _company(interview: Interview) -> str:
    """What makes two interviews rounds with one employer: the company without its legal form
    ("Acme Corp" is "ACME"), else the title without interview and round words."""
    if interview.company:
        return "company:" + (_words(_LEGAL_FORMS.sub(" ", _words(normalise(interview.company))))
                             or normalise(interview.company))
    stem = _ROUND_WORDS.sub(" ", _KEYWORDS.sub(" ", normalise(interview.event.summary)))
    return "title:" + _words(stem)


def superseded_rounds(interviews: Iterable[Interview], zone: ZoneInfo) -> set[str]:
    """Interviews followed by a later round with the same company: their call and nudge wait for it."""
    latest: dict[str, datetime] = {}
    live = [i for i in interviews if not i.event.cancelled]
    for interview in live:
        begins = interview_start(interview.event, zone)
        key = _company(interview)
        latest[key] = max(latest.get(key, begins), begins)
    return {i.key for i in live
            if (later := latest[_company(i)]) >= interview_end(i.event, zone) and later > interview_start(i.event, zone)}


def later_rounds(interviews: Iterable[Interview], zone: ZoneInfo) -> set[str]:
    """Interviews that follow an earlier round with the same company: the letter thanks them for
    "meeting with me again"."""
    first: dict[str, datetime] = {}
    live = [i for i in interviews if not i.event.cancelled]
    for interview in live:
        key = _company(interview)
        first[key] = min(first.get(key, begins := interview_start(interview.event, zone)), begins)
    return {i.key for i in live if first[_company(i)] < interview_start(i.event, zone)}
