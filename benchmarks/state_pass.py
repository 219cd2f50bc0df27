"""What one writer and one state cost a pass: the lock, and the ledger re-read under it.

Every writing pass takes ``<state_dir>/lock`` and loads the ledger and export manifest afresh, so no
process saves from a stale copy. The naive way, which finding 3 showed loses tasks, loads them once
per process and keeps them in memory. This prints both, for ledgers of growing size, next to an
idle pass of the service on the example calendar (``idle_daemon.py``: ~14 ms CPU on this VM).

    python -m benchmarks.state_pass [--repeat 200]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

if __package__ in (None, ""):  # run as a file (python benchmarks/x.py): make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import header, table
from followup_sync import state
from followup_sync.ids import task_id
from followup_sync.model import TaskKind


def best_us(repeat: int, work: Callable[[], object]) -> float:
    """Median of ``repeat`` runs, in microseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2] * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    header("state per pass: lock + ledger re-read vs. the ledger kept in memory",
           {"repeat": f"{args.repeat} (median)", "ledger": "created ids (a year of ~50 interviews is ~200)"})
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        def lock_cycle() -> None:
            with state.writer_lock(root / "state"):
                pass

        cycle_us = best_us(args.repeat, lock_cycle)
        rows.append(["flock acquire + release (uncontended)", "-", f"{cycle_us:,.0f}", "0", "no lock at all"])
        for size in (200, 2_000, 20_000):
            config = SimpleNamespace(calendar=SimpleNamespace(backend="local"), local_target=root / f"t{size}",
                                     state_dir=root / f"s{size}")
            saved = state.open_state(config)
            saved.ledger.created = {task_id("bench", f"i{n}", TaskKind.THANK_YOU) for n in range(size)}
            saved.save_ledger()
            kept = state.open_state(config)  # the naive way: loaded once, reused
            load_us = best_us(args.repeat, lambda: state.open_state(config))
            naive_us = best_us(args.repeat, lambda: kept.ledger)

            def save() -> None:
                saved.ledger.created.add("fsx" + str(time.perf_counter_ns()))
                saved.save_ledger()
            save_us = best_us(max(5, args.repeat // 10), save)
            size_kib = (config.local_target / state.LOCAL_LEDGER).stat().st_size / 1024
            rows.append([f"ledger re-read under the lock ({size:,} ids, {size_kib:,.0f} KiB)", f"{size:,}",
                         f"{load_us:,.0f}", f"{naive_us:,.2f}", f"{save_us:,.0f} (save when changed, with .bak)"])
    print(table(["per pass", "ids", "this way, us", "naive (in memory), us", "note"], rows))


if __name__ == "__main__":
    main()
