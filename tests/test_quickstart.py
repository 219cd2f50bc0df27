"""The README's quick start, run as a user runs it: a real process on the bundled example calendar."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import vobject
from ical.calendar_stream import IcsCalendarStream

from tests.icslint import lint

#: The README's commands in fresh processes: `pytest -m "not slow"` leaves them to CI.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
NY = ZoneInfo("America/New_York")


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    env.pop("FOLLOWUP_SYNC_CONFIG", None)
    return subprocess.run([sys.executable, "-m", "followup_sync", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_quick_start_plans_the_example_calendar_and_exports_valid_ics(tmp_path: Path) -> None:
    result = run(tmp_path, "--config", "config.example.yaml", "--now", "2026-12-01T08:00", "sync")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "7 interviews tracked; 23 created, 0 updated, 0 deleted" in out
    plan = out.split("\nExported")[0].strip()
    assert f"```text\n{plan}\n```" in (REPO / "README.md").read_text("utf-8"), "the README shows this very plan"
    for company in ("Acme Corp", "Globex", "Hooli", "Initech", "Umbrella Corporation", "Stark Industries (Nov 27)"):
        assert f"Send thank-you letter: {company}" in out or f"Send thank-you e-mail: {company}" in out
    assert "Follow-up call: Umbrella" not in out  # Status: rejected
    for skipped in ("Mock interview", "Dentist", "Interviewing candidate", "Wayne"):
        assert skipped not in out

    export = tmp_path / ".local/share/followup-sync/ics"
    files = sorted(export.glob("*.ics"))
    assert len(files) == 8  # everything, plus one per interview (two Stark rounds)
    for file in files:
        data = file.read_bytes()
        assert lint(data) == [], file.name
        icalendar.Calendar.from_ical(data)
        IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
        vobject.readOne(data.decode("utf-8"))

    everything = IcsCalendarStream.calendar_from_ics((export / "followup-sync.ics").read_text("utf-8"))
    starts = {e.summary: e.dtstart.astimezone(timezone.utc) for e in everything.events}
    assert len(everything.events) == 23
    # Acme said "end of next week" (Fri Dec 11): the call is Monday Dec 14, 10:00 in New York (15:00 UTC).
    assert starts["Follow-up call: Acme Corp"] == datetime(2026, 12, 14, 15, tzinfo=timezone.utc)
    # Globex is "Style: creative": an e-mail, the same day as the Berlin interview (over at 11:00 New York).
    assert starts["Send thank-you e-mail: Globex"] == datetime(2026, 12, 3, 16, 15, tzinfo=timezone.utc)
    assert_no_overlaps(everything.events)
    generated = sorted((tmp_path / ".local/state/followup-sync/calendar").glob("fs*.ics"))
    assert len(generated) == 23

    again = run(tmp_path, "--config", "config.example.yaml", "--now", "2026-12-01T08:01", "sync")
    assert again.returncode == 0 and again.stdout.startswith("Nothing to change.")


def assert_no_overlaps(tasks: list) -> None:
    """The example's plan, read back by ``ical``, against the example calendar read by
    recurring-ical-events: no task on another, none on an interview or any busy event."""
    spans = sorted((t.dtstart.astimezone(timezone.utc), t.dtend.astimezone(timezone.utc), t.summary) for t in tasks)
    for (_, end, first), (start, _, second) in zip(spans, spans[1:]):
        assert end <= start, f"{first} overlaps {second}"
    busy = []
    for file in sorted((REPO / "examples" / "calendar").glob("*.ics")):
        calendar = icalendar.Calendar.from_ical(file.read_bytes())
        for event in recurring_ical_events.of(calendar).between(datetime(2026, 11, 1), datetime(2027, 2, 1)):
            if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
                continue
            start, end = event["DTSTART"].dt, event["DTEND"].dt
            if not isinstance(start, datetime):  # all day: the whole day in the example's zone
                start, end = (datetime.combine(d, datetime.min.time(), NY) for d in (start, end))
            busy.append((start.astimezone(timezone.utc), end.astimezone(timezone.utc), str(event["SUMMARY"])))
    assert any("Day off" in b[2] for b in busy) and len(busy) >= 10
    for start, end, task in spans:
        for begins, ends, what in busy:
            assert end <= begins or ends <= start, f"{task} at {start} sits on {what}"


def test_bad_config_exits_78_with_file_line_and_key(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("calendar:\n  backend: local\n  local:\n    path: x\nrules:\n  follow_up_call:\n    time: \"25:00\"\n")
    result = run(tmp_path, "--config", str(config), "sync")
    assert result.returncode == 78
    assert f"{config}:7: rules.follow_up_call.time:" in result.stderr
    assert "Traceback" not in result.stderr
    assert run(tmp_path, "--config", str(config), "check").returncode == 78


def test_version_and_check(tmp_path: Path) -> None:
    version = run(tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("followup-sync 0.1.0")
    check = run(tmp_path, "--config", "config.example.yaml", "check")
    assert check.returncode == 0 and "ok" in check.stdout
