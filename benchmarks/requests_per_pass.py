"""HTTP requests per sync pass against the fake Google Calendar API.

Goal: a steady pass (nothing changed) costs exactly 1 API request per calendar read — 1 when tasks
go into the watched calendar, 2 with a separate target calendar — and a pass after the user added,
moved or cancelled k interviews costs 1 list per calendar plus one request per write.

The fake runs in its own process (benchmarks._common.RemoteFake); the client is the real
``open_google`` backend and ``run_pass``, kept open across passes as the daemon keeps it. Requests
are counted in the fake's request log (``/token`` excluded; it is shown apart).

    python -m benchmarks.requests_per_pass
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a file (python benchmarks/x.py): make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import (NOW, NY, RemoteFake, business_slot, filler_body, google_config, header,
                                interview_body, table)

FILLER = 300
INTERVIEWS = 30
STEADY = 5
KS = (1, 5, 20)
TARGET = "jobs@group.calendar.google.com"


def _weekday_shift(start: datetime, days: int) -> datetime:
    moved = start + timedelta(days=days)
    while moved.weekday() >= 5:
        moved += timedelta(days=1)
    return moved


class Scenario:
    def __init__(self, fake: RemoteFake, root: Path, target: str | None) -> None:
        from followup_sync.config import load_config
        from followup_sync.google.backend import open_google

        self.fake = fake
        self.config = load_config(google_config(root, fake.api_endpoint, fake.token_uri, fake.credentials_json,
                                                target=target))
        self.backend = open_google(self.config)
        self.minute = 0
        self.interviews: dict[str, dict] = {}  # id -> body, live interviews
        self.next_index = 0

    def add_interviews(self, count: int, first_day: float = 1.0) -> list[str]:
        import random

        rng = random.Random(self.next_index)
        bodies = []
        for _ in range(count):
            day = NOW + timedelta(days=first_day + (self.next_index % 40))
            bodies.append(interview_body(self.next_index, business_slot(rng, day.astimezone(NY)), rng=rng))
            self.next_index += 1
        ids = self.fake.bulk_insert("primary", bodies)
        self.interviews.update(zip(ids, bodies))
        return ids

    def move(self, count: int) -> None:
        for event_id in list(self.interviews)[:count]:
            body = self.interviews[event_id]
            start = datetime.fromisoformat(body["start"]["dateTime"])
            end = datetime.fromisoformat(body["end"]["dateTime"])
            new_start = _weekday_shift(start, 1)
            body["start"] = {"dateTime": new_start.isoformat(), "timeZone": "America/New_York"}
            body["end"] = {"dateTime": (new_start + (end - start)).isoformat(), "timeZone": "America/New_York"}
            self.fake.user_patch("primary", event_id, {"start": body["start"], "end": body["end"]})

    def cancel(self, count: int) -> None:
        for event_id in list(self.interviews)[-count:]:
            self.fake.user_delete("primary", event_id)
            del self.interviews[event_id]

    def sync(self) -> dict:
        from followup_sync.service import run_pass

        self.minute += 1
        mark = self.fake.mark()
        begin = time.perf_counter()
        report = run_pass(self.config, self.backend, NOW + timedelta(minutes=self.minute), export=False)
        wall = time.perf_counter() - begin
        stats = self.fake.stats(mark)
        counts = {a: report.count(a) for a in ("create", "update", "delete")}
        return {"stats": stats, "counts": counts, "writes": sum(counts.values()), "failed": len(report.failed),
                "wall_ms": wall * 1000, "interviews": len(report.interviews)}


def run(target: str | None) -> list[list]:
    rows = []
    with RemoteFake() as fake, tempfile.TemporaryDirectory(prefix="bench-rpp-") as tmp:
        if target:
            fake.add_calendar(target, "Job search", "America/New_York")
        import random

        rng = random.Random(7)
        fake.bulk_insert("primary", [filler_body(rng, business_slot(rng, (NOW + timedelta(days=rng.uniform(-60, 90)))
                                                               .astimezone(NY))) for _ in range(FILLER)])
        scenario = Scenario(fake, Path(tmp), target)
        scenario.add_interviews(INTERVIEWS)
        reads = 1 if target is None else 2
        label = "same calendar" if target is None else "separate target"

        def row(change: str, k: int | str, result: dict) -> list:
            s, c = result["stats"], result["counts"]
            lists = s["kinds"].get("list", 0)
            expected = reads + result["writes"]
            ok = "yes" if s["requests"] == expected and not result["failed"] else f"NO ({s['kinds']})"
            return [label, change, k, result["interviews"], f"{c['create']}/{c['update']}/{c['delete']}", lists,
                    s["requests"], expected, ok, s["token_requests"], round(result["wall_ms"], 1)]

        rows.append(row("first sync", "-", scenario.sync()))
        for i in range(STEADY):
            rows.append(row(f"steady #{i + 1}", 0, scenario.sync()))
        for k in KS:
            scenario.add_interviews(k, first_day=3)
            rows.append(row("added", k, scenario.sync()))
            scenario.move(k)
            rows.append(row("moved", k, scenario.sync()))
            scenario.cancel(k)
            rows.append(row("cancelled", k, scenario.sync()))
            rows.append(row("steady after", 0, scenario.sync()))
    return rows


def main() -> int:
    header("requests per pass (followup-sync against FakeGoogle)", {
        "calendar": f"{FILLER} ordinary events + {INTERVIEWS} interviews (1-40 days ahead), America/New_York",
        "now": f"{NOW.isoformat()} (+1 min per pass)",
        "client": "open_google + run_pass(export=False), one backend kept across passes (as the daemon does)",
        "changes": "k interviews added by the user, then the same k (oldest) moved +1 weekday, then k cancelled",
        "target calendar": f"same as watched, or {TARGET}",
    })
    started = time.monotonic()
    rows = run(None) + run(TARGET)
    print(table(["calendars", "pass", "k", "interviews", "writes c/u/d", "lists", "API requests",
                 "expected (reads+writes)", "as expected", "/token", "client wall ms"], rows))
    steady = [r for r in rows if str(r[1]).startswith("steady")]
    print()
    for label, reads in (("same calendar", 1), ("separate target", 2)):
        values = sorted({r[6] for r in steady if r[0] == label})
        print(f"steady-state requests per pass, {label}: {values} (goal: exactly {reads})")
    print(f"all passes as expected: {all(r[8] == 'yes' for r in rows)}")
    print(f"elapsed: {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
