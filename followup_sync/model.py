"""The value types every layer shares.

Backends translate their wire formats into these and back; the core (detection, details, planner,
reconcile, export) only ever sees these. All of them are immutable so a pass can be replayed from
the same inputs and give the same result.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from enum import StrEnum

from followup_sync.text import clean_text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")

#: A point in time as calendars store it: an aware datetime, or a date for all-day events.
When = datetime | date


def one_line(text: str, limit: int = 200) -> str:
    """Event text made safe to place anywhere: no control characters or breaks, blanks folded, capped."""
    return " ".join(_CONTROL.sub(" ", text).split())[:limit].strip()


class TaskKind(StrEnum):
    """What a generated event asks the user to do. The value is part of the deterministic id."""

    BEFORE_INTERVIEW = "before-interview"
    DETAILS = "details"
    THANK_YOU = "thank-you"
    FOLLOW_UP_CALL = "follow-up-call"
    KEEP_SEARCHING = "keep-searching"


class Style(StrEnum):
    """The company's culture, which decides the thank-you channel."""

    TRADITIONAL = "traditional"
    CREATIVE = "creative"


class Outcome(StrEnum):
    """What the user has heard back; any outcome makes the follow-up call pointless."""

    OFFER = "offer"
    REJECTED = "rejected"
    HEARD_BACK = "heard back"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class Attendee:
    """A guest of an event. ``response`` is the calendar's own word (accepted, declined, tentative,
    needsAction) in lower case, ``None`` when not stated."""

    email: str
    name: str | None = None
    is_self: bool = False
    is_resource: bool = False
    response: str | None = None
    is_organizer: bool = False


@dataclass(frozen=True)
class SourceEvent:
    """An event of the user's calendar, as a backend read it.

    ``key`` identifies the event (or one instance of a recurring event) within its calendar and
    stays the same when the event is moved, so the tasks planned from it move with it.
    ``start``/``end`` are aware datetimes, or dates for all-day events (``end`` exclusive).
    """

    key: str
    uid: str
    summary: str
    start: When
    end: When
    description: str = ""
    location: str = ""
    status: str = "confirmed"
    attendees: tuple[Attendee, ...] = ()
    organizer: str | None = None
    recurrence_id: When | None = None
    #: Evidence beyond the text, for detection and for telling busy time from free time:
    #: ``transparency`` is "opaque" (busy) or "transparent" (free); ``event_type`` is Google's
    #: (default, focusTime, outOfOffice, workingLocation, ...); ``categories`` are ICS CATEGORIES;
    #: ``color`` is Google's colorId or an ICS COLOR; ``organizer_self`` says the user created it;
    #: ``conference`` names the video-call data attached ("Google Meet", "Zoom"), empty when none.
    transparency: str = "opaque"
    event_type: str = "default"
    categories: tuple[str, ...] = ()
    color: str | None = None
    organizer_self: bool = False
    conference: str = ""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def cancelled(self) -> bool:
        return self.status.lower() == "cancelled"

    @property
    def busy(self) -> bool:
        """Whether the event blocks the user's time (RFC 5545 TRANSP, Google transparency)."""
        return self.transparency.lower() != "transparent" and not self.cancelled


@dataclass(frozen=True)
class Interviewer:
    """A person the user met, or (in ``Interview.contacts``) a mailbox to reach the company.

    ``name`` is the name without any honorific; ``honorific`` is the one given ("Dr.", "Prof.",
    "Ms.", ...), never guessed, so a letter can open "Dear Dr. Chen" only when that is known.
    """

    name: str
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    honorific: str | None = None

    @property
    def full_name(self) -> str:
        """The name as it heads a letter or a contact line: "Dr. Wei Chen"."""
        return f"{self.honorific} {self.name}" if self.honorific else self.name

    @property
    def complete(self) -> bool:
        """The advice asks for each interviewer's name, title and a way to reach them."""
        return bool(self.name and self.title and (self.email or self.phone))


@dataclass(frozen=True)
class Interview:
    """A detected interview with what could be learned from it. ``problems`` are reported, never raised."""

    event: SourceEvent
    company: str | None = None
    role: str | None = None
    interviewers: tuple[Interviewer, ...] = ()
    decision: date | None = None
    decision_text: str | None = None
    style: Style | None = None
    outcome: Outcome | None = None
    problems: tuple[str, ...] = ()
    #: Where ``company`` was read: "company line", "attendee domain", "organizer domain", "title".
    company_source: str | None = None
    #: The postal address for a mailed letter (an ``Address:`` line), when known.
    address: str | None = None
    #: How the user has been in touch, from a ``Channel:`` line ("e-mail", "letter", ...).
    channel: str | None = None
    #: The interviewer's IANA time zone when stated; else the interview's own zone applies.
    interviewer_zone: str | None = None
    #: Team mailboxes, schedulers and ATS senders on the invitation: ways to reach the company,
    #: never addressed as interviewers.
    contacts: tuple[Interviewer, ...] = ()

    @property
    def key(self) -> str:
        return self.event.key

    @property
    def label(self) -> str:
        """How summaries and tables name the interview: the company, else the event title.

        Rounds of a recurring interview add their date, so their tasks can be told apart.
        """
        name = one_line(self.company or self.event.summary, 80) or "interview"
        if self.event.recurrence_id is not None:
            start = self.event.start
            name += f" ({start:%b} {start.day})"
        return name


def _normalise_text(text: str) -> str:
    """Calendars rewrite line ends and trailing blanks on round trips; those are not user edits."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


@dataclass(frozen=True)
class Task:
    """A generated event: what the planner wants, or what a backend read back from the calendar."""

    id: str
    kind: TaskKind
    interview_key: str
    interview_uid: str
    summary: str
    description: str
    start: datetime
    end: datetime
    alarm_minutes: int = 30
    #: The planned time had already passed, so the task went to the next free slot; an existing
    #: copy that is still ahead need not move. Planning detail only, never stored.
    overdue: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        # The one place task text is sanitized, before any fingerprint: what is written is what
        # every backend reads back (text.py says why).
        object.__setattr__(self, "summary", clean_text(self.summary))
        object.__setattr__(self, "description", clean_text(self.description))

    def fingerprint(self) -> str:
        """A digest of what the user sees. A mismatch with the stored marker means the user edited it."""
        parts = (
            _normalise_text(self.summary),
            _normalise_text(self.description),
            self.start.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
            self.end.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
        )
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True)
class GeneratedEvent:
    """A generated event that exists in the target calendar, or its tombstone.

    ``fingerprint`` is the marker written with the event; ``written`` and ``sequence`` make the
    exported DTSTAMP/SEQUENCE stable; ``etag`` is the backend's revision for conditional writes.
    """

    task: Task
    fingerprint: str
    written: datetime
    sequence: int = 0
    deleted: bool = False
    etag: str | None = None

    @property
    def edited(self) -> bool:
        return not self.deleted and self.task.fingerprint() != self.fingerprint

    @classmethod
    def tombstone(cls, task_id: str) -> GeneratedEvent:
        """A generated event known to have existed that the user deleted; only its id is known."""
        epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
        task = Task(task_id, TaskKind.DETAILS, "", "", "", "", epoch, epoch)
        return cls(task=task, fingerprint="", written=epoch, deleted=True)


@dataclass(frozen=True)
class CalendarView:
    """Everything one pass reads from a backend."""

    events: tuple[SourceEvent, ...]
    generated: tuple[GeneratedEvent, ...]
    timezone: str | None = None
    notes: tuple[str, ...] = field(default=())
    #: An empty read is the calendar's own answer (an API said so), not possibly a missing folder.
    trust_empty: bool = False
    #: What could not be read is unknown, not gone. ``unreadable`` names sources (files) that were
    #: skipped in whole or in part: any interview not read this pass may live there.
    #: ``unknown_keys`` are events known to exist whose content could not be read.
    unreadable: tuple[str, ...] = ()
    unknown_keys: frozenset[str] = frozenset()
