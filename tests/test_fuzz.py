"""Hypothesis fuzzing: arbitrary event payloads never crash detection, planning, reconcile or export,
and always give a valid .ics; arbitrary config files never give a traceback, always exit 78."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_sync import ics
from followup_sync.cli import main
from followup_sync.decision import MAX_DAYS_AHEAD
from followup_sync.decision_prose import find_decision
from followup_sync.detect import classify
from followup_sync.details import read_interview
from followup_sync.model import Attendee, SourceEvent
from followup_sync.planner import plan, plan_all
from followup_sync.reconcile import reconcile
from followup_sync.rules import DetectionRules, Identity, PlanRules
from followup_sync.service import written
from tests.icslint import lint

#: Hypothesis fuzzing of whole passes: `pytest -m "not slow"` leaves it to CI.
pytestmark = pytest.mark.slow

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
    interviews = {e.key: read_interview(e, rules, Identity(), zone)
                  for e in batch if classify(e, detection, Identity()).is_interview}  # two fuzzed events may share a key
    # the whole batch is the calendar the interviews are planned around
    planned = plan_all(list(interviews.values()), batch, [], rules, NOW, zone, source="fuzz")
    by_id = {t.id: t for tasks in planned.tasks.values() for t in tasks}
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


@st.composite
def any_dated_events(draw: st.DrawFn) -> SourceEvent:
    """Events dated anywhere Python can date them, of any length, as hostile calendars send them."""
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    start: datetime | date = draw(st.one_of(
        st.dates(), st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)).map(
            lambda d: d.replace(tzinfo=zone))))
    end = draw(st.one_of(st.dates(), st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30))
                         .map(lambda d: d.replace(tzinfo=zone))))
    return SourceEvent(key="k", uid="u", summary=draw(hostile), start=start, end=end,
                       recurrence_id=draw(st.one_of(st.none(), st.just(start))))


@settings(max_examples=300, deadline=None)
@given(event=any_dated_events(), zone_name=st.sampled_from(ZONES))
def test_bounded_events_are_safe_to_plan_whatever_their_dates(event: SourceEvent, zone_name: str) -> None:
    from followup_sync import bounds
    from followup_sync.details import interview_end, interview_start, last_day

    zone = ZoneInfo(zone_name)
    checked = bounds.bounded(event)
    if isinstance(checked, str):
        assert not bounds.in_range(event.start) or not bounds.in_range(event.recurrence_id or event.start)
        assert "\n" not in checked
        return
    assert bounds.in_range(checked.start) and bounds.MIN_YEAR <= checked.end.year <= bounds.MAX_YEAR + 1
    # Every conversion the pass makes is safe; planning never overflows on the event's own dates.
    interview_start(checked, zone), interview_end(checked, zone), last_day(checked, zone)
    interview = read_interview(replace(checked, summary="Interview at Acme"), PlanRules(),
                               Identity(), zone)
    tasks = plan(interview, PlanRules(), NOW, zone, source="fuzz")
    assert all(task.start >= NOW for task in tasks)


def _sync_beside_an_interview(root: Path) -> int:
    """One local sync of ``root/cal`` with an ordinary interview in a file of its own next to the odd one."""
    (root / "cal" / "ok.ics").write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:Interview at Acme\r\n"
        b"DTSTART:20261130T150000Z\r\nDTEND:20261130T160000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    config = root / "config.yaml"
    config.write_text(f"timezone: America/New_York\nstate_dir: {root / 'state'}\n"
                      f"calendar:\n  backend: local\n  local:\n    path: cal\nexport:\n  dir: {root / 'ics'}\n")
    return main(["--config", str(config), "--now", "2026-12-01T08:00", "sync"])


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(year=st.integers(1, 9999), days=st.integers(0, 99_999_999),
       freq=st.sampled_from(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "YEARLY", None]),
       count=st.one_of(st.none(), st.integers(1, 10**9)))
def test_any_dates_durations_and_recurrences_never_break_a_local_sync(year: int, days: int, freq: str | None,
                                                                      count: int | None, tmp_path_factory,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path_factory.mktemp("bounds")
    (root / "cal").mkdir()
    rule = f"\r\nRRULE:FREQ={freq}" + (f";COUNT={count}" if count else "") if freq else ""
    (root / "cal" / "odd.ics").write_bytes(
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:odd\r\nSUMMARY:Odd\r\n"
         f"DTSTART:{year:04d}1202T150000Z\r\nDURATION:P{days}D{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode())
    code = _sync_beside_an_interview(root)
    out = capsys.readouterr().out
    # The odd event may be busy time for a year (its length is cut to that), so Acme's tasks may
    # find no slot; what must hold is that the pass ran, read Acme and said so.
    assert code == 0 and "1 interviews tracked" in out, out


@st.composite
def evidence_events(draw: st.DrawFn) -> SourceEvent:
    """An event with every piece of evidence detection weighs set to something hostile."""
    from dataclasses import replace

    base = draw(events())
    people = tuple(
        Attendee(email=draw(st.one_of(st.emails(), hostile)), name=draw(st.one_of(st.none(), hostile)),
                 is_self=draw(st.booleans()), is_resource=draw(st.booleans()),
                 response=draw(st.one_of(st.none(), st.sampled_from(["declined", "accepted", "DECLINED"]), hostile)),
                 is_organizer=draw(st.booleans()))
        for _ in range(draw(st.integers(0, 4))))
    return replace(
        base,
        location=draw(hostile),
        attendees=people,
        organizer=draw(st.one_of(st.none(), hostile, st.emails())),
        transparency=draw(st.one_of(st.sampled_from(["opaque", "transparent"]), hostile)),
        event_type=draw(st.one_of(st.sampled_from(["default", "focusTime", "outOfOffice"]), hostile)),
        categories=tuple(draw(st.lists(hostile, max_size=3))),
        color=draw(st.one_of(st.none(), st.sampled_from(["11", "tomato"]), hostile)),
        organizer_self=draw(st.booleans()),
        conference=draw(st.one_of(st.just(""), hostile)),
        status=draw(st.sampled_from(["confirmed", "tentative", "cancelled"])),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(evidence_events(), min_size=1, max_size=5), zone_name=st.sampled_from(ZONES),
       query=st.one_of(st.none(), hostile), tags=st.lists(hostile, max_size=2))
def test_hostile_evidence_through_classify_and_explain_never_raises(
    batch: list[SourceEvent], zone_name: str, query: str | None, tags: list[str]
) -> None:
    import json

    from followup_sync import explain
    from followup_sync.detect import Outcome, classify
    from followup_sync.service import Classified, PassReport
    from followup_sync.verdicts import VerdictCache

    detection = DetectionRules(categories=tuple(tags), colors=tuple(tags))
    cache = VerdictCache()
    pairs = cache.verdicts(batch, detection, Identity(emails=("me@example.com",)))
    for event, verdict in pairs:
        assert verdict == classify(event, detection, Identity(emails=("me@example.com",)))
        assert verdict.outcome in set(Outcome)
        assert verdict.absolute is not None or verdict.score == round(sum(e.weight for e in verdict.evidence), 2)
    report = PassReport(now=NOW, zone=zone_name, interviews=(), plans={}, reconciliation=reconcile([], [], NOW),
                        applied=(), notes=(), tasks=(), classified=tuple(Classified(e, v) for e, v in pairs))
    found = explain.explain(report, detection, PlanRules(), Identity(), query, show_all=True)
    text = "\n".join(explain.lines(found, report))
    assert "\x00" not in text.replace("\\x00", "")
    json.loads(json.dumps(explain.document(found, report)))


#: Pieces of decision sentences in all eight languages, so fuzzed text reaches every reading path.
_DECISION_PIECES = st.sampled_from([
    "Decision:", "Entscheidung:", "結果連絡:", "we'll get back to you", "decision", "feedback", "Rückmeldung",
    "réponse", "esito", "uitslag", "päätös", "合否", "連絡", "within", "in", "by", "bis zum", "entro", "d'ici", "binnen",
    "2", "10", "48h", "31", "99", "zwei", "quinze jours", "due", "kahden", "1週間以内", "3営業日", "business days",
    "Wochen", "giorni", "werkdagen", "viikon sisällä", "next Friday", "vendredi prochain", "来週金曜日", "12/11",
    "31.02.", "12-11", "12 de diciembre", "le 12 novembre", "11月12日", "12. marraskuuta", "end of next month",
    "mid-January", "the 12th", "the 99th", "after the committee on", "next round on", "start date", "or", ",", ".",
    "。", "\n", "Monday 12/11", "9999-12-31", "0000-00-00", "tomorrow", "翌営業日", "huitaine", "Dec.", "am 12.",
])


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.one_of(_DECISION_PIECES, st.text(max_size=12)), max_size=40), day=st.dates(),
       order=st.sampled_from(["mdy", "dmy"]))
def test_decision_prose_never_raises_and_never_goes_back_in_time(pieces: list[str], day: date, order: str) -> None:
    found = find_decision(" ".join(pieces), day, order)  # type: ignore[arg-type]
    assert found.date is None or found.problem is None
    assert found.date is None or day <= found.date <= day + timedelta(days=MAX_DAYS_AHEAD)
    assert (found.phrase is None) == (found.date is None and found.problem is None)



_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@st.composite
def rule_parts(draw: st.DrawFn) -> dict[str, list[object]]:
    """A valid recurrence rule with up to three values in each BY part (dateutil expands them)."""
    parts: dict[str, list[object]] = {"FREQ": [draw(st.sampled_from(["HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))]}
    nonzero = st.integers(-53, 53).filter(bool)
    for name, values in (("BYMONTH", st.integers(1, 12)), ("BYWEEKNO", nonzero),
                         ("BYYEARDAY", st.integers(-366, 366).filter(bool)), ("BYMONTHDAY", st.integers(-31, 31).filter(bool)),
                         ("BYDAY", st.builds(lambda n, day: f"{n or ''}{day}", st.one_of(st.none(), st.integers(-5, 5)),
                                             st.sampled_from(_WEEKDAYS))),
                         ("BYHOUR", st.integers(0, 23)), ("BYMINUTE", st.integers(0, 59)), ("BYSECOND", st.integers(0, 59))):
        chosen = draw(st.lists(values, max_size=3, unique=True))
        if chosen:
            parts[name] = chosen
    return parts


@settings(max_examples=300, deadline=None)
@given(parts=rule_parts())
def test_a_rules_occurrences_per_period_are_never_more_than_bounds_counts(parts: dict[str, list[object]]) -> None:
    """bounds.per_period must be an upper bound of what dateutil expands, or too_far_back lets a
    costly rule through. Counted in the year 9998, where a rule that never occurs (BYMONTH=2 and
    BYMONTHDAY=30) ends its search within two years, at the end of Python's calendar."""
    import icalendar
    from dateutil.rrule import rrulestr
    from hypothesis import assume

    from followup_sync import bounds

    text = ";".join(f"{name}={','.join(map(str, values))}" for name, values in parts.items())
    freq = str(parts["FREQ"][0])
    start = datetime(9998, 1, 5) if freq == "WEEKLY" else datetime(9998, 1, 1)  # a period's first moment
    length = {"HOURLY": timedelta(hours=1), "DAILY": timedelta(days=1), "WEEKLY": timedelta(weeks=1),
              "MONTHLY": timedelta(days=31), "YEARLY": timedelta(days=365)}[freq]
    try:
        rule = rrulestr(text, dtstart=start)
    except ValueError:
        assume(False)  # a combination dateutil refuses (never expanded, so never a cost)
    occurrences = 0
    try:
        for occurrence in rule:
            if occurrence >= start + length:
                break
            occurrences += 1
    except ValueError:  # "year 10000 is out of range": the search went past the period, counted already
        pass
    assert bounds.per_period(icalendar.vRecur.from_ical(text)) >= occurrences, text


_RULE_VALUES = st.one_of(
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "MINUTELY", "SECONDLY", "daily", "BOGUS", "0",
                     "1", "-1", "2", "x", "2SU", "MO,TU", "XX", "99", "1,2,3", "20261231T000000Z", "20261231",
                     "garbage", "99999999999999", "", "0,30"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=8),
)
_PARTS = st.lists(st.tuples(st.sampled_from(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTH", "BYMONTHDAY",
                                             "BYHOUR", "BYMINUTE", "BYSECOND", "BYSETPOS", "BYWEEKNO", "BYYEARDAY",
                                             "WKST", "X-FOO", ""]), _RULE_VALUES), max_size=5).map(
    lambda pairs: ";".join(f"{name}={value}" for name, value in pairs))
#: Half of them start with a FREQ icalendar knows, so the odd parts after it reach the expansion.
_RULES = st.one_of(_PARTS, st.builds("FREQ={};{}".format, st.sampled_from(["HOURLY", "DAILY", "WEEKLY", "MONTHLY",
                                                                          "YEARLY"]), _PARTS))
_DATES = st.sampled_from(["20261203T150000Z", "garbage", "20261203", "20261203T150000Z,20261204T150000Z", "",
                          "20261203T150000Z/PT1H", "PT1H", "99991231T000000Z"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rules=st.lists(_RULES, min_size=1, max_size=2), exdate=st.one_of(st.none(), _DATES),
       rdate=st.one_of(st.none(), _DATES), zone_rule=st.one_of(st.none(), _RULES),
       start=st.sampled_from(["DTSTART:20261202T150000Z", "DTSTART;VALUE=DATE:20261202", "DTSTART:20261202T150000",
                              "DTSTART;TZID=Fuzz/Zone:20261202T150000"]))
def test_any_recurrence_fields_never_break_a_local_sync(rules: list[str], exdate: str | None, rdate: str | None,
                                                        zone_rule: str | None, start: str, tmp_path_factory,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Whatever a calendar puts in RRULE, EXDATE, RDATE and its own time zone's RRULE, the pass runs,
    reads the interview in the next file and says so; no traceback, no endless expansion."""
    root = tmp_path_factory.mktemp("rrule")
    (root / "cal").mkdir()
    lines = [f"RRULE:{rule}" for rule in rules]
    lines += [f"EXDATE:{exdate}"] * (exdate is not None) + [f"RDATE:{rdate}"] * (rdate is not None)
    zone = ("BEGIN:VTIMEZONE\r\nTZID:Fuzz/Zone\r\nBEGIN:STANDARD\r\nDTSTART:19701101T020000\r\n"
            f"RRULE:{zone_rule}\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            if zone_rule is not None else "")
    (root / "cal" / "odd.ics").write_text(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{zone}BEGIN:VEVENT\r\nUID:odd\r\nSUMMARY:Standup\r\n{start}\r\n"
        "DURATION:PT30M\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8", newline="")
    code = _sync_beside_an_interview(root)
    out, err = capsys.readouterr()
    assert code == 0 and "1 interviews tracked" in out, out + err
    assert "Traceback" not in out + err
