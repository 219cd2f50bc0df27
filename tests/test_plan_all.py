"""The whole calendar planned at once: no clashes with busy time or between tasks, the same plan
whatever the event order, slots kept across passes, later rounds, interviewer zones, outcomes."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_sync.model import (
    Attendee,
    GeneratedEvent,
    Interview,
    Interviewer,
    Outcome,
    SourceEvent,
    Task,
    TaskKind,
)
from followup_sync.planner import plan_all
from followup_sync.reconcile import Action, reconcile
from followup_sync.rules import PlanRules
from followup_sync.service import written
from followup_sync.slots import blocks

NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
RULES = PlanRules()
JANE = Interviewer("Jane Doe", "Engineering Manager", "jane@acme.example", "+1 555 0100")


def at(day: int, hour: int, minute: int = 0, month: int = 12, zone: ZoneInfo = NY) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=zone)


def event(key: str, start: datetime | date, end: datetime | date, summary: str = "Meeting", **extra: object) -> SourceEvent:
    return SourceEvent(key, f"{key}@example.com", summary, start, end, **extra)  # type: ignore[arg-type]


def interview(key: str, start: datetime, minutes: int = 60, company: str = "Acme", **details: object) -> Interview:
    details.setdefault("interviewers", (JANE,))
    details.setdefault("decision", date(2027, 1, 15))
    return Interview(event(key, start, start + timedelta(minutes=minutes), f"Interview - {company}"),
                     company=company, **details)  # type: ignore[arg-type]


#: Events of the scenarios below that must not block: free, cancelled, a marker, declined.
FREE = {"lunch", "gym", "bday", "wfh", "declined"}


def tasks_of(plan: dict[str, tuple[Task, ...]]) -> list[Task]:
    return sorted((t for tasks in plan.values() for t in tasks), key=lambda t: (t.start, t.id))


def assert_clear(tasks: list[Task], events: list[SourceEvent], gap: timedelta = timedelta(0)) -> None:
    """No task overlaps another task or any busy event (interviews always count)."""
    for a, b in zip(tasks, tasks[1:]):
        assert a.end + gap <= b.start, f"{a.summary} {a.start:%a %H:%M} overlaps {b.summary} {b.start:%a %H:%M}"
    for e in events:
        if e.key in FREE or e.transparency == "transparent":
            continue
        start = e.start if isinstance(e.start, datetime) else datetime.combine(e.start, time(), NY)
        end = e.end if isinstance(e.end, datetime) else datetime.combine(e.end, time(), NY)
        for t in tasks:
            assert t.end <= start or end <= t.start, f"{t.summary} at {t.start:%a %d %H:%M} sits on {e.summary}"


class Calendar:
    """Passes over a calendar: plan, reconcile, apply, the way service.run_pass does, in memory."""

    def __init__(self, interviews: list[Interview], events: list[SourceEvent], rules: PlanRules = RULES) -> None:
        self.interviews, self.events, self.rules = interviews, events, rules
        self.generated: dict[str, GeneratedEvent] = {}

    def sync(self, now: datetime) -> list[Action]:
        everything = [*self.events, *(i.event for i in self.interviews)]
        plan = plan_all(self.interviews, everything, list(self.generated.values()), self.rules, now, NY, source="t")
        result = reconcile(tasks_of(plan.tasks), list(self.generated.values()), now)
        for change in result.changes:
            if change.action is Action.DELETE:
                del self.generated[change.task.id]
            else:
                self.generated[change.task.id] = written(change.task, change.existing, now)
        return [c.action for c in result.changes]

    def tasks(self) -> list[Task]:
        return sorted((g.task for g in self.generated.values()), key=lambda t: (t.start, t.id))

    def by_summary(self) -> dict[str, datetime]:
        return {t.summary: t.start for t in self.tasks()}


def busy_week() -> tuple[list[Interview], list[SourceEvent]]:
    """Three companies in one week, two rounds with one of them, and a life around them."""
    interviews = [
        interview("acme-1", at(30, 10, month=11)),
        interview("globex", at(30, 14, month=11), company="Globex", decision=date(2026, 12, 4)),
        interview("acme-2", at(2, 11), company="ACME"),  # the next round: same company, other spelling
        interview("hooli", at(1, 9), company="Hooli", interviewers=(), decision=None),
    ]
    events = [
        event("dentist", at(1, 9, 30), at(1, 11), "Dentist"),
        event("standup", at(1, 11, 30), at(1, 12), "Stand-up"),
        event("lunch", at(1, 12), at(1, 13), "Lunch", transparency="transparent"),  # free: does not block
        event("gym", at(1, 13), at(1, 17), "Gym", status="cancelled"),  # cancelled: does not block
        event("vacation", date(2026, 12, 7), date(2026, 12, 8), "Vacation"),  # opaque all-day: a day off
        event("bday", date(2026, 12, 3), date(2026, 12, 4), "Mum's birthday", transparency="transparent"),
        event("wfh", date(2026, 12, 4), date(2026, 12, 5), "Home", event_type="workingLocation"),
        event("declined", at(3, 9), at(3, 17), "All-hands",
              attendees=(Attendee("alex@example.com", is_self=True, response="declined"),)),
    ]
    return interviews, events


def test_a_busy_week_has_no_clashes_and_spreads_out() -> None:
    interviews, events = busy_week()
    cal = Calendar(interviews, events)
    cal.sync(at(30, 8, month=11))
    tasks = cal.tasks()
    assert_clear(tasks, [*events, *(i.event for i in interviews)], gap=timedelta(minutes=15))
    assert not any(t.start.date() == date(2026, 12, 7) for t in tasks), "the vacation day stays free"
    assert any(t.start.date() == date(2026, 12, 3) for t in tasks), "a birthday or a declined meeting does not block"
    starts = [t.start.time() for t in tasks]
    assert len(set(starts)) >= len(starts) // 2 and starts.count(time(9)) <= 2, "not everything at 09:00"
    assert all(time(9) <= t.start.astimezone(NY).time() and t.end.astimezone(NY).time() <= time(17) for t in tasks
               if t.kind is not TaskKind.BEFORE_INTERVIEW)
    assert all(t.start.weekday() < 5 for t in tasks)


def test_later_round_supersedes_the_earlier_call_and_keep_searching() -> None:
    interviews, events = busy_week()
    cal = Calendar(interviews, events)
    cal.sync(at(30, 8, month=11))
    kinds = {(t.interview_key, t.kind) for t in cal.tasks()}
    assert ("acme-1", TaskKind.THANK_YOU) in kinds and ("acme-2", TaskKind.THANK_YOU) in kinds  # thanks for each
    assert ("acme-1", TaskKind.FOLLOW_UP_CALL) not in kinds and ("acme-1", TaskKind.KEEP_SEARCHING) not in kinds
    calls = [t for t in cal.tasks() if t.kind is TaskKind.FOLLOW_UP_CALL and t.interview_key.startswith("acme")]
    assert len(calls) == 1 and calls[0].start > interviews[2].event.end  # one call, after the last round

    # the second round is added only after the first was planned: the pending call and nudge go
    cal = Calendar([interviews[0]], [])
    cal.sync(at(30, 8, month=11))
    assert {t.kind for t in cal.tasks()} >= {TaskKind.FOLLOW_UP_CALL, TaskKind.KEEP_SEARCHING}
    cal.interviews.append(interview("acme-2", at(2, 11), company="ACME"))
    actions = cal.sync(at(1, 8))
    assert actions.count(Action.DELETE) == 2
    # rounds told apart by title when no company is known
    first = replace(interviews[0], company=None, event=replace(interviews[0].event, summary="Initech round 1"))
    second = replace(interviews[2], company=None, event=replace(interviews[2].event, summary="Initech - Final Round"))
    plan = plan_all([first, second], [], [], RULES, at(30, 8, month=11), NY, source="t")
    assert TaskKind.FOLLOW_UP_CALL not in {t.kind for t in plan.tasks["acme-1"]}
    assert TaskKind.FOLLOW_UP_CALL in {t.kind for t in plan.tasks["acme-2"]}
    # a legal form or the kind of interview does not make another employer
    for one, two in ((dict(company="Acme Corp"), dict(company="ACME, Inc.")),
                     (dict(company=None, summary="Phone screen - Initech"), dict(company=None, summary="Onsite: Initech"))):
        rounds = [replace(interviews[0], company=one["company"], event=replace(interviews[0].event,
                                                                                summary=one.get("summary", "x"))),
                  replace(interviews[2], company=two["company"], event=replace(interviews[2].event,
                                                                                summary=two.get("summary", "y")))]
        plan = plan_all(rounds, [], [], RULES, at(30, 8, month=11), NY, source="t")
        assert TaskKind.FOLLOW_UP_CALL not in {t.kind for t in plan.tasks["acme-1"]}, one
    other = [interviews[0], replace(interviews[2], company="Acme Bank")]
    plan = plan_all(other, [], [], RULES, at(30, 8, month=11), NY, source="t")
    assert TaskKind.FOLLOW_UP_CALL in {t.kind for t in plan.tasks["acme-1"]}, "another company: its own call"


def test_what_blocks_time() -> None:
    _, events = busy_week()
    assert {e.key for e in events if not blocks(e)} == FREE
    assert blocks(event("ooo", date(2026, 12, 7), date(2026, 12, 8), "Out of office", event_type="outOfOffice"))
    assert not blocks(event("b", date(2026, 12, 7), date(2026, 12, 8), "Sam", categories=("Birthday",)))


def test_same_plan_whatever_the_order_of_events() -> None:
    interviews, events = busy_week()
    now = at(30, 8, month=11)
    first = plan_all(interviews, events, [], RULES, now, NY, source="t").tasks
    for seed in range(5):
        shuffled_i, shuffled_e = interviews[:], events[:]
        random.Random(seed).shuffle(shuffled_i)
        random.Random(seed).shuffle(shuffled_e)
        assert plan_all(shuffled_i, shuffled_e, [], RULES, now, NY, source="t").tasks == first


def test_idle_passes_write_nothing_and_unrelated_moves_move_nothing() -> None:
    interviews, events = busy_week()
    cal = Calendar(interviews, events)
    assert cal.sync(at(30, 8, month=11))
    placed = cal.by_summary()
    for hour in (9, 12, 16):
        assert cal.sync(at(30, hour, month=11)) == [], "an idle pass writes nothing"
    assert cal.by_summary() == placed

    # an unrelated event moves to where no task is: nothing moves
    cal.events = [replace(e, start=at(4, 16, 30), end=at(4, 17)) if e.key == "standup" else e for e in cal.events]
    assert cal.sync(at(30, 17, month=11)) == []
    # a meeting lands on a task: that task alone moves, to a free slot
    victim = next(t for t in cal.tasks() if t.start > at(1, 8) and t.kind is TaskKind.KEEP_SEARCHING)
    cal.events.append(event("new", victim.start - timedelta(minutes=5), victim.end, "Client call"))
    actions = cal.sync(at(30, 17, 30, month=11))
    assert actions == [Action.UPDATE]
    moved = {k: v for k, v in cal.by_summary().items() if placed[k] != v}
    assert list(moved) == [victim.summary]
    assert_clear(cal.tasks(), [*cal.events, *(i.event for i in interviews)], gap=timedelta(minutes=15))
    assert cal.sync(at(30, 17, 45, month=11)) == []


def test_a_new_interview_does_not_push_placed_tasks_around() -> None:
    interviews, events = busy_week()
    cal = Calendar(interviews[:2], events)
    cal.sync(at(30, 8, month=11))
    placed = {t.id: t.start for t in cal.tasks()}
    cal.interviews.append(interview("initech", at(1, 14), company="Initech"))
    actions = cal.sync(at(30, 8, 30, month=11))
    assert set(actions) == {Action.CREATE}
    assert all(placed[t.id] == t.start for t in cal.tasks() if t.id in placed)
    assert_clear(cal.tasks(), [*events, *(i.event for i in cal.interviews)], gap=timedelta(minutes=15))


def test_the_user_keeps_the_last_word() -> None:
    interviews, events = busy_week()
    cal = Calendar(interviews[:1], events)
    cal.sync(at(30, 8, month=11))
    call = next(g for g in cal.generated.values() if g.task.kind is TaskKind.FOLLOW_UP_CALL)
    # the user moves the call onto the thank-you's morning; nothing else may then use that time
    thank = next(g.task for g in cal.generated.values() if g.task.kind is TaskKind.THANK_YOU)
    cal.generated[call.task.id] = replace(call, task=replace(call.task, start=thank.end + timedelta(minutes=30),
                                                              end=thank.end + timedelta(minutes=45)))
    assert cal.sync(at(30, 9, month=11)) == []
    # a status added later removes what no longer applies, but not what is done or edited
    cal.interviews = [replace(interviews[0], outcome=Outcome.REJECTED)]
    actions = cal.sync(at(2, 8))
    assert actions == [Action.UPDATE], "the thank-you is past, the call edited: the keep-searching nudge is reworded"
    cal.interviews = [replace(interviews[0], outcome=Outcome.OFFER)]
    kinds = {t.kind for t in cal.tasks()}
    cal.sync(at(2, 8, 5))
    after = {t.kind for t in cal.tasks()}
    assert TaskKind.FOLLOW_UP_CALL in after and TaskKind.THANK_YOU in after  # edited / past: kept
    assert TaskKind.KEEP_SEARCHING in kinds and TaskKind.KEEP_SEARCHING not in after  # pending: removed


def test_outcome_rewords_pending_keep_searching() -> None:
    item = interview("acme-1", at(30, 10, month=11))
    cal = Calendar([item], [])
    cal.sync(at(30, 8, month=11))
    cal.interviews = [replace(item, outcome=Outcome.REJECTED)]
    actions = cal.sync(at(30, 12, month=11))
    assert actions.count(Action.DELETE) == 1 and actions.count(Action.UPDATE) == 1  # the call goes
    keep = next(t for t in cal.tasks() if t.kind is TaskKind.KEEP_SEARCHING)
    assert "while you wait" not in keep.summary and "while you wait" not in keep.description


def test_new_york_user_and_tokyo_interviewer() -> None:
    # A video interview set in Tokyo time: 09:00 Tokyo on Tue Dec 1 is 19:00 Mon Nov 30 in New York.
    item = interview("sony", at(1, 9, zone=TOKYO), company="Sony", decision=None)
    tasks = {t.kind: t for t in plan_all([item], [], [], RULES, at(30, 8, month=11), NY, source="t").tasks["sony"]}
    call = tasks[TaskKind.FOLLOW_UP_CALL]
    there = call.start.astimezone(TOKYO)
    # their 09:00-17:00 is New York's 19:00-03:00: the hours never overlap, so theirs win
    assert time(9) <= there.time() and call.end.astimezone(TOKYO).time() <= time(17) and there.weekday() < 5
    assert there.date() == date(2026, 12, 8)  # a week after the interview, their time
    assert f"for you (America/New_York) {call.start.astimezone(NY):%H:%M}" in call.description
    assert "never overlap" in call.description
    assert call.start.tzinfo == NY, "shown in the user's zone like every task"
    assert "interview on Tuesday, December 1" in call.description  # the day it was for them
    # the other tasks stay in the user's own working hours
    assert all(time(9) <= t.start.time() <= time(17) for k, t in tasks.items() if k is not TaskKind.FOLLOW_UP_CALL)
    # a stated zone wins over the event's: an interviewer in London, the event in New York
    london = replace(interview("acme", at(1, 10)), interviewer_zone="Europe/London")
    call = {t.kind: t for t in plan_all([london], [], [], RULES, at(30, 8, month=11), NY, source="t").tasks["acme"]}[
        TaskKind.FOLLOW_UP_CALL]
    assert time(9) <= call.start.time() and call.end.astimezone(ZoneInfo("Europe/London")).time() <= time(17)
    assert "For them (Europe/London)" in call.description and "never overlap" not in call.description


def test_a_full_day_spills_tasks_to_the_next_business_day() -> None:
    item = interview("acme", at(30, 10, month=11))
    blocked = [event(f"m{h}", at(2, h), at(2, h + 1)) for h in range(8, 18)]  # Wednesday, the nudge's day, full
    tasks = {t.kind: t for t in plan_all([item], blocked, [], RULES, at(30, 8, month=11), NY, source="t").tasks["acme"]}
    assert tasks[TaskKind.KEEP_SEARCHING].start == at(3, 14)


@settings(max_examples=60, deadline=None)
@given(
    seeds=st.lists(st.tuples(st.integers(0, 9), st.integers(8, 17), st.sampled_from([0, 15, 30, 45]),
                             st.integers(15, 240), st.booleans()), min_size=1, max_size=25),
    all_days=st.lists(st.tuples(st.integers(0, 12), st.integers(1, 3), st.booleans()), max_size=3),
    interview_days=st.lists(st.tuples(st.integers(0, 9), st.integers(8, 17), st.sampled_from(
        ["America/New_York", "Asia/Tokyo", "Europe/Berlin", "America/Los_Angeles"]), st.booleans()),
        min_size=1, max_size=6),
    lag_hours=st.integers(0, 72),
)
def test_no_overlaps_for_any_calendar(seeds, all_days, interview_days, lag_hours) -> None:
    base = at(30, 0, month=11)
    events = [event(f"e{n}", base + timedelta(days=d, hours=h, minutes=m),
                    base + timedelta(days=d, hours=h, minutes=m + length), "Busy",
                    transparency="opaque" if opaque else "transparent")
              for n, (d, h, m, length, opaque) in enumerate(seeds)]
    events += [event(f"a{n}", date(2026, 11, 30) + timedelta(days=d), date(2026, 11, 30) + timedelta(days=d + n_days),
                     "Away", transparency="opaque" if opaque else "transparent")
               for n, (d, n_days, opaque) in enumerate(all_days)]
    interviews = [interview(f"i{n}", (base + timedelta(days=d, hours=h)).replace(tzinfo=ZoneInfo(zone)),
                            company=f"Co{n}", decision=None if unknown else date(2026, 12, 4), interviewers=())
                  for n, (d, h, zone, unknown) in enumerate(interview_days)]
    cal = Calendar(interviews, events)
    now = base + timedelta(hours=lag_hours)
    cal.sync(now)
    assert_clear(cal.tasks(), [*events, *(i.event for i in interviews)])
    assert all(t.start >= now for t in cal.tasks())
    assert cal.sync(now + timedelta(minutes=1)) == [], "a second pass writes nothing"
    assert cal.sync(now + timedelta(hours=5)) == [], "nor one hours later"


def test_a_later_round_is_thanked_for_meeting_again() -> None:
    """The planner knows the rounds: the second round's letter says "again" whatever its title says."""
    first, second = interview("one", at(23, 10, month=11)), interview("two", at(25, 10, month=11))
    plan = plan_all([first, second], [], [], RULES, at(22, 8, month=11), NY, source="t")
    letters = {t.interview_key: t.description for t in tasks_of(plan.tasks) if t.kind is TaskKind.THANK_YOU}
    assert "again" in letters["two"] and "again" not in letters["one"]
