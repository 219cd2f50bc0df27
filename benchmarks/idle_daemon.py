"""The idle service: RSS and CPU of ``followup-sync run`` over 100 passes with nothing to do.

Two services run side by side as real subprocesses (``python -m followup_sync --config X run``),
each with ``service.poll_interval: 1`` and ``jitter: 0``:

* google: against FakeGoogle in this process, a calendar of ~20 interviews (around the real
  clock: the service plans as of now) among ordinary events;
* local: the bundled ``examples/calendar``.

For each, after the first pass (``passes`` in ``state_dir/service-status.json`` reaches 1) and after
100 more, it reads VmRSS/VmHWM from /proc/PID/status and utime+stime from /proc/PID/stat, and
prints RSS growth and CPU per idle pass. The whole script is bounded (--deadline, default 170 s);
if fewer passes were reached, it says so and reports what it has.

    python -m benchmarks.idle_daemon [--passes 100] [--deadline 170]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file (python benchmarks/x.py): make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import (NY, ROOT, business_slot, filler_body, google_config, header, interview_body,
                                proc_cpu_seconds, proc_status, table)

INTERVIEWS = 20
FILLER = 200
SERVICE = "service:\n  poll_interval: 1\n  jitter: 0\n  max_backoff: 2\n"


class Watched:
    def __init__(self, name: str, config: Path, state_dir: Path, log: Path) -> None:
        self.name, self.config, self.state_dir, self.log = name, config, state_dir, log
        self.process: subprocess.Popen[bytes] | None = None
        self.samples: list[dict[str, Any]] = []  # one per pass count seen
        self.first: dict[str, Any] | None = None
        self.last: dict[str, Any] | None = None
        self.mark: int | None = None
        self.started = 0.0

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID")}
        self.started = time.monotonic()
        with self.log.open("wb") as out:
            self.process = subprocess.Popen([sys.executable, "-m", "followup_sync", "--config", str(self.config), "run"],
                                            env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)

    def passes(self) -> int:
        try:
            return int(json.loads((self.state_dir / "service-status.json").read_text()).get("passes") or 0)
        except (OSError, ValueError):
            return 0

    def sample(self, passes: int) -> dict[str, Any]:
        assert self.process is not None
        status = proc_status(self.process.pid)
        return {"passes": passes, "t": time.monotonic(), "rss": status.get("VmRSS", 0), "hwm": status.get("VmHWM", 0),
                "cpu": proc_cpu_seconds(self.process.pid)}

    def stop(self) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode


def make_google(root: Path) -> tuple[Any, Watched]:
    from tests.fake_google import FakeGoogle

    fake = FakeGoogle(owner="alex@example.com", time_zone="America/New_York")
    now = datetime.now(timezone.utc).astimezone(NY)
    rng = random.Random(3)
    for i in range(FILLER):
        fake.user_insert("primary", filler_body(rng, business_slot(rng, now + timedelta(days=rng.uniform(-60, 90)))))
    for i in range(INTERVIEWS):  # from 10 days ago to 45 days ahead: all tracked
        start = business_slot(rng, now + timedelta(days=-10 + i * 55 / INTERVIEWS))
        fake.user_insert("primary", interview_body(i, start, rng=rng))
    config = google_config(root, fake.api_endpoint, fake.token_uri, fake.credentials().to_json(), extra=SERVICE)
    return fake, Watched("google (FakeGoogle)", config, root / "state", root / "service.log")


def make_local(root: Path) -> Watched:
    root.mkdir(parents=True, exist_ok=True)
    config = root / "config.yaml"
    config.write_text(
        "timezone: America/New_York\n"
        f"state_dir: {root / 'state'}\n"
        f"calendar:\n  backend: local\n  local:\n    path: {ROOT / 'examples' / 'calendar'}\n"
        f"export:\n  dir: {root / 'ics'}\n"
        "identity:\n  emails: [alex@example.com]\n  name: Alex Candidate\n" + SERVICE,
        encoding="utf-8",
    )
    return Watched("local (examples/calendar)", config, root / "state", root / "service.log")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passes", type=int, default=100, help="idle passes to watch after the first")
    parser.add_argument("--deadline", type=float, default=170.0, help="seconds before giving up (whole script)")
    args = parser.parse_args()
    header("idle service: `followup-sync run` RSS and CPU over idle passes", {
        "services": "google against FakeGoogle (in the benchmark process) and local with examples/calendar, "
                    "run side by side",
        "google calendar": f"{INTERVIEWS} interviews (10 days ago to 45 days ahead of the real clock) + {FILLER} "
                           "ordinary events",
        "config": "service.poll_interval 1, jitter 0; the service uses the real clock",
        "measured": f"after pass 1 and after pass 1+{args.passes}: VmRSS, VmHWM, utime+stime",
    })
    began = time.monotonic()
    deadline = began + args.deadline
    fake = None
    with tempfile.TemporaryDirectory(prefix="bench-idle-") as tmp:
        fake, google = make_google(Path(tmp) / "google")
        local = make_local(Path(tmp) / "local")
        services = [google, local]
        try:
            for service in services:
                service.start()
            seen = {id(s): 0 for s in services}
            while time.monotonic() < deadline:
                for service in services:
                    assert service.process is not None
                    if service.process.poll() is not None:
                        raise SystemExit(f"{service.name} exited with {service.process.returncode}:\n"
                                         f"{service.log.read_text()[-3000:]}")
                    if service.last is not None:
                        continue
                    passes = service.passes()
                    if passes == seen[id(service)]:
                        continue
                    seen[id(service)] = passes
                    sample = service.sample(passes)
                    service.samples.append(sample)
                    if service.first is None and passes >= 1:
                        service.first = sample
                        if service is google:
                            service.mark = fake.mark()
                    elif service.first is not None and passes >= service.first["passes"] + args.passes:
                        service.last = sample
                if all(s.last is not None for s in services):
                    break
                time.sleep(0.05)
            for service in services:
                if service.last is None and service.samples:
                    service.last = service.samples[-1]
            google_requests = fake.api_requests_since(google.mark) if google.mark is not None else []
            token_requests = [r for r in fake.requests_since(google.mark or 0) if r.path == "/token"]
        finally:
            codes = {s.name: s.stop() for s in services}
            if fake is not None:
                fake.stop()
        logs = {s.name: s.log.read_text(errors="replace") for s in services}

    rows, growth = [], []
    for service in services:
        first, last = service.first, service.last
        if first is None or last is None:
            rows.append([service.name, "no pass seen", "", "", "", "", "", "", ""])
            continue
        n = last["passes"] - first["passes"]
        cpu = last["cpu"] - first["cpu"]
        rows.append([service.name, first["passes"], last["passes"], n, round(first["t"] - service.started, 2),
                     f"{first['rss'] / 1024:.1f}", f"{last['rss'] / 1024:.1f}",
                     f"{(last['rss'] - first['rss']) / 1024:+.2f} MiB ({(last['rss'] - first['rss']) / max(n, 1):+.1f} KiB/pass)",
                     f"{last['hwm'] / 1024:.1f}", round(cpu, 2), f"{cpu / max(n, 1) * 1000:.1f}",
                     f"{(last['t'] - first['t']) / max(n, 1):.3f}"])
        marks = [s for s in service.samples if s["passes"] in (1, 2, 5, 10, 25, 50, 75, 100, 101) or s is last]
        growth.append((service.name, [(s["passes"], round(s["rss"] / 1024, 1)) for s in marks]))
    print(table(["service", "first pass #", "last pass #", "idle passes", "s to first pass", "RSS after first MiB",
                 "RSS after last MiB", "RSS growth", "VmHWM MiB", "CPU s (idle passes)", "CPU ms / pass",
                 "s between passes"], rows))
    print()
    for name, points in growth:
        print(f"RSS (MiB) by pass, {name}: " + ", ".join(f"#{p}: {r}" for p, r in points))
    print(f"google: API requests during the idle passes: {len(google_requests)} "
          f"(goal: 1 per pass), /token requests: {len(token_requests)}; methods: "
          f"{sorted({r.method for r in google_requests})}")
    for service in services:
        if service.first and service.last and service.last["passes"] - service.first["passes"] < args.passes:
            print(f"NOTE: {service.name} reached only {service.last['passes'] - service.first['passes']} idle passes "
                  f"before the deadline")
    print(f"exit codes after SIGTERM: {codes}")
    for name, text in logs.items():
        lines = [line for line in text.splitlines() if line.strip()]
        warnings = [line for line in lines if "WARNING" in line or "ERROR" in line or "Traceback" in line]
        print(f"log of {name}: {len(lines)} lines, {len(warnings)} warnings/errors" +
              (f"; first: {warnings[0][:200]}" if warnings else ""))
    print(f"elapsed: {time.monotonic() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
