"""First full sync of a big calendar, then steady passes: followup-sync versus naive polling.

A calendar of 10,000 events (50 interviews among them) spread over now±6 months. Two approaches,
each in a FRESH worker subprocess (so its peak RSS, ru_maxrss, is its own) against a FRESH fake
Google that runs in yet another process (so the fake's CPU is not counted as the client's; it is
reported apart as "fake CPU"):

* followup-sync: ``open_google`` + ``run_pass`` (the daemon's way: one backend kept open, the
  first pass exports .ics, idle passes do not). After the first full sync it asks only for changes
  (syncToken).
* naive: what polling integrations do: every pass re-lists the whole read window (``events.list``
  with timeMin/timeMax, singleEvents, every page, maxResults=2500) with the same googleapiclient
  service and converts every event; it is a small Backend driven by the same ``run_pass``, so
  detection, planning, reconciling and the writes are identical and only the reading differs. It cannot see tombstones without showDeleted, so
  it would also resurrect tasks the user deleted; that correctness gap is not measured here.

Requests and bytes (status line + headers + body, plain HTTP) come from the fake's request log;
wall seconds from perf_counter, CPU seconds from time.process_time() in the worker (the worker's
own threads only; the fake is another process).

    python -m benchmarks.first_sync [--events 10000] [--interviews 50] [--steady 10] [--rounds 3] [--profile]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

if __package__ in (None, ""):  # run as a file (python benchmarks/x.py): make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import NOW, ROOT, RemoteFake, calendar, google_config, header, kib, median, proc_status, table

WORKER_TIMEOUT = 600


# ------------------------------------------------------------------------------ the naive poller


class NaiveBackend:
    """What polling integrations do: every read lists the whole window again (timeMin/timeMax,
    singleEvents, every page) and converts every event. Writes are plain conditional requests.
    Used through ``run_pass`` so that detection, planning and reconciling are exactly ours; only
    the reading strategy differs. No sync token, no cache, no tombstones (it cannot tell a task the
    user deleted from one never written; not exercised here)."""

    source_id = "google"  # the same task ids as GoogleBackend

    def __init__(self, service: Any, calendar_id: str = "primary") -> None:
        self.service = service
        self.calendar_id = calendar_id

    def read(self, start: datetime, end: datetime) -> Any:
        from followup_sync.google import events as wire
        from followup_sync.model import CalendarView

        items: list[dict] = []
        page_token = None
        while True:
            page = self.service.events().list(calendarId=self.calendar_id, timeMin=_rfc3339(start),
                                              timeMax=_rfc3339(end), singleEvents=True, maxResults=2500,
                                              pageToken=page_token).execute(num_retries=0)
            items.extend(page.get("items", []))
            page_token = page.get("nextPageToken")
            if not page_token:
                break
        zone_name = page.get("timeZone")
        zone = ZoneInfo(zone_name) if zone_name else None
        events = tuple(wire.source_event(i, zone) for i in items
                       if not wire.is_generated(i) and i.get("status") != "cancelled")
        generated = tuple(wire.generated_event(i) for i in items if wire.is_generated(i))
        return CalendarView(events, generated, zone_name, (), trust_empty=True)

    def create(self, gen: Any) -> None:
        from followup_sync.google import events as wire

        self.service.events().insert(calendarId=self.calendar_id, body=wire.body(gen, gen.task.id)).execute(num_retries=0)

    def update(self, old: Any, new: Any) -> None:
        from followup_sync.google import events as wire

        request = self.service.events().update(calendarId=self.calendar_id, eventId=old.task.id,
                                               body=wire.body(new, old.task.id))
        if old.etag:
            request.headers["If-Match"] = old.etag
        request.execute(num_retries=0)

    def delete(self, old: Any) -> None:
        request = self.service.events().delete(calendarId=self.calendar_id, eventId=old.task.id)
        if old.etag:
            request.headers["If-Match"] = old.etag
        request.execute(num_retries=0)


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("UTC")).isoformat().replace("+00:00", "Z")


# ------------------------------------------------------------------------------------ a worker


def worker(approach: str, root: Path, steady: int, profile: bool, cli_runs: int = 1) -> dict[str, Any]:
    """Runs in a fresh subprocess: setup, first sync, ``steady`` passes; returns the figures."""
    import cProfile
    import io
    import pstats

    handle = json.loads(sys.stdin.readline())
    fake = RemoteFake.connect(handle)

    from followup_sync.config import load_config
    from followup_sync.google.backend import open_google
    from followup_sync.service import run_pass
    from benchmarks._common import build_service

    rss_imports = proc_status()["VmRSS"]
    config_path = google_config(root, fake.api_endpoint, fake.token_uri, fake.credentials_json)
    profilers = {"first sync": cProfile.Profile(), "steady passes": cProfile.Profile()} if profile else {}

    def measured(fn, *args: Any, profiler: Any = None, **kwargs: Any) -> tuple[Any, dict[str, Any]]:
        mark, fake_cpu = fake.mark(), fake.cpu()
        wall, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        result = fn(*args, **kwargs)
        if profiler:
            profiler.disable()
        figures = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
        figures["fake_cpu"] = fake.cpu() - fake_cpu
        figures.update(fake.stats(mark))
        figures["rss_kib"] = proc_status()["VmRSS"]
        return result, figures

    config = load_config(config_path)
    if approach == "followup-sync":
        backend, setup = measured(open_google, config)
    else:
        service, setup = measured(build_service, fake.api_endpoint, fake.token_uri, fake.credentials_json)
        backend = NaiveBackend(service)

    def one(now: datetime, first: bool) -> dict[str, Any]:
        report = run_pass(config, backend, now, export=first)  # as the daemon: export on the first pass
        return {"create": report.count("create"), "update": report.count("update"),
                "delete": report.count("delete"), "failed": len(report.failed),
                "interviews": len(report.interviews)}

    rss_setup = proc_status()["VmRSS"]
    result, first = measured(one, NOW, True, profiler=profilers.get("first sync"))
    first["result"] = result
    hwm_first = proc_status()["VmHWM"]
    passes = []
    for i in range(steady):
        result, figures = measured(one, NOW + timedelta(minutes=i + 1), False, profiler=profilers.get("steady passes"))
        figures["result"] = result
        passes.append(figures)
    out: dict[str, Any] = {
        "approach": approach, "setup": setup, "first": first, "steady": passes,
        "rss_imports_kib": rss_imports, "rss_setup_kib": rss_setup, "hwm_after_first_kib": hwm_first,
        "rss_end_kib": proc_status()["VmRSS"], "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "state_bytes": sum(p.stat().st_size for p in (root / "state").rglob("*") if p.is_file()),
        "export_bytes": sum(p.stat().st_size for p in (root / "ics").rglob("*") if p.is_file()),
    }
    if approach == "followup-sync" and cli_runs:  # a cold CLI pass in steady state: what a cron job would pay
        cli = []
        for i in range(cli_runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            mark = fake.mark()
            begin = time.perf_counter()
            now = (NOW + timedelta(minutes=100 + i)).isoformat()
            done = subprocess.run([sys.executable, "-m", "followup_sync", "--config", str(config_path), "--now", now,
                                   "sync"], capture_output=True, text=True, timeout=120)
            wall = time.perf_counter() - begin
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cli.append({"wall": wall, "cpu": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
                        "code": done.returncode, "requests": fake.stats(mark)["requests"],
                        "maxrss_kib": after.ru_maxrss})
        out["cli"] = cli
    if profilers:
        text = io.StringIO()
        for name, profiler in profilers.items():
            text.write(f"\n### {name}\n")
            stats = pstats.Stats(profiler, stream=text)
            stats.sort_stats("cumulative").print_stats(25)
            stats.sort_stats("tottime").print_stats(12)
        out["profile"] = text.getvalue()
    fake.close()
    return out


def run_worker(approach: str, bodies: list[dict], steady: int, profile: bool = False, cli_runs: int = 1) -> dict[str, Any]:
    with RemoteFake() as fake, tempfile.TemporaryDirectory(prefix=f"bench-first-{approach}-") as tmp:
        begin = time.perf_counter()
        for chunk in range(0, len(bodies), 1000):
            fake.bulk_insert("primary", bodies[chunk:chunk + 1000])
        load_seconds = time.perf_counter() - begin
        args = [sys.executable, "-m", "benchmarks.first_sync", "--worker", approach, "--root", tmp,
                "--steady", str(steady), "--cli-runs", str(cli_runs)] + (["--profile"] if profile else [])
        done = subprocess.run(args, input=fake.handle() + "\n", capture_output=True, text=True, cwd=ROOT,
                              timeout=WORKER_TIMEOUT)
        if done.returncode != 0:
            raise SystemExit(f"worker {approach} failed:\n{done.stderr[-4000:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["load_seconds"] = load_seconds
        result["fake_rss_kib"] = fake.rss_kib()
        result["generated"] = fake.count("primary", generated=True)
        return result


# ---------------------------------------------------------------------------------- reporting


def report(results: dict[str, list[dict[str, Any]]]) -> None:
    """``results``: per approach, one worker result per round. Medians over rounds (first sync) and
    over every steady pass of every round."""
    rows = []
    for name, rounds in results.items():
        for phase, key in [("setup (build client)", "setup"), ("first sync", "first")]:
            fs = [r[key] for r in rounds]
            res = fs[0].get("result", {})
            requests = sorted({f["requests"] for f in fs})
            rows.append([name, f"{phase} (median of {len(fs)})", "/".join(map(str, requests)),
                         kib(median([f["resp_bytes"] for f in fs])), kib(median([f["req_bytes"] for f in fs])),
                         median([f["wall"] for f in fs]), median([f["cpu"] for f in fs]),
                         median([f["fake_cpu"] for f in fs]), res.get("create", "-"), res.get("interviews", "-")])
        s = [f for r in rounds for f in r["steady"]]
        rows.append([name, f"steady pass (median of {len(s)})", "/".join(map(str, sorted({f["requests"] for f in s}))),
                     kib(median([f["resp_bytes"] for f in s])), kib(median([f["req_bytes"] for f in s])),
                     median([f["wall"] for f in s]), median([f["cpu"] for f in s]), median([f["fake_cpu"] for f in s]),
                     sum(f["result"].get("create", 0) + f["result"].get("update", 0) + f["result"].get("delete", 0)
                         for f in s), s[0]["result"].get("interviews", "-")])
    print(table(["approach", "phase", "API requests", "received", "sent", "wall s", "client CPU s", "fake CPU s",
                 "writes", "interviews"], rows))
    print()
    print("wall and CPU per round (first sync | steady-pass median):")
    for name, rounds in results.items():
        print(f"  {name}: " + "; ".join(
            f"{r['first']['wall']:.2f}/{r['first']['cpu']:.2f} s | {median([f['wall'] for f in r['steady']]):.3f}/"
            f"{median([f['cpu'] for f in r['steady']]):.3f} s" for r in rounds))
    print()
    rows = []
    for name, rounds in results.items():
        def mib(key: str, rounds: list[dict[str, Any]] = rounds) -> str:
            return f"{median([r[key] for r in rounds]) / 1024:.1f}"

        steady_rss = median([max(f["rss_kib"] for f in r["steady"]) for r in rounds]) / 1024
        rows.append([name, mib("rss_imports_kib"), mib("rss_setup_kib"), mib("hwm_after_first_kib"),
                     f"{steady_rss:.1f}", mib("maxrss_kib"), kib(rounds[0]["state_bytes"]),
                     kib(rounds[0]["export_bytes"]), rounds[0]["generated"]])
    print(table(["approach", "RSS after imports MiB", "RSS after setup MiB", "peak RSS after first sync MiB",
                 "RSS during steady MiB", "ru_maxrss MiB", "state on disk", ".ics export", "tasks in calendar"], rows))
    print()
    ours, naive = results.get("followup-sync"), results.get("naive")
    if ours and naive:
        def steady(rounds: list[dict], key: str) -> float:
            return median([f[key] for r in rounds for f in r["steady"]])

        def first(rounds: list[dict], key: str) -> float:
            return median([r["first"][key] for r in rounds])

        rows = []
        for key, label in (("requests", "API requests"), ("resp_bytes", "bytes received"), ("wall", "wall s"),
                           ("cpu", "client CPU s"), ("fake_cpu", "fake (server) CPU s")):
            a, b = steady(naive, key), steady(ours, key)
            c, d = first(naive, key), first(ours, key)
            rows.append([label, b, a, f"{a / b:,.1f}x" if b else "inf", d, c, f"{c / d:,.2f}x" if d else "inf"])
        print("naive / followup-sync (medians):")
        print(table(["per pass", "steady: followup-sync", "steady: naive", "steady: naive / ours",
                     "first: followup-sync", "first: naive", "first: naive / ours"], rows))
    cli = [c for r in (ours or []) for c in r.get("cli", [])]
    if cli:
        print()
        print("cold CLI pass in steady state (`followup-sync sync` in a fresh process: loads the sync state, 1 request):")
        print(table(["run", "exit", "API requests", "wall s", "CPU s (user+sys)"],
                    [[i + 1, c["code"], c["requests"], c["wall"], c["cpu"]] for i, c in enumerate(cli)]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--interviews", type=int, default=50)
    parser.add_argument("--steady", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3, help="fresh fake + fresh worker per approach, interleaved")
    parser.add_argument("--profile", action="store_true", help="also run each approach once more under cProfile")
    parser.add_argument("--cli-runs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--worker", choices=["followup-sync", "naive"], help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.root, args.steady, args.profile, args.cli_runs)))
        return 0

    header("first full sync, then steady passes: followup-sync vs naive full re-listing", {
        "calendar": f"{args.events:,} events, {args.interviews} interviews among them, spread over now±182 days "
                    "(8% all-day, 35% with notes, 25% with attendees; generated with seed 1)",
        "now": f"{NOW.isoformat()} (+1 min per steady pass)",
        "steady passes": f"{args.steady} per round, {args.rounds} rounds",
        "processes": "fake Google in its own process; each approach in a fresh worker subprocess",
    })
    started = time.monotonic()
    bodies, _ = calendar(args.events, args.interviews, NOW)
    results: dict[str, list[dict[str, Any]]] = {"followup-sync": [], "naive": []}
    for round_ in range(args.rounds):  # interleaved, so a noisy moment on the machine hits both
        for approach in results:
            result = run_worker(approach, bodies, args.steady)
            results[approach].append(result)
            print(f"[round {round_ + 1} {approach}: fake loaded with {len(bodies):,} events in "
                  f"{result['load_seconds']:.1f} s; fake RSS {result['fake_rss_kib'] / 1024:.0f} MiB; "
                  f"first sync {result['first']['wall']:.2f} s]", flush=True)
    print()
    report(results)
    if args.profile:
        for approach in results:
            profiled = run_worker(approach, bodies, args.steady, profile=True, cli_runs=0)
            print()
            print(f"## cProfile of {approach}: first sync and {args.steady} steady passes (client side only; "
                  f"timings under the profiler are inflated)")
            print(profiled["profile"])
    print(f"load average at the end: {Path('/proc/loadavg').read_text().split()[:3]}")
    print(f"elapsed: {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
