"""iCalendar (.ics) rendering and reading of generated events.

Generated events carry four markers so a backend can recognise its own events and notice user
edits: ``X-FOLLOWUP-SYNC-KIND`` (the TaskKind value), ``X-FOLLOWUP-SYNC-INTERVIEW`` (the interview
key), ``X-FOLLOWUP-SYNC-FINGERPRINT`` (GeneratedEvent.fingerprint) and ``X-FOLLOWUP-SYNC-ID`` (the
task id).

Output is byte-stable: the same generated events give the same bytes (DTSTAMP comes from
``GeneratedEvent.written``, components are sorted, VTIMEZONEs cover whole years).

Notes on icalendar 7 that shaped this module:

* Properties whose names icalendar does not know (all ``X-`` properties) are written *unescaped*
  when added as ``str`` -- a newline in one trips an ``assert`` in the content-line code -- and are
  parsed back as ``vUnknown`` holding the raw, still escaped text. So markers are written as
  ``vText`` and unescaped by hand when read.
* Lone surrogates make ``to_ical`` raise ``UnicodeEncodeError``; NUL and other control characters
  are written through unchanged. Both are cleaned (``text.clean_text``) before they reach icalendar.
* ``vText`` escaping replaces a literal ``\\N`` with a line break before it escapes, so TEXT values
  are written by ``_Text``, which escapes exactly as RFC 5545 says; icalendar's reading is right.
* Folding is at 75 octets and never splits a UTF-8 sequence (it counts encoded bytes per code point).
* A ``timedelta(0)`` TRIGGER is written as ``P0D``; we write ``PT0S`` / ``-PT{n}M`` ourselves.
* A TZID that is not an IANA (or known Windows) name parses to a *naive* datetime, silently.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any, Literal, cast
from zoneinfo import ZoneInfo

import icalendar

from followup_sync.fsutil import atomic_write
from followup_sync.model import GeneratedEvent, Interview, Task, TaskKind
from followup_sync.text import clean_text
from followup_sync.vtimezone import vtimezone

__all__ = [
    "MARK_KIND",
    "MARK_INTERVIEW",
    "MARK_FINGERPRINT",
    "MARK_ID",
    "PRODID",
    "ALL_FILENAME",
    "ALL_CALNAME",
    "task_component",
    "calendar_bytes",
    "patched_bytes",
    "read_generated",
    "safe_filename",
    "interview_filename",
    "export_calendar",
    "clean_text",
]

MARK_KIND = "X-FOLLOWUP-SYNC-KIND"
MARK_INTERVIEW = "X-FOLLOWUP-SYNC-INTERVIEW"
MARK_FINGERPRINT = "X-FOLLOWUP-SYNC-FINGERPRINT"
MARK_ID = "X-FOLLOWUP-SYNC-ID"

PRODID = "-//followup-sync//followup-sync 0.1//EN"
UID_SUFFIX = "@followup-sync"
CATEGORY = "Job search"
ALL_FILENAME = "followup-sync.ics"
ALL_CALNAME = "Job search follow-ups"
DEFAULT_ALARM_MINUTES = 30

Format = Literal["vevent", "vtodo"]

_UTC_KEYS = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal",
                       "Etc/Zulu", "Zulu", "Etc/GMT", "GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0",
                       "GMT0", "GMT+0", "GMT-0", "Etc/Greenwich", "Greenwich"})

_SURROGATE = re.compile("[\ud800-\udfff]")


# --------------------------------------------------------------------------------------- writing


class _Trigger(icalendar.vDuration):
    """A TRIGGER written as ``-PT{n}M`` (``PT0S`` for zero) instead of icalendar's ``-P1DT...``."""

    def __init__(self, minutes: int) -> None:
        super().__init__(timedelta(minutes=-minutes))
        self._minutes = minutes

    def to_ical(self) -> bytes:
        if self._minutes == 0:
            return b"PT0S"
        if self._minutes > 0:
            return f"-PT{self._minutes}M".encode("ascii")
        return f"PT{-self._minutes}M".encode("ascii")


def _is_utc(tz: Any) -> bool:
    if tz is timezone.utc:
        return True
    return isinstance(tz, ZoneInfo) and tz.key in _UTC_KEYS


def _writable(when: datetime) -> datetime:
    """The datetime as it will be written: in its IANA zone (TZID form) when that is exact, else UTC.

    UTC is used for UTC zones, for non-zoneinfo tzinfos (fixed offsets), and for the second
    occurrence of a repeated hour (fold=1), which a TZID form cannot express (RFC 5545 says a
    repeated local time means the first occurrence). A nonexistent local time (in a DST gap) is
    written as the real local time of the same instant (zoneinfo's fold=0 reading, which is also
    RFC 5545's: the offset before the gap), since parsers disagree about gap times.
    """
    if when.tzinfo is None:
        return when.replace(tzinfo=timezone.utc)
    tz = when.tzinfo
    if _is_utc(tz) or not isinstance(tz, ZoneInfo) or not tz.key:
        return when.astimezone(timezone.utc)
    # Re-derive the wall time from the instant: a time in a gap becomes the real local time after
    # it, and the second occurrence of a repeated hour comes back with fold=1.
    local = when.astimezone(timezone.utc).astimezone(tz)
    if local.fold:
        return when.astimezone(timezone.utc)
    return local


def _span(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """Start and end as written. Both go to UTC when either is a wall time that occurs twice (the
    hour clocks go back) or the task spans a change of offset: khal (pytz) reads a repeated wall
    time as its second occurrence, and Radicale and recurring-ical-events add a span across a change
    in wall-clock time; an instant in UTC is read the same way by all of them."""
    first, last = _writable(start), _writable(end)
    local = [t for t in (first, last) if isinstance(t.tzinfo, ZoneInfo) and not _is_utc(t.tzinfo)]
    ambiguous = any(t.replace(fold=1).utcoffset() != t.utcoffset() for t in local)
    if ambiguous or first.utcoffset() != last.utcoffset() or first.tzinfo != last.tzinfo:
        return start.astimezone(timezone.utc), end.astimezone(timezone.utc)
    return first, last


def _tzid(when: datetime) -> str | None:
    tz = _writable(when).tzinfo
    return tz.key if isinstance(tz, ZoneInfo) else None


class _Text(icalendar.vText):
    """A TEXT value escaped by RFC 5545 alone. icalendar's own escaping first turns a literal
    backslash-N into a line break, so ``Company: Acme\\Nordics`` would read back as two lines."""

    def to_ical(self) -> bytes:
        escaped = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        return escaped.encode("utf-8")


def _text(value: str) -> _Text:
    return _Text(clean_text(value))


def task_component(gen: GeneratedEvent, fmt: Format = "vevent") -> icalendar.Component:
    """The VEVENT (or VTODO) for one generated event, markers and alarm included."""
    if fmt not in ("vevent", "vtodo"):
        raise ValueError(f"unknown format {fmt!r}")
    task = gen.task
    comp: icalendar.Component = icalendar.Event() if fmt == "vevent" else icalendar.Todo()
    summary = clean_text(task.summary)
    comp.add("uid", _text(f"{task.id}{UID_SUFFIX}"))
    written = gen.written if gen.written.tzinfo else gen.written.replace(tzinfo=timezone.utc)
    comp.add("dtstamp", written.astimezone(timezone.utc))
    comp.add("sequence", int(gen.sequence))
    comp.add("summary", _Text(summary))
    comp.add("description", _text(task.description))
    start, end = _span(task.start, task.end)
    comp.add("dtstart", start)
    if fmt == "vevent":
        comp.add("dtend", end)
        comp.add("transp", "TRANSPARENT")
    else:
        comp.add("due", end)
        comp.add("status", "NEEDS-ACTION")
    comp.add("related-to", _text(task.interview_uid))
    comp.add("categories", [CATEGORY])
    comp.add(MARK_KIND, _text(str(task.kind.value)))
    comp.add(MARK_INTERVIEW, _text(task.interview_key))
    comp.add(MARK_FINGERPRINT, _text(gen.fingerprint))
    comp.add(MARK_ID, _text(task.id))

    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _Text(summary))
    alarm["TRIGGER"] = _Trigger(int(task.alarm_minutes))
    comp.add_component(alarm)
    return comp


def _utc_key(when: datetime) -> datetime:
    if when.tzinfo is None:
        return when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)


def calendar_bytes(gens: Iterable[GeneratedEvent], fmt: Format = "vevent",
                   name: str | None = None) -> bytes:
    """A whole VCALENDAR with the given generated events (tombstones included if passed: filter first)."""
    gens = sorted(gens, key=lambda g: (_utc_key(g.task.start), g.task.id))
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if name is not None:
        cal.add("x-wr-calname", _text(name))

    years: dict[str, tuple[int, int]] = {}
    for gen in gens:
        for when in (gen.task.start, gen.task.end):
            written = _writable(when)
            tzid = _tzid(when)
            if tzid is None:
                continue
            year = written.year
            lo, hi = years.get(tzid, (year, year))
            years[tzid] = (min(lo, year), max(hi, year))
    for tzid in sorted(years):
        lo, hi = years[tzid]
        cal.add_component(vtimezone(tzid, date(lo, 1, 1), date(hi, 12, 31)))
    for gen in gens:
        cal.add_component(task_component(gen, fmt))
    return _ical(cal)


def _ical(calendar: icalendar.Component) -> bytes:
    """``calendar.to_ical()``, which icalendar 7 leaves unannotated: it returns the bytes of
    ``Contentlines.to_ical``."""
    return cast(bytes, calendar.to_ical())


#: What an update rewrites in an existing task file: what the plan decides, the markers and the
#: stamps. Everything else (a reminder, LOCATION, COLOR, an app's own X- properties) is the user's
#: and stays, as Google's patch keeps it (google/events.py PLANNED_FIELDS).
PLANNED_PROPERTIES = frozenset({"UID", "DTSTAMP", "SEQUENCE", "SUMMARY", "DESCRIPTION", "DTSTART", "DTEND", "DUE",
                                "DURATION", "RELATED-TO", MARK_KIND, MARK_INTERVIEW, MARK_FINGERPRINT, MARK_ID})


def patched_bytes(old: bytes, new: GeneratedEvent) -> bytes:
    """The task file ``old`` with only the planned properties of its event replaced by ``new``'s.

    The user's properties and reminders are carried over; a reminder we wrote (its text is the old
    summary) follows the new summary. ``old`` that holds no event of ours is replaced whole.
    """
    fresh = icalendar.Calendar.from_ical(calendar_bytes([new]))
    event = fresh.walk("VEVENT")[0]
    try:
        before = icalendar.Calendar.from_ical(old)
    except ValueError:
        return _ical(fresh)
    ours = [c for c in before.walk() if c.name in ("VEVENT", "VTODO") and MARK_KIND in c]
    if not ours:
        return _ical(fresh)
    previous = ours[0]
    for name in [name for name in event if name not in PLANNED_PROPERTIES]:
        del event[name]  # what the user removed (TRANSP, CATEGORIES) stays removed
    for name, value in previous.items():
        if name not in PLANNED_PROPERTIES:
            event[name] = value
    old_summary = _prop_text(previous, "SUMMARY")
    event.subcomponents = list(previous.subcomponents)
    for alarm in event.walk("VALARM"):
        if _prop_text(alarm, "DESCRIPTION") == old_summary:
            alarm["DESCRIPTION"] = _Text(new.task.summary)
    return _ical(fresh)


# --------------------------------------------------------------------------------------- reading

_UNESCAPE = re.compile(r"\\([\\;,nN])")


def _unescape(raw: str) -> str:
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _prop_text(comp: icalendar.Component, name: str) -> str | None:
    """A TEXT property's value, unescaped whether icalendar knew its type (vText) or not (vUnknown)."""
    value = _first(comp.get(name))
    if value is None:
        return None
    if isinstance(value, icalendar.vText):
        return str(value)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value)
    if isinstance(value, icalendar.prop.vUnknown) or type(value).__name__ in ("vUnknown", "vBroken"):
        return _unescape(text)
    return text


def _value(comp: icalendar.Component, name: str) -> Any:
    prop = _first(comp.get(name))
    if prop is None:
        return None
    return getattr(prop, "dt", prop)


def _aware(value: Any, *, fallback_tz: Any = timezone.utc) -> datetime | None:
    """A datetime from a DTSTART-like value: dates become midnight, floating times get ``fallback_tz``."""
    if isinstance(value, datetime):
        return _zoned(value, fallback_tz)
    if isinstance(value, date):
        return datetime.combine(value, time(0), tzinfo=fallback_tz)
    return None


def _zoned(value: datetime, fallback_tz: tzinfo = timezone.utc) -> datetime:
    """``value`` as it is if it has a zone, else in ``fallback_tz`` (a floating time)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=fallback_tz)
    return value


def _alarm_minutes(comp: icalendar.Component, start: datetime, end: datetime) -> int:
    alarms = [c for c in comp.subcomponents if c.name == "VALARM"]
    if not alarms:
        return DEFAULT_ALARM_MINUTES
    display = [a for a in alarms if str(a.get("ACTION", "")).upper() == "DISPLAY"]
    alarm = (display or alarms)[0]
    prop = _first(alarm.get("TRIGGER"))
    trigger = getattr(prop, "dt", None)
    if isinstance(trigger, timedelta):
        related = str(getattr(prop, "params", {}).get("RELATED", "START")).upper()
        anchor = end if related == "END" else start
        # In UTC: wall-clock arithmetic across a DST change would be an hour off.
        moment = anchor.astimezone(timezone.utc) + trigger
    elif isinstance(trigger, datetime):
        moment = _zoned(trigger)
    else:
        return DEFAULT_ALARM_MINUTES
    seconds = (start.astimezone(timezone.utc) - moment.astimezone(timezone.utc)).total_seconds()
    return int(round(seconds / 60))


def read_generated(component: icalendar.Component) -> GeneratedEvent | None:
    """The generated event a VEVENT/VTODO written by :func:`task_component` describes.

    None when the component carries no ``X-FOLLOWUP-SYNC-KIND`` marker, when the markers are
    malformed, or when it has no usable DTSTART. Never raises. Tolerates what calendar apps do to
    events: a dropped VALARM (alarm_minutes = 30), DTSTART moved to UTC, to a floating time or to a
    date (taken as UTC midnight), DTEND replaced by DURATION, a missing DTSTAMP.
    """
    try:
        return _read_generated(component)
    except Exception:  # noqa: BLE001 - the contract is "never raise"; a broken event is not ours
        return None


def _read_generated(comp: icalendar.Component) -> GeneratedEvent | None:
    if getattr(comp, "name", None) not in ("VEVENT", "VTODO"):
        return None
    kind_text = _prop_text(comp, MARK_KIND)
    if kind_text is None:
        return None
    try:
        kind = TaskKind(kind_text.strip())
    except ValueError:
        return None
    interview_key = _prop_text(comp, MARK_INTERVIEW)
    fingerprint = _prop_text(comp, MARK_FINGERPRINT)
    task_id = _prop_text(comp, MARK_ID)
    if not task_id:
        uid = _prop_text(comp, "UID") or ""
        task_id = uid[: -len(UID_SUFFIX)] if uid.endswith(UID_SUFFIX) else None
    if not interview_key or not fingerprint or not task_id:
        return None

    raw_start = _value(comp, "DTSTART")
    start = _aware(raw_start)
    if start is None:
        return None
    end_name = "DUE" if comp.name == "VTODO" else "DTEND"
    end = _aware(_value(comp, end_name))
    if end is None:
        duration = _value(comp, "DURATION")
        if isinstance(duration, timedelta):
            end = start + duration
        elif isinstance(raw_start, date) and not isinstance(raw_start, datetime):
            end = start + timedelta(days=1)
        else:
            end = start

    written = _aware(_value(comp, "DTSTAMP")) or _aware(_value(comp, "LAST-MODIFIED"))
    if written is None:
        written = datetime(1970, 1, 1, tzinfo=timezone.utc)
    try:
        sequence = int(_first(comp.get("SEQUENCE", 0)))
    except (TypeError, ValueError):
        sequence = 0

    task = Task(
        id=task_id,
        kind=kind,
        interview_key=interview_key,
        interview_uid=_prop_text(comp, "RELATED-TO") or "",
        summary=_prop_text(comp, "SUMMARY") or "",
        description=_prop_text(comp, "DESCRIPTION") or "",
        start=start,
        end=end,
        alarm_minutes=_alarm_minutes(comp, start, end),
    )
    return GeneratedEvent(task=task, fingerprint=fingerprint,
                          written=written.astimezone(timezone.utc), sequence=sequence)


# --------------------------------------------------------------------------------------- files

_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{i}" for i in range(10)}
    | {f"LPT{i}" for i in range(10)}
)
_NOT_SLUG = re.compile(r"[^A-Za-z0-9_-]+")
_DASHES = re.compile(r"-{2,}")


def safe_filename(text: str, *, max_len: int = 60) -> str:
    """A file-name stem safe on every OS: matches ``^[A-Za-z0-9][A-Za-z0-9_-]*$``, at most ``max_len``.

    Accents are transliterated (NFKD), everything else outside ``[A-Za-z0-9_-]`` becomes ``-``;
    never empty (``untitled``), never a Windows device name (``CON`` -> ``CON_``).
    """
    max_len = max(1, int(max_len))
    text = _SURROGATE.sub("", str(text))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _DASHES.sub("-", _NOT_SLUG.sub("-", ascii_text))
    slug = slug.lstrip("-_").rstrip("-_")
    slug = slug[:max_len].rstrip("-_")
    if not slug:
        slug = "untitled"[:max_len]
    if slug.upper() in _WINDOWS_RESERVED:
        slug = slug[: max_len - 1] + "_" if len(slug) >= max_len else slug + "_"
    return slug


def _interview_date(interview: Interview) -> date:
    start = interview.event.start
    return start.date() if isinstance(start, datetime) else start


def interview_filename(interview: Interview) -> str:
    """``<safe company or summary>-<YYYY-MM-DD>-<sha256(key)[:8]>.ics``."""
    digest = hashlib.sha256(interview.key.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    name = interview.company or interview.event.summary.strip() or "interview"
    return f"{safe_filename(name)}-{_interview_date(interview).isoformat()}-{digest}.ics"


#: The names :func:`interview_filename` produces; only such files are ever removed.
_OWN_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.ics$")


def _write_if_changed(path: Path, data: bytes) -> None:
    try:
        if path.is_file() and not path.is_symlink() and path.read_bytes() == data:
            return
    except OSError:
        pass
    atomic_write(path, data)


def export_calendar(gens: Sequence[GeneratedEvent], interviews: Mapping[str, Interview],
                    out_dir: Path, fmt: Format = "vevent", previous: Collection[str] = ()) -> list[Path]:
    """Write ``followup-sync.ics`` and one file per interview with tasks into ``out_dir``.

    Tombstones are skipped. Generated events whose interview is not in ``interviews`` are in the
    combined file only. Per-interview files of an earlier export that are no longer wanted are
    removed: only names in ``previous`` (the manifest of what we wrote there; a file of the user's
    that merely looks like ours is never touched). A file whose bytes would not change is not rewritten
    (its mtime stays, so sync tools see no change); returns the paths that make up the export
    (combined file first, then per-interview files by name).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    live = [g for g in gens if not g.deleted]

    combined = out_dir / ALL_FILENAME
    _write_if_changed(combined, calendar_bytes(live, fmt, name=ALL_CALNAME))

    by_interview: dict[str, list[GeneratedEvent]] = {}
    for gen in live:
        by_interview.setdefault(gen.task.interview_key, []).append(gen)
    per_file: dict[str, bytes] = {}
    for key, group in by_interview.items():
        interview = interviews.get(key)
        if interview is None:
            continue
        filename = interview_filename(interview)
        per_file[filename] = calendar_bytes(group, fmt, name=f"{ALL_CALNAME}: {clean_text(interview.label)}")

    written = [combined]
    for filename in sorted(per_file):
        path = out_dir / filename
        _write_if_changed(path, per_file[filename])
        written.append(path)

    for name in sorted(set(previous) - set(per_file)):
        entry = out_dir / name
        if _OWN_FILE.match(name) and (entry.is_symlink() or entry.is_file()):
            entry.unlink(missing_ok=True)
    return written
