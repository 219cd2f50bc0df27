"""What one event may cost a pass: the dates, durations and recurrences the product works with.

A calendar holds whatever anyone who can send an invitation put in it. Python's dates end at year
9999 and a zone conversion near either end overflows; a duration of 99,999,999 days overflows the
moment it is added; an endless ``FREQ=SECONDLY`` rule expands into millions of instances. None of
that is a job interview, and none of it may stop the pass for the events that are. So events are
held to these bounds before anything else looks at them: times outside the years 1900-2200 are
skipped with a note, durations are cut to a year, and recurrences are expanded hourly at the
finest, at most ``MAX_INSTANCES`` times per event and pass, and only when they occur again within
a century of the dates read (one that never occurs, February 30th, sent dateutil to the year 9999).

A rule's cost is counted in occurrences, not periods: ``FREQ=DAILY`` with sixty BYMINUTE and sixty
BYSECOND values is a rule for every second of the day, and walking it from 1990 took minutes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import MAXYEAR, date, datetime, timedelta

from dateutil.rrule import rrulestr

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
#: so an hourly rule from the year 1900 would cost minutes a pass. (A read walks them once: a daily
#: rule 20,000 days back is read in about 0.1 s, its 580 instances built; benchmarks/recurrence.py
#: has one since 1990.)
MAX_SKIPPED = 20_000
#: Years after the dates read in which a rule must occur again (at least: up to 400 more, as the
#: calendar falls) to be expanded; one that does not is skipped with a note (recurs_after).
SEARCH_YEARS = 100
#: The parts with which a rule has occurrences in every period, or one of the next few (the 31st,
#: February 29th): its FREQ, how often, how long, and the times of day it adds. Only a day or a
#: position part (BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS, ...) can leave every period empty.
_RECURRING_PARTS = frozenset({"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYHOUR", "BYMINUTE", "BYSECOND"})
_PERIOD = {"SECONDLY": timedelta(seconds=1), "MINUTELY": timedelta(minutes=1), "HOURLY": timedelta(hours=1),
           "DAILY": timedelta(days=1), "WEEKLY": timedelta(weeks=1), "MONTHLY": timedelta(days=28),
           "YEARLY": timedelta(days=365)}
#: The FREQ values from the finest; a BY part of a finer unit than FREQ adds occurrences to each
#: period (BYHOUR=9,17 on a daily rule), one of the same or a coarser unit only filters them.
_FINENESS = {freq: rank for rank, freq in enumerate(_PERIOD)}
_TIME_PARTS = {"BYSECOND": "SECONDLY", "BYMINUTE": "MINUTELY", "BYHOUR": "HOURLY"}
_DAYS_PER = {"WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}

#: A recurrence rule as icalendar reads one (``vRecur``): each part's values, FREQ and INTERVAL
#: checked (``backends.local._rule``).
Rule = Mapping[str, Sequence[object]]


def too_frequent(rule: Rule) -> bool:
    """Whether ``rule`` repeats more often than hourly: such a rule is never expanded."""
    return _freq(rule) in TOO_FREQUENT


def too_far_back(rule: Rule, since: timedelta) -> bool:
    """Whether ``rule`` has more than ``MAX_SKIPPED`` occurrences in ``since`` (from its first
    occurrence to the read window), counting every occurrence its BY parts add to a period."""
    return occurrences(rule, since) > MAX_SKIPPED


def occurrences(rule: Rule, span: timedelta) -> float:
    """At most about how many occurrences ``rule`` has in ``span``: its periods there times
    :func:`per_period`. Over a long span an upper bound; a short one may catch more, where a rule
    gathers a period's occurrences (all of a yearly rule's in January)."""
    interval = min((n for n in rule.get("INTERVAL", ()) if isinstance(n, int)), default=1)
    return span / (_PERIOD[_freq(rule)] * max(interval, 1)) * per_period(rule)


def may_never_recur(rule: Rule) -> bool:
    """Whether ``rule`` has a part that can leave it without occurrences for good (BYMONTH=2 with
    BYMONTHDAY=30; BYDAY=MO on a daily rule of INTERVAL=7 that starts on a Wednesday), so that
    :func:`recurs_after` must be asked before it is expanded."""
    return any(str(part).upper() not in _RECURRING_PARTS for part in rule)


def recurs_after(rule: str, first: datetime, moment: datetime) -> bool:
    """Whether ``rule`` (an RRULE's text without COUNT or UNTIL), first occurring at ``first``, has
    an occurrence after ``moment``, looked for over ``SEARCH_YEARS`` at least; both are times on the
    rule's own clock (naive), as dateutil expands it.

    dateutil looks for a rule's next occurrence until it finds one or reaches the year 9999; COUNT
    and UNTIL end the search only at an occurrence. So a rule that never occurs costs 8,000 years of
    days each time it is read (3-6 s), whatever the dates asked for. Here the search is made
    400·k years later, near the year 9999, where it ends within ``SEARCH_YEARS`` + 400 years: the
    Gregorian calendar repeats every 400 years (146,097 days, 20,871 weeks), so the rule's
    occurrences there are its own, 400·k years on."""
    shift = (MAXYEAR - moment.year - SEARCH_YEARS) // 400 * 400
    probe = rrulestr(rule, dtstart=first.replace(year=first.year + shift))
    return probe.after(moment.replace(year=moment.year + shift)) is not None


def per_period(rule: Rule) -> int:
    """At most how many occurrences one period of ``rule`` holds (a day of a daily rule, a year of
    a yearly one). Each time-of-day part finer than FREQ multiplies them; the day parts of a weekly,
    monthly or yearly rule choose at most as many days as the least generous of them, since
    dateutil keeps only the days all of them match. An upper bound, never an underestimate:
    ``tests/test_fuzz.py`` holds it to what dateutil expands."""
    freq = _freq(rule)
    count = _days(rule, freq) if freq in _DAYS_PER else 1
    for part, unit in _TIME_PARTS.items():
        if _FINENESS[unit] < _FINENESS[freq]:
            count *= max(len(rule.get(part, ())), 1)
    return count


def _days(rule: Rule, freq: str) -> int:
    """The days one period of a weekly, monthly or yearly ``rule`` can have occurrences on."""
    named = len(rule.get("BYMONTH", ())) if freq == "YEARLY" else 0  # the months a yearly rule names
    months = named or (12 if freq == "YEARLY" else 1)  # a yearly BYMONTHDAY=1 is every month's first
    weeks = {"WEEKLY": 1, "MONTHLY": 5}.get(freq, 5 * named or 53)  # "SU": every Sunday of them
    ordinals = named or 1  # "2SU": the second Sunday of each month named, else of the period
    limits = [len(rule.get("BYMONTHDAY", ())) * months, len(rule.get("BYYEARDAY", ())), 7 * len(rule.get("BYWEEKNO", ())),
              sum(ordinals if str(day)[:-2].strip("+-") else weeks for day in rule.get("BYDAY", ()))]
    chosen = [limit for limit in limits if limit]
    # With no day part, dateutil takes the first occurrence's day (in each month named).
    return min(_DAYS_PER[freq], *chosen) if chosen else max(named, 1)


def _freq(rule: Rule) -> str:
    """The rule's finest FREQ (icalendar keeps a repeated one as several values); the reader has
    checked that there is one and that icalendar knew it."""
    return min((str(f).upper() for f in rule["FREQ"]), key=_FINENESS.__getitem__)


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
