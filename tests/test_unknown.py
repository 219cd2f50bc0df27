"""Unknown is not gone (issue 10, finding 7): a source that could not be read holds its interviews'
tasks; once it reads again, everything is as before, the user's changes included."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup_sync.model import CalendarView, GeneratedEvent, SourceEvent, Task, TaskKind
from followup_sync.reconcile import UNKNOWN, reconcile
from tests.conftest import Workspace, vevent
from tests.test_google import Setup, interview, setup  # noqa: F401  (fixture)

NY = ZoneInfo("America/New_York")
ACME = vevent("acme", "Interview at Acme", "20261130T100000", "20261130T110000",
              "Decision: 12/11\nInterviewer: Jane Doe, CTO, jane@acme.example")
GLOBEX = vevent("globex", "Phone screen - Globex", "20261130T140000", "20261130T143000",
                "Decision: 12/14\nInterviewer: Hank Scorpio, CEO, hank@globex.example")


def test_reconcile_keeps_tasks_of_unknown_interviews_and_deletes_the_rest() -> None:
    now = datetime(2026, 12, 1, 8, tzinfo=NY)
    start = now + timedelta(days=1)

    def gen(task_id: str, key: str) -> GeneratedEvent:
        task = Task(task_id, TaskKind.THANK_YOU, key, key, "Send", "", start, start + timedelta(minutes=30))
        return GeneratedEvent(task, task.fingerprint(), now)

    result = reconcile([], [gen("fsa", "gone"), gen("fsb", "unread")], now, unknown=frozenset({"unread"}))
    assert [(c.action, c.task.id) for c in result.changes] == [("delete", "fsa")]
    assert [(k.task.id, k.reason) for k in result.kept] == [("fsb", UNKNOWN)]
    assert CalendarView((SourceEvent("k", "u", "s", start, start),), ()).unreadable == ()


def test_local_corrupt_source_file_holds_its_tasks_and_fixing_it_restores_everything(workspace: Workspace) -> None:
    acme = workspace.add("acme", ACME)
    workspace.add("globex", GLOBEX)
    assert workspace.cli("sync")[0] == 0
    # The user adds a place and a reminder to a pending task: fields outside what we fingerprint,
    # so they are lost if the task is ever deleted and written again.
    call = next(p for p in sorted(workspace.target.glob("fs*.ics")) if "Follow-up call: Acme" in p.read_text())
    call.write_text(call.read_text().replace("TRANSP:TRANSPARENT", "LOCATION:Phone booth\nTRANSP:TRANSPARENT"))
    before = workspace.generated()
    good = acme.read_bytes()

    for broken in (good[: len(good) // 2], b"", b"\xff\xfe garbage"):  # half-written, empty, not a calendar
        acme.write_bytes(broken)
        code, out, err = workspace.cli("sync")
        assert code == 0, err
        assert "note: acme.ics: skipped, not a readable calendar" in out
        assert "note: tasks kept, not deleted: 3, whose interview could not be read this pass" in out
        assert "0 created, 0 updated, 0 deleted" in out
        assert workspace.generated() == before

    acme.write_bytes(good)
    code, out, err = workspace.cli("sync")
    assert code == 0, err
    assert "0 created, 0 updated, 0 deleted" in out and "could not be read" not in out
    assert workspace.generated() == before
    assert "LOCATION:Phone booth" in call.read_text()


def test_local_unreadable_event_inside_a_readable_file_holds_its_tasks(workspace: Workspace) -> None:
    both = workspace.add("both", ACME.replace("END:VCALENDAR", GLOBEX.split("VERSION:2.0\r\nPRODID:-//tests//EN\r\n")[1]
                                              .replace("END:VCALENDAR\r\n", "") + "END:VCALENDAR", 1))
    assert workspace.cli("sync")[0] == 0
    before = workspace.generated()
    assert len(before) == 6
    both.write_text(both.read_text().replace("DTSTART;TZID=America/New_York:20261130T140000", "DTSTART:garbage"))
    code, out, err = workspace.cli("sync")
    assert code == 0, err
    assert "note: both.ics: an event was skipped" in out
    assert "0 created, 0 updated, 0 deleted" in out
    assert workspace.generated() == before


def test_google_event_that_cannot_be_read_holds_its_tasks(setup: Setup) -> None:  # noqa: F811
    acme = setup.fake.user_insert("primary", interview())
    assert setup.cli("sync")[0] == 0
    before = setup.starts()
    assert len(before) == 3
    # Moved to a date the product does not plan for: the event is there, what it says is unknown.
    setup.fake.user_patch("primary", acme["id"], {"start": {"dateTime": "0001-01-02T10:00:00-05:00"},
                                                  "end": {"dateTime": "0001-01-02T11:00:00-05:00"}})
    code, out, err = setup.cli("sync")
    assert code == 0, err
    assert "note: tasks kept, not deleted: 3, whose interview could not be read this pass" in out
    assert setup.starts() == before
    setup.fake.user_patch("primary", acme["id"], interview())
    code, out, err = setup.cli("sync")
    assert code == 0 and "0 created, 0 updated, 0 deleted" in out, out + err
    assert setup.starts() == before
