"""Reading a calendar with hostile recurring events: the bounded reader next to the naive one.

One .ics file holds a weekly interview series and one endless recurring event at a time
(``FREQ=HOURLY``, ``MINUTELY`` or ``SECONDLY``, no end). Measured over the pass's read window (180
days back, 400 ahead): instances produced, seconds and the traced Python heap peak (tracemalloc) of

- *bounded*: ``LocalBackend.read`` (hourly at the finest, at most ``bounds.MAX_INSTANCES`` per event);
- *naive*: ``recurring_ical_events.of(calendar).between(window)``, the reader before issue 10. It
  builds the whole list at once (SECONDLY over the window is 50 million instances), so it runs on
  the slice of the window that holds about ``--naive-limit`` instances; time and memory for the
  whole window are that many times more (the table says how many).

    python -m benchmarks.recurrence [--naive-limit 200000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file (python benchmarks/x.py): make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import icalendar
import recurring_ical_events

from benchmarks._common import NOW, NY, header, kib, table
from followup_sync.backends.local import LocalBackend

WINDOW = (NOW - timedelta(days=180), NOW + timedelta(days=400))


def calendar_text(freq: str) -> str:
    events = [("weekly", "Interview loop at Acme", "FREQ=WEEKLY;COUNT=10"), ("endless", "Ping", f"FREQ={freq}")]
    body = "".join(f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:{summary}\r\n"
                   f"DTSTART:20261202T150000Z\r\nDTEND:20261202T153000Z\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
                   for uid, summary, rule in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n{body}END:VCALENDAR\r\n"


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
    args = parser.parse_args()
    header("recurrence: bounded vs naive expansion", {"window": "180 d back, 400 d ahead",
                                                       "naive_limit": args.naive_limit})
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
