"""What an interview event tells us: company, role, interviewers, decision date, style, outcome.

Explicit description lines win (``Company: Acme``); otherwise the summary and the attendees are
read. Anything that cannot be used becomes a readable problem on the Interview, never an error.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo
from typing import TypeVar
from zoneinfo import ZoneInfo

from followup_sync.addresses import CALENDAR_SYSTEM
from followup_sync.company import resolve as resolve_company
from followup_sync.decision_prose import find_decision
from followup_sync.decision_words import DateOrder
from followup_sync.detect import normalise
from followup_sync.model import Attendee, Interview, Interviewer, Outcome, SourceEvent, Style, one_line
from followup_sync.people import is_team_mailbox, name_from_address, parse_person, person_from_attendee
from followup_sync.rules import Identity, PlanRules
from followup_sync.text import plain_text
from followup_sync.zones import zone_from_text

#: A "Name: value" line; one optional bullet between blanks read once ("\s*[-*•]?\s*" backtracks with the square of a
#: blank line's length: a line of 20,000 blanks took 26 s).
_FIELD_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(company|employer|role|position|job|interviewers?|contacts?|decision|style|status|address"
    r"|channel|time[ -]?zone|tz)\s*[:=]\s*(.*)$",
    re.IGNORECASE,
)
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
#: How the user has been in touch, as the thank-you channel it implies.
_CHANNELS = {
    "e-mail": "e-mail", "email": "e-mail", "e mail": "e-mail", "mail": "letter", "letter": "letter",
    "post": "letter", "postal": "letter", "postal mail": "letter", "snail mail": "letter", "by hand": "by hand",
    "hand": "by hand", "hand-delivered": "by hand", "in person": "by hand", "fax": "fax",
}
#: A US or Canadian "state postcode" part, which stays on the line of its city: "Springfield, IL 62701".
_REGION_PART = re.compile(r"^[A-Z]{2}(?:\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?$")


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


#: Zones whose people write the month first (12/04 is December 4): the United States and Canada's
#: English-speaking provinces, East Asia (not Hong Kong, which writes the day first) and the Philippines;
#: everyone else writes the day first.
_MONTH_FIRST = re.compile(
    r"^(?:America/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Juneau|Sitka|Nome|Adak|Boise|Detroit|"
    r"Indiana/.*|Kentucky/.*|North_Dakota/.*|Menominee|Metlakatla|Yakutat|Toronto|Vancouver|Edmonton|Winnipeg|"
    r"Regina|Halifax|St_Johns|Whitehorse|Yellowknife)|US/.*|Canada/.*|Pacific/Honolulu|EST5EDT|CST6CDT|MST7MDT|"
    r"PST8PDT|America/(?:Puerto_Rico|Indianapolis|Louisville|Fort_Wayne|Knox_IN)|Navajo|Pacific/(?:Guam|Saipan|"
    r"Pago_Pago)|Asia/(?:Tokyo|Seoul|Shanghai|Taipei|Manila))$"
)


#: Zones that say nothing about where the user lives (a server's clock).
_UNIVERSAL = frozenset("UTC Etc/UTC GMT Etc/GMT UCT Etc/UCT Zulu Etc/Zulu Universal Etc/Universal Greenwich "
                       "Etc/Greenwich GMT0 Etc/GMT0 GMT+0 GMT-0 Etc/GMT+0 Etc/GMT-0".split())


def date_order_for(zone: tzinfo) -> DateOrder:
    """How people in ``zone`` write a date like 12/04, for ``date_order: auto``; month first when the
    zone says nothing (a bare UTC offset)."""
    key = getattr(zone, "key", None)
    if not isinstance(key, str) or key in _UNIVERSAL:
        return "mdy"
    return "mdy" if _MONTH_FIRST.match(key) else "dmy"


def last_day(event: SourceEvent, zone: ZoneInfo) -> date:
    """The interview's last calendar day in the user's zone (an end at midnight belongs to the day before)."""
    end = interview_end(event, zone)
    start = interview_start(event, zone)
    if end <= start:
        return start.date()
    return (end - timedelta(microseconds=1)).date()


def read_interview(
    event: SourceEvent,
    rules: PlanRules,
    identity: Identity,
    zone: ZoneInfo,
) -> Interview:
    """Everything the planner needs from one interview event."""
    fields = _field_lines(plain_text(event.description).splitlines()[:500])
    problems: list[str] = []
    own = _own_addresses(event, identity)
    interviewers: list[Interviewer] = []
    contacts = [parse_person(v) for v in fields.get("contact", []) if v]
    for person in (parse_person(v) for v in fields.get("interviewer", []) if v):
        # A line naming only a team mailbox ("Interviewer: recruiting@acme.com") is a contact.
        named_team = bool(person.email) and is_team_mailbox(person.email) and person.name == name_from_address(
            person.email or "")
        (contacts if named_team or is_team_mailbox(None, person.name) else interviewers).append(person)
    # Names from Interviewer: lines are persons; resolve reads the attendees' names itself.
    found = resolve_company(event, own, (p.name for p in interviewers if p.name))
    guests, mailboxes = _people_from_attendees(event, own)
    interviewers = interviewers or guests
    contacts += [m for m in mailboxes if m.email not in {c.email for c in contacts}]

    text = f"{event.summary}\n{plain_text(event.description)}"
    order = date_order_for(zone) if rules.date_order == "auto" else rules.date_order
    decision = find_decision(text, last_day(event, zone), order)
    if decision.problem:
        problems.append(decision.problem)

    style = _lookup(_first(fields, "style"), _STYLES, "style", problems)
    outcome = _lookup(_first(fields, "status"), _OUTCOMES, "status", problems)
    channel = _lookup(_first(fields, "channel"), _CHANNELS, "channel", problems)
    zone_text = _first(fields, "time zone")
    interviewer_zone = zone_from_text(zone_text) if zone_text else None
    if zone_text and interviewer_zone is None:
        problems.append(f"unknown time zone {zone_text[:40]!r} (an IANA name such as Asia/Tokyo, or JST, CET, PT)")
    return Interview(
        event=event,
        company=found.name if found else None,
        company_source=found.source if found else None,
        role=_first(fields, "role") or None,
        interviewers=tuple(interviewers),
        decision=decision.date,
        decision_text=decision.phrase,
        style=style,
        outcome=outcome,
        problems=tuple(problems),
        address=_address(fields.get("address", [])),
        channel=channel,
        interviewer_zone=interviewer_zone,
        contacts=tuple(contacts[:20]),
    )


def _field_lines(lines: list[str]) -> dict[str, list[str]]:
    """``Name: value`` lines by field; an ``Address:`` keeps its indented continuation lines, one per line."""
    fields: dict[str, list[str]] = {}
    in_address = False
    for line in lines:
        match = _FIELD_LINE.match(line)
        if match:
            name = re.sub(r"[ -]", "", match.group(1).lower())
            name = _FIELD_ALIASES.get(name, name)
            fields.setdefault(name, []).append(one_line(match.group(2)))
            in_address = name == "address"
        elif in_address and line[:1].isspace() and line.strip() and fields["address"][-1].count("\n") < 8:
            fields["address"][-1] += "\n" + one_line(line, 100)
        else:
            in_address = False
    return fields


def _address(values: list[str]) -> str | None:
    """The first ``Address:`` as lines: continuation lines as given, else split at " / " or ", "."""
    text = next((v for v in values if v.strip()), "")
    if "\n" in text:
        lines = text.split("\n")
    elif " / " in text:
        lines = text.split(" / ")
    else:
        lines = []
        for part in text.split(", "):
            if lines and _REGION_PART.match(part.strip()):
                lines[-1] += ", " + part.strip()
            else:
                lines.append(part)
    kept = [one_line(line, 100) for line in lines if line.strip()]
    return "\n".join(kept[:8]) or None


_FIELD_ALIASES = {
    "employer": "company", "position": "role", "job": "role", "interviewers": "interviewer", "contacts": "contact",
    "timezone": "time zone", "tz": "time zone",
}
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


def _people_from_attendees(event: SourceEvent, own: frozenset[str]) -> tuple[list[Interviewer], list[Interviewer]]:
    """The guests other than the user, split into people (interviewers) and team mailboxes (contacts).

    The organizer counts too when it is a team mailbox: recruiting teams often send the invitation
    without being a guest of it.
    """
    people: list[Interviewer] = []
    mailboxes: list[Interviewer] = []
    for attendee in _others(event.attendees, own):
        team = is_team_mailbox(attendee.email, attendee.name)
        (mailboxes if team else people).append(person_from_attendee(attendee.email, attendee.name))
    organizer = (event.organizer or "").lower()
    if organizer and organizer not in own and is_team_mailbox(organizer) and all(
            m.email and m.email.lower() != organizer for m in mailboxes):
        mailboxes.append(person_from_attendee(organizer, None))
    return people, mailboxes


