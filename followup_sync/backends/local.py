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
from operator import itemgetter
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from icalendar.timezone import tzp

from followup_sync import bounds, ics
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
        unreadable: list[str] = []
        calendars = []
        for file in self._source_files():
            calendar = self._load(file, notes)
            if calendar is None:
                unreadable.append(file.name)
            else:
                calendars.append((file, calendar))
        zone_hint = next((z for _, c in calendars if (z := _calendar_zone(c))), None)
        self.floating_zone = self.zone or zone_or_none(zone_hint) or ZoneInfo(system_zone())
        events: list[SourceEvent] = []
        for file, calendar in calendars:
            noted = len(notes)
            events.extend(self._events(calendar, file, start, end, notes))
            if len(notes) > noted:  # every note of _events is about something of the file left unread
                unreadable.append(file.name)
        generated = self._generated(notes)
        return CalendarView(tuple(events), tuple(generated), zone_hint, tuple(notes), unreadable=tuple(unreadable))

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
            calendar = icalendar.Calendar.from_ical(data)
            _check_zones(calendar)
        except (ValueError, KeyError, IndexError, TypeError) as error:
            # TypeError: dateutil, building a time zone whose rule has no FREQ.
            notes.append(f"{name}: skipped, not a readable calendar ({_short(error)})")
            # icalendar keeps the first definition of each TZID it does not know by name for the
            # whole process, from a file rejected here or half-parsed too, and would lend it to the
            # next file naming that TZID: forget them all (the provider stays icalendar's default,
            # and each file parsed after this defines its own zones again).
            tzp.use_zoneinfo()
            return None
        return calendar

    def _events(
        self, calendar: icalendar.Calendar, file: Path, start: datetime, end: datetime, notes: list[str]
    ) -> list[SourceEvent]:
        """Single events whatever their date (one may still have tasks pending); recurring ones as
        the instances inside [start, end)."""
        by_uid: dict[str, list[icalendar.Component]] = {}
        for component in calendar.walk("VEVENT"):
            by_uid.setdefault(_uid(component), []).append(component)
        recurring = {uid for uid, series in by_uid.items()
                     if any("RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c for c in series)}
        components = [c for uid, series in by_uid.items() if uid not in recurring for c in series]
        zones = calendar.walk("VTIMEZONE")
        for uid in sorted(recurring):
            components += self._instances(by_uid[uid], zones, file, start, end, notes)
        events = []
        for component in components:
            if ics.MARK_KIND in component:
                continue  # our own output, when the target folder is also the source
            try:
                events.append(self._source_event(component, file, recurring))
            except (ValueError, TypeError, AttributeError, KeyError, OverflowError) as error:
                notes.append(f"{file.name}: an event was skipped ({_short(error)})")
        return events

    def _instances(self, series: list[icalendar.Component], zones: list[icalendar.Component], file: Path,
                   start: datetime, end: datetime, notes: list[str]) -> list[icalendar.Component]:
        """One recurring event's instances in [start, end), at most ``bounds.MAX_INSTANCES`` of them
        (:meth:`_occurrences`); one recurring more often than hourly is not expanded at all
        (an endless ``FREQ=SECONDLY`` would otherwise fill the memory), nor one that does not occur
        again within a century (``bounds.recurs_after``). ``series`` is the event's
        components (the rule and its changed instances), ``zones`` the file's VTIMEZONEs."""
        name = f"{file.name}: recurring event {one_line(str(series[0].get('SUMMARY', '')), 60)!r}"
        alone = icalendar.Calendar()
        try:
            for component in [*zones, *(self._capped(c) for c in series)]:
                alone.add_component(component)
            rules = [(c, _rule(r)) for c in series for r in _list(c.get("RRULE"))]
            if any(bounds.too_frequent(rule) for _, rule in rules):
                notes.append(f"{name} skipped: it repeats more often than hourly")
                return []
            firsts = []
            for component, rule in rules:
                first = self._moment(_time(component, "DTSTART"))
                if not bounds.in_range(first) or bounds.too_far_back(rule, start - first):
                    notes.append(f"{name} skipped: it starts too long before the dates read, on {first:%Y-%m-%d}")
                    return []
                # However far the read reaches (an instance moved by up to a year), a next occurrence
                # must end dateutil's search.
                after = (end + bounds.MAX_DURATION).astimezone(first.tzinfo)
                if bounds.may_never_recur(rule) and not bounds.recurs_after(
                        _probe(rule), _wall(_time(component, "DTSTART")), _wall(after)):
                    notes.append(f"{name} skipped: it has no occurrence in the {bounds.SEARCH_YEARS} years "
                                 "after the dates read")
                    return []
                firsts.append(first)
            since = max(start, min(firsts, default=start))  # no rule occurs before its first occurrence
            found = self._occurrences(recurring_ical_events.of(alone), start, end, since,
                                      sum(bounds.occurrences(rule, end - since) for _, rule in rules))
        except Exception as error:  # the library raises many types on odd recurrence data
            notes.append(f"{name} skipped, not expandable ({_short(error)})")
            return []
        if len(found) > bounds.MAX_INSTANCES:
            notes.append(f"{name}: only its first {bounds.MAX_INSTANCES} occurrences are read")
        return found[:bounds.MAX_INSTANCES]

    def _occurrences(self, query: Any, start: datetime, end: datetime, since: datetime,
                     expected: float) -> list[icalendar.Component]:
        """The instances of ``query`` (recurring_ical_events' for one event) in [start, end), by
        start, up to one more than ``bounds.MAX_INSTANCES``; ``expected``: about how many its rules
        have in [since, end) (``bounds.occurrences``), none before ``since``.

        Read with one ``between``: recurring_ical_events walks a rule from its first occurrence for
        each span it is asked, and ``after``, asking span after span, walked a daily rule from 1990
        again for each of the 580 days read (17 s a pass, against 0.08 s). A rule with more
        occurrences than are kept is read over the part of the window that should hold them,
        doubled until it does, so an endless hourly rule builds 1,250 instances, not 9,600.

        Where the window ends is this reader's, as it always was: a floating time counts in the
        floating zone, where recurring_ical_events reads it in the zone of the window's start;
        so it is asked as far as either reading needs, and its answer cut here."""
        # A quarter more than is kept: a rule as dense as expected is read in one go.
        share = 1.25 * bounds.MAX_INSTANCES / expected if expected > 0 else 1.0
        stop = end if share >= 1 else min(end, since + max((end - since) * share, timedelta(seconds=1)))
        while True:
            floating = stop.astimezone(self.floating_zone).replace(tzinfo=start.tzinfo)
            timed = [(self._moment(_time(instance, "DTSTART")), instance)
                     for instance in query.between(start, max(stop, floating).astimezone(start.tzinfo))]
            found = [instance for moment, instance in sorted(timed, key=itemgetter(0)) if moment < stop]
            if len(found) > bounds.MAX_INSTANCES or stop >= end:
                return found
            stop = min(end, since + (stop - since) * 2)

    def _capped(self, component: icalendar.Component) -> icalendar.Component:
        """``component``, or a copy of it that lasts ``bounds.MAX_DURATION`` when it lasts longer
        either way: cut before it is expanded, as it is cut after (``bounds.bounded``). An instance
        is read wherever it overlaps the dates read, so each one that started up to the event's
        length before them is built: a daily event from 2000 lasting until 2100 gave 10,000
        instances, to keep the first thousand, all from 2000, none near the dates read."""
        start = self._moment(_time(component, "DTSTART"))
        if "DTEND" in component:
            length = self._moment(_time(component, "DTEND")) - start
        elif "DURATION" in component:
            length = _duration(component)
        else:
            return component
        if abs(length) <= bounds.MAX_DURATION:
            return component
        capped = component.copy()
        for subcomponent in component.subcomponents:
            capped.add_component(subcomponent)
        capped.pop("DTEND", None)
        capped["DURATION"] = icalendar.vDuration(bounds.MAX_DURATION)
        return capped

    def _moment(self, value: When) -> datetime:
        """A calendar time as an aware datetime: floating times and dates in the calendar's zone."""
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=self.floating_zone)
        return datetime(value.year, value.month, value.day, tzinfo=self.floating_zone)

    def _source_event(self, component: icalendar.Component, file: Path, recurring: set[str]) -> SourceEvent:
        uid = _uid(component) or f"file:{file.name}"
        start = self._when(_time(component, "DTSTART"))
        if "DTEND" in component:
            end = self._when(_time(component, "DTEND"))
        elif "DURATION" in component:
            end = start + bounds.capped(_duration(component))
        else:
            end = start + timedelta(days=1) if not isinstance(start, datetime) else start
        key = uid
        if uid in recurring and "RECURRENCE-ID" in component:
            key = f"{uid}/{_stamp(self._when(_time(component, 'RECURRENCE-ID')))}"
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
            recurrence_id=self._when(_time(component, "RECURRENCE-ID")) if key != uid else None,
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
        """Patch only what the plan owns (ics.PLANNED_PROPERTIES): the user's reminder, place and
        colour stay, as on Google."""
        file = self._file(old.task.id)
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            data = b""
        if not data or _etag(data) != old.etag:
            raise PreconditionFailed(f"{old.task.id} changed since it was read")
        atomic_write(file, ics.patched_bytes(data, new))

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


def _time(component: icalendar.Component, name: str) -> When:
    """DTSTART, DTEND or RECURRENCE-ID as the date or date-time it must be. A time of day, a period
    or a duration there is no moment to plan around, and would break whatever compares or adds it
    later: TypeError, so the event is skipped with a note."""
    value = _decoded(component, name)
    if isinstance(value, date):  # a datetime is a date too
        return value
    raise TypeError(f"{name} is a {type(value).__name__}, not a date or a date-time")


def _rule(value: object) -> icalendar.vRecur:
    """An RRULE as the rule it must be, checked before anything reads or expands it. icalendar keeps
    one that did not parse (``FREQ=BOGUS``, ``INTERVAL=x``, ``UNTIL=garbage``) as text that raises
    on first use and one marked ``VALUE=TEXT`` as text, and parses one without FREQ or with
    ``INTERVAL=0``, which dateutil then cannot expand, or expands forever. Each is a ValueError that
    names the problem, so the event is skipped with a note (the file, for a time zone's rule)."""
    if isinstance(value, icalendar.vBroken):
        raise ValueError(f"RRULE does not parse ({value.parse_error})")
    if not isinstance(value, icalendar.vRecur):
        raise ValueError(f"RRULE is {type(value).__name__}, not a rule")
    if not value.get("FREQ"):
        raise ValueError("RRULE has no FREQ")
    intervals = value.get("INTERVAL", [])
    if not all(isinstance(n, int) and n >= 1 for n in intervals):
        raise ValueError(f"RRULE has INTERVAL={','.join(map(str, intervals))}, not a positive whole number")
    return value


def _probe(rule: icalendar.vRecur) -> str:
    """``rule`` as dateutil reads it, without COUNT and UNTIL: whether it occurs, not for how long
    (both end a search only at an occurrence)."""
    probe: Any = icalendar.vRecur({k: v for k, v in rule.items() if k not in ("COUNT", "UNTIL")})
    return str(probe.to_ical(), "utf-8")  # icalendar leaves vRecur.to_ical unannotated: bytes


def _wall(value: When) -> datetime:
    """A calendar time on its own clock, naive, a date at midnight: as dateutil expands a rule."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime(value.year, value.month, value.day)


def _check_zones(calendar: icalendar.Calendar) -> None:
    """Raises ValueError naming the first time zone (VTIMEZONE) whose rule could stall the pass.
    dateutil walks an observance's rule from its start to each time converted in that zone, keeping
    every step, so ``INTERVAL=0`` never ends and ``FREQ=SECONDLY`` from 1970 fills the memory; such
    a rule is held to an event's bounds, up to the last year the product plans for."""
    horizon = datetime(bounds.MAX_YEAR + 1, 1, 1)
    for zone in calendar.walk("VTIMEZONE"):
        name = one_line(str(zone.get("TZID", "")), 60)
        for observance in zone.subcomponents:
            for value in _list(observance.get("RRULE")):
                try:
                    rule, first = _rule(value), _time(observance, "DTSTART")
                except (ValueError, TypeError, KeyError, AttributeError) as error:
                    raise ValueError(f"time zone {name!r}: {error}") from error
                since = horizon - datetime(first.year, first.month, first.day)  # to the day is enough
                if bounds.too_frequent(rule) or bounds.too_far_back(rule, since):
                    raise ValueError(f"time zone {name!r}: its rule repeats too often "
                                     f"({one_line(value.to_ical().decode(), 80)})")


def _duration(component: icalendar.Component) -> timedelta:
    """DURATION as the timedelta it must be; anything else is a TypeError, as for :func:`_time`."""
    value = _decoded(component, "DURATION")
    if isinstance(value, timedelta):
        return value
    raise TypeError(f"DURATION is a {type(value).__name__}, not a duration")


def _decoded(component: icalendar.Component, name: str) -> object:
    """What a date, date-time or duration property holds (its ``.dt``), for the two above to narrow:
    icalendar types a property as any of its thirty value classes, most without ``.dt``. Raises as
    reading ``.dt`` always did, and the event is skipped with the error: KeyError when the property
    is missing, AttributeError when it repeats (icalendar gives a list) or is of another type
    (``VALUE=TEXT``), BrokenCalendarProperty when its value did not parse (it keeps the parse error)."""
    value: object = getattr(component[name], "dt")
    return value


def _list(value: object) -> list[Any]:
    """A property icalendar gives as one value or a list of them (it repeats), as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


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
    """An error for a note, cleaned: its text may quote the calendar's (``got: <the value>``)."""
    return f"{type(error).__name__}: {one_line(str(error), 120)}"

