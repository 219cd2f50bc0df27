"""A recurring event costs the local reader what the dates read hold, not what lies before or after
them: one walk through a rule per read, never a search to the year 9999, never decades of an event's
length expanded. Counted, not timed: a wrapper counts what dateutil hands out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulebase

from followup_sync import bounds
from followup_sync.backends.local import LocalBackend, _time
from tests.test_bounds import ics_event

NOW = datetime(2026, 12, 1, 13, tzinfo=timezone.utc)
#: The pass's window as the service asks for it: in UTC (``datetime.now(timezone.utc)``), while
#: floating times are read in the configured zone.
WINDOW = (NOW - timedelta(days=180), NOW + timedelta(days=400))


class LazyReader(LocalBackend):
    """The reader before: recurring_ical_events' ``after``, taken lazily to the end of the dates read."""

    def _occurrences(self, query: Any, start: datetime, end: datetime, since: datetime,
                     expected: float) -> list[icalendar.Component]:
        found: list[icalendar.Component] = []
        for instance in query.after(start):
            if self._moment(_time(instance, "DTSTART")) >= end or len(found) > bounds.MAX_INSTANCES:
                break
            found.append(instance)
        return found


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many occurrences dateutil has handed out, over every walk through every rule."""
    iterate = rrulebase.__iter__
    count = [0]

    def counting(self: rrulebase) -> Iterator[datetime]:
        for value in iterate(self):
            count[0] += 1
            yield value

    monkeypatch.setattr(rrulebase, "__iter__", counting)
    return count


def day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def calendar(tmp_path: Path, **events: str) -> Path:
    folder = tmp_path / "calendar"
    folder.mkdir()
    for uid, lines in events.items():
        (folder / f"{uid}.ics").write_text(ics_event(uid, uid.title(), lines), encoding="utf-8", newline="")
    return folder


#: What people's calendars hold, each read with the window's end falling near one of its occurrences.
USUAL = {
    "standup": "DTSTART;TZID=America/New_York:20260105T093000\r\nDTEND;TZID=America/New_York:20260105T094500\r\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\nEXDATE;TZID=America/New_York:20261207T093000",
    "moved": "DTSTART;TZID=America/New_York:20261203T150000\r\nDTEND;TZID=America/New_York:20261203T160000\r\n"
             "RRULE:FREQ=WEEKLY;COUNT=6\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:moved\r\nSUMMARY:Moved\r\n"
             "RECURRENCE-ID;TZID=America/New_York:20261210T150000\r\n"
             "DTSTART;TZID=America/New_York:20261211T110000\r\nDTEND;TZID=America/New_York:20261211T120000",
    "gym": "DTSTART:20260101T100000\r\nDTEND:20260101T110000\r\nRRULE:FREQ=DAILY",  # floating 10:00
    "late": "DTSTART:20260101T200000\r\nDTEND:20260101T203000\r\nRRULE:FREQ=DAILY",  # floating 20:00
    "birthday": "DTSTART;VALUE=DATE:19800105\r\nDTEND;VALUE=DATE:19800106\r\nRRULE:FREQ=YEARLY",
    "rent": "DTSTART:20260131T090000Z\r\nDTEND:20260131T091500Z\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=30",
    "course": "DTSTART:20260901T170000Z\r\nDTEND:20260901T180000Z\r\nRRULE:FREQ=WEEKLY;UNTIL=20270601T000000Z",
    "dates": "DTSTART:20261202T150000Z\r\nDTEND:20261202T160000Z\r\nRDATE:20270105T150000Z,20280105T120000Z",
    "pager": "DTSTART:20261202T000000\r\nDTEND:20261202T001000\r\nRRULE:FREQ=HOURLY;BYMINUTE=0,30",  # capped
}


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Tokyo"])
def test_the_usual_recurring_events_read_as_the_lazy_reader_read_them(tmp_path: Path, zone: str) -> None:
    """Same events, same order, same notes, with floating times read in a zone west or east of the
    window's own (UTC): where the window ends is the reader's, whatever recurring_ical_events' is."""
    folder = calendar(tmp_path, **USUAL)
    now = LocalBackend(folder, tmp_path / "target", ZoneInfo(zone)).read(*WINDOW)
    before = LazyReader(folder, tmp_path / "target", ZoneInfo(zone)).read(*WINDOW)
    assert now.events == before.events and now.notes == before.notes
    assert {e.uid for e in now.events} == set(USUAL) and now.notes == (
        f"pager.ics: recurring event 'Pager': only its first {bounds.MAX_INSTANCES} occurrences are read",)


def test_a_daily_event_since_2015_is_walked_once_per_read(tmp_path: Path, walked: list[int]) -> None:
    """``after`` walked the rule from 2015 again for each day read: millions of steps (a daily event
    since 1990 cost 26 s a pass)."""
    folder = calendar(tmp_path, standup="DTSTART:20150105T140000Z\r\nDTEND:20150105T141500Z\r\nRRULE:FREQ=DAILY")
    view = LocalBackend(folder, tmp_path / "target", ZoneInfo("America/New_York")).read(*WINDOW)
    assert len(view.events) == 580 and view.notes == ()
    days = (WINDOW[1] - datetime(2015, 1, 5, tzinfo=timezone.utc)).days
    assert days < walked[0] <= 2 * days


@pytest.mark.parametrize("lines", [
    "DTSTART:20000102T150000Z\r\nDTEND:21000102T153000Z\r\nRRULE:FREQ=DAILY",
    "DTSTART;VALUE=DATE:20000102\r\nDURATION:P36525D\r\nRRULE:FREQ=DAILY",
])
def test_an_event_lasting_a_century_is_cut_to_a_year_before_it_is_expanded(tmp_path: Path, walked: list[int],
                                                                           lines: str) -> None:
    """Every daily instance since 2000 overlapped the dates read: 10,000 of them were built, the
    first thousand kept, all from 2000, the cap noted, and the service cut each to a year (read span
    by span, one from 2026 lasting until 2100 took 72 s a pass). Cut first, the instances read are
    those of the last year and of the dates read, as the service cuts them; the rule walked once."""
    folder = calendar(tmp_path, sabbatical=lines)
    view = LocalBackend(folder, tmp_path / "target", ZoneInfo("America/New_York")).read(*WINDOW)
    first, last = (day(view.events[0].start), day(view.events[-1].start))
    assert view.notes == () and len(view.events) == (last - first).days + 1
    assert abs(first - (WINDOW[0] - bounds.MAX_DURATION).date()) <= timedelta(days=1)
    assert abs(last - WINDOW[1].date()) <= timedelta(days=1)
    assert all(event.end - event.start == bounds.MAX_DURATION and bounds.bounded(event) == event
               for event in view.events)
    assert walked[0] <= 2 * (WINDOW[1] - datetime(2000, 1, 2, tzinfo=timezone.utc)).days


#: Rules that never occur: dateutil searched each to the year 9999 at every read (3-6 s a pass).
NEVER = {
    "february": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "second": "FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2",  # a week has one Monday
    "mondays": "FREQ=DAILY;INTERVAL=7;BYDAY=MO",  # from a Wednesday, every seventh day is a Wednesday
    "counted": "FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31;COUNT=3",  # COUNT ends a search only at an occurrence
    "until": "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=6;UNTIL=20300101T000000Z",  # and so does UNTIL
}
#: Rules that occur seldom, none of them in the dates read, and must still be read as they are.
SELDOM = {
    "leap": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
    "leapmonday": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO",  # 2044, then 2072
    "week53": "FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH",  # 2032
}


def test_a_rule_that_never_occurs_is_skipped_after_a_bounded_search(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from dateutil.rrule import _iterinfo

    rebuild = _iterinfo.rebuild
    months = [0]  # dateutil's search rebuilds its calendar for every month (a period, if longer) it enters

    def counting(self: Any, year: int, month: int) -> None:
        months[0] += 1
        rebuild(self, year, month)

    monkeypatch.setattr(_iterinfo, "rebuild", counting)
    lines = "DTSTART:20261202T150000Z\r\nDTEND:20261202T160000Z\r\nRRULE:{}"
    folder = calendar(tmp_path, acme="DTSTART:20261130T150000Z\r\nDTEND:20261130T160000Z",
                      **{uid: lines.format(rule) for uid, rule in {**NEVER, **SELDOM}.items()})
    view = LocalBackend(folder, tmp_path / "target", ZoneInfo("America/New_York")).read(*WINDOW)
    assert {event.uid for event in view.events} == {"acme", *SELDOM}  # each with its first occurrence
    assert set(view.notes) == {f"{uid}.ics: recurring event {uid.title()!r} skipped: it has no occurrence in the "
                               f"{bounds.SEARCH_YEARS} years after the dates read" for uid in NEVER}
    assert set(view.unreadable) == {f"{uid}.ics" for uid in NEVER}  # their tasks are held
    assert months[0] < len({**NEVER, **SELDOM}) * 12 * (bounds.SEARCH_YEARS + 400)
