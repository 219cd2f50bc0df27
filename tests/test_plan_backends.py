"""The whole-calendar plan through both real backends: a local vdir read and written as files, and
Google through the real google-api-python-client against the fake API on loopback.

Each scenario runs on both: no task on busy time or on another task, idle passes that write
nothing, unrelated moves that move nothing, the timing rules, later rounds, a Tokyo interviewer for
a New York user, and outcomes arriving later.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

import icalendar
import pytest

from followup_sync.backends import open_backend
from followup_sync.config import load_config
from followup_sync.google.client import RetryPolicy
from followup_sync.service import PassReport, run_pass
from tests.conftest import vevent
from tests.fake_google import FakeGoogle
from tests.test_google import google_config

NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
UTC = timezone.utc
JANE = "Interviewer: Jane Doe, Engineering Manager, jane@acme.example, +1 555 0100\n"
GAP = timedelta(minutes=15)


def at(day: int, hour: int, minute: int = 0, month: int = 12, zone: ZoneInfo = NY) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=zone)


class Calendar(Protocol):
    """What a scenario does to a calendar, whichever backend holds it."""

    def add(self, key: str, summary: str, start: datetime | date, end: datetime | date, description: str = "",
            transparent: bool = False) -> None: ...

    def change(self, key: str, *, start: datetime | date | None = None, end: datetime | date | None = None,
               description: str | None = None) -> None: ...

    def sync(self, now: datetime) -> PassReport: ...

    def tasks(self) -> dict[str, tuple[datetime, datetime]]:
        """The generated events as the calendar holds them: summary → (start, end) in UTC."""
        ...

    def busy(self) -> list[tuple[datetime, datetime, str]]:
        """The user's own opaque events as the calendar holds them, in UTC."""
        ...


def _ics_time(value: datetime | date) -> str:
    return value.strftime("%Y%m%dT%H%M%S") if isinstance(value, datetime) else value.strftime("%Y%m%d")


class LocalCalendar:
    def __init__(self, root: Path, rules: str) -> None:
        self.root = root
        self.source = root / "calendar"
        self.source.mkdir()
        self.config = root / "config.yaml"
        self.config.write_text(
            f"timezone: America/New_York\nstate_dir: {root / 'state'}\n"
            "calendar:\n  backend: local\n  local:\n    path: calendar\n"
            f"export:\n  dir: {root / 'ics'}\nidentity:\n  emails: [alex@example.com]\n" + rules, encoding="utf-8")
        self.events: dict[str, dict[str, object]] = {}

    def _write(self, key: str) -> None:
        e = self.events[key]
        start, end = e["start"], e["end"]
        assert isinstance(start, (datetime, date)) and isinstance(end, (datetime, date))
        zone = start.tzinfo.key if isinstance(start, datetime) else "America/New_York"  # type: ignore[union-attr]
        text = vevent(f"{key}@example.com", str(e["summary"]), _ics_time(start), _ics_time(end), str(e["description"]),
                      "TRANSP:TRANSPARENT" if e["transparent"] else "TRANSP:OPAQUE", tzid=zone)
        (self.source / f"{key}.ics").write_text(text, encoding="utf-8", newline="")

    def add(self, key: str, summary: str, start: datetime | date, end: datetime | date, description: str = "",
            transparent: bool = False) -> None:
        self.events[key] = {"summary": summary, "start": start, "end": end, "description": description,
                            "transparent": transparent}
        self._write(key)

    def change(self, key: str, *, start: datetime | date | None = None, end: datetime | date | None = None,
               description: str | None = None) -> None:
        for name, value in (("start", start), ("end", end), ("description", description)):
            if value is not None:
                self.events[key][name] = value
        self._write(key)

    def sync(self, now: datetime) -> PassReport:
        config = load_config(self.config)
        return run_pass(config, open_backend(config), now)

    def tasks(self) -> dict[str, tuple[datetime, datetime]]:
        found = {}
        for path in (self.root / "state" / "calendar").glob("fs*.ics"):
            event = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
            found[str(event["SUMMARY"])] = (event["DTSTART"].dt.astimezone(UTC), event["DTEND"].dt.astimezone(UTC))
        return found

    def busy(self) -> list[tuple[datetime, datetime, str]]:
        spans = []
        for path in self.source.glob("*.ics"):
            event = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
            if str(event.get("TRANSP")) == "TRANSPARENT":
                continue
            start, end = event["DTSTART"].dt, event["DTEND"].dt
            if not isinstance(start, datetime):
                start, end = (datetime.combine(d, time(), NY) for d in (start, end))
            spans.append((start.astimezone(UTC), end.astimezone(UTC), str(event["SUMMARY"])))
        return spans


def _google_time(value: datetime | date) -> dict[str, str]:
    if isinstance(value, datetime):
        return {"dateTime": value.isoformat(), "timeZone": value.tzinfo.key}  # type: ignore[union-attr]
    return {"date": value.isoformat()}


class GoogleCalendar:
    def __init__(self, fake: FakeGoogle, root: Path, rules: str) -> None:
        self.fake = fake
        self.config = google_config(fake, root, rules)
        self.ids: dict[str, str] = {}

    def add(self, key: str, summary: str, start: datetime | date, end: datetime | date, description: str = "",
            transparent: bool = False) -> None:
        body = {"summary": summary, "description": description, "start": _google_time(start),
                "end": _google_time(end), "transparency": "transparent" if transparent else "opaque"}
        self.ids[key] = self.fake.user_insert("primary", body)["id"]

    def change(self, key: str, *, start: datetime | date | None = None, end: datetime | date | None = None,
               description: str | None = None) -> None:
        fields: dict[str, object] = {}
        if start is not None:
            fields["start"] = _google_time(start)
        if end is not None:
            fields["end"] = _google_time(end)
        if description is not None:
            fields["description"] = description
        self.fake.user_patch("primary", self.ids[key], fields)

    def sync(self, now: datetime) -> PassReport:
        config = load_config(self.config)
        from followup_sync.google.backend import open_google

        return run_pass(config, open_google(config, RetryPolicy(attempts=8, base=0.001, cap=0.01)), now)

    def _events(self, generated: bool) -> Iterator[dict]:
        for event in self.fake.events("primary"):
            mine = (event.get("extendedProperties") or {}).get("private", {}).get("followupSync") == "1"
            if mine == generated:
                yield event

    def tasks(self) -> dict[str, tuple[datetime, datetime]]:
        return {e["summary"]: (datetime.fromisoformat(e["start"]["dateTime"]).astimezone(UTC),
                               datetime.fromisoformat(e["end"]["dateTime"]).astimezone(UTC))
                for e in self._events(True)}

    def busy(self) -> list[tuple[datetime, datetime, str]]:
        spans = []
        for e in self._events(False):
            if e.get("transparency") == "transparent":
                continue
            if "date" in e["start"]:
                start, end = (datetime.combine(date.fromisoformat(e[k]["date"]), time(), NY) for k in ("start", "end"))
            else:
                start, end = (datetime.fromisoformat(e[k]["dateTime"]) for k in ("start", "end"))
            spans.append((start.astimezone(UTC), end.astimezone(UTC), e["summary"]))
        return spans


@pytest.fixture(params=["local", "google"])
def make(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    fakes: list[FakeGoogle] = []

    def build(rules: str = "") -> Calendar:
        if request.param == "local":
            return LocalCalendar(tmp_path, rules)
        fake = FakeGoogle(owner="alex@example.com", time_zone="America/New_York").__enter__()
        fakes.append(fake)
        return GoogleCalendar(fake, tmp_path, rules)

    yield build
    for fake in fakes:
        fake.__exit__(None, None, None)


def writes(report: PassReport) -> int:
    assert not report.failed
    return len(report.applied)


def assert_clear(cal: Calendar) -> None:
    """No task overlaps another or a busy event, gaps kept; every task in working hours or right before
    an interview; read from the calendar itself."""
    tasks = sorted((start, end, summary) for summary, (start, end) in cal.tasks().items())
    assert tasks
    for (_, end, first), (start, _, second) in zip(tasks, tasks[1:]):
        assert end + GAP <= start or "Before the interview" in first + second, f"{first} overlaps {second}"
    for start, end, summary in tasks:
        for begins, ends, what in cal.busy():
            assert end <= begins or ends <= start, f"{summary} at {start:%a %d %H:%M} UTC sits on {what}"


def busy_week(cal: Calendar) -> None:
    cal.add("acme", "Phone screen - Acme", at(30, 10, month=11), at(30, 10, 30, month=11),
            "Company: Acme\n" + JANE + "Decision: 12/18")
    cal.add("globex", "Interview at Globex", at(30, 14, month=11), at(30, 15, month=11),
            "Company: Globex\nInterviewer: Hank Scorpio, VP, hank@globex.example\nDecision: Friday")
    cal.add("hooli", "Hiring manager - Hooli", at(30, 11, 30, month=11), at(30, 12, 30, month=11))  # call: Dec 7?
    cal.add("dentist", "Dentist", at(1, 9), at(1, 10))
    cal.add("standup", "Stand-up", at(1, 10, 30), at(1, 11))
    cal.add("coffee", "Coffee (optional)", at(1, 15), at(1, 17), transparent=True)
    cal.add("moving", "Moving house", date(2026, 12, 7), date(2026, 12, 8))


def test_no_clashes_idle_passes_and_unrelated_moves(make) -> None:  # type: ignore[no-untyped-def]
    cal = make()
    busy_week(cal)
    assert writes(cal.sync(at(30, 8, month=11))) > 8
    assert_clear(cal)
    assert not any(start.astimezone(NY).date() == date(2026, 12, 7) for start, _ in cal.tasks().values())
    assert cal.tasks()["Follow-up call: Hooli"][0].astimezone(NY).date() == date(2026, 12, 8)  # not on the day off
    placed = cal.tasks()
    assert writes(cal.sync(at(30, 8, 5, month=11))) == 0
    assert writes(cal.sync(at(30, 9, month=11))) == 0

    cal.change("standup", start=at(4, 16, 30), end=at(4, 17))  # to where nothing is planned
    assert writes(cal.sync(at(30, 9, 5, month=11))) == 0
    assert cal.tasks() == placed

    victim, (start, end) = next((s, t) for s, t in sorted(placed.items(), key=lambda i: i[1]) if "Keep searching" in s)
    cal.change("standup", start=start.astimezone(NY) - timedelta(minutes=10), end=end.astimezone(NY))
    report = cal.sync(at(30, 9, 10, month=11))
    assert [(c.action, c.task.summary) for c in report.reconciliation.changes] == [("update", victim)]
    assert {s: t for s, t in cal.tasks().items() if placed[s] != t}.keys() == {victim}
    assert_clear(cal)
    assert writes(cal.sync(at(30, 9, 15, month=11))) == 0


def test_timing_rules(make) -> None:  # type: ignore[no-untyped-def]
    cal = make("rules:\n  holidays: {country: US}\n")
    # Friday afternoon: the letter goes out on Friday, not Monday
    cal.add("fri", "Interview - Fri Co", at(4, 15), at(4, 16), "Company: Fri Co\n" + JANE + "Decision: 12/31")
    # Monday, decision on Friday: letter today, call the day before the decision
    cal.add("near", "Interview - Near Co", at(14, 10), at(14, 11), "Company: Near Co\n" + JANE + "Decision: Friday")
    # decision far away: the call the business day after it (Jan 1 is a holiday)
    cal.add("far", "Interview - Far Co", at(15, 14), at(15, 15), "Company: Far Co\n" + JANE + "Decision: 12/31")
    # no time frame, a week later falls on Christmas: the next business day
    cal.add("xmas", "Interview - Xmas Co", at(18, 10), at(18, 11), "Company: Xmas Co\n" + JANE)
    # the week clocks spring forward: the call keeps its wall-clock time
    cal.add("dst", "Interview - DST Co", datetime(2027, 3, 5, 10, tzinfo=NY), datetime(2027, 3, 5, 11, tzinfo=NY),
            "Company: DST Co\n" + JANE + "Decision: in 3 weeks")
    cal.sync(at(4, 8))
    cal.sync(datetime(2027, 2, 25, 8, tzinfo=NY))  # the DST interview comes into the 60-day horizon
    tasks = {s: start.astimezone(NY) for s, (start, _) in cal.tasks().items()}
    assert tasks["Send thank-you letter: Fri Co"].date() == date(2026, 12, 4)
    # a near decision without a style: an e-mail the same day (a posted letter would arrive too late)
    assert tasks["Send thank-you e-mail: Near Co"].date() == date(2026, 12, 14)
    assert tasks["Follow-up call: Near Co"].date() == date(2026, 12, 17)  # before Friday's decision
    assert tasks["Follow-up call: Far Co"].date() == date(2027, 1, 4)  # Jan 1 is a holiday, then a weekend
    assert tasks["Follow-up call: Xmas Co"].date() == date(2026, 12, 28)
    dst = tasks["Follow-up call: DST Co"]
    assert dst.date() == date(2027, 3, 29) and dst.time() == time(10) and dst.utcoffset() == timedelta(hours=-4)
    assert_clear(cal)


def test_later_round_supersedes_and_outcomes_remove_what_no_longer_applies(make) -> None:  # type: ignore[no-untyped-def]
    cal = make()
    first = "Company: Acme\n" + JANE + "Decision: 12/31"
    cal.add("r1", "Phone screen - Acme", at(30, 10, month=11), at(30, 10, 30, month=11), first)
    cal.sync(at(30, 8, month=11))
    assert {"Follow-up call: Acme", "Keep searching while you wait: Acme"} <= cal.tasks().keys()
    cal.add("r2", "Onsite - Acme", at(3, 13), at(3, 16), "Company: ACME\n" + JANE + "Decision: 12/31")
    report = cal.sync(at(1, 8))
    deleted = sorted(c.task.interview_key for c in report.reconciliation.changes if c.action == "delete")
    assert len(deleted) == 2  # round one's call and nudge: one call now, after the last round
    calls = [t for s, t in cal.tasks().items() if s.startswith("Follow-up call")]
    assert len(calls) == 1 and calls[0][0] > at(3, 16)
    assert_clear(cal)

    # the user hears back after round two: the call and the pending nudge go, the letters stay
    cal.change("r2", description="Company: ACME\n" + JANE + "Decision: 12/31\nStatus: rejected")
    cal.sync(at(4, 8))
    left = cal.tasks()
    assert not any(s.startswith("Follow-up call") for s in left)
    assert sum(s.startswith("Send thank-you") for s in left) == 2  # round one's is past: history
    assert all("while you wait" not in s for s in left if s.startswith("Keep searching") and
               left[s][0] > at(4, 8))
    assert writes(cal.sync(at(4, 8, 5))) == 0


def test_new_york_user_and_tokyo_interviewer(make) -> None:  # type: ignore[no-untyped-def]
    cal = make()
    # a video interview set in Tokyo time: Tue 10:00 Tokyo is Mon 20:00 New York
    cal.add("sony", "Interview - Sony", at(1, 10, zone=TOKYO), at(1, 11, zone=TOKYO), "Company: Sony\n" + JANE)
    cal.sync(at(30, 8, month=11))
    tasks = cal.tasks()
    start, end = tasks["Follow-up call: Sony"]
    assert time(9) <= start.astimezone(TOKYO).time() and end.astimezone(TOKYO).time() <= time(17)
    assert start.astimezone(TOKYO).weekday() < 5
    assert not (time(9) <= start.astimezone(NY).time() < time(17))  # their hours won; New York is evening
    for summary, (start, end) in tasks.items():
        if not summary.startswith(("Follow-up call", "Before the interview")):
            assert time(9) <= start.astimezone(NY).time() and end.astimezone(NY).time() <= time(17), summary
    report = cal.sync(at(30, 8, 5, month=11))
    assert writes(report) == 0
    call = next(t for t in report.tasks if t.task.summary == "Follow-up call: Sony")
    assert "Asia/Tokyo" in call.task.description and "never overlap" in call.task.description


def test_a_friday_interview_is_thanked_on_friday_and_a_late_letter_moves_up(make) -> None:  # type: ignore[no-untyped-def]
    cal = make()
    # until close of day; with a meeting filling the evening after it; ending after hours
    cal.add("close", "Interview - Close Co", at(4, 16), at(4, 17), "Company: Close Co\n" + JANE + "Decision: 1/20")
    cal.add("late", "Interview - Late Co", at(11, 17), at(11, 18), "Company: Late Co\n" + JANE + "Decision: 1/20")
    cal.add("full", "Interview - Full Co", at(18, 15), at(18, 16), "Company: Full Co\n" + JANE + "Decision: 1/20")
    cal.add("drinks", "Team drinks", at(18, 16), at(18, 19, 45))
    assert writes(cal.sync(at(1, 8))) > 0
    tasks = {s: start.astimezone(NY) for s, (start, _) in cal.tasks().items()}
    assert tasks["Send thank-you letter: Close Co"] == at(4, 17, 15)  # not Monday 09:00, 64 hours later
    assert tasks["Send thank-you letter: Late Co"] == at(11, 18, 15)
    assert tasks["Send thank-you letter: Full Co"] == at(19, 9)  # no half hour left by 20:00: Saturday morning
    assert_clear(cal)
    assert writes(cal.sync(at(1, 8, 5))) == 0

    # Close Co's interview turns out to have been on Nov 25; noticed on Wed Dec 2 at 10:00
    cal.change("close", start=at(25, 10, month=11), end=at(25, 11, month=11))
    assert writes(cal.sync(at(2, 10))) > 0
    tasks = {s: start.astimezone(NY) for s, (start, _) in cal.tasks().items()}
    letter, call = tasks["Send thank-you letter: Close Co"], tasks["Follow-up call: Close Co"]
    assert letter.date() == date(2026, 12, 2)  # the next free slot, not a later day
    assert call - letter >= timedelta(days=1) and call.weekday() < 5
    assert_clear(cal)
    assert writes(cal.sync(at(2, 10, 5))) == 0
