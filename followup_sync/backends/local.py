"""A local calendar: the user's events from a vdir (a folder of .ics files) or one .ics file,
generated events written as one .ics file each into a target vdir.

This is the khal/vdirsyncer layout, so a local calendar app, or vdirsyncer pushing to a CalDAV
server, shows the tasks. The user's files are only ever read. Writes are atomic. A vdir has no
tombstones: a file the user deleted is simply missing, and the service's ledger (``state.py``,
kept in the target folder) is what tells it apart from one never written.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from followup_sync import ics
from followup_sync.backends.base import AlreadyExists, PreconditionFailed, Unavailable
from followup_sync.fsutil import atomic_write
from followup_sync.ids import PREFIX
from followup_sync.model import Attendee, CalendarView, GeneratedEvent, SourceEvent, When, one_line
from followup_sync.zones import system_zone, zone_or_none

log = logging.getLogger(__name__)

#: Files larger than this are not calendars a person keeps by hand; skipped with a note.
MAX_FILE_BYTES = 20 * 1024 * 1024


class LocalBackend:
    source_id = "local"

    def __init__(self, path: Path, target: Path, zone: ZoneInfo | None) -> None:
        """``zone`` is the configured one; without it, times written without a zone (RFC 5545
        "floating" time) are read in the calendar's own zone (X-WR-TIMEZONE), else the machine's."""
        self.path = path
        self.target = target
        self.zone = zone
        self.floating_zone = zone or ZoneInfo("UTC")
        self._parsed: dict[str, tuple[str, GeneratedEvent | None]] = {}

    # -- reading -----------------------------------------------------------------------------

    def read(self, start: datetime, end: datetime) -> CalendarView:
        if not self.path.exists():
            raise Unavailable(f"calendar not found: {self.path} (check calendar.local.path)")
        notes: list[str] = []
        calendars = [(file, c) for file in self._source_files() if (c := self._load(file, notes)) is not None]
        zone_hint = next((z for _, c in calendars if (z := _calendar_zone(c))), None)
        self.floating_zone = self.zone or zone_or_none(zone_hint) or ZoneInfo(system_zone())
        events: list[SourceEvent] = []
        for file, calendar in calendars:
            events.extend(self._events(calendar, file, start, end, notes))
        generated = self._generated(notes)
        return CalendarView(tuple(events), tuple(generated), zone_hint, tuple(notes))

    def _source_files(self) -> list[Path]:
        if self.path.is_file():
            return [self.path]
        return sorted(p for p in self.path.iterdir() if p.suffix.lower() == ".ics" and p.is_file())

    def _load(self, file: Path, notes: list[str]) -> icalendar.Calendar | None:
        try:
            if file.stat().st_size > MAX_FILE_BYTES:
                notes.append(f"{file.name}: skipped, larger than {MAX_FILE_BYTES // 2**20} MiB")
                return None
            data = file.read_bytes()
        except OSError as error:
            notes.append(f"{file.name}: skipped, unreadable ({_short(error)})")
            return None
        return self._parse(file.name, data, notes)

    @staticmethod
    def _parse(name: str, data: bytes, notes: list[str]) -> icalendar.Calendar | None:
        try:
            return icalendar.Calendar.from_ical(data)
        except (ValueError, KeyError, IndexError) as error:
            notes.append(f"{name}: skipped, not a readable calendar ({_short(error)})")
            return None

    def _events(
        self, calendar: icalendar.Calendar, file: Path, start: datetime, end: datetime, notes: list[str]
    ) -> list[SourceEvent]:
        """Single events whatever their date (one may still have tasks pending); recurring ones as
        the instances inside [start, end)."""
        recurring = {_uid(c) for c in calendar.walk("VEVENT") if "RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c}
        components = [c for c in calendar.walk("VEVENT") if _uid(c) not in recurring]
        if recurring:
            try:
                instances = recurring_ical_events.of(calendar).between(start, end)
            except Exception as error:  # the library raises many types on odd recurrence data
                notes.append(f"{file.name}: recurring events skipped, not expandable ({_short(error)})")
                instances = []
            components += [c for c in instances if _uid(c) in recurring]
        events = []
        for component in components:
            if ics.MARK_KIND in component:
                continue  # our own output, when the target folder is also the source
            try:
                events.append(self._source_event(component, file, recurring))
            except (ValueError, TypeError, AttributeError, KeyError) as error:
                notes.append(f"{file.name}: an event was skipped ({_short(error)})")
        return events

    def _source_event(self, component: icalendar.Component, file: Path, recurring: set[str]) -> SourceEvent:
        uid = _uid(component) or f"file:{file.name}"
        start = self._when(component["DTSTART"].dt)
        end_prop = component.get("DTEND")
        if end_prop is not None:
            end = self._when(end_prop.dt)
        elif "DURATION" in component:
            end = start + component["DURATION"].dt
        else:
            end = start + timedelta(days=1) if not isinstance(start, datetime) else start
        key = uid
        if uid in recurring and "RECURRENCE-ID" in component:
            key = f"{uid}/{_stamp(self._when(component['RECURRENCE-ID'].dt))}"
        organizer = component.get("ORGANIZER")
        return SourceEvent(
            key=key,
            uid=uid,
            summary=str(component.get("SUMMARY", "")),
            start=start,
            end=end,
            description=str(component.get("DESCRIPTION", "")),
            location=str(component.get("LOCATION", "")),
            status=str(component.get("STATUS", "confirmed")),
            attendees=tuple(_attendees(component)),
            organizer=_address(organizer) if organizer else None,
            recurrence_id=self._when(component["RECURRENCE-ID"].dt) if key != uid else None,
            transparency=str(component.get("TRANSP", "OPAQUE")).lower(),
            categories=_categories(component),
            color=one_line(str(component.get("COLOR", "")), 40) or None,
            conference=_conference(component),
        )

    def _when(self, value: When) -> When:
        if isinstance(value, datetime) and value.tzinfo is None:
            return value.replace(tzinfo=self.floating_zone)
        return value

    def _generated(self, notes: list[str]) -> list[GeneratedEvent]:
        """Our files in the target folder, parsed again only when their bytes changed (idle passes)."""
        found: dict[str, GeneratedEvent] = {}
        parsed: dict[str, tuple[str, GeneratedEvent | None]] = {}
        for file in sorted(self.target.glob(f"{PREFIX}*.ics")) if self.target.is_dir() else ():
            try:
                data = file.read_bytes()
            except OSError as error:
                notes.append(f"{file.name}: unreadable ({_short(error)})")
                continue
            etag = _etag(data)
            known = self._parsed.get(file.stem)
            gen = known[1] if known and known[0] == etag else self._read_generated(file, data, etag, notes)
            parsed[file.stem] = (etag, gen)
            if gen is not None:
                found[file.stem] = gen
        self._parsed = parsed
        return list(found.values())

    def _read_generated(self, file: Path, data: bytes, etag: str, notes: list[str]) -> GeneratedEvent | None:
        calendar = self._parse(file.name, data, notes)
        for component in calendar.walk() if calendar is not None else ():
            gen = ics.read_generated(component)
            if gen is not None and gen.task.id == file.stem:
                return replace(gen, etag=etag)
        return None

    # -- writing -----------------------------------------------------------------------------

    def create(self, gen: GeneratedEvent) -> None:
        file = self._file(gen.task.id)
        if file.exists():
            raise AlreadyExists(f"{gen.task.id} exists already")
        atomic_write(file, ics.calendar_bytes([gen]))

    def update(self, old: GeneratedEvent, new: GeneratedEvent) -> None:
        file = self._file(old.task.id)
        if not file.exists() or _etag(file.read_bytes()) != old.etag:
            raise PreconditionFailed(f"{old.task.id} changed since it was read")
        atomic_write(file, ics.calendar_bytes([new]))

    def delete(self, old: GeneratedEvent) -> None:
        file = self._file(old.task.id)
        if file.exists() and old.etag is not None and _etag(file.read_bytes()) != old.etag:
            raise PreconditionFailed(f"{old.task.id} changed since it was read")
        file.unlink(missing_ok=True)

    # -- files -------------------------------------------------------------------------------

    def _file(self, task_id: str) -> Path:
        if not task_id.startswith(PREFIX) or not task_id.isalnum():
            raise ValueError(f"not a generated id: {task_id!r}")
        return self.target / f"{task_id}.ics"


def _uid(component: icalendar.Component) -> str:
    """The UID names the interview in markers and file names: one clean line, as long as Google allows."""
    return one_line(str(component.get("UID", "")), 1000)


def _etag(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _stamp(value: When) -> str:
    if isinstance(value, datetime):
        return value.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d") if isinstance(value, date) else str(value)


def _calendar_zone(calendar: icalendar.Calendar) -> str | None:
    name = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    return name or None


def _address(value: object) -> str:
    text = str(value)
    return text[7:] if text.lower().startswith("mailto:") else text


def _attendees(component: icalendar.Component) -> list[Attendee]:
    raw = component.get("ATTENDEE", [])
    values = raw if isinstance(raw, list) else [raw]
    people = []
    for value in values:
        params = getattr(value, "params", {})
        cutype = str(params.get("CUTYPE", "INDIVIDUAL")).upper()
        partstat = str(params.get("PARTSTAT", "")).lower()
        people.append(
            Attendee(
                email=_address(value),
                name=str(params["CN"]) if "CN" in params else None,
                is_resource=cutype in {"RESOURCE", "ROOM"},
                response={"needs-action": "needsAction", "": None}.get(partstat, partstat),
            )
        )
    return people


def _categories(component: icalendar.Component) -> tuple[str, ...]:
    """CATEGORIES may appear several times, each with a comma-separated list."""
    raw = component.get("CATEGORIES", [])
    found: list[str] = []
    for value in raw if isinstance(raw, list) else [raw]:
        cats = getattr(value, "cats", None)
        names = cats if cats is not None else str(value).split(",")
        found.extend(clean for name in names if (clean := one_line(str(name), 80)))
    return tuple(found)


#: Properties that calendar apps use to attach a video call to an invitation.
_CONFERENCE_PROPERTIES = {
    "X-GOOGLE-CONFERENCE": "Google Meet",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL": "Microsoft Teams",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK": "Microsoft Teams",
    "X-ZOOM-MEETING-ID": "Zoom",
}


def _conference(component: icalendar.Component) -> str:
    for name, solution in _CONFERENCE_PROPERTIES.items():
        if name in component:
            return solution
    conference = component.get("CONFERENCE")  # RFC 7986; one property or a list of them
    first = conference[0] if isinstance(conference, list) and conference else conference
    if first is None:
        return ""
    return one_line(str(getattr(first, "params", {}).get("LABEL", "")), 80) or "video call"


def _short(error: BaseException) -> str:
    return f"{type(error).__name__}: {str(error)[:120]}"

