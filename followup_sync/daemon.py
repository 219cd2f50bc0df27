"""``followup-sync run``: the background service.

An APScheduler ``BlockingScheduler`` runs one sync pass at start and then every
``service.poll_interval`` seconds (plus random jitter), never two at once, missed runs coalesced.
A failed pass is logged and the wait doubles up to ``service.max_backoff``; the first good pass
restores the normal pace, so the service recovers by itself when the network returns. Revoked
sign-in (77) or a bad config at start (78) end the service with a code systemd will not restart on.

Signals: SIGTERM/SIGINT stop it (a running pass starts no new write and is given a moment; every
file it writes is atomic, so abandoning it is safe), SIGHUP reloads the config (a bad one is
reported and the old one kept). systemd hears READY=1, STATUS= after each pass, WATCHDOG=1 while
passes make progress, and STOPPING=1. The service side of ``status`` reads the status file this
writes after every pass.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from followup_sync.backends.base import AuthError, Backend, BackendError, QuotaExceeded
from followup_sync.config import Config, ConfigError, load_config
from followup_sync.fsutil import atomic_write
from followup_sync.notify import Notifier
from followup_sync.reconcile import Action
from followup_sync.service import PassReport, run_pass

log = logging.getLogger(__name__)

STATUS_FILE = "service-status.json"
#: How long a stopping service waits for a running pass before it leaves anyway.
STOP_GRACE = 3.0
#: A pass running longer than this is taken as hung: the watchdog pings stop and systemd restarts us.
HUNG_AFTER = timedelta(minutes=5)


@dataclass
class _Pass:
    started: datetime | None = None  # set while a pass runs
    failures: int = 0
    count: int = 0
    last: dict[str, Any] | None = None
    last_error: dict[str, Any] | None = None


class Daemon:
    def __init__(self, config: Config, config_path: Path, environ: Mapping[str, str]) -> None:
        self.config_path = config_path
        self.environ = environ
        self.notifier = Notifier(environ)
        self.config = config
        self.backend: Backend = self._open(self.config)
        self.state = _Pass()
        self.exit_code = 0
        self.stopping = threading.Event()
        self.idle = threading.Event()
        self.idle.set()
        #: Held by a pass and by a reload: a new backend must load its state after the last pass saved it.
        self.swap = threading.Lock()
        self.started_at = datetime.now(timezone.utc)
        self.stopped_at: datetime | None = None
        from apscheduler.schedulers.blocking import BlockingScheduler

        self.scheduler = BlockingScheduler(timezone=timezone.utc)

    @staticmethod
    def _open(config: Config) -> Backend:
        from followup_sync.backends import open_backend

        return open_backend(config)

    # -- scheduling ----------------------------------------------------------------------------

    def run(self) -> int:
        from apscheduler.triggers.interval import IntervalTrigger

        self._install_signals()
        service = self.config.service
        self.scheduler.add_job(
            self._pass, IntervalTrigger(seconds=service.poll_interval, jitter=service.jitter),
            id="sync", next_run_time=datetime.now(timezone.utc), max_instances=1, coalesce=True,
            misfire_grace_time=max(30, service.poll_interval),
        )
        if self.notifier.watchdog_seconds:
            self.scheduler.add_job(self._watchdog, "interval", seconds=max(1.0, self.notifier.watchdog_seconds / 3),
                                   id="watchdog", max_instances=1, coalesce=True)
        self.notifier.send("READY=1", f"STATUS=started; first pass now (every {service.poll_interval}s)")
        log.info("followup-sync service started: %s calendar, a pass every %ss",
                 self.config.calendar.backend, service.poll_interval)
        self.scheduler.start()  # blocks until a signal or a fatal pass stops it
        self.notifier.send("STOPPING=1")
        if not self.idle.wait(STOP_GRACE):
            log.info("stopping in the middle of a pass; the next start finishes it")
        self.stopped_at = datetime.now(timezone.utc)
        self._write_status()
        return self.exit_code

    def _reschedule(self, seconds: float) -> None:
        from apscheduler.triggers.interval import IntervalTrigger

        jitter = self.config.service.jitter
        self.scheduler.reschedule_job("sync", trigger=IntervalTrigger(seconds=seconds, jitter=jitter))

    # -- one pass ------------------------------------------------------------------------------

    def _pass(self) -> None:
        with self.swap:
            self._pass_locked()

    def _pass_locked(self) -> None:
        if self.stopping.is_set():
            return
        self.idle.clear()
        now = datetime.now(timezone.utc)
        self.state.started = now
        try:
            report = run_pass(self.config, self.backend, now, export=self.state.count == 0,
                              should_stop=self.stopping.is_set)
        except AuthError as error:
            log.error("%s", error)
            self.notifier.send(f"STATUS=stopped: {error}")
            self._record_failure(now, str(error))
            self._stop(77)
            return
        except (BackendError, OSError) as error:
            self._failed(now, error)
            return
        except Exception as error:  # a bug must not end the service: log it, back off, try again
            log.exception("pass failed unexpectedly")
            self._failed(now, error)
            return
        finally:
            self.state.started = None
            self.idle.set()
        self._succeeded(report)

    def _succeeded(self, report: PassReport) -> None:
        if self.state.failures:
            log.info("sync recovered after %d failed passes", self.state.failures)
            self._reschedule(self.config.service.poll_interval)
        self.state.failures = 0
        self.state.count += 1
        counts = {a.value: report.count(a) for a in Action}
        self.state.last = {"at": _iso(report.now), "ok": not (report.failed or report.export_error),
                           "interviews": len(report.interviews),
                           **counts, "failed_writes": len(report.failed)}
        problem = report.export_error or (report.failed[0].error if report.failed else None)
        if problem:
            log.warning("%s", problem)
            self.state.last_error = {"at": _iso(report.now), "message": problem}
        if any(counts.values()) or report.failed:
            log.info("pass: %d interviews; %d created, %d updated, %d deleted, %d failed", len(report.interviews),
                     counts["create"], counts["update"], counts["delete"], len(report.failed))
        for note in report.notes:
            log.debug("note: %s", note)
        status = _status_line(report)
        self.notifier.send(f"STATUS={status}", "WATCHDOG=1")
        self._write_status()

    def _failed(self, now: datetime, error: BaseException) -> None:
        self.state.failures += 1
        service = self.config.service
        if isinstance(error, QuotaExceeded):
            wait = service.max_backoff
        else:
            wait = min(service.max_backoff, service.poll_interval * 2 ** self.state.failures)
        log.warning("pass failed (%s); next try in %ss", error, wait)
        self._record_failure(now, str(error))
        self.notifier.send(f"STATUS=last pass failed ({type(error).__name__}); retrying in {wait}s", "WATCHDOG=1")
        if not self.stopping.is_set():
            self._reschedule(wait)

    def _record_failure(self, now: datetime, message: str) -> None:
        self.state.last = {"at": _iso(now), "ok": False, "error": message}
        self.state.last_error = {"at": _iso(now), "message": message}
        self._write_status()

    def _watchdog(self) -> None:
        started = self.state.started
        if started is None or datetime.now(timezone.utc) - started < HUNG_AFTER:
            self.notifier.send("WATCHDOG=1")
        else:
            log.error("a pass has been running since %s; no watchdog ping, so systemd can restart us", _iso(started))

    def _write_status(self) -> None:
        job = self.scheduler.get_job("sync") if self.scheduler.running else None
        body = {
            "version": 1,
            "pid": os.getpid(),
            "started": _iso(self.started_at),
            "stopped": _iso(self.stopped_at) if self.stopped_at else None,
            "passes": self.state.count,
            "consecutive_failures": self.state.failures,
            "last_pass": self.state.last,
            "last_error": self.state.last_error,
            "next_pass": _iso(job.next_run_time) if job and job.next_run_time and not self.stopped_at else None,
        }
        try:
            atomic_write(self.config.state_dir / STATUS_FILE, json.dumps(body, indent=1).encode("utf-8"), mode=0o600)
        except OSError as error:
            log.warning("could not write the status file: %s", error)

    # -- signals -------------------------------------------------------------------------------

    def _install_signals(self) -> None:
        # Handlers run in the main thread, inside the scheduler's wait; they hand the work to a
        # thread so no scheduler lock is ever taken re-entrantly.
        def later(work: Any) -> Any:
            return lambda signum, frame: threading.Thread(target=work, args=(signum,), daemon=True).start()

        signal.signal(signal.SIGTERM, later(lambda signum: self._stop(0)))
        signal.signal(signal.SIGINT, later(lambda signum: self._stop(0)))
        signal.signal(signal.SIGHUP, later(lambda signum: self.reload()))

    def _stop(self, code: int) -> None:
        if self.stopping.is_set():
            return
        self.exit_code = code
        self.stopping.set()
        log.info("stopping (exit %d)", code)
        self.scheduler.shutdown(wait=False)

    def reload(self) -> None:
        """SIGHUP: read the config again; a bad one is reported and the running one kept."""
        self.notifier.send("RELOADING=1", f"MONOTONIC_USEC={time.monotonic_ns() // 1000}")
        with self.swap:
            try:
                config = load_config(self.config_path, self.environ)
                backend = self._open(config)
            except (ConfigError, BackendError) as error:
                log.error("config not reloaded, keeping the running one: %s", error)
                self.notifier.send("READY=1", f"STATUS=reload refused: {str(error).splitlines()[0]}")
                return
            self.config, self.backend = config, backend
        self._reschedule(config.service.poll_interval)
        log.info("config reloaded from %s", self.config_path)
        self.notifier.send("READY=1", "STATUS=config reloaded")


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _status_line(report: PassReport) -> str:
    """``4 interviews tracked, next: Follow-up call: Acme, Tue Dec 14 10:00``."""
    from followup_sync.report import when

    zone = ZoneInfo(report.zone)
    upcoming = [g.task for g in report.tasks if g.task.start >= report.now]
    text = f"{len(report.interviews)} interviews tracked"
    if upcoming:
        first = min(upcoming, key=lambda t: t.start)
        text += f", next: {first.summary}, {when(first.start, zone)}"
    return text


def read_status(state_dir: Path) -> dict[str, Any] | None:
    """What the service last wrote, for ``followup-sync status``; None when it never ran here."""
    try:
        data = json.loads((state_dir / STATUS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def main(config: Config, config_path: Path, environ: Mapping[str, str]) -> int:
    daemon = Daemon(config, config_path, environ)
    code = daemon.run()
    if not daemon.idle.is_set():
        # A pass is still inside an HTTP request; its writes are atomic, so leave without joining it.
        logging.shutdown()
        os._exit(code)
    return code
