"""Business days, working hours and wall-clock times in the user's zone.

Tasks are placed by wall clock ("10:00 on the next business day"), not by adding hours, so they
stay at 10:00 across a DST change. Public holidays come from the ``holidays`` package when a
country is configured.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from followup_sync.rules import WEEKDAYS, PlanRules

if TYPE_CHECKING:
    from holidays import HolidayBase


def wall_clock(day: date, at: time, zone: ZoneInfo) -> datetime:
    """``day`` at ``at`` in ``zone``; a time skipped by a DST gap moves forward by the gap.

    Round-tripping through UTC turns a non-existent local time (02:30 on a spring-forward night)
    into the real instant it would have been, which reads back as 03:30.
    """
    naive = datetime.combine(day, at).replace(tzinfo=zone)
    return naive.astimezone(timezone.utc).astimezone(zone)


@lru_cache(maxsize=16)
def holiday_table(country: str, subdivision: str | None) -> HolidayBase:
    """The public holidays of a country (and region); built once per process, filled year by year."""
    import holidays  # only users who configure a country pay for the import

    return holidays.country_holidays(country, subdiv=subdivision)


class BusinessCalendar:
    """The user's working week: which days count and when a day's work starts and ends."""

    def __init__(self, rules: PlanRules, zone: ZoneInfo) -> None:
        self.zone = zone
        self.start = rules.working_hours.start
        self.end = rules.working_hours.end
        self._workdays = frozenset(WEEKDAYS.index(day) for day in rules.workdays)
        self._country = rules.holidays.country
        self._subdivision = rules.holidays.subdivision

    @property
    def _holidays(self) -> HolidayBase | None:
        return holiday_table(self._country, self._subdivision) if self._country else None

    def is_business_day(self, day: date) -> bool:
        if day.weekday() not in self._workdays:
            return False
        table = self._holidays
        return table is None or day not in table

    def on_or_after(self, day: date) -> date:
        """The first business day on or after ``day``."""
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day

    def previous(self, day: date) -> date:
        """The last business day before ``day``."""
        day -= timedelta(days=1)
        while not self.is_business_day(day):
            day -= timedelta(days=1)
        return day

    def add(self, day: date, count: int) -> date:
        """The ``count``-th business day after ``day`` (``count`` 0: ``day`` itself if it is one)."""
        if count <= 0:
            return self.on_or_after(day)
        while count:
            day += timedelta(days=1)
            if self.is_business_day(day):
                count -= 1
        return day

    def at(self, day: date, at: time) -> datetime:
        """A time on a day, pulled inside working hours so a task never lands at 06:00 or 22:00."""
        at = min(max(at, self.start), self.end)
        return wall_clock(day, at, self.zone)
