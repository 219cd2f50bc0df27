"""The user's busy time, and the free slot nearest to where a task would ideally go.

The planner asks two questions thousands of times per pass on a calendar of thousands of events:
"is this stretch free?" and "which free stretch in these windows is nearest to the ideal time?".
Busy time is kept as disjoint spans sorted by start (UTC seconds), so the first question is one
binary search; tasks placed during the pass are kept apart from the events because a placed task
can be taken back (a call kept from an earlier pass that its letter must now come before).

What counts as busy (see :func:`blocks`): an opaque, non-cancelled event the user has not declined.
All-day events are a special case, because calendars use them as markers: Google writes them
transparent by default, and birthdays, working-location notes and holiday calendars are not time
the user is away. An opaque all-day event of another kind ("Vacation", out of office) blocks its
whole days. Interviews always block, whatever their transparency.
"""

from __future__ import annotations

import math

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from followup_sync.model import SourceEvent

#: Tasks start on this grid counted from the day's opening, so "the nearest free slot" is the same
#: minute after minute and plans read well (09:15, not 09:07).
GRID = timedelta(minutes=15)

#: Google event types and ICS categories that mark a day rather than fill it.
_MARKER_TYPES = frozenset({"workinglocation", "birthday", "fromgmail"})
_MARKER_CATEGORIES = frozenset({"birthday", "birthdays", "anniversary", "holiday", "holidays"})


@dataclass(frozen=True)
class Window:
    """Where a task may start and end (``opens`` to ``closes``) and the start it would ideally have."""

    opens: datetime
    closes: datetime
    ideal: datetime


def blocks(event: SourceEvent) -> bool:
    """Whether an event of the user's calendar keeps tasks away from its time."""
    if not event.busy or any(a.is_self and a.response == "declined" for a in event.attendees):
        return False
    if not event.all_day:
        return True
    if event.event_type.lower() in _MARKER_TYPES:
        return False
    return not any(c.strip().lower() in _MARKER_CATEGORIES for c in event.categories)


def span_of(event: SourceEvent, zone: ZoneInfo) -> tuple[int, int] | None:
    """The event's time as UTC seconds; an all-day event covers its days in the user's zone."""
    start, end = event.start, event.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        return span(start, end)
    if isinstance(start, date) and isinstance(end, date) and not isinstance(end, datetime):
        try:
            return span(*(datetime.combine(d, datetime.min.time(), zone) for d in (start, end)))
        except (OverflowError, ValueError):
            return None
    return None


def span(start: datetime, end: datetime) -> tuple[int, int] | None:
    """``start``-``end`` as UTC seconds; None when empty or at the edge of the calendar (year 9999)."""
    try:
        first, last = _seconds(start), _seconds(end)
    except (OverflowError, ValueError):
        return None
    return (first, last) if last > first else None


def _seconds(moment: datetime) -> int:
    return int(moment.timestamp())


class Timeline:
    """Busy spans of the calendar plus the tasks placed so far, kept ``gap`` apart.

    Searches work in whole UTC seconds: a pass checks tens of thousands of candidate slots, and
    integers compare far faster than aware datetimes convert.
    """

    def __init__(self, busy: Iterable[tuple[int, int]], gap: timedelta) -> None:
        self.gap = int(gap.total_seconds())
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(busy):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)
        self._tasks: list[tuple[int, int]] = []

    def free(self, start: datetime, end: datetime, *, gap: bool = True) -> bool:
        """Whether ``start``-``end`` (kept ``gap`` away from everything) is free."""
        return self._free(_seconds(start), _seconds(end), self.gap if gap else 0)

    def _free(self, start: int, end: int, pad: int) -> bool:
        first, last = start - pad, end + pad
        # Disjoint sorted spans have sorted ends too: only the last span starting before ``last`` can reach in.
        i = bisect_left(self._starts, last) - 1
        if i >= 0 and self._ends[i] > first:
            return False
        # Placed tasks never overlap each other (each was free when placed), so the same holds for them.
        j = bisect_left(self._tasks, (last, last)) - 1
        return not (j >= 0 and self._tasks[j][1] > first)

    def reserve(self, start: datetime, end: datetime) -> None:
        insort(self._tasks, (_seconds(start), _seconds(end)))

    def release(self, start: datetime, end: datetime) -> None:
        item = (_seconds(start), _seconds(end))
        i = bisect_right(self._tasks, item) - 1
        if i >= 0 and self._tasks[i] == item:
            del self._tasks[i]

    def nearest(self, windows: Iterable[Window], duration: timedelta) -> datetime | None:
        """The free start nearest to each window's ideal, trying the windows in order (ties: earlier)."""
        length = int(duration.total_seconds())
        for window in windows:
            for start in _candidates(window, length):
                if self._free(start, start + length, self.gap):
                    return datetime.fromtimestamp(start, timezone.utc).astimezone(window.opens.tzinfo)
        return None


def _candidates(window: Window, length: int) -> list[int]:
    """Grid starts (UTC seconds) inside ``window``, nearest to its ideal first.

    The grid counts from the local hour the window opens in (09:00, 09:15, ... whatever minute the
    window opens at); the steps are taken in UTC so a DST change inside the window does not shift it.
    """
    step = int(GRID.total_seconds())
    # a window opening between two seconds ("now", 16:45:00.000001) opens at the next one: never before it
    opens, latest = math.ceil(window.opens.timestamp()), _seconds(window.closes) - length
    base = _seconds(window.opens.replace(minute=0, second=0, microsecond=0))
    first = base + -((base - opens) // step) * step  # the first grid point at or after ``opens``
    if first > latest:
        return []
    ideal = _seconds(window.ideal)
    starts = range(first, latest + 1, step)
    return sorted(starts, key=lambda s: (abs(s - ideal), s))
