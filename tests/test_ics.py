"""Tests of followup_sync.ics and followup_sync.vtimezone: RFC form, three parsers, round trips."""

from __future__ import annotations

import os
import random
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st
from ical.calendar_stream import IcsCalendarStream

from followup_sync import ics
from followup_sync.ics import (
    calendar_bytes,
    clean_text,
    export_calendar,
    interview_filename,
    read_generated,
    safe_filename,
    task_component,
)
from followup_sync.model import GeneratedEvent, Interview, SourceEvent, Task, TaskKind
from followup_sync.vtimezone import transitions, vtimezone

from tests.icslint import lint

UTC = timezone.utc
NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
KATHMANDU = ZoneInfo("Asia/Kathmandu")
ZUTC = ZoneInfo("UTC")
WRITTEN = datetime(2026, 1, 15, 8, 0, 0, tzinfo=UTC)


def make(task_id: str, start: datetime, *, minutes: int = 30, kind: TaskKind = TaskKind.THANK_YOU,
         summary: str | None = None, description: str = "Write to them.\nMention the project.",
         alarm: int = 30, interview_key: str = "iv-1", interview_uid: str = "interview-1@example.com",
         sequence: int = 1, fingerprint: str | None = None, deleted: bool = False) -> GeneratedEvent:
    task = Task(
        id=task_id,
        kind=kind,
        interview_key=interview_key,
        interview_uid=interview_uid,
        summary=summary if summary is not None else f"Thank-you letter ({task_id})",
        description=description,
        start=start,
        # Elapsed time, not wall-clock arithmetic: 01:30 + 30 min on the night clocks go forward is
        # 03:00, not the nonexistent 02:00 (which Python would not call equal to 03:00 read back).
        end=(start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(start.tzinfo),
        alarm_minutes=alarm,
    )
    return GeneratedEvent(task=task, fingerprint=fingerprint or task.fingerprint(), written=WRITTEN,
                          sequence=sequence, deleted=deleted)


# Around New York's 2026 DST changes (Mar 8 02:00 -> 03:00, Nov 1 02:00 -> 01:00), Berlin's
# (Mar 29, Oct 25), a 45-minute zone, UTC (two spellings), and one in 2027 to span two years.
SAMPLES = [
    make("ny-before-spring", datetime(2026, 3, 7, 9, 0, tzinfo=NY)),
    make("ny-night-before-gap", datetime(2026, 3, 8, 1, 30, tzinfo=NY)),
    make("ny-after-gap", datetime(2026, 3, 8, 3, 30, tzinfo=NY), alarm=0),
    make("ny-after-spring", datetime(2026, 3, 9, 9, 0, tzinfo=NY), kind=TaskKind.FOLLOW_UP_CALL),
    make("ny-before-fall", datetime(2026, 10, 31, 9, 0, tzinfo=NY)),
    make("ny-night-before-fold", datetime(2026, 11, 1, 0, 30, tzinfo=NY)),
    make("ny-first-1-30", datetime(2026, 11, 1, 1, 30, tzinfo=NY), minutes=15),
    make("ny-after-fold", datetime(2026, 11, 1, 3, 0, tzinfo=NY), alarm=90),
    make("ny-after-fall", datetime(2026, 11, 2, 9, 0, tzinfo=NY), kind=TaskKind.KEEP_SEARCHING),
    make("berlin-spring", datetime(2026, 3, 29, 10, 0, tzinfo=BERLIN), kind=TaskKind.DETAILS),
    make("berlin-summer", datetime(2026, 7, 1, 14, 0, tzinfo=BERLIN), alarm=1440),
    make("berlin-fall", datetime(2026, 10, 25, 10, 0, tzinfo=BERLIN)),
    make("berlin-2027", datetime(2027, 2, 1, 8, 0, tzinfo=BERLIN)),
    make("kathmandu", datetime(2026, 5, 1, 9, 15, tzinfo=KATHMANDU)),
    make("utc-zoneinfo", datetime(2026, 6, 1, 12, 0, tzinfo=ZUTC)),
    make("utc-timezone", datetime(2026, 6, 2, 12, 0, tzinfo=UTC)),
]
BY_UID = {f"{g.task.id}@followup-sync": g for g in SAMPLES}


def utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def parse_icalendar(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


@pytest.fixture(scope="module", params=["vevent", "vtodo"])
def rendered(request) -> tuple[str, bytes]:
    return request.param, calendar_bytes(SAMPLES, request.param, name="Job search follow-ups")


# ------------------------------------------------------------------------------- form and lint


def test_rendered_calendar_lints_clean(rendered):
    _, data = rendered
    assert lint(data) == []


def test_calendar_properties(rendered):
    _, data = rendered
    text = data.decode()
    head = text.split("BEGIN:VTIMEZONE")[0]
    assert "\r\nVERSION:2.0\r\n" in head
    assert "\r\nPRODID:-//followup-sync//followup-sync 0.1//EN\r\n" in head
    assert "\r\nCALSCALE:GREGORIAN\r\n" in head
    assert "\r\nX-WR-CALNAME:Job search follow-ups\r\n" in head
    assert "UID" not in head
    assert re.findall(r"^TZID:(.*)\r$", text, re.M) == ["America/New_York", "Asia/Kathmandu",
                                                      "Europe/Berlin"]
    assert "TZID=UTC" not in text and "TZID:UTC" not in text


def test_calendar_without_name_has_no_calname():
    assert b"X-WR-CALNAME" not in calendar_bytes(SAMPLES[:2])


def test_components_sorted_by_start_and_byte_stable():
    data = calendar_bytes(SAMPLES)
    shuffled = SAMPLES[:]
    random.Random(7).shuffle(shuffled)
    assert calendar_bytes(shuffled) == data
    uids = re.findall(rb"^UID:(.*)\r$", data, re.M)
    expected = sorted(SAMPLES, key=lambda g: (utc(g.task.start), g.task.id))
    assert [u.decode() for u in uids] == [f"{g.task.id}@followup-sync" for g in expected]


def test_empty_calendar_is_valid():
    data = calendar_bytes([])
    assert lint(data) == []
    assert parse_icalendar(data).walk("VEVENT") == []
    assert IcsCalendarStream.calendar_from_ics(data.decode()).events == []


def test_vevent_fields():
    comp = task_component(SAMPLES[0])
    data = comp.to_ical().decode()
    assert "UID:ny-before-spring@followup-sync\r\n" in data
    assert "DTSTAMP:20260115T080000Z\r\n" in data
    assert "SEQUENCE:1\r\n" in data
    assert "DTSTART;TZID=America/New_York:20260307T090000\r\n" in data
    assert "DTEND;TZID=America/New_York:20260307T093000\r\n" in data
    assert "RELATED-TO:interview-1@example.com\r\n" in data
    assert "CATEGORIES:Job search\r\n" in data
    assert "TRANSP:TRANSPARENT\r\n" in data
    assert "X-FOLLOWUP-SYNC-KIND:thank-you\r\n" in data
    assert "X-FOLLOWUP-SYNC-INTERVIEW:iv-1\r\n" in data
    assert f"X-FOLLOWUP-SYNC-FINGERPRINT:{SAMPLES[0].fingerprint}\r\n" in data
    assert "X-FOLLOWUP-SYNC-ID:ny-before-spring\r\n" in data
    alarm = data.split("BEGIN:VALARM\r\n")[1].split("END:VALARM")[0]
    assert "ACTION:DISPLAY\r\n" in alarm
    assert "DESCRIPTION:Thank-you letter (ny-before-spring)\r\n" in alarm
    assert "TRIGGER:-PT30M\r\n" in alarm
    assert "DUE" not in data and "STATUS" not in data


def test_vtodo_fields():
    data = task_component(SAMPLES[0], "vtodo").to_ical().decode()
    assert data.startswith("BEGIN:VTODO\r\n")
    assert "DUE;TZID=America/New_York:20260307T093000\r\n" in data
    assert "STATUS:NEEDS-ACTION\r\n" in data
    assert "DTEND" not in data and "TRANSP" not in data
    assert "BEGIN:VALARM" in data


def test_unknown_format_rejected():
    with pytest.raises(ValueError):
        task_component(SAMPLES[0], "vjournal")  # type: ignore[arg-type]


@pytest.mark.parametrize(("minutes", "trigger"), [(30, "-PT30M"), (0, "PT0S"), (90, "-PT90M"),
                                                  (1440, "-PT1440M"), (-10, "PT10M")])
def test_trigger_form(minutes, trigger):
    gen = make("t", datetime(2026, 5, 1, 9, tzinfo=BERLIN), alarm=minutes)
    data = task_component(gen).to_ical().decode()
    assert f"TRIGGER:{trigger}\r\n" in data
    back = read_generated(icalendar.Event.from_ical(data))
    assert back is not None and back.task.alarm_minutes == minutes


def test_utc_written_in_z_form():
    for gen in SAMPLES:
        if gen.task.id.startswith("utc"):
            data = task_component(gen).to_ical().decode()
            assert "DTSTART:20260601T120000Z\r\n" in data or "DTSTART:20260602T120000Z\r\n" in data
            assert "TZID" not in data


def test_second_occurrence_of_repeated_hour_written_in_utc():
    # 01:30 EST on 2026-11-01 (fold=1) is 06:30Z; the TZID form could only mean 01:30 EDT.
    start = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NY)
    gen = make("fold1", start)
    data = calendar_bytes([gen])
    assert b"DTSTART:20261101T063000Z\r\n" in data
    assert lint(data) == []
    back = read_generated(parse_icalendar(data).walk("VEVENT")[0])
    # Python never calls a fold=1 time equal to a time in another zone (PEP 495), so compare instants.
    assert utc(back.task.start) == utc(start)
    assert utc(back.task.end) == utc(gen.task.end)


def test_time_in_dst_gap_written_as_real_local_time():
    start = datetime(2026, 3, 8, 2, 30, tzinfo=NY)  # does not exist; zoneinfo (and RFC 5545): 07:30Z
    data = calendar_bytes([make("gap", start)])
    assert b"DTSTART;TZID=America/New_York:20260308T033000\r\n" in data
    event = parse_icalendar(data).walk("VEVENT")[0]
    assert utc(event.decoded("dtstart")) == utc(start) == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)


def test_fixed_offset_tzinfo_written_in_utc():
    start = datetime(2026, 5, 1, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    data = calendar_bytes([make("fixed", start)])
    assert b"DTSTART:20260501T070000Z\r\n" in data
    assert lint(data) == []


# ------------------------------------------------------------------------------- three parsers


def test_icalendar_reads_same_instants(rendered):
    fmt, data = rendered
    cal = parse_icalendar(data)
    comps = cal.walk("VEVENT" if fmt == "vevent" else "VTODO")
    assert len(comps) == len(SAMPLES)
    for comp in comps:
        gen = BY_UID[str(comp["UID"])]
        assert utc(comp.decoded("DTSTART")) == utc(gen.task.start)
        end = comp.decoded("DTEND" if fmt == "vevent" else "DUE")
        assert utc(end) == utc(gen.task.end)


def test_ical_package_reads_same_instants(rendered):
    fmt, data = rendered
    calendar = IcsCalendarStream.calendar_from_ics(data.decode())
    items = calendar.events if fmt == "vevent" else calendar.todos
    assert len(items) == len(SAMPLES)
    for item in items:
        gen = BY_UID[item.uid]
        assert utc(item.dtstart) == utc(gen.task.start)
        end = item.dtend if fmt == "vevent" else item.due
        assert utc(end) == utc(gen.task.end)
        assert item.summary == gen.task.summary
        assert item.description == gen.task.description


def test_vobject_reads_same_instants(rendered):
    fmt, data = rendered
    cal = vobject.readOne(data.decode())
    items = cal.vevent_list if fmt == "vevent" else cal.vtodo_list
    assert len(items) == len(SAMPLES)
    for item in items:
        gen = BY_UID[item.uid.value]
        assert utc(item.dtstart.value) == utc(gen.task.start)
        end = item.dtend.value if fmt == "vevent" else item.due.value
        assert utc(end) == utc(gen.task.end)
        assert item.summary.value == gen.task.summary


def test_recurring_ical_events_sees_every_event():
    cal = parse_icalendar(calendar_bytes(SAMPLES))
    found = recurring_ical_events.of(cal).between(datetime(2026, 1, 1, tzinfo=UTC),
                                                  datetime(2028, 1, 1, tzinfo=UTC))
    got = {str(e["UID"]): utc(e.decoded("DTSTART")) for e in found}
    assert got == {uid: utc(g.task.start) for uid, g in BY_UID.items()}


# ------------------------------------------------------------------------------- VTIMEZONE


def _observances(tz: icalendar.Timezone) -> list[tuple[str, list[datetime], timedelta, timedelta, str]]:
    out = []
    for sub in tz.subcomponents:
        onsets = [sub.decoded("DTSTART")]
        rdates = sub.get("RDATE", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            onsets.extend(p.dt for p in rdate.dts)
        out.append((sub.name, onsets, sub.decoded("TZOFFSETFROM"), sub.decoded("TZOFFSETTO"),
                    str(sub.get("TZNAME", ""))))
    return out


def rfc_offset(tz: icalendar.Timezone, instant: datetime) -> timedelta:
    """The UTC offset at ``instant`` as RFC 5545 defines it: the latest onset (local time in
    TZOFFSETFROM) at or before the instant gives TZOFFSETTO."""
    best: tuple[datetime, timedelta] | None = None
    for _, onsets, off_from, off_to, _ in _observances(tz):
        for onset in onsets:
            onset_utc = (onset - off_from).replace(tzinfo=UTC)
            if onset_utc <= instant and (best is None or onset_utc > best[0]):
                best = (onset_utc, off_to)
    assert best is not None, f"{instant} before the first onset"
    return best[1]


def test_rfc_example_new_york():
    tz = vtimezone("America/New_York", date(2026, 1, 1), date(2026, 12, 31))
    text = tz.to_ical().decode()
    assert "BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZNAME:EDT\r\nTZOFFSETFROM:-0500\r\n" \
           "TZOFFSETTO:-0400\r\nEND:DAYLIGHT" in text
    assert "BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZNAME:EST\r\nTZOFFSETFROM:-0400\r\n" \
           "TZOFFSETTO:-0500\r\nEND:STANDARD" in text
    assert "BEGIN:STANDARD\r\nDTSTART:20260101T000000\r\nTZNAME:EST\r\nTZOFFSETFROM:-0500\r\n" \
           "TZOFFSETTO:-0500\r\nEND:STANDARD" in text


def test_berlin_dtstart_in_offset_from():
    text = vtimezone("Europe/Berlin", date(2025, 1, 1), date(2027, 12, 31)).to_ical().decode()
    # DAYLIGHT starts 02:00 CET (not 03:00 CEST, which icalendar's from_tzinfo writes).
    assert "DTSTART:20250330T020000\r\nRDATE:20260329T020000\r\nRDATE:20270328T020000\r\n" in text
    assert "DTSTART:20251026T030000\r\nRDATE:20261025T030000\r\nRDATE:20271031T030000\r\n" in text
    assert "COMMENT" not in text


@pytest.mark.parametrize(("tzid", "offset", "name"), [
    ("Asia/Tokyo", "+0900", "JST"), ("UTC", "+0000", "UTC"), ("Asia/Kolkata", "+0530", "IST"),
    ("Asia/Kathmandu", "+0545", "+0545"),
])
def test_zones_without_transitions(tzid, offset, name):
    text = vtimezone(tzid, date(2026, 1, 1), date(2027, 12, 31)).to_ical().decode()
    assert text == (f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:20260101T000000\r\n"
                    f"TZNAME:{name}\r\nTZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\n"
                    "END:STANDARD\r\nEND:VTIMEZONE\r\n")


def test_vtimezone_deterministic_and_lints():
    a = vtimezone("America/New_York", date(2020, 1, 1), date(2030, 12, 31)).to_ical()
    b = vtimezone("America/New_York", date(2020, 1, 1), date(2030, 12, 31)).to_ical()
    assert a == b
    assert a.count(b"RDATE:") == 2 * 10
    cal = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n" + a + b"END:VCALENDAR\r\n")
    assert lint(cal) == []


def test_vtimezone_rejects_empty_range():
    with pytest.raises(ValueError):
        vtimezone("Europe/Berlin", date(2026, 2, 1), date(2026, 1, 1))


ZONES = ["America/New_York", "Europe/Berlin", "Asia/Kathmandu", "UTC", "Australia/Sydney",
         "Australia/Lord_Howe", "Europe/Dublin", "America/Santiago", "Africa/Casablanca",
         "Pacific/Chatham", "America/St_Johns"]


@pytest.mark.parametrize("tzid", ZONES)
def test_vtimezone_offsets_match_zoneinfo(tzid):
    zone = ZoneInfo(tzid)
    first, last = date(2025, 1, 1), date(2027, 12, 31)
    tz = vtimezone(tzid, first, last)
    _, found = transitions(tzid, first, last)
    probes = []
    for tr in found:
        probes += [tr.utc - timedelta(seconds=1), tr.utc, tr.utc + timedelta(seconds=1)]
    start = datetime.combine(first, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    probe = start
    while probe < end:
        probes.append(probe)
        probe += timedelta(hours=7)
    for instant in probes:
        assert rfc_offset(tz, instant) == instant.astimezone(zone).utcoffset(), instant


def _transition_probe_calendar(tzid: str) -> tuple[bytes, dict[str, datetime]]:
    """Events at local times just before / just after each transition, under a TZID no parser
    knows, so it must use our VTIMEZONE to find the instant."""
    zone = ZoneInfo(tzid)
    first, last = date(2025, 1, 1), date(2027, 12, 31)
    custom = f"Test/{tzid.replace('/', '-')}"
    tz_text = vtimezone(tzid, first, last).to_ical().decode().replace(f"TZID:{tzid}", f"TZID:{custom}")
    _, found = transitions(tzid, first, last)
    expected: dict[str, datetime] = {}
    events = []
    for n, tr in enumerate(found):
        overlap = max(timedelta(0), tr.offset_from - tr.offset_to)
        for label, instant in (("before", tr.utc - timedelta(seconds=1)),
                               ("after", tr.utc + overlap)):
            local = instant.astimezone(zone)
            assert local.fold == 0
            uid = f"{n}-{label}"
            expected[uid] = instant
            events.append(f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n"
                          f"DTSTART;TZID={custom}:{local:%Y%m%dT%H%M%S}\r\n"
                          f"DURATION:PT1S\r\nEND:VEVENT\r\n")
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n" + tz_text + "".join(events)
            + "END:VCALENDAR\r\n")
    return text.encode(), expected


@pytest.mark.parametrize("tzid", ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe",
                                  "Europe/Dublin", "America/Santiago"])
def test_transitions_resolve_through_vtimezone(tzid):
    data, expected = _transition_probe_calendar(tzid)
    assert expected, "zone has transitions in range"
    assert lint(data) == []

    cal = parse_icalendar(data)  # icalendar builds a tzinfo from the VTIMEZONE for unknown TZIDs
    got = {str(e["UID"]): utc(e.decoded("DTSTART")) for e in cal.walk("VEVENT")}
    assert got == expected

    occurrences = recurring_ical_events.of(cal).between(datetime(2024, 12, 1, tzinfo=UTC),
                                                        datetime(2028, 2, 1, tzinfo=UTC))
    assert {str(e["UID"]): utc(e.decoded("DTSTART")) for e in occurrences} == expected

    # vobject drops a VTIMEZONE whose offsets from 2000 to 2020 equal UTC's (its tzinfo_eq check)
    # and leaves such times naive: Dublin's VTIMEZONE, starting 2025, is +0000 "before" its range.
    if ZoneInfo(tzid).utcoffset(datetime(2000, 1, 1)) != timedelta(0):
        vcal = vobject.readOne(data.decode())
        assert {e.uid.value: utc(e.dtstart.value) for e in vcal.vevent_list} == expected


def test_ical_package_parses_vtimezone_structure():
    data = calendar_bytes(SAMPLES)
    calendar = IcsCalendarStream.calendar_from_ics(data.decode())
    zones = {z.tz_id: z for z in calendar.timezones}
    assert set(zones) == {"America/New_York", "Europe/Berlin", "Asia/Kathmandu"}
    berlin = zones["Europe/Berlin"]
    dst = [(o.dtstart, o.rdate, o.tz_offset_from.offset, o.tz_offset_to.offset) for o in berlin.daylight]
    assert dst == [(datetime(2026, 3, 29, 2, 0), [datetime(2027, 3, 28, 2, 0)],
                    timedelta(hours=1), timedelta(hours=2))]
    assert zones["Asia/Kathmandu"].standard[0].tz_offset_to.offset == timedelta(hours=5, minutes=45)


# ------------------------------------------------------------------------------- round trips


def assert_same_task(back: Task, task: Task) -> None:
    """Equal in every field, start and end as instants: a time in the repeated hour, or a task across
    a clock change, is written in UTC (and Python never equates a fold time with another zone's)."""
    assert replace(back, start=task.start, end=task.end) == task
    assert back.start.astimezone(UTC) == task.start.astimezone(UTC)
    assert back.end.astimezone(UTC) == task.end.astimezone(UTC)


@pytest.mark.parametrize("fmt", ["vevent", "vtodo"])
@pytest.mark.parametrize("gen", SAMPLES, ids=[g.task.id for g in SAMPLES])
def test_component_round_trip(gen, fmt):
    back = read_generated(task_component(gen, fmt))
    assert back is not None
    assert_same_task(back.task, gen.task)
    assert back.fingerprint == gen.fingerprint
    assert back.written == gen.written
    assert back.sequence == gen.sequence
    assert not back.deleted and not back.edited


@pytest.mark.parametrize("fmt", ["vevent", "vtodo"])
def test_bytes_round_trip_keeps_zone(fmt):
    cal = parse_icalendar(calendar_bytes(SAMPLES, fmt))
    backs = [read_generated(c) for c in cal.walk("VEVENT" if fmt == "vevent" else "VTODO")]
    assert len(backs) == len(SAMPLES)
    for back in backs:
        assert back is not None
        gen = BY_UID[f"{back.task.id}@followup-sync"]
        assert_same_task(back.task, gen.task)
        assert replace(back, task=gen.task) == replace(gen, etag=None)
        assert not back.edited
        original = gen.task.start.tzinfo
        if back.task.start.utcoffset() == timedelta(0) and back.task.start.tzinfo != original:
            assert ics._span(gen.task.start, gen.task.end)[0].tzinfo == timezone.utc  # written in UTC on purpose
        elif isinstance(original, ZoneInfo) and original.key != "UTC":
            assert back.task.start.tzinfo == original
            assert back.task.start.replace(tzinfo=None) == gen.task.start.replace(tzinfo=None)
        else:
            assert back.task.start.utcoffset() == timedelta(0)


def test_round_trip_escaped_markers():
    gen = make("odd id, with; stuff\\", datetime(2026, 5, 1, 9, tzinfo=BERLIN),
               interview_key="cal/ev,1;x\\y\nz", interview_uid="a,b;c@x")
    for comp in (task_component(gen), icalendar.Event.from_ical(task_component(gen).to_ical())):
        back = read_generated(comp)
        assert back is not None
        assert back.task == gen.task


# ------------------------------------------------------------------------------- tolerant reading


def _event_text(**overrides: str | None) -> str:
    props = {
        "UID": "t1@followup-sync",
        "DTSTAMP": "20260115T080000Z",
        "SEQUENCE": "3",
        "SUMMARY": "Thank-you letter",
        "DESCRIPTION": "Write.",
        "DTSTART;TZID=Europe/Berlin": "20260501T090000",
        "DTEND;TZID=Europe/Berlin": "20260501T093000",
        "RELATED-TO": "interview-1@example.com",
        "X-FOLLOWUP-SYNC-KIND": "thank-you",
        "X-FOLLOWUP-SYNC-INTERVIEW": "iv-1",
        "X-FOLLOWUP-SYNC-FINGERPRINT": "abc",
        "X-FOLLOWUP-SYNC-ID": "t1",
    }
    alarm = overrides.pop("ALARM", "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER:-PT45M\r\nEND:VALARM\r\n")
    for key, value in overrides.items():
        key = key.replace("_", "-")
        for existing in [k for k in props if k.split(";")[0] == key.split(";")[0]]:
            del props[existing]
        if value is not None:
            props[key] = value
    body = "".join(f"{k}:{v}\r\n" for k, v in props.items())
    return f"BEGIN:VEVENT\r\n{body}{alarm or ''}END:VEVENT\r\n"


def _read(**overrides: str | None) -> GeneratedEvent | None:
    return read_generated(icalendar.Event.from_ical(_event_text(**overrides)))


def test_read_baseline():
    back = _read()
    assert back is not None
    task = back.task
    assert (task.id, task.kind, task.interview_key, task.interview_uid) == (
        "t1", TaskKind.THANK_YOU, "iv-1", "interview-1@example.com")
    assert task.start == datetime(2026, 5, 1, 9, tzinfo=BERLIN)
    assert task.start.tzinfo == BERLIN
    assert task.end == datetime(2026, 5, 1, 9, 30, tzinfo=BERLIN)
    assert task.alarm_minutes == 45
    assert back.sequence == 3 and back.written == WRITTEN and back.fingerprint == "abc"


@pytest.mark.parametrize("overrides", [
    {"X-FOLLOWUP-SYNC-KIND": None},
    {"X-FOLLOWUP-SYNC-KIND": "lunch"},
    {"X-FOLLOWUP-SYNC-KIND": ""},
    {"X-FOLLOWUP-SYNC-INTERVIEW": None},
    {"X-FOLLOWUP-SYNC-FINGERPRINT": None},
    {"X-FOLLOWUP-SYNC-ID": None, "UID": "someone-else@example.com"},
    {"DTSTART;TZID=Europe/Berlin": None},
    {"DTSTART": "garbage"},
    {"DTSTART;VALUE=DATE": "2026-13-45"},
])
def test_read_returns_none_for_foreign_or_malformed(overrides):
    assert _read(**overrides) is None


def test_read_none_for_other_components():
    assert read_generated(icalendar.Calendar()) is None
    assert read_generated(icalendar.Alarm()) is None
    assert read_generated(icalendar.Event()) is None


def test_read_never_raises_on_odd_values():
    event = icalendar.Event.from_ical(_event_text())
    event["SEQUENCE"] = "not a number"
    event["DTSTAMP"] = "nonsense"
    back = read_generated(event)
    assert back is None or back.sequence == 0


def test_read_id_falls_back_to_uid():
    back = _read(**{"X-FOLLOWUP-SYNC-ID": None})
    assert back is not None and back.task.id == "t1"


def test_read_dropped_alarm_defaults_to_30():
    back = _read(ALARM=None)
    assert back is not None and back.task.alarm_minutes == 30


def test_read_start_moved_to_utc():
    back = _read(**{"DTSTART": "20260501T070000Z", "DTEND": "20260501T073000Z"})
    assert back is not None
    assert back.task.start == datetime(2026, 5, 1, 9, tzinfo=BERLIN)
    assert back.task.start.utcoffset() == timedelta(0)


def test_read_start_changed_to_date():
    back = _read(**{"DTSTART;VALUE=DATE": "20260502", "DTEND;VALUE=DATE": "20260503"})
    assert back is not None
    assert back.task.start == datetime(2026, 5, 2, tzinfo=UTC)
    assert back.task.end == datetime(2026, 5, 3, tzinfo=UTC)
    assert back.task.start.tzinfo is not None


def test_read_date_without_end_lasts_a_day():
    back = _read(**{"DTSTART;VALUE=DATE": "20260502", "DTEND": None})
    assert back is not None and back.task.end - back.task.start == timedelta(days=1)


def test_read_duration_instead_of_end():
    back = _read(**{"DTEND": None, "DURATION": "PT45M"})
    assert back is not None and back.task.end == datetime(2026, 5, 1, 9, 45, tzinfo=BERLIN)


def test_read_floating_time_is_taken_as_utc():
    back = _read(**{"DTSTART": "20260501T090000", "DTEND": "20260501T093000"})
    assert back is not None and back.task.start == datetime(2026, 5, 1, 9, tzinfo=UTC)


def test_read_missing_dtstamp_and_sequence():
    back = _read(DTSTAMP=None, SEQUENCE=None)
    assert back is not None
    assert back.sequence == 0
    assert back.written == datetime(1970, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(("alarm", "minutes"), [
    ("BEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\n"
     "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER:-PT1H\r\nEND:VALARM\r\n", 60),
    ("BEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-P1D\r\nEND:VALARM\r\n", 1440),
    ("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER;RELATED=END:-PT40M\r\nEND:VALARM\r\n", 10),
    ("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER;VALUE=DATE-TIME:20260501T064500Z\r\n"
     "END:VALARM\r\n", 15),
    ("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER:P0D\r\nEND:VALARM\r\n", 0),
])
def test_read_alarm_variants(alarm, minutes):
    back = _read(ALARM=alarm)
    assert back is not None and back.task.alarm_minutes == minutes


def test_read_within_parsed_calendar_with_vtodo():
    cal = parse_icalendar(calendar_bytes(SAMPLES[:3], "vtodo"))
    todos = cal.walk("VTODO")
    assert [read_generated(t).task for t in todos] == [g.task for g in SAMPLES[:3]]


def test_user_edit_detected_after_round_trip():
    comp = task_component(SAMPLES[0])
    comp["SUMMARY"] = icalendar.vText("Thank-you letter, rewritten by me")
    back = read_generated(comp)
    assert back is not None and back.edited


# ------------------------------------------------------------------------------- hostile text

HOSTILE = {
    "injection": "Hi\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@x\r\nSUMMARY:pwned",
    "lf-injection": "Hi\nEND:VCALENDAR\nBEGIN:VCALENDAR",
    "bare-cr": "a\rEND:VEVENT\rb",
    "controls": "nul\x00bel\x07esc\x1bdel\x7fnel\x85vt\x0bff\x0cfs\x1cend",
    "lone-surrogates": "x\ud800y\udfffz\ud83d",
    "escapes": "a,b;c\\d\\n:e\"f'g<h>",
    "only-newlines": "\n\n\r\n",
    "line-separators": "a\u2028b\u2029c",
    "emoji-fold": "👩‍💻" * 40 + "é" * 40 + "中文" * 40,
    "tabs": "col1\tcol2\t",
    "megabyte": "ä" * 500_000 + "x" * 100,
}


@pytest.mark.parametrize("fmt", ["vevent", "vtodo"])
@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n.startswith("megabyte") else n
                                  for n in HOSTILE])
def test_hostile_text_keeps_structure(name, fmt):
    text = HOSTILE[name]
    gen = make("hostile", datetime(2026, 5, 1, 9, tzinfo=BERLIN), summary=text, description=text,
               interview_key=text, interview_uid=text, fingerprint="0" * 32)
    data = calendar_bytes([gen, make("plain", datetime(2026, 5, 2, 9, tzinfo=BERLIN))], fmt, name=text)
    assert lint(data) == []
    assert b"evil@x" not in re.findall(rb"^UID:.*$", data, re.M)
    expected = clean_text(text)
    kind = "VEVENT" if fmt == "vevent" else "VTODO"

    cal = parse_icalendar(data)
    comps = cal.walk(kind)
    assert sorted(str(c["UID"]) for c in comps) == ["hostile@followup-sync", "plain@followup-sync"]
    hostile = next(c for c in comps if str(c["UID"]) == "hostile@followup-sync")
    assert str(hostile["SUMMARY"]) == expected
    assert str(hostile["DESCRIPTION"]) == expected
    back = read_generated(hostile)
    assert back is not None
    assert back.task.summary == expected and back.task.interview_key == expected
    assert back.task.interview_uid == expected

    if name == "megabyte":
        return  # the two slower parsers are exercised by the other rows
    calendar = IcsCalendarStream.calendar_from_ics(data.decode())
    items = calendar.events if fmt == "vevent" else calendar.todos
    assert sorted(i.uid for i in items) == ["hostile@followup-sync", "plain@followup-sync"]
    assert next(i for i in items if i.uid == "hostile@followup-sync").summary == expected
    vcal = vobject.readOne(data.decode())
    vitems = vcal.vevent_list if fmt == "vevent" else vcal.vtodo_list
    assert sorted(i.uid.value for i in vitems) == ["hostile@followup-sync", "plain@followup-sync"]


def test_clean_text():
    assert clean_text("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert clean_text("x\x00\x1f\x7f\x9fy\tz") == "xy\tz"
    assert clean_text("a\ud800b") == "a\ufffdb"
    assert clean_text("Zoë, 中文 👩‍💻") == "Zoë, 中文 👩‍💻"


def test_folding_respects_utf8():
    gen = make("fold", datetime(2026, 5, 1, 9, tzinfo=BERLIN), summary="é" * 100 + "👩‍💻" * 30)
    data = calendar_bytes([gen])
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # every physical line is whole UTF-8 on its own


# ------------------------------------------------------------------------------- lint self-test


GOOD = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        b"DTSTAMP:20260101T000000Z\r\nDTSTART:20260101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.mark.parametrize(("data", "needle"), [
    (GOOD.replace(b"\r\n", b"\n"), "bare LF"),
    (GOOD[:-2], "does not end with CRLF"),
    (GOOD.replace(b"UID:1", b"UID:" + b"x" * 80), "octets"),
    (GOOD.replace(b"UID:1", b"UID:\xc3\r\n \xa9"), "UTF-8"),
    (GOOD.replace(b"UID:1", b"UID:1\r\n\tx"), "TAB"),
    (GOOD.replace(b"END:VEVENT\r\n", b""), "never ended"),
    (GOOD.replace(b"VERSION:2.0\r\n", b""), "VERSION"),
    (GOOD.replace(b"PRODID:x\r\n", b"PRODID:x\r\nUID:cal\r\n"), "VCALENDAR has a UID"),
    (GOOD.replace(b"UID:1\r\n", b""), "UID"),
    (GOOD.replace(b"UID:1\r\n", b"UID:1\r\nUID:2\r\n"), "UID"),
    (GOOD.replace(b"DTSTAMP:20260101T000000Z\r\n", b""), "DTSTAMP"),
    (GOOD.replace(b"END:VCALENDAR", b"BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\n"
                  b"END:VEVENT\r\nEND:VCALENDAR"), "used by 2"),
    (GOOD.replace(b"DTSTART:20260101T000000Z", b"DTSTART;TZID=Europe/Berlin:20260101T000000"),
     "no VTIMEZONE"),
    (GOOD.replace(b"BEGIN:VEVENT", b"BEGIN:VTIMEZONE\r\nTZID:X\r\nCOMMENT:hi\r\nBEGIN:STANDARD\r\n"
                  b"DTSTART:20260101T000000\r\nRDATE:20260301T000000,20260401T000000\r\n"
                  b"TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                  b"BEGIN:VEVENT"), "COMMENT"),
    (GOOD.replace(b"BEGIN:VEVENT", b"BEGIN:VTIMEZONE\r\nTZID:X\r\nBEGIN:STANDARD\r\n"
                  b"DTSTART:20260101T000000\r\nRDATE:20260301T000000,20260401T000000\r\n"
                  b"TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                  b"BEGIN:VEVENT"), "RDATE"),
    (GOOD.replace(b"UID:1", b"UID:1\x00"), "control"),
    (GOOD.replace(b"END:VEVENT", b"END:VTODO"), "closes"),
])
def test_lint_catches(data, needle):
    problems = lint(data)
    assert any(needle in p for p in problems), problems


def test_lint_accepts_good_and_quoted_params():
    assert lint(GOOD) == []
    data = GOOD.replace(b"DTSTART:20260101T000000Z", b'ATTENDEE;CN="Doe, J; x:y":mailto:j@x')
    assert lint(data) == []


# ------------------------------------------------------------------------------- safe_filename

SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Corp", "Acme-Corp"),
    ("Société Générale", "Societe-Generale"),
    ("Zoë & Ångström GmbH", "Zoe-Angstrom-GmbH"),
    ("../../x", "x"),
    ("..\\..\\windows\\system32", "windows-system32"),
    ("/etc/passwd", "etc-passwd"),
    (".hidden", "hidden"),
    (".", "untitled"),
    ("..", "untitled"),
    ("", "untitled"),
    ("   ", "untitled"),
    ("中文公司", "untitled"),
    ("CON", "CON_"),
    ("nul", "nul_"),
    ("com1", "com1_"),
    ("LPT9", "LPT9_"),
    ("CONSOLE", "CONSOLE"),
    ("a:b*c?d\"e<f>g|h", "a-b-c-d-e-f-g-h"),
    ("snake_case-name", "snake_case-name"),
    ("_leading", "leading"),
    ("ﬁle №5", "file-No5"),
    ("x\x00y", "x-y"),
    ("a\ud800b", "ab"),
])
def test_safe_filename_table(text, expected):
    assert safe_filename(text) == expected


def test_safe_filename_max_len():
    assert safe_filename("a" * 100) == "a" * 60
    assert safe_filename("ab-" * 30, max_len=10) == "ab-ab-ab-a"
    assert safe_filename("abc-----def", max_len=4) == "abc"
    assert safe_filename("CON", max_len=3) == "CO_"
    assert safe_filename("", max_len=3) == "unt"
    assert len(safe_filename("x" * 500, max_len=1)) == 1


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=1, max_value=80))
def test_safe_filename_property(text, max_len):
    name = safe_filename(text, max_len=max_len)
    assert SLUG.match(name), name
    assert 1 <= len(name) <= max_len
    assert name not in (".", "..")
    assert name.upper() not in {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(10)} | {
        f"LPT{i}" for i in range(10)}
    folder = Path("/srv/export").resolve()
    assert (folder / name).resolve().parent == folder
    assert os.sep not in name and "/" not in name and "\\" not in name


# ------------------------------------------------------------------------------- export


def interview(key: str, company: str | None, start, summary: str = "Interview") -> Interview:
    end = start + (timedelta(hours=1) if isinstance(start, datetime) else timedelta(days=1))
    event = SourceEvent(key=key, uid=f"{key}@example.com", summary=summary, start=start, end=end)
    return Interview(event=event, company=company)


@pytest.fixture
def export_setup():
    acme = interview("cal-1/ev-acme", "Acme Ünited", datetime(2026, 3, 6, 14, 0, tzinfo=NY))
    blank = interview("cal-1/ev-blank", None, date(2026, 4, 2), summary="Interview: ../Globex")
    quiet = interview("cal-1/ev-quiet", "Quiet Co", datetime(2026, 4, 3, 9, tzinfo=BERLIN))
    gens = [
        make("a1", datetime(2026, 3, 7, 9, 0, tzinfo=NY), interview_key=acme.key),
        make("a2", datetime(2026, 3, 9, 9, 0, tzinfo=NY), interview_key=acme.key,
             kind=TaskKind.FOLLOW_UP_CALL),
        make("b1", datetime(2026, 4, 3, 10, 0, tzinfo=BERLIN), interview_key=blank.key),
        make("gone", datetime(2026, 4, 4, 10, 0, tzinfo=BERLIN), interview_key=quiet.key, deleted=True),
        make("orphan", datetime(2026, 4, 5, 10, 0, tzinfo=KATHMANDU), interview_key="unknown"),
    ]
    interviews = {i.key: i for i in (acme, blank, quiet)}
    return gens, interviews, acme, blank


def test_interview_filename(export_setup):
    _, _, acme, blank = export_setup
    import hashlib
    digest = hashlib.sha256(acme.key.encode()).hexdigest()[:8]
    assert interview_filename(acme) == f"Acme-United-2026-03-06-{digest}.ics"
    assert interview_filename(blank).startswith("Interview-Globex-2026-04-02-")


def test_export_writes_expected_files(tmp_path, export_setup):
    gens, interviews, acme, blank = export_setup
    paths = export_calendar(gens, interviews, tmp_path)
    names = [p.name for p in paths]
    assert names[0] == "followup-sync.ics"
    assert sorted(names[1:]) == names[1:]
    assert set(names[1:]) == {interview_filename(acme), interview_filename(blank)}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
    for path in paths:
        assert path.parent == tmp_path
        data = path.read_bytes()
        assert lint(data) == []
        IcsCalendarStream.calendar_from_ics(data.decode())
        vobject.readOne(data.decode())

    combined = (tmp_path / "followup-sync.ics").read_bytes()
    assert b"X-WR-CALNAME:Job search follow-ups\r\n" in combined
    uids = sorted(u.decode() for u in re.findall(rb"^UID:(.*)\r$", combined, re.M))
    assert uids == ["a1@followup-sync", "a2@followup-sync", "b1@followup-sync", "orphan@followup-sync"]
    assert b"gone@followup-sync" not in b"".join(p.read_bytes() for p in paths)
    acme_data = (tmp_path / interview_filename(acme)).read_bytes()
    assert sorted(re.findall(rb"^UID:(.*)\r$", acme_data, re.M)) == [b"a1@followup-sync",
                                                                     b"a2@followup-sync"]
    assert b"TZID:America/New_York" in acme_data and b"Europe/Berlin" not in acme_data


def test_export_is_byte_stable(tmp_path, export_setup):
    gens, interviews, _, _ = export_setup
    first = {p: p.read_bytes() for p in export_calendar(gens, interviews, tmp_path)}
    mtimes = {p: p.stat().st_mtime_ns for p in first}
    second = {p: p.read_bytes() for p in export_calendar(list(reversed(gens)), interviews, tmp_path)}
    assert first == second
    assert {p: p.stat().st_mtime_ns for p in second} == mtimes  # unchanged files not rewritten
    other = tmp_path.parent / (tmp_path.name + "-again")
    third = {p.name: p.read_bytes() for p in export_calendar(gens, interviews, other)}
    assert third == {p.name: data for p, data in first.items()}


def test_export_vtodo(tmp_path, export_setup):
    gens, interviews, _, _ = export_setup
    paths = export_calendar(gens, interviews, tmp_path, fmt="vtodo")
    data = paths[0].read_bytes()
    assert b"BEGIN:VTODO" in data and b"BEGIN:VEVENT" not in data
    assert len(IcsCalendarStream.calendar_from_ics(data.decode()).todos) == 4


def test_export_removes_stale_own_files_only(tmp_path, export_setup):
    gens, interviews, acme, blank = export_setup
    first = [p.name for p in export_calendar(gens, interviews, tmp_path)]
    foreign = {
        "Mine-2026-01-01-abcdef12.ics": b"a file of the user's that merely looks like ours",
        "notes.txt": b"mine",
        "holidays.ics": b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        "Trip-2026-01-01.ics": b"x",
        "Acme-2026-03-06-ABCDEF12.ics": b"x",  # upper-case hex: not our pattern
        "Acme-2026-03-06-abcdef12.ics.bak": b"x",
    }
    for name, data in foreign.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "sub-2026-01-01-abcdef12.ics").mkdir()  # a folder with our pattern: left alone

    # The Acme tasks are done (tombstoned): its file must go, Globex's stays.
    gens2 = [replace(g, deleted=True) if g.task.interview_key == acme.key else g for g in gens]
    paths = export_calendar(gens2, interviews, tmp_path, previous=[*first, "sub-2026-01-01-abcdef12.ics"])
    assert not (tmp_path / interview_filename(acme)).exists()
    assert (tmp_path / interview_filename(blank)).exists()
    assert [p.name for p in paths] == ["followup-sync.ics", interview_filename(blank)]
    for name, data in foreign.items():
        assert (tmp_path / name).read_bytes() == data
    assert (tmp_path / "sub-2026-01-01-abcdef12.ics").is_dir()


def test_export_renamed_company_replaces_file(tmp_path, export_setup):
    gens, interviews, acme, _ = export_setup
    first = [p.name for p in export_calendar(gens, interviews, tmp_path)]
    renamed = replace(acme, company="Acme Worldwide")
    export_calendar(gens, {**interviews, acme.key: renamed}, tmp_path, previous=first)
    assert not (tmp_path / interview_filename(acme)).exists()
    assert (tmp_path / interview_filename(renamed)).exists()


def test_export_empty(tmp_path):
    paths = export_calendar([], {}, tmp_path / "new")
    assert [p.name for p in paths] == ["followup-sync.ics"]
    assert lint(paths[0].read_bytes()) == []


def test_module_exports():
    for name in ("task_component", "calendar_bytes", "read_generated", "safe_filename",
                 "export_calendar"):
        assert callable(getattr(ics, name))
