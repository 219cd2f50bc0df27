"""The follow-up plan of one interview: the timing rules, business days, DST, holidays, all-day
events, outcomes, and properties for any input. The whole calendar (clashes, stability, rounds,
zones) is in test_plan_all.py."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_sync.details import last_day
from followup_sync.model import Interview, Interviewer, Outcome, SourceEvent, Style, Task, TaskKind
from followup_sync.planner import plan
from followup_sync.rules import FollowUpCallRule, Holidays, PlanRules, ThankYouRule
from followup_sync.workdays import BusinessCalendar
from tests.conftest import Workspace, vevent

NY = ZoneInfo("America/New_York")
RULES = PlanRules()
JANE = Interviewer("Jane Doe", "Engineering Manager", "jane@acme.example", "+1 555 0100")


def interview(start: datetime | date, end: datetime | date | None = None, **details: object) -> Interview:
    if end is None:
        end = start + timedelta(hours=1) if isinstance(start, datetime) else start + timedelta(days=1)
    event = SourceEvent("acme-1", "acme-1@example.com", "Interview - Acme", start, end)
    details.setdefault("company", "Acme")
    return Interview(event=event, **details)  # type: ignore[arg-type]


def by_kind(tasks: list[Task]) -> dict[TaskKind, Task]:
    return {t.kind: t for t in tasks}


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=NY)


def test_default_plan_for_a_complete_interview() -> None:
    # Mon Nov 30 2026, 10:00-11:00 New York, everything recorded, decision Fri Dec 11 (9 business days).
    item = interview(at(30, 10, month=11), interviewers=(JANE,), decision=date(2026, 12, 11),
                     style=Style.TRADITIONAL, role="Backend Engineer")
    tasks = by_kind(plan(item, RULES, at(30, 9, month=11), NY, source="local"))
    assert set(tasks) == {TaskKind.THANK_YOU, TaskKind.FOLLOW_UP_CALL, TaskKind.KEEP_SEARCHING}
    thank = tasks[TaskKind.THANK_YOU]
    assert thank.start == at(30, 11, 15, month=11)  # the same day, a gap after the interview
    assert "thank-you" in thank.summary and "Acme" in thank.summary and "letter" in thank.summary
    assert "Dear Jane Doe" in thank.description and "jane@acme.example" in thank.description
    call = tasks[TaskKind.FOLLOW_UP_CALL]
    assert call.start == at(14, 10)  # the decision is more than a week away: the business day after it
    assert "follow-up call" in call.summary.lower() and "+1 555 0100" in call.description
    assert "not pushy" in call.description and "For them" not in call.description  # same zone: no note
    keep = tasks[TaskKind.KEEP_SEARCHING]
    assert keep.start == at(2, 14)  # two business days later, in the afternoon
    assert all(t.interview_uid == "acme-1@example.com" for t in tasks.values())


def test_missing_details_get_a_reminder_right_after_and_one_before_the_interview() -> None:
    item = interview(at(30, 10, month=11))
    tasks = by_kind(plan(item, RULES, at(30, 8, month=11), NY, source="local"))
    before = tasks[TaskKind.BEFORE_INTERVIEW]
    assert before.end == at(30, 9, 45, month=11)  # the last slot before it, a gap before the interview
    assert "decide" in before.description and "business card" in before.description
    assert "receptionist" in before.description
    details = tasks[TaskKind.DETAILS]
    assert details.start == at(30, 11, 15, month=11)
    assert "decision time frame" in details.description and "Interviewer:" in details.description
    assert tasks[TaskKind.THANK_YOU].start == at(30, 11, 45, month=11)  # after the details, same day
    # no decision known: the call is 7 days later, on a business day
    assert tasks[TaskKind.FOLLOW_UP_CALL].start == at(7, 10)


def test_before_task_fits_right_before_an_interview_at_opening_time() -> None:
    item = interview(at(30, 9, month=11))  # Monday 09:00: nothing of the working day is left before it
    before = by_kind(plan(item, RULES, at(30, 8, month=11), NY, source="l"))[TaskKind.BEFORE_INTERVIEW]
    assert (before.start, before.end) == (at(30, 8, 45, month=11), at(30, 9, month=11))
    complete = interview(at(30, 9, month=11), interviewers=(JANE,), decision=date(2026, 12, 11))
    assert TaskKind.BEFORE_INTERVIEW not in by_kind(plan(complete, RULES, at(30, 8, month=11), NY, source="l"))
    started = by_kind(plan(item, RULES, at(30, 9, 5, month=11), NY, source="l"))
    assert TaskKind.BEFORE_INTERVIEW not in started  # too late to ask for anything beforehand


def test_thank_you_within_24_hours() -> None:
    def thank(start: datetime, minutes: int = 60) -> datetime:
        item = interview(start, start + timedelta(minutes=minutes), interviewers=(JANE,), decision=date(2027, 1, 8))
        return by_kind(plan(item, RULES, start - timedelta(hours=1), NY, source="l"))[TaskKind.THANK_YOU].start

    assert thank(at(2, 13)) == at(2, 14, 15)  # Wednesday afternoon: enough time left that day
    assert thank(at(2, 15)) == at(3, 9)  # only an hour left: the next business morning
    assert thank(at(4, 15)) == at(4, 16, 15)  # a Friday: Monday would be too late, so Friday it is
    # over after hours on Friday: still Friday, right after it (Monday 09:00 would be 63 hours later)
    assert thank(at(4, 16, 30)) == at(4, 17, 45)
    assert thank(at(4, 17)) == at(4, 18, 15)  # until close of day: the same
    assert thank(at(4, 19), minutes=30) == at(5, 9)  # ends 19:30: no half hour before 20:00, Saturday morning
    assert thank(at(5, 10)) == at(5, 11, 15)  # a Saturday interview: that day, not Monday


def test_near_decision_means_thank_you_today_and_call_before_the_decision() -> None:
    # Monday interview, decision "end of the week": Friday Dec 4, 4 business days away.
    item = interview(at(30, 14, month=11), interviewers=(JANE,), decision=date(2026, 12, 4))
    tasks = by_kind(plan(item, RULES, at(30, 13, month=11), NY, source="l"))
    thank = tasks[TaskKind.THANK_YOU]
    assert thank.start == at(30, 15, 15, month=11)  # the same day, though little of it is left
    assert "today" in thank.description
    call = tasks[TaskKind.FOLLOW_UP_CALL]
    assert call.start == at(3, 10)  # the business day before the decision, not the week after
    assert "before they decide" in call.description
    # a decision the next business day: the call on its morning, before the configured noon
    item = interview(at(30, 14, month=11), interviewers=(JANE,), decision=date(2026, 12, 1))
    call = by_kind(plan(item, RULES, at(30, 13, month=11), NY, source="l"))[TaskKind.FOLLOW_UP_CALL]
    assert call.start == at(1, 10) and call.end <= at(1, 12)
    # a decision due the very day of the interview: the letter at once, the call the next business day
    today = interview(at(4, 10), interviewers=(JANE,), decision=date(2026, 12, 4))
    tasks = by_kind(plan(today, RULES, at(4, 9), NY, source="l"))
    assert tasks[TaskKind.THANK_YOU].start == at(4, 11, 15) and tasks[TaskKind.FOLLOW_UP_CALL].start == at(7, 10)
    early = PlanRules(follow_up_call=FollowUpCallRule(time="11:00", before_decision_until="10:00"))
    call = by_kind(plan(item, early, at(30, 13, month=11), NY, source="l"))[TaskKind.FOLLOW_UP_CALL]
    assert at(1, 9) <= call.start and call.start < at(1, 10)


def test_far_decision_and_no_time_frame() -> None:
    start = at(30, 10, month=11)
    far = by_kind(plan(interview(start, interviewers=(JANE,), decision=date(2027, 1, 15)), RULES, start, NY, source="l"))
    assert far[TaskKind.FOLLOW_UP_CALL].start.date() == date(2027, 1, 18)  # Fri 15th → Mon 18th
    # six business days: not near, not more than a week either: a week after the interview
    mid = by_kind(plan(interview(start, interviewers=(JANE,), decision=date(2026, 12, 8)), RULES, start, NY, source="l"))
    assert mid[TaskKind.FOLLOW_UP_CALL].start.date() == date(2026, 12, 9)
    none = by_kind(plan(interview(at(3, 10), interviewers=(JANE,)), RULES, start, NY, source="l"))
    assert none[TaskKind.FOLLOW_UP_CALL].start == at(10, 10)  # Thursday + 7 days
    ten = PlanRules(follow_up_call=FollowUpCallRule(days_after=10))
    later = by_kind(plan(interview(at(3, 10), interviewers=(JANE,)), ten, start, NY, source="l"))
    assert later[TaskKind.FOLLOW_UP_CALL].start == at(14, 10)  # Sunday the 13th → Monday


def test_creative_company_gets_an_email_and_unknown_style_a_letter() -> None:
    start = at(30, 10, month=11)
    creative = by_kind(plan(interview(start, style=Style.CREATIVE), RULES, start, NY, source="l"))
    unknown = by_kind(plan(interview(start), RULES, start, NY, source="l"))
    assert "e-mail" in creative[TaskKind.THANK_YOU].summary
    assert "letter" in unknown[TaskKind.THANK_YOU].summary


def test_outcomes_drop_what_no_longer_applies() -> None:
    start = at(30, 10, month=11)

    def kinds(outcome: Outcome | None) -> dict[TaskKind, Task]:
        return by_kind(plan(interview(start, outcome=outcome), RULES, start - timedelta(hours=2), NY, source="l"))

    assert set(kinds(None)) == {TaskKind.BEFORE_INTERVIEW, TaskKind.DETAILS, TaskKind.THANK_YOU,
                                TaskKind.FOLLOW_UP_CALL, TaskKind.KEEP_SEARCHING}
    rejected = kinds(Outcome.REJECTED)
    assert set(rejected) == {TaskKind.THANK_YOU, TaskKind.KEEP_SEARCHING}
    assert "while you wait" not in rejected[TaskKind.KEEP_SEARCHING].summary + rejected[TaskKind.KEEP_SEARCHING].description
    assert set(kinds(Outcome.OFFER)) == {TaskKind.THANK_YOU}
    assert set(kinds(Outcome.HEARD_BACK)) == {TaskKind.DETAILS, TaskKind.THANK_YOU, TaskKind.KEEP_SEARCHING}
    assert set(kinds(Outcome.WITHDRAWN)) == {TaskKind.THANK_YOU, TaskKind.KEEP_SEARCHING}


def test_rules_can_switch_tasks_off_and_change_timing() -> None:
    rules = PlanRules(thank_you=ThankYouRule(same_day_if_minutes_left=480, within_hours=48, time="14:00"),
                      follow_up_call=FollowUpCallRule(days_after=10), keep_searching={"enabled": False},
                      details={"enabled": False}, before_interview={"enabled": False})
    start = at(30, 10, month=11)
    tasks = by_kind(plan(interview(start), rules, start, NY, source="l"))
    assert set(tasks) == {TaskKind.THANK_YOU, TaskKind.FOLLOW_UP_CALL}
    assert tasks[TaskKind.THANK_YOU].start == at(1, 14)  # never enough time left: the next day at 14:00
    assert tasks[TaskKind.FOLLOW_UP_CALL].start == at(10, 10)


def test_public_holidays_are_skipped() -> None:
    rules = PlanRules(holidays=Holidays(country="US"))
    start = at(25, 16, month=11)  # the afternoon before Thanksgiving
    item = interview(start, interviewers=(JANE,), decision=date(2026, 12, 31))
    # Thanksgiving off: Friday 09:00 is 40 hours away, so the letter goes right after the interview
    assert by_kind(plan(item, rules, start, NY, source="l"))[TaskKind.THANK_YOU].start == at(25, 17, 15, month=11)
    assert by_kind(plan(item, RULES, start, NY, source="l"))[TaskKind.THANK_YOU].start == at(26, 9, month=11)
    # a week after Fri Dec 18 is Christmas: the call goes to the next business day
    xmas = by_kind(plan(interview(at(18, 10), interviewers=(JANE,)), rules, at(18, 9), NY, source="l"))
    assert xmas[TaskKind.FOLLOW_UP_CALL].start == at(28, 10)


def test_wall_clock_is_kept_across_dst() -> None:
    # Fri Mar 6 2026 in New York; clocks spring forward on Sun Mar 8.
    start = datetime(2026, 3, 6, 14, tzinfo=NY)
    tasks = by_kind(plan(interview(start, interviewers=(JANE,)), RULES, start, NY, source="l"))
    call = tasks[TaskKind.FOLLOW_UP_CALL]
    assert call.start == datetime(2026, 3, 13, 10, tzinfo=NY)
    assert call.start.utcoffset() == timedelta(hours=-4)
    assert call.start.astimezone(timezone.utc).hour == 14
    keep = tasks[TaskKind.KEEP_SEARCHING]
    assert keep.start.astimezone(timezone.utc).hour == 18  # Tue Mar 10 14:00 EDT = 18:00 UTC
    # the week clocks fall back (Sun Nov 1): a Friday interview, the call the Friday after, same wall clock
    fall = by_kind(plan(interview(datetime(2026, 10, 30, 14, tzinfo=NY), interviewers=(JANE,)), RULES,
                        datetime(2026, 10, 30, 13, tzinfo=NY), NY, source="l"))
    assert fall[TaskKind.FOLLOW_UP_CALL].start == datetime(2026, 11, 6, 10, tzinfo=NY)
    assert fall[TaskKind.FOLLOW_UP_CALL].start.astimezone(timezone.utc).hour == 15


def test_interview_in_another_zone_is_planned_in_the_users_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 12, 3, 13, tzinfo=berlin)  # 07:00-11:00 in New York
    item = interview(start, start + timedelta(hours=4), interviewers=(JANE,), decision=date(2026, 12, 9))
    tasks = by_kind(plan(item, RULES, start, NY, source="l"))
    assert tasks[TaskKind.THANK_YOU].start == at(3, 11, 15)
    call = tasks[TaskKind.FOLLOW_UP_CALL]
    # the business day before the decision; Berlin's 09:00-17:00 is New York's 03:00-11:00, so 10:00
    # in New York is 16:00 in Berlin
    assert call.start == at(8, 10) and call.start.tzinfo == NY
    assert "For them (Europe/Berlin) that is 16:00" in call.description


def test_multi_day_all_day_interview_counts_from_its_last_day() -> None:
    item = interview(date(2026, 12, 8), date(2026, 12, 10), interviewers=(JANE,))  # Tue-Wed
    tasks = by_kind(plan(item, RULES, at(1, 0), NY, source="l"))
    # over at midnight after Wednesday: the details reminder first thing Thursday, the letter after it
    assert tasks[TaskKind.DETAILS].start == at(10, 9)
    assert tasks[TaskKind.THANK_YOU].start == at(10, 9, 30)
    assert tasks[TaskKind.FOLLOW_UP_CALL].start == at(16, 10)
    # the reminder to ask: the last slot of the business day before it
    assert tasks[TaskKind.BEFORE_INTERVIEW].end == at(7, 17)
    # a timed interview first thing on Monday: right before it, not on Friday afternoon
    monday = by_kind(plan(interview(at(7, 9)), RULES, at(4, 8), NY, source="l"))
    assert monday[TaskKind.BEFORE_INTERVIEW].start == at(7, 8, 45)


def test_overdue_tasks_go_to_the_next_free_slot_not_the_past() -> None:
    item = interview(datetime(2026, 11, 20, 10, tzinfo=NY), interviewers=(JANE,), decision=date(2026, 12, 10))
    now = datetime(2026, 11, 30, 10, 7, tzinfo=NY)
    tasks = by_kind(plan(item, RULES, now, NY, source="l"))
    thank = tasks[TaskKind.THANK_YOU]
    assert thank.overdue and thank.start == at(30, 10, 15, month=11)
    keep = tasks[TaskKind.KEEP_SEARCHING]
    assert keep.overdue and keep.start == at(30, 14, month=11)
    call = tasks[TaskKind.FOLLOW_UP_CALL]
    assert not call.overdue and call.start == at(11, 10)
    assert all(t.start >= now for t in tasks.values())


def test_ids_are_deterministic_and_distinct() -> None:
    start = at(30, 10, month=11)
    first = plan(interview(start), RULES, start, NY, source="local")
    moved = plan(interview(start + timedelta(days=1)), RULES, start, NY, source="local")
    other_calendar = plan(interview(start), RULES, start, NY, source="work@group.calendar.google.com")
    assert {t.id for t in first} <= {t.id for t in moved}  # the moved one also gets its before-task
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
    begins = item_start if isinstance(item_start, datetime) else datetime.combine(item_start, time(), zone)
    ended = item_end if isinstance(item_end, datetime) else datetime.combine(item_end, time(), zone)
    now = ended + timedelta(minutes=lag_minutes)  # planning happens around the end of the interview
    tasks = plan(item, RULES, now, zone, source="local")
    cal = BusinessCalendar(RULES, zone)
    kinds = by_kind(tasks)

    assert set(kinds) >= {TaskKind.THANK_YOU, TaskKind.FOLLOW_UP_CALL, TaskKind.KEEP_SEARCHING}
    assert (TaskKind.DETAILS in kinds) == (not complete or decision_days is None)
    assert (TaskKind.BEFORE_INTERVIEW in kinds) <= (now < begins)
    for task in tasks:
        local_start, local_end = task.start.astimezone(zone), task.end.astimezone(zone)
        assert task.start >= now, "never in the past"
        assert task.end <= begins or task.start >= ended, "never inside the interview"
        if task.kind is TaskKind.BEFORE_INTERVIEW:
            assert task.end <= begins
            continue
        assert task.start >= ended, "never before the interview is over"
        their_zone = ZoneInfo(event_zone) if not all_day and event_zone != "UTC" else zone
        if task.kind is TaskKind.FOLLOW_UP_CALL and their_zone is not zone:
            there = task.start.astimezone(their_zone)
            assert time(9) <= there.time() and (task.end.astimezone(their_zone)).time() <= time(17)
            assert there.weekday() < 5, "a working day for the interviewer"
            continue
        in_hours = (cal.is_business_day(local_start.date()) and time(9) <= local_start.time()
                    and local_end.time() <= time(17) and local_end.date() == local_start.date())
        if task.kind is TaskKind.THANK_YOU and not in_hours:
            # only when the next business morning is too late: then within 24 hours, by 20:00
            assert cal.at(cal.add(ended.astimezone(zone).date(), 1), time(9)) - ended > timedelta(hours=24)
            assert task.end <= ended + timedelta(hours=24), "outside working hours only to keep the 24 hours"
            assert local_end.date() == local_start.date() and local_end.time() <= time(20)
            continue
        assert in_hours
    ordered = sorted(tasks, key=lambda t: t.start)
    assert all(a.end <= b.start for a, b in zip(ordered, ordered[1:])), "tasks never overlap"
    thank = kinds[TaskKind.THANK_YOU]
    if now <= ended:
        next_working_day = cal.add(ended.astimezone(zone).date(), 1)
        assert thank.start.astimezone(zone).date() <= next_working_day, "thank-you the same or the next working day"
    call = kinds[TaskKind.FOLLOW_UP_CALL]
    assert call.start > thank.start, "never before the letter"
    if item.decision is None:
        assert call.start.astimezone(zone).date() >= last + timedelta(days=6)  # a day less in a zone far east


# -- the outside review's findings 5 and 6, through the CLI on the local backend ---------------------

JANE_LINE = "Interviewer: Jane Doe, Engineering Manager, jane@acme.example, +1 555 0100\n"


def written_tasks(ws: Workspace) -> dict[str, datetime]:
    """Generated tasks as written to the calendar: summary -> start (the user's wall clock)."""
    found = {}
    for text in ws.generated().values():
        text = text.replace("\r\n", "\n").replace("\n ", "")
        text = text[text.index("BEGIN:VEVENT"):]
        summary = re.search(r"^SUMMARY:(.*)$", text, re.M).group(1).replace("\\,", ",")  # type: ignore[union-attr]
        start = re.search(r"^DTSTART[^:]*:(\d{8}T\d{6})", text, re.M).group(1)  # type: ignore[union-attr]
        found[summary] = datetime.strptime(start, "%Y%m%dT%H%M%S")
    return found


def test_friday_interview_until_close_of_day_is_thanked_within_24_hours(workspace: Workspace) -> None:
    """Fri Dec 4 16:00-17:00: the letter landed on Monday 09:00, 64 hours later."""
    workspace.add("a", vevent("a", "Interview - Acme", "20261204T160000", "20261204T170000",
                              "Company: Acme\n" + JANE_LINE + "Decision: 2027-01-20"))
    assert workspace.cli("sync")[0] == 0
    start = next(v for k, v in written_tasks(workspace).items() if k.startswith("Send thank-you"))
    assert start - datetime(2026, 12, 4, 17, 0) <= timedelta(hours=24), start
    assert start == datetime(2026, 12, 4, 17, 15)  # right after it, the gap kept


def test_an_interview_moved_into_the_past_gets_its_overdue_letter_at_the_next_free_slot(
        workspace: Workspace) -> None:
    """Planned for Thu Dec 3, then moved back to Wed Nov 25 on Wed Dec 2 at 10:00: the letter (now a
    week late) stayed on Thu Dec 3, and the call was moved to 45 minutes after it."""
    workspace.add("a", vevent("a", "Interview - Acme", "20261203T100000", "20261203T110000",
                              "Company: Acme\n" + JANE_LINE))
    assert workspace.cli("sync", now="2026-12-01T08:00")[0] == 0
    workspace.add("a", vevent("a", "Interview - Acme", "20261125T100000", "20261125T110000",
                              "Company: Acme\n" + JANE_LINE))
    assert workspace.cli("sync", now="2026-12-02T10:00")[0] == 0
    tasks = written_tasks(workspace)
    start = next(v for k, v in tasks.items() if k.startswith("Send thank-you"))
    assert start.date() == date(2026, 12, 2), start
    call = next(v for k, v in tasks.items() if k.startswith("Follow-up call"))
    assert call.date() == date(2026, 12, 3) and call - start >= timedelta(days=1), (start, call)
    before = workspace.generated()
    assert workspace.cli("sync", now="2026-12-02T10:05")[0] == 0
    assert workspace.generated() == before  # and it settles there


def test_a_plan_made_a_microsecond_after_a_grid_point_starts_nothing_before_now() -> None:
    # found by test_plan_properties: "now" at 09:30:00.000001 gave a task at 09:30:00, a microsecond in the past
    start = datetime(2025, 1, 1, 10, 0, 0, 1, tzinfo=NY)
    now = start - timedelta(minutes=30)  # 09:30:00.000001, half an hour before the interview
    tasks = plan(interview(start, start + timedelta(minutes=15), interviewers=(JANE,)), RULES, now, NY, source="local")
    assert tasks and all(task.start >= now for task in tasks)
