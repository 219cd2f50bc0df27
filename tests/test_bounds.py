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
    assert set(summaries(workspace)) == {"Send thank-you letter: Acme", "Follow-up call: Acme",
                                    "Keep searching while you wait: Acme"}


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
                                       "end": {"date": "9999-12-31"}})
    for command in ("sync", "status"):
        code, out, err = setup.cli(command)
        assert code == 0, err
        assert "Traceback" not in out + err
        assert "note: event 'Interview at Rome' skipped: dated outside the years 1900-2200" in out
    assert set(setup.generated()) == {"Send thank-you letter: Acme Corp", "Follow-up call: Acme Corp",
                                      "Keep searching while you wait: Acme Corp"}
