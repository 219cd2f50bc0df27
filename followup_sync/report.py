"""Human-readable output of a pass: the change table of ``sync`` and the overview of ``status``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from followup_sync import drafts
from followup_sync.details import interview_end, interview_start
from followup_sync.model import Interview, one_line
from followup_sync.reconcile import Action
from followup_sync.service import PassReport

_PAST = {Action.CREATE: "created", Action.UPDATE: "updated", Action.DELETE: "deleted"}
_WOULD = {Action.CREATE: "would create", Action.UPDATE: "would update", Action.DELETE: "would delete"}


def when(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%a %b} {local.day:2d} {local:%H:%M}"


def _day(value: date) -> str:
    return f"{value:%a %b} {value.day}"


def table(rows: Iterable[tuple[str, ...]], header: tuple[str, ...]) -> list[str]:
    rows = [header, *rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    return ["  ".join([*(cell.ljust(w) for cell, w in zip(row, widths)), row[-1]]).rstrip() for row in rows]


def sync_lines(report: PassReport, verbose: bool = False) -> list[str]:
    zone = ZoneInfo(report.zone)
    words = _WOULD if report.dry_run else _PAST
    rows = []
    for item in report.applied:
        change = item.change
        action = f"{change.action} failed" if item.error else words[change.action]
        note = f" ({item.error})" if item.error else ("" if change.action is Action.CREATE else f" ({change.reason})")
        rows.append((action, when(change.task.start, zone), change.task.summary + note))
    if verbose:
        rows += [("kept", when(k.task.start, zone), f"{k.task.summary} ({k.reason})")
                 for k in report.reconciliation.kept if k.task.summary]
    lines = table(rows, ("ACTION", f"WHEN ({report.zone})", "TASK")) if rows else ["Nothing to change."]
    counts = ", ".join(f"{report.count(a)} {words[a]}" for a in Action)  # a dry run "applies" every change
    kept = len(report.reconciliation.kept)
    lines.append("")
    lines.append(f"{len(report.interviews)} interviews tracked; {counts}; {kept} left as they are.")
    if report.failed:
        lines.append(f"{len(report.failed)} writes failed; the next pass retries them.")
    if report.exported:
        lines.append(f"Exported {len(report.exported)} .ics files to {report.exported[0].parent}")
    if report.export_error:
        lines.append(f"error: {report.export_error}")
    lines += [f"note: {n}" for n in report.notes]
    return lines


def status_lines(report: PassReport) -> list[str]:
    zone = ZoneInfo(report.zone)
    states = _task_states(report)
    lines = [f"Time zone {report.zone}; {len(report.interviews)} interviews tracked"
             + (f" ({report.untracked} more outside the planning window)." if report.untracked else ".")]
    for interview in sorted(report.interviews, key=lambda i: interview_start(i.event, zone)):
        lines.append("")
        lines += _interview_lines(interview, zone)
        tasks = report.plans.get(interview.key, ())
        shown = {t.id for t in tasks}
        extra = [g.task for g in report.tasks if g.task.interview_key == interview.key and g.task.id not in shown]
        all_tasks = sorted([*tasks, *extra], key=lambda t: t.start)
        if not all_tasks:
            lines.append("  tasks: none")
        else:
            lines.append("  tasks:")
            lines += [f"    {when(t.start, zone)}  {t.summary}  [{states.get(t.id, 'planned')}]" for t in all_tasks]
        upcoming = [t for t in all_tasks if t.start >= report.now and states.get(t.id) != "deleted by you"]
        if upcoming:
            lines.append(f"  next: {upcoming[0].summary}, {when(upcoming[0].start, zone)}")
        for problem in interview.problems:
            lines.append(f"  problem: {problem}")
    lines += possible_lines(report)
    other = [n for n in report.notes if not any(n.startswith(f"{i.label}: ") for i in report.interviews)]
    lines += ["", *[f"note: {n}" for n in other]] if other else []
    return lines


def possible_lines(report: PassReport) -> list[str]:
    """Events that might be interviews: not planned until the user says so, and how to say so."""
    if not report.possible:
        return []
    zone = ZoneInfo(report.zone)
    lines = ["", f"{len(report.possible)} possible interviews, not planned. To plan one, add #interview to its "
             "title or description; #nofollowup silences it. `followup-sync explain TITLE` says why."]
    for item in sorted(report.possible, key=lambda c: interview_start(c.event, zone)):
        reasons = ", ".join(f"{e.name} {e.weight:+g}" for e in item.verdict.evidence[:3])
        lines.append(f"  {when(interview_start(item.event, zone), zone)}  {one_line(item.event.summary, 60) or '(no title)'}"
                     f"  (score {item.verdict.score:g}: {reasons})")
    return lines


def _interview_lines(interview: Interview, zone: ZoneInfo) -> list[str]:
    event = interview.event
    start, end = interview_start(event, zone), interview_end(event, zone)
    span = _day(start.date()) + " (all day)" if event.all_day else f"{when(start, zone)}-{end:%H:%M}"
    decision = "not recorded"
    if interview.decision:
        decision = f"{_day(interview.decision)} ({interview.decision_text})"
    elif interview.decision_text:
        decision = f"unreadable ({interview.decision_text})"
    people = "; ".join(
        p.full_name + (f", {p.title}" if p.title else "") + (f" <{p.email}>" if p.email else "") + (f" {p.phone}" if p.phone else "")
        for p in interview.interviewers
    ) or "not recorded"
    missing = drafts.missing_details(interview)
    return [
        f"{interview.label} — {event.summary.strip()[:80]}",
        f"  when: {span}" + (f"  role: {interview.role}" if interview.role else ""),
        f"  decision: {decision}  style: {interview.style or 'unknown'}  status: {interview.outcome or 'waiting'}",
        f"  interviewers: {people}",
        *([f"  missing: {', '.join(missing)}"] if missing else []),
    ]


def _task_states(report: PassReport) -> dict[str, str]:
    states = {k.task.id: k.reason.split(";")[0] for k in report.reconciliation.kept}
    for change in report.reconciliation.changes:
        states[change.task.id] = {"create": "to create", "update": "to update", "delete": "to delete"}[change.action]
    return states


def service_lines(status: dict[str, Any] | None) -> list[str]:
    """The service side of ``status``: what ``followup-sync run`` last wrote to the state folder."""
    if not status:
        return ["", "Service: no record of `followup-sync run` in this state folder."]
    last = status.get("last_pass") or {}
    state = f"stopped {status['stopped']}" if status.get("stopped") else f"pid {status.get('pid')}"
    lines = ["", f"Service: {state}, started {status.get('started')}, {status.get('passes', 0)} good passes"]
    if last:
        outcome = "ok" if last.get("ok") else f"failed: {last.get('error') or 'some writes failed'}"
        counts = ", ".join(f"{last[k]} {k}d" for k in ("create", "update", "delete") if last.get(k))
        lines.append(f"  last pass: {last.get('at')} {outcome}" + (f" ({counts})" if counts else ""))
    if status.get("consecutive_failures"):
        lines.append(f"  failing: {status['consecutive_failures']} passes in a row")
    if status.get("last_error"):
        lines.append(f"  last error: {status['last_error'].get('at')} {status['last_error'].get('message')}")
    if status.get("next_pass"):
        lines.append(f"  next pass: {status['next_pass']}")
    return lines
