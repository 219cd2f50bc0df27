"""What an interview event tells us: company, role, interviewers, decision date, style, outcome.

Explicit description lines win (``Company: Acme``); otherwise the summary and the attendees are
read. Anything that cannot be used becomes a readable problem on the Interview, never an error.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from followup_sync.company import CALENDAR_SYSTEM
from followup_sync.company import resolve as resolve_company
from followup_sync.decision_prose import find_decision
from followup_sync.detect import normalise
from followup_sync.model import Attendee, Interview, Interviewer, Outcome, SourceEvent, Style, one_line
from followup_sync.rules import DetectionRules, Identity, PlanRules

_FIELD_LINE = re.compile(
    r"^\s*[-*•]?\s*(company|employer|role|position|job|interviewers?|decision|style|status)\s*[:=]\s*(.*)$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,}(?:\s*(?:x|ext\.?)\s*\d+)?$", re.IGNORECASE)
_TAG = re.compile(r"(?<!\w)#[\w-]+")

_STYLES = {
    "traditional": Style.TRADITIONAL, "formal": Style.TRADITIONAL, "conservative": Style.TRADITIONAL,
    "corporate": Style.TRADITIONAL, "creative": Style.CREATIVE, "relaxed": Style.CREATIVE,
    "casual": Style.CREATIVE, "informal": Style.CREATIVE, "startup": Style.CREATIVE,
}
_OUTCOMES = {
    "offer": Outcome.OFFER, "offered": Outcome.OFFER, "accepted": Outcome.OFFER,
    "rejected": Outcome.REJECTED, "rejection": Outcome.REJECTED, "no offer": Outcome.REJECTED,
    "heard back": Outcome.HEARD_BACK, "heard-back": Outcome.HEARD_BACK, "withdrawn": Outcome.WITHDRAWN,
    "withdrew": Outcome.WITHDRAWN,
}


def plain_text(description: str) -> str:
    """Google stores descriptions typed in its web UI as HTML; read them as lines of text."""
    if "<" not in description and "&" not in description:
        return description
    text = re.sub(r"(?i)<\s*br\s*/?>|</\s*(p|div|li)\s*>", "\n", description)
    text = re.sub(r"<[^>]{0,500}>", "", text)
    return html.unescape(text)


def _in_zone(when: datetime | date, zone: ZoneInfo) -> datetime:
    """A calendar time in ``zone``; a date (all-day event) is local midnight of that day."""
    if isinstance(when, datetime):
        return when.astimezone(zone)
    return datetime.combine(when, datetime.min.time()).replace(tzinfo=zone)


def interview_end(event: SourceEvent, zone: ZoneInfo) -> datetime:
    """When the interview is over, in ``zone``; an all-day event is over at midnight after its last day."""
    return _in_zone(event.end, zone)


def interview_start(event: SourceEvent, zone: ZoneInfo) -> datetime:
    return _in_zone(event.start, zone)


def last_day(event: SourceEvent, zone: ZoneInfo) -> date:
    """The interview's last calendar day in the user's zone (an end at midnight belongs to the day before)."""
    end = interview_end(event, zone)
    start = interview_start(event, zone)
    if end <= start:
        return start.date()
    return (end - timedelta(microseconds=1)).date()


def read_interview(
    event: SourceEvent,
    detection: DetectionRules,
    rules: PlanRules,
    identity: Identity,
    zone: ZoneInfo,
) -> Interview:
    """Everything the planner needs from one interview event."""
    fields: dict[str, list[str]] = {}
    for line in plain_text(event.description).splitlines()[:500]:
        match = _FIELD_LINE.match(line)
        if match:
            name = match.group(1).lower()
            fields.setdefault(_FIELD_ALIASES.get(name, name), []).append(one_line(match.group(2)))

    problems: list[str] = []
    own = _own_addresses(event, identity)
    interviewers = tuple(_parse_interviewer(v) for v in fields.get("interviewer", []) if v)
    # Names from Interviewer: lines are persons; resolve reads the attendees' names itself.
    found = resolve_company(event, own, (p.name for p in interviewers if p.name))
    if not interviewers:
        interviewers = _interviewers_from_attendees(event.attendees, own)

    text = f"{event.summary}\n{plain_text(event.description)}"
    decision = find_decision(text, last_day(event, zone), rules.date_order)
    if decision.problem:
        problems.append(decision.problem)

    style = _lookup(_first(fields, "style"), _STYLES, "style", problems)
    outcome = _lookup(_first(fields, "status"), _OUTCOMES, "status", problems)
    return Interview(
        event=event,
        company=found.name if found else None,
        company_source=found.source if found else None,
        role=_first(fields, "role") or None,
        interviewers=interviewers,
        decision=decision.date,
        decision_text=decision.phrase,
        style=style,
        outcome=outcome,
        problems=tuple(problems),
    )


_FIELD_ALIASES = {"employer": "company", "position": "role", "job": "role", "interviewers": "interviewer"}
_T = TypeVar("_T")


def _first(fields: dict[str, list[str]], name: str) -> str:
    values = [v for v in fields.get(name, []) if v]
    return values[0] if values else ""


def _lookup(text: str, table: dict[str, _T], what: str, problems: list[str]) -> _T | None:
    if not text:
        return None
    key = normalise(text).rstrip(".!")
    if key in table:
        return table[key]
    problems.append(f"unknown {what} {text[:40]!r} (expected one of: {', '.join(sorted(set(map(str, table.values()))))})")
    return None


def _parse_interviewer(text: str) -> Interviewer:
    """``Jane Doe, Engineering Manager, jane@acme.com, +1 555 0100`` in any order after the name."""
    email_match = _EMAIL.search(text)
    email = email_match.group(0) if email_match else None
    rest = _EMAIL.sub(" ", text).replace("<>", " ").replace("()", " ")
    parts = [p.strip(" <>()") for p in re.split(r"[,;|]", rest)]
    parts = [p for p in parts if p]
    phone = next((p for p in parts if _PHONE.match(p) and sum(c.isdigit() for c in p) >= 7), None)
    words = [p for p in parts if p != phone]
    name = words[0] if words else (email.split("@")[0] if email else "")
    title = ", ".join(words[1:]) or None
    return Interviewer(name=one_line(name, 80), title=title and one_line(title, 80), email=email, phone=phone)


def _own_addresses(event: SourceEvent, identity: Identity) -> frozenset[str]:
    own = {e.lower() for e in identity.emails}
    own.update(a.email.lower() for a in event.attendees if a.is_self)
    return frozenset(own)


def _others(attendees: tuple[Attendee, ...], own: frozenset[str]) -> list[Attendee]:
    return [
        a for a in attendees
        if a.email and a.email.lower() not in own and not a.is_resource and not a.is_self
        and not a.email.lower().endswith(CALENDAR_SYSTEM)
    ]


def _interviewers_from_attendees(attendees: tuple[Attendee, ...], own: frozenset[str]) -> tuple[Interviewer, ...]:
    people = []
    for attendee in _others(attendees, own):
        name = one_line(attendee.name or "", 80) or _name_from_address(attendee.email)
        people.append(Interviewer(name=name, email=attendee.email))
    return tuple(people)


def _name_from_address(email: str) -> str:
    local = email.split("@")[0]
    return " ".join(part.capitalize() for part in re.split(r"[._-]+", local) if part) or email


