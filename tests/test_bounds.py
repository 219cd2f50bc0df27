"""Bounded work per event (issue 10, findings 1 and 2): dates outside 1900-2200, endless durations
and too-frequent recurrences cost a note, never the pass, on both backends."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from followup_sync import bounds
from followup_sync.model import SourceEvent
from tests.conftest import Workspace, vevent
from tests.test_local_e2e import summaries
from tests.test_google import Setup, interview, setup  # noqa: F401  (fixture)

NY = ZoneInfo("America/New_York")
ACME = vevent("acme", "Interview at Acme", "20261130T100000", "20261130T110000",
              "Decision: 12/11\nInterviewer: Jane Doe, CTO, jane@acme.example")


def ics_event(uid: str, summary: str, lines: str) -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:{summary}\r\n{lines}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_bounded_cuts_long_events_and_skips_those_out_of_range() -> None:
    start = datetime(2026, 12, 2, 10, tzinfo=NY)
    long = SourceEvent("k", "u", "Sabbatical", start, datetime(9999, 12, 31, tzinfo=NY))
    assert bounds.bounded(long) == SourceEvent("k", "u", "Sabbatical", start, start + bounds.MAX_DURATION)
    all_day = SourceEvent("k", "u", "Trip", date(2026, 12, 2), date(9999, 12, 31))
    assert bounds.bounded(all_day) == SourceEvent("k", "u", "Trip", date(2026, 12, 2), date(2027, 12, 3))
    backwards = SourceEvent("k", "u", "Odd", start, datetime(1, 1, 2, tzinfo=timezone.utc))
    assert bounds.bounded(backwards) == SourceEvent("k", "u", "Odd", start, start)
    ancient = SourceEvent("k", "u", "Interview\nat Rome", datetime(1, 1, 2, tzinfo=timezone.utc),
                          datetime(1, 1, 2, 1, tzinfo=timezone.utc))
    assert bounds.bounded(ancient) == "event 'Interview at Rome' skipped: dated outside the years 1900-2200"
    instance = SourceEvent("k", "u", "Interview", start, start, recurrence_id=date(2201, 1, 1))
    assert isinstance(bounds.bounded(instance), str)
    fine = SourceEvent("k", "u", "Interview", start, start + timedelta(hours=1))
    assert bounds.bounded(fine) is fine


def test_local_endless_duration_and_year_one_interview_are_notes_not_tracebacks(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    workspace.add("dentist", ics_event("dentist", "Dentist", "DTSTART:20261202T150000Z\r\nDURATION:P99999999D"))
    workspace.add("rome", ics_event("rome", "Interview at Rome", "DTSTART:00010102T150000Z\r\nDTEND:00010102T160000Z"))
    workspace.add("far", ics_event("far", "Interview at Mars", "DTSTART:99991231T150000Z\r\nDTEND:99991231T160000Z"))
    for command in ("sync", "status"):
        code, out, err = workspace.cli(command)
        assert code == 0, err
        assert "Traceback" not in out + err
        assert "note: event 'Interview at Rome' skipped: dated outside the years 1900-2200" in out
        assert "note: event 'Interview at Mars' skipped: dated outside the years 1900-2200" in out
    # The dentist, cut to a year, is busy time: whatever it leaves free is planned for Acme.
    assert "Send thank-you letter: Acme" in summaries(workspace)
    assert all(summary.endswith(": Acme") for summary in summaries(workspace))


def test_local_start_end_or_recurrence_id_that_is_no_date_is_a_note_not_a_traceback(workspace: Workspace) -> None:
    """icalendar reads a duration, a time of day or a period in DTSTART, DTEND and RECURRENCE-ID
    without complaint; such an event is skipped, and the pass goes on for Acme."""
    workspace.add("acme", ACME)
    workspace.add("lunch", ics_event("lunch", "Lunch", "DTSTART:20261202T120000Z\r\nDTEND:PT1H"))
    workspace.add("call", ics_event("call", "Call", "DTSTART;VALUE=TIME:150000\r\nDTEND:20261202T160000Z"))
    workspace.add("moved", ics_event("moved", "Standup",
                                     "RECURRENCE-ID:PT1H\r\nDTSTART:20261202T090000Z\r\nDURATION:PT15M"))
    for command in ("sync", "status"):
        code, out, err = workspace.cli(command)
        assert code == 0, err
        assert "Traceback" not in out + err
        assert "note: lunch.ics: an event was skipped (TypeError: DTEND is a timedelta, not a date or a date-time)" in out
        assert "note: call.ics: an event was skipped (TypeError: DTSTART is a time, not a date or a date-time)" in out
        assert ("note: moved.ics: an event was skipped (TypeError: RECURRENCE-ID is a timedelta, not a date or a "
                "date-time)") in out
    assert "Send thank-you letter: Acme" in summaries(workspace)


def test_now_outside_the_years_is_a_usage_error(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    with pytest.raises(SystemExit) as stopped:  # argparse's usage error
        workspace.cli("sync", now="9999-12-31T23:00")
    err = workspace.capsys.readouterr().err
    assert stopped.value.code == 2
    assert "argument --now: '9999-12-31T23:00' is outside the years 1900-2200" in err and "Traceback" not in err
    assert workspace.generated() == {}


def test_google_year_one_interview_and_year_9999_end_are_notes(setup: Setup) -> None:  # noqa: F811
    setup.fake.user_insert("primary", interview())
    assert setup.cli("sync")[0] == 0
    # Added after the first (time-bounded) sync, so the incremental sync hands them over.
    setup.fake.user_insert("primary", interview("Interview at Rome", "0001-01-02T10:00:00-05:00"))
    setup.fake.user_insert("primary", {"summary": "Leave", "start": {"date": "2026-12-02"},
                                       "end": {"date": "9999-12-31"}, "transparency": "transparent"})
    for command in ("sync", "status"):
        code, out, err = setup.cli(command)
        assert code == 0, err
        assert "Traceback" not in out + err
        assert "note: event 'Interview at Rome' skipped: dated outside the years 1900-2200" in out
    assert set(setup.generated()) == {"Send thank-you letter: Acme Corp", "Follow-up call: Acme Corp",
                                      "Keep searching while you wait: Acme Corp"}


def recurring(uid: str, summary: str, rule: str) -> str:
    return ics_event(uid, summary, f"DTSTART:20261202T150000Z\r\nDTEND:20261202T153000Z\r\nRRULE:{rule}")


def test_local_recurrence_is_never_finer_than_hourly_and_capped_per_event(workspace: Workspace) -> None:
    from followup_sync.backends.local import LocalBackend

    workspace.add("acme", ACME)
    workspace.add("seconds", recurring("seconds", "Interview loop", "FREQ=SECONDLY"))
    workspace.add("minutes", recurring("minutes", "Ping", "FREQ=MINUTELY;INTERVAL=5"))
    workspace.add("hourly", recurring("hourly", "Hourly check", "FREQ=HOURLY"))
    workspace.add("weekly", recurring("weekly", "Team sync", "FREQ=WEEKLY;COUNT=3"))
    workspace.add("since", ics_event("since", "Old hourly", "DTSTART:19500101T000000Z\r\nRRULE:FREQ=HOURLY"))
    sixty = ",".join(map(str, range(60)))
    workspace.add("parts", ics_event("parts", "Every second", "DTSTART:19900101T000000Z\r\n"
                                     f"RRULE:FREQ=DAILY;BYMINUTE={sixty};BYSECOND={sixty}"))
    now = datetime(2026, 12, 1, 8, tzinfo=NY)
    backend = LocalBackend(workspace.source, workspace.target, NY)
    view = backend.read(now - timedelta(days=180), now + timedelta(days=400))
    per_uid: dict[str, int] = {}
    for event in view.events:
        per_uid[event.uid] = per_uid.get(event.uid, 0) + 1
    assert per_uid == {"acme": 1, "hourly": bounds.MAX_INSTANCES, "weekly": 3}
    hourly = sorted(e.start for e in view.events if e.uid == "hourly")
    assert hourly[0] == datetime(2026, 12, 2, 15, tzinfo=timezone.utc)
    assert hourly[-1] - hourly[0] == timedelta(hours=bounds.MAX_INSTANCES - 1)
    assert set(view.notes) == {
        "seconds.ics: recurring event 'Interview loop' skipped: it repeats more often than hourly",
        "minutes.ics: recurring event 'Ping' skipped: it repeats more often than hourly",
        f"hourly.ics: recurring event 'Hourly check': only its first {bounds.MAX_INSTANCES} occurrences are read",
        "since.ics: recurring event 'Old hourly' skipped: it starts too long before the dates read, on 1950-01-01",
        "parts.ics: recurring event 'Every second' skipped: it starts too long before the dates read, on 1990-01-01",
    }

    code, out, err = workspace.cli("sync")
    assert code == 0, err
    assert "note: seconds.ics: recurring event 'Interview loop' skipped: it repeats more often than hourly" in out
    assert "Send thank-you letter: Acme" in out


def test_a_rules_cost_counts_the_occurrences_its_by_parts_add() -> None:
    """A daily rule with sixty BYMINUTE and sixty BYSECOND values is a rule for every second: from
    1990 it took over a minute to reach the dates read, since only its FREQ was counted."""
    every_second = {"FREQ": ["DAILY"], "BYMINUTE": list(range(60)), "BYSECOND": list(range(60))}
    assert bounds.per_period(every_second) == 3600
    assert bounds.too_far_back(every_second, timedelta(days=10))
    assert not bounds.too_far_back({"FREQ": ["DAILY"]}, timedelta(days=36 * 365))
    hours = {"FREQ": ["YEARLY"], "BYMONTH": list(range(1, 13)), "BYMONTHDAY": list(range(1, 32)),
             "BYHOUR": list(range(24))}
    assert bounds.per_period(hours) == 366 * 24
    assert bounds.too_far_back(hours, timedelta(days=4 * 365))
    # What people's calendars hold costs what its FREQ says (counts as dateutil expands them).
    assert bounds.per_period({"FREQ": ["YEARLY"], "BYMONTH": [3], "BYMONTHDAY": [14]}) == 1
    assert bounds.per_period({"FREQ": ["YEARLY"], "BYMONTH": [3], "BYDAY": ["2SU"]}) == 1
    assert bounds.per_period({"FREQ": ["WEEKLY"], "BYDAY": ["MO", "TU", "WE", "TH", "FR"]}) == 5
    assert bounds.per_period({"FREQ": ["MONTHLY"], "BYDAY": ["MO"], "BYSETPOS": [1]}) == 5
    assert bounds.per_period({"FREQ": ["YEARLY"], "BYMONTHDAY": [1]}) == 12
    assert not bounds.too_far_back({"FREQ": ["YEARLY"], "BYMONTH": [3], "BYMONTHDAY": [14]},
                                   timedelta(days=126 * 365))
    assert bounds.too_frequent({"FREQ": ["DAILY", "MINUTELY"]}) and not bounds.too_frequent({"FREQ": ["HOURLY"]})


#: Recurrences no library can expand, or only forever, each with the note it must give.
BROKEN_RECURRENCES = {
    "bogus": ("RRULE:FREQ=BOGUS", "ValueError: RRULE does not parse (Expected frequency, got: BOGUS)"),
    "interval": ("RRULE:FREQ=DAILY;INTERVAL=x", "ValueError: RRULE does not parse (Expected int, got: x)"),
    "byday": ("RRULE:FREQ=WEEKLY;BYDAY=XX", "ValueError: RRULE does not parse (Expected weekday abbreviation, got: XX)"),
    "until": ("RRULE:UNTIL=garbage", "ValueError: RRULE does not parse (Expected time, got: garbage)"),
    "nofreq": ("RRULE:COUNT=3", "ValueError: RRULE has no FREQ"),
    "text": ("RRULE;VALUE=TEXT:FREQ=DAILY", "ValueError: RRULE is vText, not a rule"),
    "zero": ("RRULE:FREQ=DAILY;INTERVAL=0", "ValueError: RRULE has INTERVAL=0, not a positive whole number"),
    "second": ("RRULE:FREQ=DAILY;COUNT=2\r\nRRULE:FREQ=WEEKLY;WKST=XX",
               "ValueError: RRULE does not parse (Expected weekday abbreviation, got: XX)"),
    "escape": ("RRULE:FREQ=\x1b[2JDAILY", "ValueError: RRULE does not parse (Expected frequency, got: [2JDAILY)"),
    "exdate": ("RRULE:FREQ=DAILY;COUNT=3\r\nEXDATE:garbage", "BrokenCalendarProperty: Cannot access 'dts' on broken "
               "property 'EXDATE' (expected 'vDDDLists'): Expected time, got: garbage"),
    "rdate": ("RDATE:garbage", "BrokenCalendarProperty: Cannot access 'dts' on broken property 'RDATE' "
              "(expected 'vDDDLists'): Expected time, got: garbage"),
}


def test_local_broken_recurrence_skips_its_event_with_a_note(workspace: Workspace) -> None:
    """A rule that does not parse raised out of the reader (the FREQ check ran before its guard), so
    the pass failed; INTERVAL=0 expanded forever. Each is now its event skipped, as a broken EXDATE
    always was, and the rest of the calendar planned."""
    from followup_sync.backends.local import LocalBackend

    workspace.add("acme", ACME)
    for name, (lines, _) in BROKEN_RECURRENCES.items():
        workspace.add(name, ics_event(name, f"Interview {name}",
                                      f"DTSTART:20261202T150000Z\r\nDTEND:20261202T153000Z\r\n{lines}"))
    now = datetime(2026, 12, 1, 8, tzinfo=NY)
    view = LocalBackend(workspace.source, workspace.target, NY).read(now - timedelta(days=180), now + timedelta(days=400))
    assert [event.uid for event in view.events] == ["acme"]
    expected = {f"{name}.ics: recurring event 'Interview {name}' skipped, not expandable ({note})"
                for name, (_, note) in BROKEN_RECURRENCES.items()}
    assert set(view.notes) == expected
    assert set(view.unreadable) == {f"{name}.ics" for name in BROKEN_RECURRENCES}  # their tasks are held
    for command in ("sync", "status"):
        code, out, err = workspace.cli(command)
        assert code == 0, err
        assert "Traceback" not in out + err and "\x1b" not in out
        assert all(f"note: {note}" in out for note in expected)
    assert "Send thank-you letter: Acme" in summaries(workspace)


def zone_file(uid: str, tzid: str, observance: str, offset: str = "-0500") -> str:
    """A calendar with its own time zone ``tzid`` (one STANDARD observance with ``observance``'s
    extra lines) and an interview in it."""
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\n"
            f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:19701101T020000\r\n{observance}"
            f"TZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Interview at {uid.title()}\r\n"
            f"DTSTART;TZID={tzid}:20261202T150000\r\nDTEND;TZID={tzid}:20261202T160000\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_local_time_zone_rules_that_would_stall_the_pass_skip_their_file(workspace: Workspace) -> None:
    """A time zone's rule is walked by dateutil at every conversion: without FREQ it raised out of
    the reader; INTERVAL=0 and FREQ=SECONDLY hung the pass the first time a time in the zone was
    compared. icalendar shares a zone it does not know by name across files, so a rejected one must
    not stand in for the next file's own definition of the same TZID."""
    from followup_sync.backends.local import LocalBackend

    workspace.add("acme", ACME)
    workspace.add("nofreq", zone_file("nofreq", "Rrule-Test/Nofreq", "RRULE:COUNT=2\r\n"))
    workspace.add("zero", zone_file("zero", "Rrule-Test/Zero", "RRULE:FREQ=YEARLY;INTERVAL=0\r\n"))
    workspace.add("seconds", zone_file("seconds", "Rrule-Test/Seconds", "RRULE:FREQ=SECONDLY\r\n"))
    workspace.add("a-shared", zone_file("minutes", "Rrule-Test/Shared", "RRULE:FREQ=MINUTELY;COUNT=2\r\n"))
    workspace.add("b-shared", zone_file("zeta", "Rrule-Test/Shared", "", offset="+0300"))
    workspace.add("yearly", zone_file("yearly", "Rrule-Test/Yearly", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"))
    now = datetime(2026, 12, 1, 8, tzinfo=NY)
    view = LocalBackend(workspace.source, workspace.target, NY).read(now - timedelta(days=180), now + timedelta(days=400))
    starts = {event.uid: event.start for event in view.events}
    assert set(starts) == {"acme", "zeta", "yearly"}
    assert starts["zeta"] == datetime(2026, 12, 2, 12, tzinfo=timezone.utc)  # its own +03:00
    assert starts["yearly"] == datetime(2026, 12, 2, 20, tzinfo=timezone.utc)
    assert set(view.notes) == {
        "nofreq.ics: skipped, not a readable calendar (TypeError: rrule.__init__() missing 1 required positional "
        "argument: 'freq')",
        "zero.ics: skipped, not a readable calendar (ValueError: time zone 'Rrule-Test/Zero': RRULE has INTERVAL=0, "
        "not a positive whole number)",
        "seconds.ics: skipped, not a readable calendar (ValueError: time zone 'Rrule-Test/Seconds': its rule repeats "
        "too often (FREQ=SECONDLY))",
        "a-shared.ics: skipped, not a readable calendar (ValueError: time zone 'Rrule-Test/Shared': its rule repeats "
        "too often (FREQ=MINUTELY;COUNT=2))",
    }
    code, out, err = workspace.cli("sync")
    assert code == 0, err
    assert "Traceback" not in out + err and "Send thank-you letter: Zeta" in out


def test_a_calendar_zone_naming_a_folder_of_the_zone_database_is_ignored(workspace: Workspace) -> None:
    """X-WR-TIMEZONE:America is a folder to zoneinfo and a name of 5,000 letters too long for a
    file name: both raised OSError out of the reader, and the pass failed (exit 74)."""
    workspace.config.write_text(workspace.config.read_text().replace("timezone: America/New_York\n", ""))
    for name in ("America", "x" * 5000):
        workspace.add("acme", ACME.replace("PRODID:-//tests//EN", f"PRODID:-//tests//EN\r\nX-WR-TIMEZONE:{name}"))
        code, out, err = workspace.cli("status")
        assert code == 0, err
        assert "Traceback" not in out + err and "Send thank-you letter: Acme" in out


def test_google_recurring_instances_with_hostile_original_times_are_notes(setup: Setup) -> None:  # noqa: F811
    """Google expands recurrences itself (singleEvents), so the one recurrence field the backend
    reads is an instance's originalStartTime, converted inside the reader's guard. A time zone that
    is a folder of the zone database ("America") or too long a name for a file raised OSError past
    that guard, as did the calendar's own zone; the pass failed (exit 74). Google checks the zones
    it sends, so the cache file says it here: the guard must hold whatever the cache holds."""
    import json

    from followup_sync.state import digest

    setup.fake.user_insert("primary", interview())
    assert setup.cli("sync")[0] == 0
    cache = setup.root / "state" / "google" / f"sync-{digest('primary')}.json"
    data = json.loads(cache.read_text())
    hostile: dict[str, object] = {
        "garbage": {"dateTime": "garbage"}, "text": "2026-12-02", "number": {"date": 5},
        "folder": {"dateTime": "2026-12-02T10:00:00", "timeZone": "America"},
        "long": {"dateTime": "2026-12-02T10:00:00Z", "timeZone": "x" * 5000},
        "ancient": {"dateTime": "0001-01-01T00:00:00Z", "timeZone": "Pacific/Kiritimati"},
    }
    for name, original in hostile.items():
        data["events"][f"standup_{name}"] = {
            "id": f"standup_{name}", "status": "confirmed", "etag": '"1"', "summary": "Standup",
            "start": {"dateTime": "2026-12-02T10:00:00-05:00"}, "end": {"dateTime": "2026-12-02T10:15:00-05:00"},
            "recurringEventId": "standup", "originalStartTime": original}
    data["time_zone"] = "America"
    cache.write_text(json.dumps(data))
    for command in ("sync", "status"):
        code, out, err = setup.cli(command)
        assert code == 0, err
        assert "Traceback" not in out + err
        assert "note: event standup_garbage skipped: ValueError: Invalid isoformat string: 'garbage'" in out
        assert "note: event standup_text skipped: ValueError: missing start or end" in out
        assert "note: event standup_number skipped: TypeError" in out
        assert "note: event standup_ancient skipped: OverflowError: date value out of range" in out
        assert "standup_folder" not in out and "standup_long" not in out  # read, in the event's own offset
    assert set(setup.generated()) == {"Send thank-you letter: Acme Corp", "Follow-up call: Acme Corp",
                                      "Keep searching while you wait: Acme Corp"}
