"""``followup-sync explain``: why each event is, might be, or is not an interview.

For every event of a pass (those in the planning window, or every one whose title matches the
query) it shows detection's verdict, the score and the evidence behind it, and for interviews and
possible ones the company and decision date the details reader found, with where they came from.
The same facts come as text for a person and as JSON (schema in README, "explain") for scripts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from followup_sync.detect import Outcome, Verdict, normalise
from followup_sync.details import interview_end, interview_start, read_interview
from followup_sync.model import Interview, SourceEvent, one_line
from followup_sync.rules import DetectionRules, Identity, PlanRules
from followup_sync.service import Classified, PassReport

#: The JSON document's version; a change that removes or renames a field raises it.
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Explanation:
    event: SourceEvent
    verdict: Verdict
    #: What the details reader made of it (interviews and possible ones only).
    interview: Interview | None
    #: Whether the pass planned tasks for it.
    planned: bool


def explain(
    report: PassReport,
    detection: DetectionRules,
    rules: PlanRules,
    identity: Identity,
    query: str | None = None,
    show_all: bool = False,
) -> list[Explanation]:
    """The events to explain, in time order.

    Without a query: the events of the planning window (``detection.lookback_days`` behind to
    ``lookahead_days`` ahead). With one: every event read whose title contains it, however old, so
    "why did it not pick up last month's call?" has an answer. ``show_all`` adds the events judged
    not to be interviews; by default only interviews and possible ones are shown.
    """
    zone = ZoneInfo(report.zone)
    wanted = normalise(query) if query else ""
    behind = report.now - timedelta(days=detection.lookback_days)
    ahead = report.now + timedelta(days=detection.lookahead_days)
    planned = {i.key for i in report.interviews}
    chosen: list[tuple[datetime, Classified]] = []
    for item in report.classified:
        if not show_all and item.verdict.outcome is Outcome.NOT:
            continue
        try:
            start, end = interview_start(item.event, zone), interview_end(item.event, zone)
        except (OverflowError, ValueError):
            continue  # a date the calendar cannot place; nothing to explain about it
        if wanted:
            if wanted not in normalise(item.event.summary):
                continue
        elif not (behind <= end and start <= ahead):
            continue
        chosen.append((start, item))
    chosen.sort(key=lambda pair: (pair[0], pair[1].event.key))
    out = []
    for _, item in chosen:
        interview = None
        if item.verdict.outcome is not Outcome.NOT:
            interview = read_interview(item.event, rules, identity, zone)
        out.append(Explanation(item.event, item.verdict, interview, item.event.key in planned))
    return out


def _when(event: SourceEvent, zone: ZoneInfo) -> str:
    start = interview_start(event, zone)
    if event.all_day:
        return f"{start:%a %b} {start.day} (all day)"
    return f"{start:%a %b} {start.day} {start:%H:%M}"


def _day(value: date) -> str:
    return f"{value:%a %b} {value.day}, {value.year}"


_HOW = {
    Outcome.INTERVIEW: "",
    Outcome.POSSIBLE: "  to plan it: add #interview to its title or description (#nofollowup silences it)",
    Outcome.NOT: "  to plan it anyway: add #interview to its title or description",
}


def lines(explanations: list[Explanation], report: PassReport) -> list[str]:
    """The explanation for a person: one block per event."""
    zone = ZoneInfo(report.zone)
    if not explanations:
        return ["No events to explain (try --all, or a word from the event's title)."]
    out: list[str] = []
    for item in explanations:
        verdict = item.verdict
        state = "planned" if item.planned else ("not planned" if verdict.outcome is not Outcome.INTERVIEW
                                                else "not planned (outside the planning window)")
        decided = f", decided by {verdict.absolute}" if verdict.absolute else ""
        if out:
            out.append("")
        out.append(f"{one_line(item.event.summary, 80) or '(no title)'} — {_when(item.event, zone)}")
        out.append(f"  {verdict.outcome} (score {verdict.score:g}{decided}); {state}")
        for piece in verdict.evidence:
            out.append(f"    {piece.weight:+g}  {piece.name}: {one_line(piece.text, 60)!r}")
        if not verdict.evidence:
            out.append("    no evidence either way")
        if item.interview is not None:
            interview = item.interview
            source = f" (read from: {interview.company_source})" if interview.company_source else ""
            out.append(f"  company: {one_line(interview.company, 60) if interview.company else 'unknown'}{source}")
            if interview.decision:
                out.append(f"  decision: {_day(interview.decision)} (from {one_line(interview.decision_text or '', 60)!r})")
            elif interview.decision_text:
                out.append(f"  decision: unreadable ({one_line(interview.decision_text, 60)!r})")
            else:
                out.append("  decision: not stated")
        if _HOW[verdict.outcome] and verdict.absolute is None:
            out.append(_HOW[verdict.outcome])
    return out


def _iso(value: datetime | date) -> str:
    return value.isoformat()


def document(explanations: list[Explanation], report: PassReport) -> dict[str, Any]:
    """The explanation for scripts (``--json``); the schema is documented in README, "explain"."""
    zone = ZoneInfo(report.zone)
    events = []
    for item in explanations:
        interview = item.interview
        events.append({
            "key": item.event.key,
            "uid": item.event.uid,
            "title": item.event.summary,
            "start": _iso(interview_start(item.event, zone) if not item.event.all_day else item.event.start),
            "end": _iso(interview_end(item.event, zone) if not item.event.all_day else item.event.end),
            "all_day": item.event.all_day,
            "outcome": str(item.verdict.outcome),
            "score": item.verdict.score,
            "decided_by": item.verdict.absolute,
            "planned": item.planned,
            "evidence": [{"name": e.name, "weight": e.weight, "text": e.text} for e in item.verdict.evidence],
            "company": interview.company if interview else None,
            "company_source": interview.company_source if interview else None,
            "decision": interview.decision.isoformat() if interview and interview.decision else None,
            "decision_text": interview.decision_text if interview else None,
        })
    return {"schema": SCHEMA_VERSION, "now": report.now.isoformat(), "zone": report.zone, "events": events}
