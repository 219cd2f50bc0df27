"""Hypothesis fuzzing: arbitrary event payloads never crash detection, planning, reconcile or export,
and always give a valid .ics; arbitrary config files never give a traceback, always exit 78."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_sync import ics
from followup_sync.cli import main
from followup_sync.detect import is_interview
from followup_sync.details import read_interview
from followup_sync.model import Attendee, SourceEvent
from followup_sync.planner import plan
from followup_sync.reconcile import reconcile
from followup_sync.rules import DetectionRules, Identity, PlanRules
from followup_sync.service import written
from tests.icslint import lint

ZONES = ["America/New_York", "Europe/Berlin", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC", "Pacific/Apia",
         "America/Santiago", "Asia/Tehran"]
NOW = datetime(2026, 12, 1, 8, tzinfo=ZoneInfo("America/New_York"))

hostile = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n", "../../etc/passwd", "\x00\x01\x7f", "\ud800\udfff",
                     "A" * 20_000, "Company: " + "x" * 5000, "<b>Company:</b> Acme<br>Decision: 12/04", "é" * 80]),
)
field_lines = st.lists(
    st.tuples(st.sampled_from(["Company", "Role", "Interviewer", "Decision", "Style", "Status", "Interviewers", "x",
                              "Address", "Channel", "Time zone", "TZ", "Contact"]),
              hostile),
    max_size=6,
).map(lambda pairs: "\n".join(f"{k}: {v}" for k, v in pairs))


@st.composite
def events(draw: st.DrawFn) -> SourceEvent:
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    base = draw(st.datetimes(min_value=datetime(2026, 10, 1), max_value=datetime(2027, 3, 1)))
    if draw(st.booleans()):
        start: datetime | date = base.date()
        end: datetime | date = base.date() + timedelta(days=draw(st.integers(0, 5)))
    else:
        start = base.replace(tzinfo=zone)
        end = start + timedelta(minutes=draw(st.integers(-60, 3000)))
    summary = draw(st.one_of(hostile, st.sampled_from(["Interview", "Phone screen - ", "Onsite at ", "#interview "]).flatmap(
        lambda k: hostile.map(lambda h: k + h))))
    return SourceEvent(
        # as backends make them: event ids and UIDs without control characters
        key=draw(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=80)),
        uid=draw(hostile),
        summary=summary,
        start=start,
        end=end,
        description=draw(st.one_of(hostile, field_lines)),
        attendees=tuple(Attendee(email=draw(st.emails()), name=draw(st.one_of(st.none(), hostile)))
                        for _ in range(draw(st.integers(0, 3)))),
        recurrence_id=start if draw(st.booleans()) else None,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(events(), min_size=1, max_size=4), zone_name=st.sampled_from(ZONES),
       fmt=st.sampled_from(["vevent", "vtodo"]))
def test_any_event_payload_plans_and_exports_valid_ics(batch: list[SourceEvent], zone_name: str, fmt: str) -> None:
    zone = ZoneInfo(zone_name)
    detection, rules = DetectionRules(), PlanRules()
    tasks = []
    for event in batch:
        if not is_interview(event, detection):
            continue
        interview = read_interview(event, detection, rules, Identity(), zone)
        tasks += plan(interview, rules, NOW, zone, source="fuzz")
    by_id = {t.id: t for t in tasks}  # two fuzzed events may share a key
    result = reconcile(list(by_id.values()), [], NOW)
    gens = [written(c.task, None, NOW) for c in result.changes]
    assert reconcile(list(by_id.values()), gens, NOW).changes == ()
    data = ics.calendar_bytes(gens, fmt)
    assert lint(data) == []
    back = [ics.read_generated(c) for c in __import__("icalendar").Calendar.from_ical(data).walk()
            if c.name in ("VEVENT", "VTODO")]
    assert sorted(g.task.id for g in back if g) == sorted(g.task.id for g in gens)
    for gen in back:
        assert gen is not None and not gen.edited, "what we write reads back unedited"


yaml_like = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
              st.sampled_from(["25:00", "local", "google", "~/x", "$NOPE/x", "Mars/Olympus", "09:00"])),
    lambda children: st.one_of(st.lists(children, max_size=3),
                               st.dictionaries(st.sampled_from(["calendar", "local", "path", "backend", "rules",
                                                                "timezone", "export", "service", "poll_interval",
                                                                "x", "follow_up_call", "time"]), children, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=st.one_of(yaml_like.map(lambda v: __import__("yaml").safe_dump(v)), st.text(max_size=400)))
def test_any_config_file_gives_0_or_78_and_never_a_traceback(document: str, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("cfg")
    config = folder / "config.yaml"
    config.write_text(document, encoding="utf-8", errors="surrogatepass")
    (folder / "x").mkdir()
    code = main(["--config", str(config), "check"])
    assert code in (0, 78)


def test_fuzzed_vdir_files_never_break_a_local_sync(tmp_path: Path, capsys) -> None:
    """Malformed and hostile .ics files in the watched folder: skipped with a note, the rest planned."""
    source = tmp_path / "cal"
    source.mkdir()
    samples = [
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        b"\xff\xfe\x00not a calendar",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:r\r\nSUMMARY:Interview weekly\r\n"
        b"DTSTART;TZID=Nowhere/Zone:20261202T100000\r\nRRULE:FREQ=WEEKLY;COUNT=999999\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Interview no uid no end\r\n"
        b"DTSTART:20261202T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:Interview at Acme\r\n"
        b"DTSTART:20261202T150000Z\r\nDTEND:20261202T160000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ]
    for n, data in enumerate(samples):
        (source / f"{n}.ics").write_bytes(data)
    config = tmp_path / "config.yaml"
    config.write_text(f"timezone: America/New_York\nstate_dir: {tmp_path / 'state'}\n"
                      "calendar:\n  backend: local\n  local:\n    path: cal\n"
                      f"export:\n  dir: {tmp_path / 'ics'}\n")
    code = main(["--config", str(config), "--now", "2026-12-01T08:00", "sync"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Send thank-you letter: Acme" in out
    assert lint((tmp_path / "ics" / "followup-sync.ics").read_bytes()) == []
    assert "note: 1.ics: skipped" in out  # not a calendar at all
