"""Reading a calendar with hostile recurring events: the bounded reader next to the naive one.

One .ics file holds a weekly interview series and one endless recurring event at a time
(``FREQ=HOURLY``, ``MINUTELY`` or ``SECONDLY``, no end). Measured over the pass's read window (180
days back, 400 ahead): instances produced, seconds and the traced Python heap peak (tracemalloc) of

- *bounded*: ``LocalBackend.read`` (hourly at the finest, at most ``bounds.MAX_INSTANCES`` per event);
- *naive*: ``recurring_ical_events.of(calendar).between(window)``, the reader before issue 10. It
  builds the whole list at once (SECONDLY over the window is 50 million instances), so it runs on
  the slice of the window that holds about ``--naive-limit`` instances; time and memory for the
  whole window are that many times more (the table says how many).

Then ordinary recurring events that stalled a pass, one file each, a pass's read per reader (the
median of ``--passes``; a reader is stopped after one pass that takes longer than 5 s):

- *now*: ``LocalBackend.read``;
- *before*: the reader as it was before it read one ``between`` per window, cut an event's length
  before expanding it and checked that a rule occurs again (commit 9654d14, kept here as
  ``ReaderBefore``): ``after``, span by span;
- *naive*: ``recurring_ical_events.of(calendar).between(window)``, eager and unbounded.

    python -m benchmarks.recurrence [--naive-limit 200000] [--passes 3] [--only-cases]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file (python benchmarks/x.py): make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import icalendar
import recurring_ical_events

from benchmarks._common import NOW, NY, header, kib, median, table
from followup_sync import bounds
from followup_sync.backends.local import LocalBackend, _list, _rule, _short, _time
from followup_sync.model import one_line

WINDOW = (NOW - timedelta(days=180), NOW + timedelta(days=400))


def calendar_text(freq: str) -> str:
    events = [("weekly", "Interview loop at Acme", "FREQ=WEEKLY;COUNT=10"), ("endless", "Ping", f"FREQ={freq}")]
    body = "".join(f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:{summary}\r\n"
                   f"DTSTART:20261202T150000Z\r\nDTEND:20261202T153000Z\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
                   for uid, summary, rule in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n{body}END:VCALENDAR\r\n"


#: Ordinary recurring events that stalled a pass: the event's lines after its UID and SUMMARY.
CASES = {
    "daily since 1990": "DTSTART:19900102T150000Z\r\nDTEND:19900102T153000Z\r\nRRULE:FREQ=DAILY",
    "weekly Mon/Wed since 2015": "DTSTART;TZID=America/New_York:20150105T093000\r\n"
                                 "DTEND;TZID=America/New_York:20150105T094500\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE",
    "daily, never occurs (Feb 30)": "DTSTART:20261202T150000Z\r\nDTEND:20261202T153000Z\r\n"
                                    "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "hourly, never occurs (Apr 31)": "DTSTART:20261202T150000Z\r\nDTEND:20261202T153000Z\r\n"
                                     "RRULE:FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31",
    "daily, lasting until 2100": "DTSTART:20261202T150000Z\r\nDTEND:21001202T153000Z\r\nRRULE:FREQ=DAILY",
    "daily from 2000, lasting until 2100": "DTSTART:20000102T150000Z\r\nDTEND:21000102T153000Z\r\n"
                                           "RRULE:FREQ=DAILY",
    "hourly, endless (capped)": "DTSTART:20261202T150000Z\r\nDTEND:20261202T153000Z\r\nRRULE:FREQ=HOURLY",
}


class ReaderBefore(LocalBackend):
    """``LocalBackend._instances`` at 9654d14: ``after`` from the window's start, taken lazily to its
    end, the event's length as written, every rule searched to its next occurrence."""

    def _instances(self, series: list[icalendar.Component], zones: list[icalendar.Component], file: Path,
                   start: datetime, end: datetime, notes: list[str]) -> list[icalendar.Component]:
        name = f"{file.name}: recurring event {one_line(str(series[0].get('SUMMARY', '')), 60)!r}"
        alone = icalendar.Calendar()
        for component in [*zones, *series]:
            alone.add_component(component)
        found: list[icalendar.Component] = []
        try:
            rules = [(c, _rule(r)) for c in series for r in _list(c.get("RRULE"))]
            if any(bounds.too_frequent(rule) for _, rule in rules):
                notes.append(f"{name} skipped: it repeats more often than hourly")
                return []
            for component, rule in rules:
                first = self._moment(_time(component, "DTSTART"))
                if not bounds.in_range(first) or bounds.too_far_back(rule, start - first):
                    notes.append(f"{name} skipped: it starts too long before the dates read, on {first:%Y-%m-%d}")
                    return []
            for instance in recurring_ical_events.of(alone).after(start):
                if self._moment(_time(instance, "DTSTART")) >= end:
                    break
                if len(found) == bounds.MAX_INSTANCES:
                    notes.append(f"{name}: only its first {bounds.MAX_INSTANCES} occurrences are read")
                    break
                found.append(instance)
        except Exception as error:
            notes.append(f"{name} skipped, not expandable ({_short(error)})")
            return []
        return found


def per_pass(run: Callable[[], int], passes: int) -> tuple[int, float, int]:
    """What ``run`` returns, its median seconds and how many passes were timed (one when the first
    takes more than 5 s: the readers before took up to a minute a pass)."""
    times: list[float] = []
    count = 0
    while len(times) < passes and not (times and times[0] > 5):
        started = time.perf_counter()
        count = run()
        times.append(time.perf_counter() - started)
    return count, median(times), len(times)


def cases(passes: int) -> None:
    """One row per case: instances and seconds a pass for each reader, and what the reader now says."""
    rows: list[list[Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        for case, lines in CASES.items():
            root = Path(folder) / str(len(rows))
            (root / "source").mkdir(parents=True)
            text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\nUID:case\r\n"
                    f"DTSTAMP:20261101T000000Z\r\nSUMMARY:Case\r\n{lines}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            (root / "source" / "case.ics").write_text(text, newline="")
            now = LocalBackend(root / "source", root / "target", NY)
            before = ReaderBefore(root / "source", root / "target", NY)
            said = "; ".join(note.split("'Case'", 1)[1].strip(" :") for note in now.read(*WINDOW).notes) or "-"
            figures: list[Any] = []
            for run in (lambda: len(now.read(*WINDOW).events), lambda: len(before.read(*WINDOW).events),
                        lambda: len(recurring_ical_events.of(icalendar.Calendar.from_ical(text)).between(*WINDOW))):
                count, seconds, timed = per_pass(run, passes)
                figures += [f"{count:,}", f"{seconds:.3f} s" + ("" if timed == passes else f" ({timed} pass)")]
            rows.append([case, *figures, said])
            print(f"  {case}: done", file=sys.stderr, flush=True)
    print(table(["recurring event", "now: instances", "now: s/pass", "before: instances", "before: s/pass",
                 "naive: instances", "naive: s/pass", "now says"], rows))


def measure(run: Callable[[], int]) -> tuple[int, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    count = run()
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return count, seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--naive-limit", type=int, default=200_000)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--only-cases", action="store_true", help="only the table of ordinary recurring events")
    args = parser.parse_args()
    header("recurrence: bounded vs naive expansion", {"window": "180 d back, 400 d ahead",
                                                       "naive_limit": args.naive_limit, "passes": args.passes})
    cases(args.passes)
    if args.only_cases:
        return
    print()
    rows: list[list[Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "source").mkdir()
        for freq in ("HOURLY", "MINUTELY", "SECONDLY"):
            text = calendar_text(freq)
            (root / "source" / "cal.ics").write_text(text)
            backend = LocalBackend(root / "source", root / "target", NY)
            count, seconds, peak = measure(lambda: len(backend.read(*WINDOW).events))
            rows.append([freq, "bounded", f"{count:,}", f"{seconds:.2f} s", kib(peak), "complete"])

            # The naive reader is eager (between() returns a list), so it runs on a slice of the
            # window holding about --naive-limit instances; its full-window figures scale with it.
            step = {"HOURLY": 3600, "MINUTELY": 60, "SECONDLY": 1}[freq]
            span = min(WINDOW[1] - WINDOW[0], timedelta(seconds=step * args.naive_limit))
            window = (NOW + timedelta(days=1), NOW + timedelta(days=1) + span)
            count, seconds, peak = measure(
                lambda: len(recurring_ical_events.of(icalendar.Calendar.from_ical(text)).between(*window)))
            scale = (WINDOW[1] - WINDOW[0]) / span
            hours = span.total_seconds() / 3600
            whole = "complete" if scale <= 1 else f"{hours:,.1f} h of the window; all of it: x{scale:,.0f}"
            rows.append([freq, "naive", f"{count:,}", f"{seconds:.2f} s", kib(peak), whole])
    print(table(["endless rule", "reader", "instances", "time", "heap peak", "run"], rows))


if __name__ == "__main__":
    main()
