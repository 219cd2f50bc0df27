"""The follow-up plan: timing rules, business days, DST, all-day events, and properties for any input."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_sync.details import last_day
from followup_sync.model import Interview, Interviewer, Outcome, SourceEvent, Style, TaskKind
from followup_sync.planner import plan
from followup_sync.rules import FollowUpCallRule, Holidays, PlanRules, ThankYouRule
from followup_sync.workdays import BusinessCalendar

NY = ZoneInfo("America/New_York")
RULES = PlanRules()
JANE = Interviewer("Jane Doe", "Engineering Manager", "jane@acme.example", "+1 555 0100")


def interview(start: datetime | date, end: datetime | date | None = None, **details: object) -> Interview:
    if end is None:
        end = start + timedelta(hours=1) if isinstance(start, datetime) else start + timedelta(days=1)
    event = SourceEvent("acme-1", "acme-1@example.com", "Interview - Acme", start, end)
    details.setdefault("company", "Acme")
    return Interview(event=event, **details)  # type: ignore[arg-type]


def by_kind(tasks: list) -> dict[TaskKind, object]:
    return {t.kind: t for t in tasks}


def test_default_plan_for_a_complete_interview() -> None:
    # Mon Nov 30 2026, 10:00-11:00 New York, details all recorded, no decision date.
    item = interview(datetime(2026, 11, 30, 10, tzinfo=NY), interviewers=(JANE,), decision=date(2026, 12, 11),
                     style=Style.TRADITIONAL, role="Backend Engineer")
    tasks = by_kind(plan(item, RULES, datetime(2026, 11, 30, 12, tzinfo=NY), NY, source="local"))
    assert TaskKind.DETAILS not in tasks  # nothing is missing
    thank = tasks[TaskKind.THANK_YOU]
    assert thank.start == datetime(2026, 12, 1, 9, tzinfo=NY)
    assert "thank-you" in thank.summary and "Acme" in thank.summary and "letter" in thank.summary
    assert "Dear Jane Doe" in thank.description and "good paper" in thank.description
    assert "spell" in thank.description and "jane@acme.example" in thank.description
    call = tasks[TaskKind.FOLLOW_UP_CALL]
    assert call.start == datetime(2026, 12, 14, 10, tzinfo=NY)  # first business day after Fri Dec 11
    assert "follow-up call" in call.summary.lower() and "Acme" in call.summary
    assert "+1 555 0100" in call.description and "not pushy" in call.description
    keep = tasks[TaskKind.KEEP_SEARCHING]
    assert keep.start == datetime(2026, 12, 2, 9, tzinfo=NY)
    assert all(t.interview_uid == "acme-1@example.com" for t in tasks.values())


def test_missing_details_get_a_reminder_right_after_the_interview() -> None:
    item = interview(datetime(2026, 11, 30, 10, tzinfo=NY))
    tasks = by_kind(plan(item, RULES, datetime(2026, 11, 30, 8, tzinfo=NY), NY, source="local"))
    details = tasks[TaskKind.DETAILS]
    assert details.start == datetime(2026, 11, 30, 11, tzinfo=NY)
    assert "decision time frame" in details.description and "Interviewer:" in details.description
    # no decision known: the call is 7 days later, rolled to a business day
    assert tasks[TaskKind.FOLLOW_UP_CALL].start == datetime(2026, 12, 7, 10, tzinfo=NY)


def test_decision_days_away_means_thank_you_at_once() -> None:
    item = interview(datetime(2026, 11, 30, 10, tzinfo=NY), interviewers=(JANE,), decision=date(2026, 12, 2))
    tasks = by_kind(plan(item, RULES, datetime(2026, 11, 30, 8, tzinfo=NY), NY, source="local"))
    assert tasks[TaskKind.THANK_YOU].start == datetime(2026, 11, 30, 11, tzinfo=NY)
    assert "today" in tasks[TaskKind.THANK_YOU].description
    # a call before the letter would be pushy; after the decision date: Thu Dec 3
    assert tasks[TaskKind.FOLLOW_UP_CALL].start == datetime(2026, 12, 3, 10, tzinfo=NY)


def test_far_decision_moves_the_call_later_and_a_near_one_earlier() -> None:
    start = datetime(2026, 11, 30, 10, tzinfo=NY)
    far = by_kind(plan(interview(start, interviewers=(JANE,), decision=date(2027, 1, 15)), RULES, start, NY, source="l"))
    near = by_kind(plan(interview(start, interviewers=(JANE,), decision=date(2026, 12, 3)), RULES, start, NY, source="l"))
    assert far[TaskKind.FOLLOW_UP_CALL].start.date() == date(2027, 1, 18)  # Fri 15th → Mon 18th
    assert near[TaskKind.FOLLOW_UP_CALL].start.date() == date(2026, 12, 4)


def test_creative_company_gets_an_email_and_unknown_style_a_letter() -> None:
    start = datetime(2026, 11, 30, 10, tzinfo=NY)
    creative = by_kind(plan(interview(start, style=Style.CREATIVE), RULES, start, NY, source="l"))
    unknown = by_kind(plan(interview(start), RULES, start, NY, source="l"))
    assert "e-mail" in creative[TaskKind.THANK_YOU].summary
    assert "letter" in unknown[TaskKind.THANK_YOU].summary
    assert "when in doubt" in unknown[TaskKind.THANK_YOU].description


def test_outcomes_remove_the_call_and_an_offer_the_keep_searching_reminder() -> None:
    start = datetime(2026, 11, 30, 10, tzinfo=NY)
    rejected = by_kind(plan(interview(start, outcome=Outcome.REJECTED), RULES, start, NY, source="l"))
    offer = by_kind(plan(interview(start, outcome=Outcome.OFFER), RULES, start, NY, source="l"))
    assert TaskKind.FOLLOW_UP_CALL not in rejected and TaskKind.KEEP_SEARCHING in rejected
    assert TaskKind.FOLLOW_UP_CALL not in offer and TaskKind.KEEP_SEARCHING not in offer


def test_rules_can_switch_tasks_off_and_change_timing() -> None:
    rules = PlanRules(thank_you=ThankYouRule(within_business_days=2, time="14:00"),
                      follow_up_call=FollowUpCallRule(days_after=10), keep_searching={"enabled": False},
                      details={"enabled": False})
    start = datetime(2026, 11, 30, 10, tzinfo=NY)
    tasks = by_kind(plan(interview(start), rules, start, NY, source="l"))
    assert set(tasks) == {TaskKind.THANK_YOU, TaskKind.FOLLOW_UP_CALL}
    assert tasks[TaskKind.THANK_YOU].start == datetime(2026, 12, 2, 14, tzinfo=NY)
    assert tasks[TaskKind.FOLLOW_UP_CALL].start == datetime(2026, 12, 10, 10, tzinfo=NY)


def test_public_holidays_are_skipped() -> None:
    rules = PlanRules(holidays=Holidays(country="US"))
    start = datetime(2026, 11, 25, 10, tzinfo=NY)  # the day before Thanksgiving
    tasks = by_kind(plan(interview(start, interviewers=(JANE,), decision=date(2026, 12, 31)), rules, start, NY, source="l"))
    assert tasks[TaskKind.THANK_YOU].start == datetime(2026, 11, 27, 9, tzinfo=NY)
    without = by_kind(plan(interview(start, interviewers=(JANE,), decision=date(2026, 12, 31)), RULES, start, NY, source="l"))
    assert without[TaskKind.THANK_YOU].start == datetime(2026, 11, 26, 9, tzinfo=NY)


def test_wall_clock_is_kept_across_dst() -> None:
    # Fri Mar 6 2026 in New York; clocks spring forward on Sun Mar 8.
    start = datetime(2026, 3, 6, 14, tzinfo=NY)
    tasks = by_kind(plan(interview(start, interviewers=(JANE,)), RULES, start, NY, source="l"))
    call = tasks[TaskKind.FOLLOW_UP_CALL]
    assert call.start == datetime(2026, 3, 13, 10, tzinfo=NY)
    assert call.start.utcoffset() == timedelta(hours=-4)
    assert call.start.astimezone(timezone.utc).hour == 14
    thank = tasks[TaskKind.THANK_YOU]
    assert thank.start.astimezone(timezone.utc).hour == 13  # Mon Mar 9 09:00 EDT = 13:00 UTC


def test_interview_in_another_zone_is_planned_in_the_users_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 12, 3, 13, tzinfo=berlin)  # 07:00 in New York
    tasks = by_kind(plan(interview(start, start + timedelta(hours=4), interviewers=(JANE,)), RULES, start, NY, source="l"))
    assert tasks[TaskKind.THANK_YOU].start == datetime(2026, 12, 4, 9, tzinfo=NY)
    assert tasks[TaskKind.THANK_YOU].start.tzinfo == NY


def test_multi_day_all_day_interview_counts_from_its_last_day() -> None:
    item = interview(date(2026, 12, 8), date(2026, 12, 10), interviewers=(JANE,))  # Tue-Wed
    tasks = by_kind(plan(item, RULES, datetime(2026, 12, 1, tzinfo=NY), NY, source="l"))
    # over at midnight after Wednesday: the details reminder first thing Thursday, the letter after it
    assert tasks[TaskKind.DETAILS].start == datetime(2026, 12, 10, 9, tzinfo=NY)
    assert tasks[TaskKind.THANK_YOU].start == datetime(2026, 12, 10, 9, 15, tzinfo=NY)
    assert tasks[TaskKind.FOLLOW_UP_CALL].start == datetime(2026, 12, 16, 10, tzinfo=NY)


def test_overdue_tasks_go_to_the_next_free_slot_not_the_past() -> None:
    item = interview(datetime(2026, 11, 20, 10, tzinfo=NY), interviewers=(JANE,), decision=date(2026, 12, 10))
    now = datetime(2026, 11, 30, 10, 7, tzinfo=NY)
    tasks = by_kind(plan(item, RULES, now, NY, source="l"))
    thank = tasks[TaskKind.THANK_YOU]
    assert thank.overdue and thank.start == datetime(2026, 11, 30, 10, 15, tzinfo=NY)
    keep = tasks[TaskKind.KEEP_SEARCHING]
    assert keep.overdue and keep.start == thank.end  # no overlap
    call = tasks[TaskKind.FOLLOW_UP_CALL]
    assert not call.overdue and call.start == datetime(2026, 12, 11, 10, tzinfo=NY)
    assert all(t.start >= now for t in tasks.values())


def test_ids_are_deterministic_and_distinct() -> None:
    start = datetime(2026, 11, 30, 10, tzinfo=NY)
    first = plan(interview(start), RULES, start, NY, source="local")
    moved = plan(interview(start + timedelta(days=1)), RULES, start, NY, source="local")
    other_calendar = plan(interview(start), RULES, start, NY, source="work@group.calendar.google.com")
    assert [t.id for t in first] == [t.id for t in moved]
    assert not {t.id for t in first} & {t.id for t in other_calendar}
    assert len({t.id for t in first}) == len(first)
    assert all(t.id.isalnum() and t.id == t.id.lower() and set(t.id) <= set("0123456789abcdefghijklmnopqrstuv")
               for t in first)


ZONES = st.sampled_from(["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe",
                         "Pacific/Chatham", "America/Sao_Paulo", "Asia/Tokyo", "UTC", "America/St_Johns"])


@settings(max_examples=300, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31)),
    minutes=st.integers(15, 600),
    event_zone=ZONES,
    user_zone=ZONES,
    decision_days=st.one_of(st.none(), st.integers(0, 60)),
    lag_minutes=st.integers(-600, 0),
    complete=st.booleans(),
    all_day=st.booleans(),
)
def test_plan_properties(start, minutes, event_zone, user_zone, decision_days, lag_minutes, complete, all_day) -> None:
    zone = ZoneInfo(user_zone)
    if all_day:
        item_start: datetime | date = start.date()
        item_end: datetime | date = start.date() + timedelta(days=1 + minutes // 300)
    else:
        item_start = start.replace(tzinfo=ZoneInfo(event_zone))
        item_end = item_start + timedelta(minutes=minutes)
    item = interview(item_start, item_end, interviewers=(JANE,) if complete else ())
    last = last_day(item.event, zone)
    if decision_days is not None:
        item = Interview(**{**item.__dict__, "decision": last + timedelta(days=decision_days)})
    ended = item_end if isinstance(item_end, datetime) else datetime.combine(item_end, time(), zone)
    now = ended + timedelta(minutes=lag_minutes)  # planning happens around the end of the interview
    tasks = plan(item, RULES, now, zone, source="local")
    cal = BusinessCalendar(RULES, zone)
    kinds = by_kind(tasks)

    assert set(kinds) >= {TaskKind.THANK_YOU, TaskKind.FOLLOW_UP_CALL, TaskKind.KEEP_SEARCHING}
    assert (TaskKind.DETAILS in kinds) == (not complete or decision_days is None)
    for task in tasks:
        local_start, local_end = task.start.astimezone(zone), task.end.astimezone(zone)
        assert task.start >= now, "never in the past"
        assert task.start >= ended, "never before the interview is over"
        assert cal.is_business_day(local_start.date())
        assert time(9) <= local_start.time() and local_end.time() <= time(17) and local_end.date() == local_start.date()
    ordered = sorted(tasks, key=lambda t: t.start)
    assert all(a.end <= b.start for a, b in zip(ordered, ordered[1:])), "tasks never overlap"
    thank = kinds[TaskKind.THANK_YOU]
    assert thank.start.astimezone(zone).date() <= cal.add(last, 2), "thank-you within two business days"
    call = kinds[TaskKind.FOLLOW_UP_CALL]
    assert call.start > thank.start
    if item.decision is not None:
        assert call.start.astimezone(zone).date() > item.decision, "the decision date is honoured"
    else:
        assert call.start.astimezone(zone).date() >= last + timedelta(days=7)


def test_next_slot_never_goes_back_across_the_fall_back_hour() -> None:
    from followup_sync.rules import WorkingHours

    rules = PlanRules(working_hours=WorkingHours(start="00:00", end="23:00"), workdays=("sun",))
    cal = BusinessCalendar(rules, NY)
    after = datetime(2026, 11, 1, 1, 40, tzinfo=NY, fold=1)  # 01:40 EST, the second 01:40
    slot = cal.next_slot(after, timedelta(minutes=15))
    assert slot.astimezone(timezone.utc) >= after.astimezone(timezone.utc)
    assert slot.astimezone(timezone.utc) - after.astimezone(timezone.utc) < timedelta(minutes=15)
