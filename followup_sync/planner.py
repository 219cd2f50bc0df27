"""The follow-up plan of the whole calendar: a pure function of (interviews, events, tasks, rules, now, zone).

Which tasks an interview gets (each configurable under ``rules``):
- before the interview: a reminder to ask when they will decide and for business cards, when the
  event lacks the decision time frame or an interviewer's contact;
- details: right after the interview, when the event lacks what the follow-up needs;
- thank-you: within 24 hours of the interview's end: the same day when enough working time is left,
  else the next business morning; when that morning is more than 24 hours away (a Friday
  interview), right after the interview even past working hours (a short task, best done while the
  interview is fresh) until ``evening_until``, else the working hours of a following morning
  inside the 24 hours (Saturday), and only then the next business day; the same day whenever the
  decision is near;
- follow-up call: before a near decision (the business day before it or the decision day's morning),
  else 7-10 days after the interview, or after a decision date further away than that; in the
  interviewer's working hours as well as the user's; never sooner than a business day after the
  letter;
- keep searching: a couple of business days later.
Outcomes drop what no longer applies (rejected or withdrawn: no call, no details; offer: no call, no
details, no keep-searching; heard back: no call), and a later round with the same company
supersedes the earlier round's call and keep-searching task.

Where tasks go: on business days inside working hours, never overlapping busy time (see
``slots.blocks``), any interview, or another task, kept ``gap_minutes`` apart, at the free slot
nearest to the task's ideal time (the letter early, the call mid-morning, keep-searching in the
afternoon), so a day's tasks spread out. When a task's ideal days are full it spills to the next
business days.

Stability: the generated events already in the calendar are an input. A task keeps its slot while
that slot is still one the advice allows (its ideal windows, or any later slot once those have
passed) and nothing busy has moved onto it; kept tasks are reserved before anything new is placed.
A task already late (its interview moved back in time) is kept only while no sooner slot is free:
late is late enough.
Anything else is placed afresh in a fixed order (kind, then interview start, then id), so the same
calendar gives the same plan whatever order the events come in, and a pass over an unchanged
calendar finds every task where the last one put it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from itertools import chain
from zoneinfo import ZoneInfo

from followup_sync import drafts
from followup_sync.details import interview_end, interview_start, last_day
from followup_sync.ids import task_id
from followup_sync.model import GeneratedEvent, Interview, Outcome, SourceEvent, Task, TaskKind
from followup_sync.rounds import later_rounds, superseded_rounds
from followup_sync.rules import Holidays, PlanRules
from followup_sync.slots import Timeline, Window, blocks, span, span_of
from followup_sync.workdays import BusinessCalendar, wall_clock
from followup_sync.zones import zone_or_none

#: How many business days past its ideal days a task may spill when those are full.
SPILL_DAYS = 20
#: Business days looked at to tell whether the user's and the interviewer's hours ever overlap.
OVERLAP_PROBE_DAYS = 7

#: The order tasks are placed in: the most time-bound first.
PLACING_ORDER = (TaskKind.BEFORE_INTERVIEW, TaskKind.DETAILS, TaskKind.THANK_YOU, TaskKind.FOLLOW_UP_CALL,
                 TaskKind.KEEP_SEARCHING)


@dataclass(frozen=True)
class Plan:
    """The tasks each tracked interview should have now, and what could not be planned."""

    tasks: dict[str, tuple[Task, ...]]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Slots:
    """Where one task may go: ``ideal`` windows (a slot there is kept across passes) and ``spill``
    windows when those are full. ``overdue``: the ideal windows have all passed."""

    ideal: tuple[Window, ...]
    spill: Iterable[Window]
    overdue: bool = False


@dataclass
class _Want:
    """A task an interview should have, and its slot once kept or placed (the run's working state;
    ``near``: the interview's decision is near, which sets the letter's urgency and the call's day)."""

    interview: Interview
    kind: TaskKind
    id: str
    duration: timedelta
    start: datetime | None = None
    overdue: bool = False
    near: bool = False


def plan(interview: Interview, rules: PlanRules, now: datetime, zone: ZoneInfo, *, source: str,
         signature: str | None = None) -> list[Task]:
    """One interview's tasks on an otherwise empty calendar, in the order they fall."""
    result = plan_all([interview], (), (), rules, now, zone, source=source, signature=signature)
    return list(result.tasks.get(interview.key, ()))


def plan_all(
    interviews: Sequence[Interview],
    events: Iterable[SourceEvent],
    existing: Iterable[GeneratedEvent],
    rules: PlanRules,
    now: datetime,
    zone: ZoneInfo,
    *,
    source: str,
    signature: str | None = None,
    rounds: Sequence[Interview] = (),
) -> Plan:
    """Plan ``interviews`` (the tracked ones) around ``events`` (the user's calendar as read) and the
    generated ``existing`` events. ``rounds`` are all interviews detected, tracked or not, so a later
    round far ahead still supersedes an earlier round's call."""
    planner = _Planner(rules, now, zone, source, existing)
    everyone = list(rounds) or list(interviews)
    superseded = superseded_rounds(everyone, zone)
    planner.later = later_rounds(everyone, zone)
    busy = [taken for e in events if blocks(e) and (taken := span_of(e, zone))]
    busy += [taken for i in (*everyone, *interviews) if not i.event.cancelled and (taken := span_of(i.event, zone))]
    # Tasks the user edited and tasks already under way stay where they are: their time is taken.
    busy += [taken for g in planner.existing.values()
             if (g.edited or g.task.start < now) and (taken := span(g.task.start, g.task.end))]
    planner.timeline = Timeline(busy, timedelta(minutes=rules.gap_minutes))

    notes: list[str] = []
    failed: set[str] = set()

    def guarded(interview: Interview, step: Callable[[], object]) -> None:
        """Dates at the edge of the calendar (year 9999) overflow: skip that interview, say so."""
        if interview.key in failed:
            return
        try:
            step()
        except (OverflowError, ValueError) as error:
            failed.add(interview.key)
            notes.append(f"{interview.label}: no plan ({type(error).__name__}: {error})")

    wants: list[_Want] = []
    for interview in sorted(interviews, key=lambda i: (interview_start(i.event, zone).astimezone(timezone.utc),
                                                       i.key)):
        guarded(interview, lambda: wants.extend(planner.wants(interview, interview.key in superseded)))
    for want in wants:
        guarded(want.interview, lambda: planner.keep(want))
    planner.unkeep_overdue_of_moved(wants)
    for kind in PLACING_ORDER:
        for want in wants:
            if want.kind is kind and want.start is None:
                guarded(want.interview, lambda: planner.place(want))
                if want.start is None and want.interview.key not in failed:
                    notes.append(f"{want.interview.label}: no free slot for the {kind.value} task"
                                 + ("" if kind is TaskKind.BEFORE_INTERVIEW else f" within {SPILL_DAYS} business days"))

    tasks: dict[str, list[Task]] = {i.key: [] for i in interviews if i.key not in failed}
    for want in wants:
        if want.start is not None and want.interview.key in tasks:
            tasks[want.interview.key].append(planner.task(want, signature))
    return Plan({key: tuple(sorted(found, key=lambda t: (t.start, t.kind))) for key, found in tasks.items()},
                tuple(notes))


class _Planner:
    """The state of one planning run: the calendar, what exists, and what has been placed."""

    def __init__(self, rules: PlanRules, now: datetime, zone: ZoneInfo, source: str,
                 existing: Iterable[GeneratedEvent]) -> None:
        self.rules = rules
        self.now = now
        self.zone = zone
        self.source = source
        self.cal = BusinessCalendar(rules, zone)
        # The interviewer's week is the same as the user's; their public holidays are not known.
        self._their_rules = rules.model_copy(update={"holidays": Holidays()})
        self.existing = {g.task.id: g for g in existing if not g.deleted}
        self.deleted = {g.task.id for g in existing if g.deleted}
        self.timeline = Timeline((), timedelta(0))
        self.placed: dict[tuple[str, TaskKind], _Want] = {}
        #: Interviews with an earlier round at the same company: their letter says "again".
        self.later: set[str] = set()

    # -- which tasks --------------------------------------------------------------------------------

    def wants(self, interview: Interview, superseded: bool) -> list[_Want]:
        rules, outcome = self.rules, interview.outcome
        settled = outcome in (Outcome.REJECTED, Outcome.OFFER, Outcome.WITHDRAWN)
        kinds: list[tuple[TaskKind, int]] = []
        unknown = interview.decision is None or not interview.interviewers or any(
            not (p.email or p.phone) for p in interview.interviewers)
        if (rules.before_interview.enabled and outcome is None and unknown
                and interview_start(interview.event, self.zone) > self.now):
            kinds.append((TaskKind.BEFORE_INTERVIEW, rules.before_interview.duration_minutes))
        if rules.details.enabled and not settled and drafts.details_needed(interview):
            kinds.append((TaskKind.DETAILS, rules.details.duration_minutes))
        if rules.thank_you.enabled:
            kinds.append((TaskKind.THANK_YOU, rules.thank_you.duration_minutes))
        if rules.follow_up_call.enabled and outcome is None and not superseded:
            kinds.append((TaskKind.FOLLOW_UP_CALL, rules.follow_up_call.duration_minutes))
        if rules.keep_searching.enabled and outcome is not Outcome.OFFER and not superseded:
            kinds.append((TaskKind.KEEP_SEARCHING, rules.keep_searching.duration_minutes))
        near = self._near(interview)
        return [_Want(interview, kind, task_id(self.source, interview.key, kind), timedelta(minutes=minutes),
                      near=near) for kind, minutes in kinds]

    def _near(self, interview: Interview) -> bool:
        """A decision few enough business days after the interview that waiting a week would miss it."""
        decision, last = interview.decision, last_day(interview.event, self.zone)
        if decision is None:
            return False
        if (decision - last).days > 7 * (self.rules.near_decision_business_days // 5 + 2):
            return False
        count = sum(1 for n in range(1, (decision - last).days + 1) if self.cal.is_business_day(last + timedelta(n)))
        return count <= self.rules.near_decision_business_days

    # -- keeping and placing ------------------------------------------------------------------------

    def keep(self, want: _Want) -> None:
        """Reserve the slot the task already has when it is still a right one."""
        gen = self.existing.get(want.id)
        if gen is None:
            return
        start, end = gen.task.start, gen.task.end
        if gen.edited or start < self.now:
            # The user's hand, or history: never moved (and already busy time, see plan_all).
            self._take(want, start, reserve=False)
            return
        if end - start != want.duration:
            return
        slots = self.slots(want)
        if not (_inside(start, end, slots.spill if slots.overdue else slots.ideal) and self.timeline.free(start, end)):
            return
        want.overdue = slots.overdue
        self._take(want, start)

    def unkeep_overdue_of_moved(self, wants: Sequence[_Want]) -> None:
        """An overdue task keeps its slot only while its interview is unchanged. When a task of the
        interview that is still on time could not keep its slot, the interview moved (into the past,
        say): its overdue tasks are placed afresh with the rest, or the call could come before the
        thank-you it must follow."""
        moved = {w.interview.key for w in wants
                 if w.start is None and w.id in self.existing and not self.slots(w).overdue}
        for want in wants:
            if want.overdue and want.start is not None and want.interview.key in moved and not self._fixed(want):
                self.timeline.release(want.start, want.start + want.duration)
                del self.placed[(want.interview.key, want.kind)]
                want.start, want.overdue = None, False

    def place(self, want: _Want) -> None:
        slots = self.slots(want)
        start = self.timeline.nearest(slots.spill if slots.overdue else chain(slots.ideal, slots.spill), want.duration)
        if start is None and want.kind is TaskKind.BEFORE_INTERVIEW:
            start = self._just_before(want)
        if start is None:
            return
        want.overdue = slots.overdue and want.id not in self.existing
        self._take(want, start, reserve=want.id not in self.deleted)
        if want.kind is TaskKind.THANK_YOU:
            call = self.placed.get((want.interview.key, TaskKind.FOLLOW_UP_CALL))
            if call and call.start is not None and call.start < self._call_not_before(want) and not self._fixed(call):
                self.timeline.release(call.start, call.start + call.duration)  # the letter comes first
                call.start = None

    def _call_not_before(self, letter: _Want) -> datetime:
        """The call comes a whole business day after the letter at the earliest, so the thanks has
        been read before the phone rings: the letter's time on the user's next business day. Before a
        near decision the call must still beat it: any time on the next business day will do."""
        assert letter.start is not None
        sent = letter.start.astimezone(self.zone)
        return wall_clock(self.cal.add(sent.date(), 1), time(0) if letter.near else sent.time(), self.zone)

    def _fixed(self, want: _Want) -> bool:
        gen = self.existing.get(want.id)
        return gen is not None and (gen.edited or gen.task.start < self.now)

    def _take(self, want: _Want, start: datetime, *, reserve: bool = True) -> None:
        want.start = start.astimezone(self.zone)  # a call found in the interviewer's hours, shown in the user's
        if reserve:
            self.timeline.reserve(start, start + want.duration)
        self.placed[(want.interview.key, want.kind)] = want

    def _just_before(self, want: _Want) -> datetime | None:
        """Nothing free in working hours before the interview: right before it, if that is free."""
        event = want.interview.event
        if event.all_day:
            return None
        begins = interview_start(event, self.zone)
        start = begins - want.duration
        return start if start >= self.now and self.timeline.free(start, begins, gap=False) else None

    # -- when each kind may go ----------------------------------------------------------------------

    def slots(self, want: _Want) -> _Slots:
        event = want.interview.event
        ended = interview_end(event, self.zone)
        last = last_day(event, self.zone)
        earliest = max(self.now, ended)
        if want.kind is TaskKind.BEFORE_INTERVIEW:
            return self._before(want, interview_start(event, self.zone))
        if want.kind is TaskKind.DETAILS:
            first = ended.date()
            ideal = [w for w in (self._day(first, ideal=ended), self._day(self.cal.add(first, 1))) if w]
            return self._slots(ideal, self.cal.add(first, 1), earliest, ended)
        if want.kind is TaskKind.THANK_YOU:
            return self._thank_you(want, ended, earliest)
        if want.kind is TaskKind.FOLLOW_UP_CALL:
            return self._call(want, last, earliest)
        rule = self.rules.keep_searching
        day = self.cal.add(last, rule.business_days_after)
        return self._slots([w for w in (self._day(day, at=rule.time),) if w], day, earliest, ended, at=rule.time)

    def _day(self, day: date, *, ideal: datetime | None = None, at: time | None = None,
             cal: BusinessCalendar | None = None) -> Window | None:
        """A business day's working hours as a window, the ideal start at ``ideal`` or the time ``at``."""
        cal = cal or self.cal
        if not cal.is_business_day(day):
            return None
        opens, closes = wall_clock(day, cal.start, cal.zone), wall_clock(day, cal.end, cal.zone)
        if ideal is None:
            ideal = cal.at(day, at) if at is not None else opens
        return Window(opens, closes, min(max(ideal, opens), closes))

    def _slots(self, ideal: Iterable[Window], last_ideal: date, earliest: datetime, constraint: datetime,
               pieces: _Pieces | None = None, cal: BusinessCalendar | None = None, *,
               at: time | None = None) -> _Slots:
        """The ideal windows from ``earliest`` on, and spill days after ``last_ideal`` (a day's windows:
        ``pieces``, else its working hours with the ideal at ``at``). ``constraint`` is what the task
        itself allows (after the interview, after the letter); ideal windows that only the clock
        has closed make the task overdue."""
        cal = cal or self.cal
        wanted = [w for w in ideal if w.closes > constraint]
        open_ = tuple(c for w in wanted if (c := _from(w, earliest)))
        overdue = bool(wanted) and all(w.closes <= self.now for w in wanted)

        def day_windows(day: date) -> list[Window]:
            if pieces is not None:
                return pieces(day)
            window = self._day(day, at=at, cal=cal)
            return [window] if window else []

        def spill() -> Iterator[Window]:
            day = _spill_from(last_ideal, earliest, cal)
            for _ in range(SPILL_DAYS):
                day = cal.add(day, 1)
                yield from (c for w in day_windows(day) if (c := _from(w, earliest)))

        return _Slots(open_, _Lazy(spill), overdue)

    def _before(self, want: _Want, begins: datetime) -> _Slots:
        """The working hours of the interview's day before it starts, the latest slot first (an
        all-day interview: the business day before). None free: ``_just_before`` takes over."""
        window = self._day(self.cal.previous(begins.date())) if want.interview.event.all_day else self._day(begins.date())
        ideal: tuple[Window, ...] = ()
        if window is not None and window.opens < begins:
            closes = min(window.closes, begins)
            clipped = _from(Window(window.opens, closes, closes - want.duration), self.now)
            ideal = (clipped,) if clipped else ()
        return _Slots(ideal, ())

    def _thank_you(self, want: _Want, ended: datetime, earliest: datetime) -> _Slots:
        rule = self.rules.thank_you
        today = self._day(ended.date(), ideal=ended)
        left = today.closes - max(today.opens, ended) if today else timedelta(0)
        morning_day = ended.date() if today and ended < today.opens else self.cal.add(ended.date(), 1)
        morning = self._day(morning_day, at=rule.time)
        assert morning is not None
        within = timedelta(hours=rule.within_hours)
        if morning.ideal - ended > within:
            windows = self._no_waiting(ended, within)
            last_ideal = max((w.opens.date() for w in windows), default=ended.date())
            return self._slots(windows, last_ideal, earliest, ended, at=rule.time)
        same_day = today is not None and today.opens <= ended and left >= want.duration and (
            left >= timedelta(minutes=rule.same_day_if_minutes_left) or want.near)
        if same_day:
            assert today is not None
            return self._slots([today], ended.date(), earliest, ended, at=rule.time)
        return self._slots([morning], morning_day, earliest, ended, at=rule.time)

    def _no_waiting(self, ended: datetime, within: timedelta) -> list[Window]:
        """A letter whose next business morning is more than ``within`` away (a Friday interview, one
        on a Saturday): right after the interview, past working hours if need be (it is a short
        task, and the interview is fresh) until ``evening_until``; else the working hours of the
        following days inside ``within`` (a Saturday morning). Only then the next business day."""
        rule, cal = self.rules.thank_you, self.cal
        latest = ended + within
        day = ended.astimezone(cal.zone).date()
        opens = wall_clock(day, cal.start, cal.zone)
        closes = min(max(wall_clock(day, cal.end, cal.zone), wall_clock(day, rule.evening_until, cal.zone)), latest)
        windows = [Window(max(opens, ended), closes, max(opens, ended))] if max(opens, ended) < closes else []
        while True:
            day += timedelta(days=1)
            opens, closes = wall_clock(day, cal.start, cal.zone), min(wall_clock(day, cal.end, cal.zone), latest)
            if opens >= latest:
                return windows
            if opens < closes:
                windows.append(Window(opens, closes, opens))

    def _call(self, want: _Want, last: date, earliest: datetime) -> _Slots:
        rule, interview = self.rules.follow_up_call, want.interview
        thank = self.placed.get((interview.key, TaskKind.THANK_YOU))
        letter = self._call_not_before(thank) if thank and thank.start else earliest
        after, constraint = max(earliest, letter), max(interview_end(interview.event, self.zone), letter)
        cal, pieces = self._call_calendar(interview, last)
        if cal is not self.cal:  # the interviewer's hours win: so do their dates
            last = last_day(interview.event, cal.zone)
        if want.near and interview.decision is not None:
            decision = interview.decision
            first = max(cal.previous(decision), cal.add(last, 1))
            ideal: list[Window] = []
            day = cal.on_or_after(first)
            while day <= decision:
                until = wall_clock(decision, rule.before_decision_until, cal.zone) if day == decision else None
                ideal += [c for w in pieces(day) if (c := w if until is None else _until(w, until))]
                day = cal.add(day, 1)
            # A decision already due on the interview's day: the call the next business day.
            return self._slots(ideal, max(decision, cal.previous(first)), after, constraint, pieces, cal)
        day = cal.on_or_after(last + timedelta(days=rule.days_after))
        if interview.decision is not None:
            day = max(day, cal.add(interview.decision, 1))
        return self._slots(pieces(day), day, after, constraint, pieces, cal)

    def _call_calendar(self, interview: Interview, last: date) -> tuple[BusinessCalendar, _Pieces]:
        """The calendar the call is planned in, and a day's call windows.

        Working hours that overlap: the user's days, cut to the interviewer's hours. Hours that never
        overlap (New York and Tokyo): the interviewer's days and hours, which win. A day without
        overlap among days with it (a DST change in one zone only) also takes the interviewer's hours.
        """
        theirs = BusinessCalendar(self._their_rules, _call_zone(interview, self.zone))
        at = self.rules.follow_up_call.time

        def their_hours(day: date) -> list[Window]:
            window = self._day(day, at=at, cal=theirs)
            return [window] if window else []

        def shared(day: date) -> list[Window]:
            mine = self._day(day, at=at)
            if mine is None:
                return []
            found = []
            for offset in (-1, 0, 1):
                other = self._day(day + timedelta(days=offset), cal=theirs)
                if other and (opens := max(mine.opens, other.opens)) < (closes := min(mine.closes, other.closes)):
                    found.append(Window(opens, closes, min(max(mine.ideal, opens), closes)))
            return found

        def either(day: date) -> list[Window]:
            return (shared(day) or their_hours(day)) if self.cal.is_business_day(day) else []

        probe = self.cal.on_or_after(last)
        for _ in range(OVERLAP_PROBE_DAYS):
            if shared(probe):
                return self.cal, either
            probe = self.cal.add(probe, 1)
        return theirs, their_hours

    # -- the task -----------------------------------------------------------------------------------

    def task(self, want: _Want, signature: str | None) -> Task:
        interview, rules = want.interview, self.rules
        assert want.start is not None
        if want.kind is TaskKind.BEFORE_INTERVIEW:
            summary, description = drafts.before_summary(interview), drafts.before_description(interview)
        elif want.kind is TaskKind.DETAILS:
            summary = drafts.details_summary(interview)
            description = drafts.details_description(interview, rules.thank_you.default_style, want.near)
        elif want.kind is TaskKind.THANK_YOU:
            style = rules.thank_you.default_style
            summary = drafts.thank_you_summary(interview, style, want.near)
            # The letter is dated the day of its task, in the user's zone (the slot is kept across passes).
            dated = want.start.astimezone(self.zone).date()
            description = drafts.thank_you_description(interview, style, dated, want.near, signature,
                                                       later_round=interview.key in self.later)
        elif want.kind is TaskKind.FOLLOW_UP_CALL:
            summary = drafts.call_summary(interview)
            # The interview's date as it was for them, as the call will mention it.
            their_day = interview_start(interview.event, _call_zone(interview, self.zone)).date()
            description = drafts.call_description(interview, their_day, rules.follow_up_call.days_after,
                                                  near=want.near, their_time=self._their_time(want))
        else:
            summary, description = drafts.keep_searching_summary(interview), drafts.keep_searching_description(interview)
        return Task(id=want.id, kind=want.kind, interview_key=interview.key, interview_uid=interview.event.uid,
                    summary=summary, description=description, start=want.start, end=want.start + want.duration,
                    alarm_minutes=rules.reminder_minutes, overdue=want.overdue)

    def _their_time(self, want: _Want) -> str | None:
        """What the call's time is for an interviewer whose clock differs from the user's."""
        assert want.start is not None
        theirs = _call_zone(want.interview, self.zone)
        there, here = want.start.astimezone(theirs), want.start.astimezone(self.zone)
        if there.utcoffset() == here.utcoffset():
            return None
        line = f"For them ({theirs.key}) that is {there:%H:%M} on {there:%A}; for you ({self.zone.key}) {here:%H:%M} on {here:%A}."
        start, end = self.cal.start, self.cal.end
        if not (start <= here.time() and (here + want.duration).time() <= end and here.date() == (here + want.duration).date()):
            line += " Your working hours and theirs never overlap, so the call is in theirs."
        return line


_Pieces = Callable[[date], list[Window]]


class _Lazy:
    """Spill windows, produced only as far as a search reads them (most searches stop on the first day)."""

    def __init__(self, make: Callable[[], Iterator[Window]]) -> None:
        self._make = make

    def __iter__(self) -> Iterator[Window]:
        return self._make()


def _spill_from(last_ideal: date, earliest: datetime, cal: BusinessCalendar) -> date:
    """The day spill days count from: the last ideal day, or the day before ``earliest`` when that is
    later (an overdue task gets its full spill ahead of it, not spent on days gone by)."""
    return max(last_ideal, earliest.astimezone(cal.zone).date() - timedelta(days=1))


def _from(window: Window, earliest: datetime) -> Window | None:
    """The part of ``window`` from ``earliest`` on, or None when nothing is left."""
    if window.closes <= earliest:
        return None
    if window.opens >= earliest:
        return window
    opens = earliest.astimezone(window.opens.tzinfo)
    return Window(opens, window.closes, max(window.ideal, opens))


def _until(window: Window, until: datetime) -> Window | None:
    if window.opens >= until:
        return None
    closes = min(window.closes, until)
    return Window(window.opens, closes, min(window.ideal, closes))


def _inside(start: datetime, end: datetime, windows: Iterable[Window]) -> bool:
    for window in windows:
        if window.opens <= start and end <= window.closes:
            return True
        if window.opens > start:
            return False
    return False


def _call_zone(interview: Interview, user: ZoneInfo) -> ZoneInfo:
    """The interviewer's zone when stated, else the interview's own: the named zone its start was given
    in. A bare UTC time or offset names no place (many exporters write every time in UTC): the user's."""
    named = zone_or_none(interview.interviewer_zone)
    if named:
        return named
    start = interview.event.start
    own = start.tzinfo if isinstance(start, datetime) else None
    return own if isinstance(own, ZoneInfo) and own.key not in ("UTC", "Etc/UTC", "Etc/GMT") else user


def with_start(task: Task, start: datetime) -> Task:
    """The same task moved to ``start``, keeping its length."""
    return replace(task, start=start, end=start + (task.end - task.start))
