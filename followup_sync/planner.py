"""The follow-up plan for one interview: a pure function of (interview, rules, now, zone).

Timing follows the advice, each rule configurable:
- details: right after the interview, only when the event lacks the decision time frame or the
  interviewers' names, titles and contacts;
- thank-you: within a day or two (the next business day by default); at once when the decision is
  three days away or less;
- follow-up call: 7-10 days after the interview when no time frame is known, else the first
  business day after the stated decision date (earlier or later than a week, as that requires);
  none once the user has heard back;
- keep searching: a couple of business days later, unless an offer came.
Every task falls on a business day inside working hours, by wall clock in the user's zone, never
overlaps the task before it, and is never placed in the past.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup_sync import drafts
from followup_sync.details import interview_end, interview_start, last_day
from followup_sync.ids import task_id
from followup_sync.model import Interview, Outcome, Task, TaskKind
from followup_sync.rules import PlanRules
from followup_sync.workdays import BusinessCalendar


def plan(
    interview: Interview,
    rules: PlanRules,
    now: datetime,
    zone: ZoneInfo,
    *,
    source: str,
    signature: str | None = None,
) -> list[Task]:
    """The tasks this interview should have right now, in the order they fall."""
    cal = BusinessCalendar(rules, zone)
    event = interview.event
    ended = interview_end(event, zone)
    last = last_day(event, zone)
    held_on = interview_start(event, zone).date()
    tasks: list[Task] = []

    def add(kind: TaskKind, start: datetime, minutes: int, summary: str, description: str) -> None:
        duration = timedelta(minutes=minutes)
        overdue = start < now
        if overdue:
            start = cal.next_slot(now, duration)
        while clash := max((t.end for t in tasks if t.start < start + duration and start < t.end), default=None):
            start = cal.next_slot(clash, duration)
        tasks.append(
            Task(
                id=task_id(source, interview.key, kind),
                kind=kind,
                interview_key=interview.key,
                interview_uid=event.uid,
                summary=summary,
                description=description,
                start=start,
                end=start + duration,
                alarm_minutes=rules.reminder_minutes,
                overdue=overdue,
            )
        )

    thank = rules.thank_you
    urgent = interview.decision is not None and (interview.decision - last).days <= thank.same_day_if_decision_within_days
    if rules.details.enabled and drafts.details_needed(interview):
        minutes = rules.details.duration_minutes
        add(
            TaskKind.DETAILS,
            cal.next_slot(ended, timedelta(minutes=minutes)),
            minutes,
            drafts.details_summary(interview),
            drafts.details_description(interview, thank.default_style, urgent),
        )

    if thank.enabled:
        if urgent or thank.within_business_days == 0:
            start = cal.next_slot(ended, timedelta(minutes=thank.duration_minutes))
        else:
            start = cal.at(cal.add(last, thank.within_business_days), thank.time)
        add(
            TaskKind.THANK_YOU,
            start,
            thank.duration_minutes,
            drafts.thank_you_summary(interview, thank.default_style, urgent),
            # The letter is dated the day it is planned for; a task already late gets a blank date.
            drafts.thank_you_description(interview, thank.default_style, start.date() if start >= now else None,
                                         urgent, signature),
        )

    call = rules.follow_up_call
    if call.enabled and interview.outcome is None:
        if interview.decision is not None:
            day = cal.add(interview.decision, 1)
        else:
            day = cal.on_or_after(last + timedelta(days=call.days_after))
        start = cal.at(day, call.time)
        thank_you = next((t for t in tasks if t.kind is TaskKind.THANK_YOU), None)
        if thank_you and start <= thank_you.start:
            # A call before the letter arrives would be pushy: the day after the letter at the earliest.
            start = cal.at(cal.add(thank_you.start.date(), 1), call.time)
        add(TaskKind.FOLLOW_UP_CALL, start, call.duration_minutes, drafts.call_summary(interview),
            drafts.call_description(interview, held_on, call.days_after))

    keep = rules.keep_searching
    if keep.enabled and interview.outcome is not Outcome.OFFER:
        add(
            TaskKind.KEEP_SEARCHING,
            cal.at(cal.add(last, keep.business_days_after), keep.time),
            keep.duration_minutes,
            drafts.keep_searching_summary(interview),
            drafts.keep_searching_description(interview),
        )
    return sorted(tasks, key=lambda t: (t.start, t.kind))


def with_start(task: Task, start: datetime) -> Task:
    """The same task moved to ``start``, keeping its length."""
    return replace(task, start=start, end=start + (task.end - task.start))
