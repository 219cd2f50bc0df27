"""The local backend end to end through the CLI: plan, write, respect the user, follow changes."""

from __future__ import annotations

import json
import os
import re

import icalendar

from followup_sync.state import LOCAL_LEDGER as LEDGER
from tests.conftest import Workspace, vevent

ACME = vevent(
    "acme-1@example.com", "Phone screen - Acme Corp", "20261130T100000", "20261130T103000",
    "Company: Acme Corp\nRole: Backend Engineer\n"
    "Interviewer: Jane Doe, Engineering Manager, jane@acme.example, +1 555 0100\nDecision: 12/11\nStyle: traditional",
)
DENTIST = vevent("dentist@example.com", "Dentist", "20261201T090000", "20261201T100000")


def summaries(ws: Workspace) -> dict[str, str]:
    found = {}
    for task_id, text in ws.generated().items():
        event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
        found[str(event["SUMMARY"])] = event["DTSTART"].dt.isoformat()
    return found


def test_sync_writes_the_plan_and_a_second_sync_changes_nothing(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    workspace.add("dentist", DENTIST)
    before = workspace.source_digest()

    code, out, err = workspace.cli("sync")
    assert code == 0, err
    # the letter's day (the interview's) is over: first thing next morning, after the dentist
    assert re.search(r"created\s+Tue Dec  1 10:15\s+Send thank-you letter: Acme Corp", out)
    assert summaries(workspace) == {
        "Send thank-you letter: Acme Corp": "2026-12-01T10:15:00-05:00",
        "Keep searching while you wait: Acme Corp": "2026-12-02T14:00:00-05:00",
        "Follow-up call: Acme Corp": "2026-12-14T10:00:00-05:00",
    }
    ledger = json.loads((workspace.target / LEDGER).read_text())
    assert sorted(ledger["created"]) == sorted(workspace.generated())
    exported = sorted(p.name for p in workspace.export.iterdir())
    assert "followup-sync.ics" in exported and any(n.startswith("Acme-Corp-2026-11-30-") for n in exported)
    export_bytes = (workspace.export / "followup-sync.ics").read_bytes()

    code, out, _ = workspace.cli("sync", now="2026-12-01T08:05")
    assert code == 0 and out.startswith("Nothing to change.")
    assert (workspace.export / "followup-sync.ics").read_bytes() == export_bytes
    assert workspace.source_digest() == before, "the user's files are never written"


def test_dry_run_writes_nothing(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    code, out, _ = workspace.cli("sync", "--dry-run")
    assert code == 0 and "would create" in out
    assert not workspace.target.exists() and not workspace.export.exists()


def test_user_deletion_and_edit_are_respected(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    workspace.cli("sync")
    files = {summary: path for path in workspace.target.glob("fs*.ics")
             for summary in [str(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]["SUMMARY"])]}
    files["Keep searching while you wait: Acme Corp"].unlink()
    call = files["Follow-up call: Acme Corp"]
    call.write_text(call.read_text().replace("DTSTART;TZID=America/New_York:20261214T100000",
                                             "DTSTART;TZID=America/New_York:20261215T160000"), newline="")
    edited = call.read_bytes()

    code, out, _ = workspace.cli("sync", "-v", now="2026-12-01T08:10")
    assert code == 0 and "0 created, 0 updated, 0 deleted" in out
    assert "deleted by you" in out and "edited by you" in out
    assert "Keep searching while you wait: Acme Corp" not in summaries(workspace)
    assert call.read_bytes() == edited

    # even when the interview moves, the user's versions stay as they are
    workspace.add("acme", ACME.replace("20261130T10", "20261202T10"))
    workspace.cli("sync", now="2026-12-01T08:15")
    assert call.read_bytes() == edited
    assert "Keep searching while you wait: Acme Corp" not in summaries(workspace)


def test_reschedule_moves_pending_tasks_and_cancel_removes_them(workspace: Workspace) -> None:
    path = workspace.add("acme", ACME.replace("Decision: 12/11\\n", ""))
    workspace.cli("sync")
    assert summaries(workspace)["Follow-up call: Acme Corp"] == "2026-12-07T10:00:00-05:00"

    path.write_text(ACME.replace("Decision: 12/11\\n", "").replace("20261130T10", "20261203T10"), newline="")
    code, out, _ = workspace.cli("sync", now="2026-12-01T09:00")
    assert code == 0 and "updated" in out and "(moved)" in out
    assert summaries(workspace)["Follow-up call: Acme Corp"] == "2026-12-10T10:00:00-05:00"
    # the same day, after the details reminder that follows the interview
    assert summaries(workspace)["Send thank-you letter: Acme Corp"] == "2026-12-03T11:15:00-05:00"

    path.write_text(ACME.replace("SUMMARY:", "STATUS:CANCELLED\r\nSUMMARY:"), newline="")
    code, out, _ = workspace.cli("sync", now="2026-12-01T09:30")
    assert code == 0 and out.count("deleted") >= 3
    assert summaries(workspace) == {}
    assert json.loads((workspace.target / LEDGER).read_text())["created"] == []

    # the interview comes back: its tasks are planned again (our own deletions are not tombstones)
    path.write_text(ACME, newline="")
    workspace.cli("sync", now="2026-12-01T10:00")
    assert "Follow-up call: Acme Corp" in summaries(workspace)


def test_an_outcome_removes_the_pending_call(workspace: Workspace) -> None:
    path = workspace.add("acme", ACME)
    workspace.cli("sync")
    path.write_text(ACME.replace("Style: traditional", "Style: traditional\\nStatus: offer"), newline="")
    code, out, _ = workspace.cli("sync", now="2026-12-01T08:30")
    assert code == 0
    assert set(summaries(workspace)) == {"Send thank-you letter: Acme Corp"}


def test_empty_source_holds_back_deletes(workspace: Workspace) -> None:
    path = workspace.add("acme", ACME)
    workspace.cli("sync")
    path.unlink()
    code, out, _ = workspace.cli("sync", now="2026-12-01T08:30")
    assert code == 0 and "source calendar is empty" in out
    assert len(summaries(workspace)) == 3


def test_status_shows_interviews_tasks_and_next_action(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    workspace.add("initech", vevent("initech@example.com", "Final round - Initech", "20261208", "20261209",
                                    extra="ATTENDEE;CN=Bill Lumbergh:mailto:bill@initech.example"))
    code, out, _ = workspace.cli("status")
    assert code == 0
    assert "Acme Corp — Phone screen - Acme Corp" in out
    assert "decision: Fri Dec 11 (12/11)" in out and "Jane Doe, Engineering Manager" in out
    assert "next: Send thank-you letter: Acme Corp, Tue Dec  1 09:00" in out
    assert "Initech" in out and "missing: the employer's decision time frame, title and e-mail or phone" not in out
    assert "missing: the employer's decision time frame, title of Bill Lumbergh" in out
    assert "[to create]" in out
    assert not workspace.target.exists(), "status writes nothing"


def test_export_command_writes_what_the_calendar_holds(workspace: Workspace, tmp_path) -> None:
    workspace.add("acme", ACME)
    workspace.cli("sync")
    out_dir = tmp_path / "elsewhere"
    code, out, _ = workspace.cli("export", "--out", str(out_dir))
    assert code == 0 and "Exported 3 tasks" in out
    calendar = icalendar.Calendar.from_ical((out_dir / "followup-sync.ics").read_bytes())
    assert len(calendar.walk("VEVENT")) == 3


def test_hostile_summary_stays_inside_the_export_folder(workspace: Workspace) -> None:
    workspace.add("evil", vevent("evil@example.com", "Interview - ../../../etc/passwd", "20261130T100000",
                                 "20261130T110000", "Company: ../../x\\r\\nEND:VEVENT"))
    code, _, err = workspace.cli("sync")
    assert code == 0, err
    for path in workspace.export.iterdir():
        assert path.parent == workspace.export and ".." not in path.name
    assert not (workspace.root / "x").exists()
    lines = (workspace.export / "followup-sync.ics").read_bytes().split(b"\r\n")
    assert lines.count(b"BEGIN:VEVENT") == lines.count(b"END:VEVENT") == 4  # details, letter, call, keep searching


def test_unreadable_files_are_reported_and_skipped(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    workspace.add("broken", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n")
    code, out, _ = workspace.cli("sync")
    assert code == 0
    assert "note: broken.ics: skipped" in out or "note: broken.ics" in out
    assert len(summaries(workspace)) == 3


def test_missing_calendar_folder_is_a_plain_error(workspace: Workspace) -> None:
    workspace.source.rmdir()
    code, out, err = workspace.cli("sync")
    assert code == 75
    assert "calendar not found" in err and "Traceback" not in err


def test_single_ics_file_source_and_vtodo_export(workspace: Workspace) -> None:
    body = ACME.split("BEGIN:VEVENT")[1].split("END:VEVENT")[0]
    single = workspace.root / "personal.ics"
    single.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
                      f"BEGIN:VEVENT{body}END:VEVENT\r\n" + DENTIST.split("VERSION:2.0\r\nPRODID:-//tests//EN\r\n")[1],
                      newline="")
    text = workspace.config.read_text().replace("timezone: America/New_York\n", "")
    text = text.replace("path: calendar", f"path: {single}").replace("export:\n", "export:\n  format: vtodo\n")
    # ACME's "Decision: 12/11" is month first; in Berlin, date_order: auto would read it day first
    workspace.config.write_text(text + "rules:\n  date_order: mdy\n")
    code, out, err = workspace.cli("sync", now="2026-12-01T08:00-05:00")
    assert code == 0, err
    assert "WHEN (Europe/Berlin)" in out  # no zone configured: the calendar's own
    calendar = icalendar.Calendar.from_ical((workspace.export / "followup-sync.ics").read_bytes())
    todos = calendar.walk("VTODO")
    assert len(todos) == 3 and not calendar.walk("VEVENT")
    thank = next(t for t in todos if "thank-you" in str(t["SUMMARY"]))
    # 09:00 Berlin had passed (08:00 in New York is 14:00 in Berlin): the next free slot
    assert thank["DTSTART"].dt.isoformat() == "2026-12-01T14:00:00+01:00" and "DUE" in thank


def test_unwritable_export_folder_keeps_the_calendar_and_says_so(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    workspace.export.parent.mkdir(parents=True, exist_ok=True)
    workspace.export.write_text("a file where the export folder should be")
    code, out, err = workspace.cli("sync")
    assert code == 73 and "Traceback" not in err
    assert f"error: could not write the .ics export to {workspace.export}" in out
    assert len(summaries(workspace)) == 3  # the calendar was written all the same


def test_unwritable_state_folder_is_a_plain_error(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    (workspace.root / "state").write_text("a file where the state folder should be")
    code, _, err = workspace.cli("sync")
    assert code in (74, 75) and "Traceback" not in err
    assert "state" in err


def test_a_reminder_the_user_changed_is_kept(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    workspace.cli("sync")
    call = next(p for p in workspace.target.glob("fs*.ics") if "Follow-up call" in p.read_text())
    call.write_text(call.read_text().replace("TRIGGER:-PT30M", "TRIGGER:-PT10M"), newline="")
    changed = call.read_bytes()
    code, out, _ = workspace.cli("sync", now="2026-12-01T08:05")
    assert code == 0 and out.startswith("Nothing to change.")
    assert call.read_bytes() == changed


def test_floating_times_are_read_in_the_calendars_own_zone(workspace: Workspace) -> None:
    single = workspace.root / "berlin.ics"
    single.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
                      "BEGIN:VEVENT\r\nUID:f@x\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Interview at Acme\r\n"
                      "DTSTART:20261201T150000\r\nDTEND:20261201T160000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", newline="")
    workspace.config.write_text(workspace.config.read_text().replace("timezone: America/New_York\n", "")
                                .replace("path: calendar", f"path: {single}"))
    code, out, _ = workspace.cli("status", now="2026-11-30T08:00+01:00")
    assert code == 0
    assert "Time zone Europe/Berlin" in out and "when: Tue Dec  1 15:00-16:00" in out


def test_files_follow_the_umask(workspace: Workspace) -> None:
    import stat
    import subprocess
    import sys

    workspace.add("acme", ACME)
    subprocess.run([sys.executable, "-m", "followup_sync", "--config", str(workspace.config), "--now",
                    "2026-12-01T08:00", "sync"], check=True, capture_output=True, preexec_fn=lambda: os.umask(0o077))
    written = [*workspace.target.iterdir(), *workspace.export.iterdir()]
    assert written and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)


def test_an_update_patches_only_the_planned_fields(workspace: Workspace) -> None:
    """Issue 10, finding 4: the reminder, place, colour and an app's own properties the user set on a
    task survive when the interview moves and the task with it."""
    from datetime import timedelta

    import vobject

    acme = workspace.add("acme", vevent("acme", "Interview at Acme", "20261130T100000", "20261130T110000",
                                        "Decision: 12/11\nInterviewer: Jane Doe, CTO, jane@acme.example"))
    assert workspace.cli("sync")[0] == 0
    call = next(p for p in sorted(workspace.target.glob("fs*.ics")) if "Follow-up call" in p.read_text())
    text = call.read_text()
    text = text.replace("TRIGGER:-PT30M", "TRIGGER:-PT2H").replace(
        "TRANSP:TRANSPARENT", "LOCATION:Phone booth\nCOLOR:tomato\nX-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
    call.write_text(text)
    assert "0 created, 0 updated, 0 deleted" in workspace.cli("sync")[1]  # not an edit of what we planned

    acme.write_text(acme.read_text().replace("Decision: 12/11", "Decision: 12/18"))
    code, out, _ = workspace.cli("sync")
    assert code == 0 and "updated  Mon Dec 21 10:00         Follow-up call: Acme (moved)" in out
    event = vobject.readOne(call.read_text()).vevent
    assert event.dtstart.value.isoformat() == "2026-12-21T10:00:00-05:00"
    assert "decide by Friday, December 18" in event.description.value
    assert event.location.value == "Phone booth"
    assert event.contents["color"][0].value == "tomato"
    assert event.contents["x-apple-travel-advisory-behavior"][0].value == "AUTOMATIC"
    assert "transp" not in event.contents  # the user removed it; it stays removed
    assert [a.trigger.value for a in event.valarm_list] == [-timedelta(hours=2)]
    assert "0 created, 0 updated, 0 deleted" in workspace.cli("sync")[1]
