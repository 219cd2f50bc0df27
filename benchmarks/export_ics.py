"""The .ics export: ``ics.calendar_bytes`` and ``ics.export_calendar`` on 5,000 tasks.

1,000 interviews in four zones (New York, Los Angeles, Berlin, Tokyo), each planned by the real
planner in its own zone (real drafts as descriptions), topped up to exactly 5 tasks per interview
with extra copies under their own ids: 5,000 generated events. Measured: seconds (best of 3) and
bytes of the combined VCALENDAR (vevent and vtodo), of a full export (combined file + one file per
interview) into an empty folder and again unchanged (nothing rewritten), and parse-back time with
icalendar (``Calendar.from_ical``) and with our reader (``ics.read_generated`` on every component).
Also the traced Python heap peak (tracemalloc) of one ``calendar_bytes`` and its cProfile top.

    python -m benchmarks.export_ics [--tasks-per-interview 5] [--interviews 1000]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

if __package__ in (None, ""):  # run as a file (python benchmarks/x.py): make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import COMPANIES, header, kib, table

ZONES = ["America/New_York", "America/Los_Angeles", "Europe/Berlin", "Asia/Tokyo"]
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc)


def build(interviews: int, per: int) -> tuple[list[Any], dict[str, Any]]:
    from followup_sync.config import load_config
    from followup_sync.details import read_interview
    from followup_sync.ids import task_id
    from followup_sync.model import GeneratedEvent, SourceEvent
    from followup_sync.planner import plan

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "config.yaml"
        path.write_text(f"state_dir: {tmp}\ncalendar:\n  backend: google\nidentity:\n  emails: [alex@example.com]\n"
                        "  name: Alex Candidate\n")
        config = load_config(path)
    gens, by_key = [], {}
    for i in range(interviews):
        zone = ZoneInfo(ZONES[i % len(ZONES)])
        start = (NOW + timedelta(days=1 + i % 60, hours=i % 7)).astimezone(zone).replace(hour=10 + i % 6, minute=0)
        company = f"{COMPANIES[i % len(COMPANIES)]} {i}"
        description = (f"Company: {company}\nRole: Backend Engineer\n"
                       f"Interviewer: Jane Doe, Engineering Manager, jane{i}@corp.example, +1 555 0100\n"
                       + ("Decision: in 2 weeks\n" if i % 2 else "") + ("Style: creative\n" if i % 3 == 0 else ""))
        event = SourceEvent(key=f"ev{i:06d}", uid=f"ev{i:06d}@google.com", summary=f"Interview at {company}",
                            start=start, end=start + timedelta(minutes=45), description=description)
        interview = read_interview(event, config.rules, config.identity, zone)
        tasks = plan(interview, config.rules, NOW, zone, source="google", signature="Alex Candidate")
        base = list(tasks)
        n = 0
        while len(tasks) < per:  # top up: copies under their own ids, a day later each round
            n += 1
            src = base[(len(tasks) - len(base)) % len(base)]
            tasks.append(replace(src, id=task_id("google", f"{event.key}#{n}", src.kind),
                                 start=src.start + timedelta(days=n), end=src.end + timedelta(days=n)))
        for task in tasks[:per]:
            gens.append(GeneratedEvent(task=task, fingerprint=task.fingerprint(), written=NOW, sequence=0))
        by_key[event.key] = interview
    return gens, by_key


def best_of(n: int, fn: Callable[[], Any], before: Callable[[], None] | None = None) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(n):
        if before:
            before()
        begin = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - begin)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interviews", type=int, default=1000)
    parser.add_argument("--tasks-per-interview", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import icalendar

    from followup_sync import ics

    header("ics export of generated tasks", {
        "tasks": f"{args.interviews * args.tasks_per_interview:,} ({args.interviews:,} interviews x "
                 f"{args.tasks_per_interview}), planned by the real planner, real drafts as descriptions",
        "zones": ", ".join(ZONES) + " (each interview planned in its own zone)",
        "timing": f"best of {args.repeat} (time.perf_counter)",
        "icalendar": icalendar.__version__,
    })
    began = time.monotonic()
    t_build, (gens, interviews) = best_of(1, lambda: build(args.interviews, args.tasks_per_interview))
    print(f"built {len(gens):,} generated events for {len(interviews):,} interviews in {t_build:.2f} s "
          f"(descriptions: median {sorted(len(g.task.description) for g in gens)[len(gens) // 2]} chars)")
    print()

    rows = []
    t_vevent, data = best_of(args.repeat, lambda: ics.calendar_bytes(gens, "vevent", name=ics.ALL_CALNAME))
    rows.append(["calendar_bytes (vevent)", len(gens), t_vevent, f"{t_vevent / len(gens) * 1e6:.0f}", kib(len(data))])
    t_vtodo, data_todo = best_of(args.repeat, lambda: ics.calendar_bytes(gens, "vtodo", name=ics.ALL_CALNAME))
    rows.append(["calendar_bytes (vtodo)", len(gens), t_vtodo, f"{t_vtodo / len(gens) * 1e6:.0f}", kib(len(data_todo))])

    with tempfile.TemporaryDirectory(prefix="bench-ics-") as tmp:
        out = Path(tmp) / "ics"

        def empty() -> None:
            shutil.rmtree(out, ignore_errors=True)

        t_cold, paths = best_of(args.repeat, lambda: ics.export_calendar(gens, interviews, out, "vevent"), empty)
        size = sum(p.stat().st_size for p in out.iterdir())
        rows.append([f"export_calendar, empty folder ({len(paths):,} files)", len(gens), t_cold,
                     f"{t_cold / len(gens) * 1e6:.0f}", kib(size)])
        t_warm, _ = best_of(args.repeat, lambda: ics.export_calendar(gens, interviews, out, "vevent"))
        rows.append(["export_calendar, unchanged (0 files rewritten)", len(gens), t_warm,
                     f"{t_warm / len(gens) * 1e6:.0f}", kib(size)])

    t_parse, parsed = best_of(args.repeat, lambda: icalendar.Calendar.from_ical(data))
    components = [c for c in parsed.walk() if c.name == "VEVENT"]
    rows.append([f"parse back: icalendar.Calendar.from_ical ({len(components):,} VEVENTs)", len(components), t_parse,
                 f"{t_parse / len(components) * 1e6:.0f}", kib(len(data))])
    t_read, read = best_of(args.repeat, lambda: [ics.read_generated(c) for c in components])
    ok = sum(1 for r in read if r is not None)
    rows.append([f"parse back: ics.read_generated on each ({ok:,} read)", len(components), t_read,
                 f"{t_read / len(components) * 1e6:.0f}", ""])
    same = {g.task.id: g.fingerprint for g in gens} == {r.task.id: r.fingerprint for r in read if r}
    print(table(["operation", "tasks", "best s", "µs / task", "bytes"], rows))
    print()
    print(f"round trip: every task read back with its id and fingerprint: {same}")

    tracemalloc.start()
    ics.calendar_bytes(gens, "vevent", name=ics.ALL_CALNAME)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"traced Python heap peak of one calendar_bytes (vevent): {peak / 1024 / 1024:.1f} MiB "
          f"(output {len(data) / 1024 / 1024:.1f} MiB)")

    profiler = cProfile.Profile()
    profiler.enable()
    ics.calendar_bytes(gens, "vevent", name=ics.ALL_CALNAME)
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(12)
    print()
    print("## cProfile of one calendar_bytes (vevent), by own time (inflated by the profiler)")
    print("\n".join(line for line in text.getvalue().splitlines() if line.strip())[:6000])
    print()
    print(f"elapsed: {time.monotonic() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
