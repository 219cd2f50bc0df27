"""``followup-sync run`` as a real subprocess against the fake Google API, as systemd runs it."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.fake_google import FakeGoogle
from tests.test_google import google_config, interview

#: Real processes, signals and kills: `pytest -m "not slow"` leaves them to CI.
pytestmark = pytest.mark.slow


@dataclass
class Service:
    fake: FakeGoogle
    root: Path
    config: Path
    notify: socket.socket
    process: subprocess.Popen[str] | None = None
    messages: list[str] = field(default_factory=list)

    def start(self, **env: str) -> None:
        environ = {**os.environ, "NOTIFY_SOCKET": str(self.root / "notify.sock"), "WATCHDOG_USEC": "3000000", **env}
        environ.pop("WATCHDOG_PID", None)
        self.process = subprocess.Popen([sys.executable, "-m", "followup_sync", "--config", str(self.config), "run"],
                                        env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def received(self) -> list[str]:
        while True:
            try:
                self.messages.append(self.notify.recv(4096).decode("utf-8"))
            except BlockingIOError:
                return self.messages

    def wait_for(self, what: Callable[[], object], timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not what():
            assert self.process is None or self.process.poll() is None, self.process.communicate()
            assert time.monotonic() < deadline, f"timed out; notify: {self.received()}"
            time.sleep(0.05)

    def generated(self) -> dict[str, dict]:
        return {e["summary"]: e for e in self.fake.events("primary")
                if (e.get("extendedProperties") or {}).get("private", {}).get("followupSync") == "1"}

    def status(self) -> dict:
        return json.loads((self.root / "state" / "service-status.json").read_text())

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 10.0) -> tuple[int, float, str]:
        assert self.process is not None
        begin = time.monotonic()
        self.process.send_signal(sig)
        _, err = self.process.communicate(timeout=timeout)
        return self.process.returncode, time.monotonic() - begin, err


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    with FakeGoogle(owner="alex@example.com", time_zone="America/New_York") as fake, \
            socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as notify:
        notify.bind(str(tmp_path / "notify.sock"))
        notify.setblocking(False)
        config = google_config(fake, tmp_path, "service:\n  poll_interval: 1\n  jitter: 0\n  max_backoff: 2\n")
        item = Service(fake, tmp_path, config, notify)
        yield item
        if item.process and item.process.poll() is None:
            item.process.kill()
            item.process.communicate()


def test_first_pass_at_start_then_new_interviews_on_the_next_pass(service: Service) -> None:
    service.fake.user_insert("primary", interview())
    service.start()
    service.wait_for(lambda: any(m.startswith("STATUS=1 interviews tracked, next: ") for m in service.received()))
    assert len(service.generated()) == 3
    messages = service.received()
    assert messages[0].startswith("READY=1")
    assert any("WATCHDOG=1" in m for m in messages)

    service.fake.user_insert("primary", interview("Interview at Globex", "2026-12-02T13:00:00-05:00",
                                                  description="Decision: 12/20"))
    service.wait_for(lambda: "Send thank-you letter: Globex" in service.generated())
    service.wait_for(lambda: service.status()["passes"] >= 3)
    assert service.status()["last_pass"]["ok"] is True
    code, seconds, err = service.stop()
    assert code == 0 and "Traceback" not in err
    assert "STOPPING=1" in service.received()
    assert service.status()["stopped"] is not None


def test_a_failing_pass_does_not_stop_the_service(service: Service) -> None:
    service.fake.user_insert("primary", interview())
    service.fake.faults.queue(["403-quota"])
    service.start()
    service.wait_for(lambda: service.status().get("consecutive_failures") == 1 if
                     (service.root / "state" / "service-status.json").exists() else False)
    assert "quota" in service.status()["last_error"]["message"]
    service.wait_for(lambda: len(service.generated()) == 3)  # recovers on its own after the back-off
    service.wait_for(lambda: service.status()["consecutive_failures"] == 0)
    assert any(m.startswith("STATUS=last pass failed (QuotaExceeded)") for m in service.received())
    assert service.stop()[0] == 0


def test_sigterm_mid_pass_exits_0_quickly_without_half_written_state(service: Service) -> None:
    service.fake.user_insert("primary", interview())
    service.start()
    service.wait_for(lambda: len(service.generated()) == 3)
    service.fake.faults.set(rate=1.0, kinds=["slow"], slow_seconds=20)  # the next pass hangs in a request
    mark = service.fake.mark()
    service.wait_for(lambda: service.fake.requests_since(mark))
    code, seconds, err = service.stop()
    assert code == 0 and seconds < 5, err
    for file in (service.root / "state").rglob("*.json"):
        json.loads(file.read_text())  # every state file is whole


def test_sighup_with_a_broken_config_keeps_the_old_one(service: Service) -> None:
    service.start()
    service.wait_for(lambda: any(m.startswith("READY=1") for m in service.received()))
    good = service.config.read_text()
    service.config.write_text(good + "rules:\n  follow_up_call:\n    time: \"25:00\"\n")
    service.process.send_signal(signal.SIGHUP)
    service.wait_for(lambda: any("reload refused" in m for m in service.received()))
    service.fake.user_insert("primary", interview())
    service.wait_for(lambda: len(service.generated()) == 3)  # still syncing with the old config

    service.config.write_text(good.replace("poll_interval: 1", "poll_interval: 2"))
    service.process.send_signal(signal.SIGHUP)
    service.wait_for(lambda: any("config reloaded" in m for m in service.received()))
    code, _, err = service.stop()
    assert code == 0
    assert "rules.follow_up_call.time" in err and "keeping the running one" in err


def test_revoked_sign_in_exits_77_so_systemd_does_not_loop(service: Service) -> None:
    service.fake.revoke_refresh_token()
    service.start()
    service.process.wait(timeout=20)
    _, err = service.process.communicate()
    assert service.process.returncode == 77
    assert "followup-sync auth" in err and "Traceback" not in err
    assert any("STATUS=stopped" in m for m in service.received())


def test_bad_config_at_start_exits_78(service: Service) -> None:
    service.config.write_text("calendar:\n  backend: nonsense\n")
    service.start()
    service.process.wait(timeout=20)
    _, err = service.process.communicate()
    assert service.process.returncode == 78 and f"{service.config}:2: calendar.backend" in err
    assert not any(m.startswith("READY=1") for m in service.received())


def test_journal_logging_has_priorities_and_no_timestamps(service: Service) -> None:
    service.fake.user_insert("primary", interview())
    service.start(JOURNAL_STREAM="8:12345")
    service.wait_for(lambda: len(service.generated()) == 3)
    _, _, err = service.stop()
    lines = [line for line in err.splitlines() if line]
    assert lines and all(line[:3] in {"<6>", "<4>", "<3>", "<7>"} for line in lines), lines
    assert any(line.startswith("<6>followup_sync.daemon: followup-sync service started") for line in lines)
    assert service.fake.access_token not in err and "Dear" not in err  # no tokens or descriptions
