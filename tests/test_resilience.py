"""Faults, crashes and concurrent edits: whatever happens, the calendar converges to the fault-free
result, with no duplicates and nothing of the user's touched."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from followup_sync.backends.base import Unavailable
from followup_sync.google.backend import open_google
from followup_sync.service import run_pass
from tests.fake_google import FakeGoogle
from tests.test_google import FAST, NOW, Setup, google_config, interview, setup, user_events  # noqa: F401  (fixture)

#: Real processes, signals and kills: `pytest -m "not slow"` leaves them to CI.
pytestmark = pytest.mark.slow

Step = Callable[[FakeGoogle, dict[str, str]], None]


def script() -> list[Step]:
    """User activity between passes: interviews added, moved, re-described and cancelled."""

    def add(n: int, day: int) -> Step:
        def step(fake: FakeGoogle, ids: dict[str, str]) -> None:
            body = interview(f"Interview at Company{n}", f"2026-12-{day:02d}T10:00:00-05:00",
                             description=f"Interviewer: Person {n}, Lead, p{n}@c{n}.example\nDecision: in {n % 3 + 1} weeks")
            ids[f"c{n}"] = fake.user_insert("primary", body)["id"]
        return step

    def move(n: int, day: int) -> Step:
        def step(fake: FakeGoogle, ids: dict[str, str]) -> None:
            moved = interview(start=f"2026-12-{day:02d}T14:00:00-05:00")
            fake.user_patch("primary", ids[f"c{n}"], {"start": moved["start"], "end": moved["end"]})
        return step

    def cancel(n: int) -> Step:
        return lambda fake, ids: fake.user_delete("primary", ids[f"c{n}"])

    def decide(n: int, text: str) -> Step:
        return lambda fake, ids: fake.user_patch("primary", ids[f"c{n}"], {
            "description": f"Interviewer: Person {n}, Lead, p{n}@c{n}.example\nDecision: {text}"})

    return [add(0, 2), add(1, 3), add(2, 4), move(0, 7), add(3, 8), decide(1, "12/28"), cancel(2), add(4, 9),
            move(3, 10), decide(4, "Friday"), cancel(0), add(5, 11), decide(5, "Status: offer")]


def replay(fake: FakeGoogle, setup: Setup, rate: float, seed: int) -> int:
    """Runs the script with a pass after each step; returns how many faults were injected."""
    ids: dict[str, str] = {}
    injected = 0
    fake.user_insert("primary", interview("Dentist", "2026-12-02T09:00:00-05:00", description="not an interview"))
    for minute, step in enumerate(script()):
        step(fake, ids)
        if rate:
            fake.faults.set(rate=rate, kinds=["500", "503", "429", "403-rate", "403-user-rate", "drop", "slow"],
                            seed=seed + minute, after_write_ratio=0.5, slow_seconds=0.3)
        try:
            run_pass(setup.config(), open_google(setup.config(), FAST, timeout=0.15), NOW + timedelta(minutes=minute))
        except Unavailable:
            pass  # the read itself gave up after its retries; the next pass starts over
        injected += len(fake.faults.injected)
        fake.faults.clear()
    for extra in range(3):  # after the storm: passes until nothing changes
        report = run_pass(setup.config(), open_google(setup.config(), FAST), NOW + timedelta(minutes=30 + extra))
        if not report.reconciliation.changes:
            break
    assert report.reconciliation.changes == ()
    return injected


def outcome(fake: FakeGoogle) -> dict[str, tuple[str, str, str]]:
    generated = [e for e in fake.events("primary") if e.get("extendedProperties", {}).get("private", {}).get("followupSync")]
    ids = [e["id"][:34] for e in generated]
    assert len(ids) == len(set(ids)), "no task exists twice"
    return {e["summary"]: (e["start"]["dateTime"], e["end"]["dateTime"], e["description"]) for e in generated}


def fault_free(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, tuple[str, str, str]]:
    with FakeGoogle(owner="alex@example.com", time_zone="America/New_York") as clean:
        other = make_setup(clean, tmp_path / "clean", capsys)
        replay(clean, other, 0.0, 0)
        return outcome(clean)


def make_setup(fake: FakeGoogle, root: Path, capsys: pytest.CaptureFixture[str]) -> Setup:
    return Setup(fake, root, google_config(fake, root), capsys)


@pytest.mark.parametrize("rate", [0.1, 0.3, 0.5])
def test_faults_at_any_rate_converge_to_the_fault_free_calendar(rate: float, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    expected = fault_free(tmp_path, capsys)
    assert len(expected) > 10
    with FakeGoogle(owner="alex@example.com", time_zone="America/New_York") as fake:
        faulty = make_setup(fake, tmp_path / "faulty", capsys)
        injected = replay(fake, faulty, rate, seed=int(rate * 100))
        assert outcome(fake) == expected
        dentist = [e for e in user_events(fake) if e["summary"] == "Dentist"]
        assert len(dentist) == 1 and dentist[0]["sequence"] == 0, "the user's own events are never written to"
        assert injected > 5, "faults were really injected"


def test_kill_minus_9_mid_pass_twenty_times_converges(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A sync writing 50 interviews' tasks is killed at random points; each restart picks up."""
    rng = random.Random(20261201)
    with FakeGoogle(owner="alex@example.com", time_zone="America/New_York") as fake:
        item = make_setup(fake, tmp_path / "crash", capsys)
        for n in range(50):
            day = datetime(2026, 12, 2, 9) + timedelta(days=n // 8, hours=n % 8)
            fake.user_insert("primary", interview(f"Interview at Firm{n}", day.strftime("%Y-%m-%dT%H:%M:00-05:00"),
                                                  description=f"Interviewer: P{n}, CTO, p@firm{n}.example\nDecision: in 3 weeks"))
        fake.faults.set(rate=1.0, kinds=["slow"], slow_seconds=0.01)  # stretch the pass so kills land inside it
        command = [sys.executable, "-m", "followup_sync", "--config", str(item.config_path), "--now",
                   NOW.isoformat(), "sync"]
        kills = runs = 0
        while kills < 20 and runs < 200:  # bounded: a run that finishes before its kill point is no kill
            runs += 1
            mark = fake.mark()
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            target = rng.randint(1, 12)
            deadline = time.monotonic() + 30
            while len(fake.requests_since(mark)) < target and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                kills += 1
            process.wait(timeout=10)
            process.stderr.close()
            for file in (item.root / "state").rglob("*.json"):
                json.loads(file.read_text())  # never half-written
        assert kills == 20, f"only {kills} of {runs} runs were killed mid-pass"
        assert outcome(fake), "the killed runs got some writes done"
        fake.faults.clear()
        finished = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert finished.returncode == 0, finished.stderr
        result = outcome(fake)
        assert len(result) == 50 * 3  # letter, call, keep searching for each (the interviewer's domain confirms the firm)
        again = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0 and again.stdout.startswith("Nothing to change.")


def test_user_deletes_tasks_while_a_pass_is_about_to_change_them(setup: Setup) -> None:  # noqa: F811
    event = setup.fake.user_insert("primary", interview())
    setup.sync()
    generated = setup.generated()
    setup.fake.user_patch("primary", event["id"], {"description": interview()["description"].replace("12/11", "12/18")
                                                   + "\nStatus: heard back"})
    backend = open_google(setup.config(), FAST)
    original = backend.read

    def read_then_user_deletes(start: datetime, end: datetime):
        view = original(start, end)
        setup.fake.user_delete("primary", generated["Follow-up call: Acme Corp"]["id"])  # we are about to delete it
        setup.fake.user_delete("primary", generated["Send thank-you letter: Acme Corp"]["id"])
        return view

    backend.read = read_then_user_deletes  # type: ignore[method-assign]
    report = run_pass(setup.config(), backend, NOW + timedelta(minutes=5))
    assert not report.failed  # deleting what is already gone is success
    report, _ = setup.sync(NOW + timedelta(minutes=6))
    assert report.reconciliation.changes == ()
    assert set(setup.generated()) == {"Keep searching while you wait: Acme Corp"}
