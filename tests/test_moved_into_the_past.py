"""Moved into the past (issue 10, finding 10): an interview corrected to a date already behind us
brings all its pending tasks forward together, in the plan's order, and they then stay put. Written
against task times after passes, so it holds whatever the planner's internals."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar

from tests.conftest import Workspace, vevent
from tests.test_google import Setup, interview, setup  # noqa: F401  (fixture)

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 1, 8, tzinfo=NY)
DESCRIPTION = "Interviewer: Jane Doe, CTO, jane@acme.example"
KINDS = ("details", "thank-you", "keep-searching", "follow-up-call")


def local_times(ws: Workspace) -> dict[str, datetime]:
    times = {}
    for text in ws.generated().values():
        event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
        times[str(event["X-FOLLOWUP-SYNC-KIND"])] = event["DTSTART"].dt.astimezone(timezone.utc)
    return times


def google_times(setup: Setup) -> dict[str, datetime]:  # noqa: F811
    return {e["extendedProperties"]["private"]["fsKind"]: datetime.fromisoformat(e["start"]["dateTime"])
            .astimezone(timezone.utc) for e in setup.generated().values()}


def check_moved_forward(before: dict[str, datetime], after: dict[str, datetime]) -> None:
    assert set(after) == set(KINDS) and set(KINDS) <= set(before)  # the before-interview task is gone
    assert before["thank-you"] >= NOW + timedelta(days=9)  # planned after the interview on Dec 10
    # Everything now follows the corrected date (Nov 25): details, thank-you and keep-searching at the
    # first free slots, the call a week after the interview, after the thank-you.
    assert NOW <= after["details"] < after["thank-you"] < after["keep-searching"] < NOW + timedelta(days=1)
    assert after["follow-up-call"].astimezone(NY).date() == datetime(2026, 12, 2).date()
    assert after["thank-you"] < after["follow-up-call"]


def test_local_interview_moved_into_the_past_moves_all_its_tasks(workspace: Workspace) -> None:
    source = workspace.add("acme", vevent("acme", "Interview at Acme", "20261210T100000", "20261210T110000",
                                          DESCRIPTION))
    assert workspace.cli("sync")[0] == 0
    before = local_times(workspace)
    source.write_text(source.read_text().replace("20261210T1", "20261125T1"))
    assert workspace.cli("sync")[0] == 0
    after = local_times(workspace)
    check_moved_forward(before, after)
    code, out, _ = workspace.cli("sync", now="2026-12-01T08:40")
    assert code == 0 and "0 created, 0 updated, 0 deleted" in out
    assert local_times(workspace) == after


def test_google_interview_moved_into_the_past_moves_all_its_tasks(setup: Setup) -> None:  # noqa: F811
    event = setup.fake.user_insert("primary", interview("Interview at Acme", "2026-12-10T10:00:00-05:00",
                                                        minutes=60, description=DESCRIPTION))
    assert setup.cli("sync")[0] == 0
    before = google_times(setup)
    setup.fake.user_patch("primary", event["id"], {
        "start": {"dateTime": "2026-11-25T10:00:00-05:00", "timeZone": "America/New_York"},
        "end": {"dateTime": "2026-11-25T11:00:00-05:00", "timeZone": "America/New_York"}})
    assert setup.cli("sync")[0] == 0
    after = google_times(setup)
    check_moved_forward(before, after)
    code, out, _ = setup.cli("sync", now="2026-12-01T08:40")
    assert code == 0 and "0 created, 0 updated, 0 deleted" in out
    assert google_times(setup) == after
