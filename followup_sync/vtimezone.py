"""RFC 5545 VTIMEZONE components built from the system's IANA zone data (zoneinfo).

icalendar's own ``Timezone.from_tzinfo`` is not used because its output differs from what RFC 5545
asks for and what strict parsers accept: it writes COMMENT directly inside VTIMEZONE, joins many
RDATE values on one line, and writes the DTSTART of a DAYLIGHT observance in the *new* offset's
local time, whereas RFC 5545 3.6.5 says an observance's DTSTART (and RDATE) is local time in its
TZOFFSETFROM -- New York's example in the RFC has ``DTSTART:19670430T020000`` with
``TZOFFSETFROM:-0500``.

The transitions are found by stepping through the range in UTC and bisecting to the second at which
the UTC offset, the abbreviation or the DST flag changes. Transitions with the same
(offset from, offset to, name, DST flag) become one observance: DTSTART is the first onset, and each
further onset is one RDATE line. An initial observance at the start of the range is always present,
so zones without any transition (Asia/Tokyo, UTC) still get a valid component.
"""

from __future__ import annotations

from functools import lru_cache

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar

__all__ = ["vtimezone", "Transition", "transitions"]

#: Scan step. Zones never change twice within a few hours, so a change and its reversal cannot
#: both fall inside one step unnoticed.
_STEP = timedelta(hours=6)

#: (UTC offset, abbreviation, DST amount) -- a change of any of them is a transition.
_State = tuple[timedelta, str, timedelta]


@dataclass(frozen=True)
class Transition:
    """The zone's rules change at ``utc`` (an aware UTC datetime) from ``offset_from`` to ``offset_to``."""

    utc: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    dst: timedelta

    @property
    def local_onset(self) -> datetime:
        """The onset as RFC 5545 wants it in DTSTART/RDATE: naive local time in TZOFFSETFROM."""
        return (self.utc + self.offset_from).replace(tzinfo=None)


def _state(zone: ZoneInfo, utc: datetime) -> _State:
    local = utc.astimezone(zone)
    return (local.utcoffset() or timedelta(0), local.tzname() or "", local.dst() or timedelta(0))


def _bounds(zone: ZoneInfo, first: date, last: date) -> tuple[datetime, datetime]:
    """The UTC instants of local midnight starting ``first`` and local midnight ending ``last``."""
    start = datetime.combine(first, time(0), tzinfo=zone).astimezone(timezone.utc)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone).astimezone(timezone.utc)
    return start, end


def _first_change(zone: ZoneInfo, lo: datetime, hi: datetime, before: _State) -> datetime:
    """The earliest whole second in (lo, hi] whose state differs from ``before`` (one must exist)."""
    lo_s = int(lo.timestamp())
    hi_s = int(hi.timestamp())
    while hi_s - lo_s > 1:
        mid = (lo_s + hi_s) // 2
        if _state(zone, datetime.fromtimestamp(mid, timezone.utc)) == before:
            lo_s = mid
        else:
            hi_s = mid
    return datetime.fromtimestamp(hi_s, timezone.utc)


@lru_cache(maxsize=128)
def transitions(tzid: str, first: date, last: date) -> tuple[_State, tuple[Transition, ...]]:
    """The state at local midnight starting ``first`` and every transition until the end of ``last``.

    Cached: an export builds the same few zones for every file it writes."""
    zone = ZoneInfo(tzid)
    start, end = _bounds(zone, first, last)
    current = _state(zone, start)
    initial = current
    found: list[Transition] = []
    cursor = start
    while cursor < end:
        step_to = min(cursor + _STEP, end)
        nxt = _state(zone, step_to)
        if nxt == current:
            cursor = step_to
            continue
        when = _first_change(zone, cursor, step_to, current)
        after = _state(zone, when)
        found.append(Transition(when, current[0], after[0], after[1], after[2]))
        current = after
        cursor = when
    return initial, tuple(found)


def _observance(kind: type[icalendar.cal.Component], onsets: list[datetime],
                offset_from: timedelta, offset_to: timedelta, name: str) -> icalendar.cal.Component:
    obs = kind()
    obs.add("dtstart", onsets[0])
    for onset in onsets[1:]:
        # One RDATE property per onset: several values comma-joined on one line are legal but
        # read wrongly by some clients.
        obs.add("rdate", onset)
    if name:
        obs.add("tzname", name)
    obs.add("tzoffsetfrom", offset_from)
    obs.add("tzoffsetto", offset_to)
    return obs


def vtimezone(tzid: str, first: date, last: date) -> icalendar.Timezone:
    """A VTIMEZONE for IANA zone ``tzid`` valid from local midnight of ``first`` to the end of ``last``.

    Callers pass whole years (Jan 1 of the earliest year, Dec 31 of the latest) so the component
    does not change from run to run. Same inputs (and zone data) give the same bytes.
    """
    if last < first:
        raise ValueError(f"empty range {first} .. {last}")
    zone = ZoneInfo(tzid)
    start, _ = _bounds(zone, first, last)
    initial, found = transitions(tzid, first, last)

    # tzdata gives Europe/Dublin (and Africa/Casablanca) a *negative* DST: winter is "DST" with
    # -1h and summer is standard time. Calendar clients expect DAYLIGHT to be the observance with
    # the larger offset (vobject/dateutil misread a VTIMEZONE of two STANDARDs), so a state with
    # DST 0 whose offset is what a negative-DST state's would be without its saving is DAYLIGHT.
    summer = {off - dst for off, _, dst in [initial, *((t.offset_to, t.name, t.dst) for t in found)]
              if dst < timedelta(0)}

    def is_dst(offset: timedelta, dst: timedelta) -> bool:
        return dst > timedelta(0) or (dst == timedelta(0) and offset in summer)

    groups: dict[tuple[timedelta, timedelta, str, bool], list[datetime]] = {}
    initial_key = (initial[0], initial[0], initial[1], is_dst(initial[0], initial[2]))
    groups[initial_key] = [(start + initial[0]).replace(tzinfo=None)]
    for tr in found:
        key = (tr.offset_from, tr.offset_to, tr.name, is_dst(tr.offset_to, tr.dst))
        groups.setdefault(key, []).append(tr.local_onset)

    observances = []
    for (offset_from, offset_to, name, daylight), onsets in groups.items():
        onsets = sorted(set(onsets))
        kind = icalendar.TimezoneDaylight if daylight else icalendar.TimezoneStandard
        observances.append((onsets[0], not daylight, name,
                            _observance(kind, onsets, offset_from, offset_to, name)))
    observances.sort(key=lambda item: item[:3])

    tz = icalendar.Timezone()
    tz.add("tzid", tzid)
    for *_, obs in observances:
        tz.add_component(obs)
    return tz
