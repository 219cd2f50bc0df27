"""Planning the whole calendar: ``planner.plan_all`` for 50 interviews on a 10,000-event calendar.

The calendar is the one ``first_sync`` syncs (``_common.calendar``: meetings, errands, all-day
events over now ± 6 months, about 27 a day), read into SourceEvents by the Google backend's own
converter; the 50 interviews are spread over the planning horizon (now - 14 days to now + 45 days)
and read by ``details.read_interview``. Measured: CPU seconds of one ``plan_all`` (median and best
of ``--repeat``), next to a naive way: the same planner with the busy-time index replaced by a
list scanned in full for every candidate slot, and the way before (each interview planned alone,
indexing the whole calendar again for each, blind to the other interviews' tasks). Then two idle passes: plan, write (in memory),
plan again a minute later with what was written as input; how many tasks move and how many writes
the second pass would make (both should be 0).

    python -m benchmarks.planning [--events 10000] [--interviews 50] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file (python benchmarks/x.py): make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import NOW, NY, business_slot, calendar, header, interview_body, table


def build(events: int, interviews: int, spread: int) -> tuple[list[Any], list[Any]]:
    from followup_sync.details import read_interview
    from followup_sync.google.events import source_event
    from followup_sync.rules import Identity, PlanRules

    bodies, _ = calendar(events - interviews, 0, NOW, spread_days=spread)
    rng = random.Random(7)
    for i in range(interviews):
        offset = -14 + 59 * (i + 0.5) / interviews
        bodies.append(interview_body(i, business_slot(rng, (NOW + timedelta(days=offset)).astimezone(NY)), rng=rng))
    source = [source_event({**body, "id": f"e{n}"}, NY) for n, body in enumerate(bodies)]
    found = [read_interview(e, PlanRules(), Identity(emails=("alex@example.com",)), NY)
             for e in source if e.description.startswith("Company: ")]
    assert len(found) == interviews
    return source, found


def cpu(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return times


class ScanningTimeline:
    """The naive way: every busy span and task in one list, all of it scanned for each candidate."""

    def __init__(self, busy: Any, gap: timedelta) -> None:
        self.gap = int(gap.total_seconds())
        self.spans = list(busy)

    def free(self, start: datetime, end: datetime, *, gap: bool = True) -> bool:
        pad = self.gap if gap else 0
        first, last = int(start.timestamp()) - pad, int(end.timestamp()) + pad
        return not any(s < last and first < e for s, e in self.spans)

    def reserve(self, start: datetime, end: datetime) -> None:
        self.spans.append((int(start.timestamp()), int(end.timestamp())))

    def release(self, start: datetime, end: datetime) -> None:
        self.spans.remove((int(start.timestamp()), int(end.timestamp())))

    def nearest(self, windows: Any, duration: timedelta) -> datetime | None:
        from followup_sync.slots import _candidates

        length = int(duration.total_seconds())
        for window in windows:
            for start in _candidates(window, length):
                if not any(s < start + length + self.gap and start - self.gap < e for s, e in self.spans):
                    return datetime.fromtimestamp(start, window.opens.tzinfo)
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--interviews", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--spread-days", type=int, nargs="+", default=[1826, 182],
                        help="the events span now ± this many days; one run per value")
    args = parser.parse_args()

    from followup_sync import planner
    from followup_sync.reconcile import reconcile
    from followup_sync.rules import PlanRules
    from followup_sync.service import written

    header("Planning the whole calendar", {"events": args.events, "interviews": args.interviews,
                                            "repeat": args.repeat, "now": NOW.isoformat()})
    rules = PlanRules()
    for spread in args.spread_days:
        events, interviews = build(args.events, args.interviews, spread)
        per_day = args.events / (2 * spread * 5 / 7)
        print(f"## events over now ± {spread} days: about {per_day:.0f} per business day")
        print()

        def plan(existing: Any = (), now: datetime = NOW) -> Any:
            return planner.plan_all(interviews, events, existing, rules, now, NY, source="bench")

        indexed = cpu(plan, args.repeat)
        first = plan()
        tasks = [t for found in first.tasks.values() for t in found]
        original = planner.Timeline
        planner.Timeline = ScanningTimeline  # type: ignore[assignment,misc]
        try:
            naive = cpu(plan, 1)
            same = plan().tasks == first.tasks
        finally:
            planner.Timeline = original  # type: ignore[misc]

        def one_by_one() -> list[Any]:
            found = []
            for interview in interviews:
                alone = planner.plan_all([interview], events, (), rules, NOW, NY, source="bench")
                found += [t for ts in alone.tasks.values() for t in ts]
            return found

        alone = cpu(one_by_one, 1)
        separate = sorted(one_by_one(), key=lambda t: t.start)
        clashes = sum(1 for a, b in zip(separate, separate[1:]) if b.start < a.end)

        print(table(["way", "tasks placed", "not placed", "CPU s (median)", "CPU s (best)", "same plan"], [
            ["plan_all (bisect index of busy time)", len(tasks), len(first.notes), statistics.median(indexed),
             min(indexed), "-"],
            ["naive: scan every event for each candidate slot", len(tasks), len(first.notes), naive[0], naive[0],
             "yes" if same else "NO"],
            [f"per interview: 50 × plan_all of one (tasks of different interviews clash {clashes} times)",
             len(separate), "-", alone[0], alone[0], "no"],
        ]))
        print()

        written_now = {t.id: written(t, None, NOW) for t in tasks}
        later = NOW + timedelta(minutes=1)
        second = plan(list(written_now.values()), later)
        again = [t for found in second.tasks.values() for t in found]
        moved = sum(1 for t in again if t.id in written_now and written_now[t.id].task.start != t.start)
        changes = reconcile(again, list(written_now.values()), later).changes
        print(table(["idle pass", "tasks", "tasks moved", "writes"],
                    [["second pass, a minute later", len(again), moved, len(changes)]]))
        print()


if __name__ == "__main__":
    main()
