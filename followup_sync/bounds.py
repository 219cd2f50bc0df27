"""What one event may cost a pass: the dates, durations and recurrences the product works with.

A calendar holds whatever anyone who can send an invitation put in it. Python's dates end at year
9999 and a zone conversion near either end overflows; a duration of 99,999,999 days overflows the
moment it is added; an endless ``FREQ=SECONDLY`` rule expands into millions of instances. None of
that is a job interview, and none of it may stop the pass for the events that are. So events are
held to these bounds before anything else looks at them: times outside the years 1900-2200 are
skipped with a note, durations are cut to a year, and recurrences are expanded hourly at the
finest and at most ``MAX_INSTANCES`` times per event and pass.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from followup_sync.model import SourceEvent, When, one_line

MIN_YEAR = 1900
MAX_YEAR = 2200
#: Longer events are cut to this: an interview lasts hours, a trip or a leave at most months.
MAX_DURATION = timedelta(days=366)
#: Instances of one recurring event per pass: a daily event over the whole read window (580 days)
#: fits; an hourly one is cut short, with a note.
MAX_INSTANCES = 1000
#: RFC 5545 frequencies finer than hourly; events recurring like that are never expanded.
TOO_FREQUENT = frozenset({"SECONDLY", "MINUTELY"})
#: Occurrences a rule may have before the read window: expanding walks through every one of them,
#: so an hourly rule from the year 1900 would cost minutes a pass. (About a second's work.)
MAX_SKIPPED = 20_000
_PERIOD = {"HOURLY": timedelta(hours=1), "DAILY": timedelta(days=1), "WEEKLY": timedelta(weeks=1),
           "MONTHLY": timedelta(days=28), "YEARLY": timedelta(days=365)}


def too_far_back(freq: str, interval: int, since: timedelta) -> bool:
    """Whether a rule of ``freq`` every ``interval`` has more than ``MAX_SKIPPED`` occurrences in
    ``since`` (from its first occurrence to the read window)."""
    period = _PERIOD.get(freq.upper())
    return period is not None and since / (period * max(interval, 1)) > MAX_SKIPPED


def in_range(value: When) -> bool:
    """Whether a calendar time lies in the years the product plans for."""
    return MIN_YEAR <= value.year <= MAX_YEAR


def capped(duration: timedelta) -> timedelta:
    """A duration no longer than ``MAX_DURATION``, for readers that add it to a start themselves."""
    return min(duration, MAX_DURATION)


def bounded(event: SourceEvent) -> SourceEvent | str:
    """The event with its end cut to ``MAX_DURATION`` after its start, or why it is skipped.

    Only the start (and a recurring instance's original start) must be in range: an end years
    away is cut, since the event itself may matter. The note names the event by its title, cleaned,
    so a hostile title cannot break the output.
    """
    anchors = (event.start,) if event.recurrence_id is None else (event.start, event.recurrence_id)
    if not all(in_range(value) for value in anchors):
        name = one_line(event.summary, 60) or one_line(event.key, 60)
        return f"event {name!r} skipped: dated outside the years {MIN_YEAR}-{MAX_YEAR}"
    latest = event.start + MAX_DURATION
    if event.end.year < MIN_YEAR:
        return replace(event, end=event.start)  # ends before it starts: readers take it as no length
    if _day(event.end) > _day(latest) or (type(event.end) is type(latest) and event.end > latest):
        return replace(event, end=latest)
    return event


def _day(value: When) -> date:
    return value.date() if isinstance(value, datetime) else value
