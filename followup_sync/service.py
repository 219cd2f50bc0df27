"""One sync pass: read → detect → plan → reconcile → apply → export.

The only place besides the CLI that knows about the clock (it is passed in) and about backends.
Each write is tried on its own: one failed write is reported and the rest still happen, and
because ids are deterministic, the next pass picks up whatever this one left undone. A writing pass
holds the state folder's lock and loads the ledger and export manifest afresh under it
(``state.py``), so two processes never save from a stale copy; a dry run takes no lock and saves
nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from followup_sync import bounds, ics, state
from followup_sync.backends.base import AlreadyExists, AuthError, Backend, BackendError, PreconditionFailed
from followup_sync.config import Config
from followup_sync.detect import OWN_TASK, Outcome, Verdict
from followup_sync.details import interview_end, interview_start, read_interview
from followup_sync.model import GeneratedEvent, Interview, SourceEvent, Task
from followup_sync.planner import plan_all
from followup_sync.reconcile import UNKNOWN, Action, Change, Reconciliation, reconcile
from followup_sync.verdicts import VerdictCache
from followup_sync.zones import system_zone, zone_or_none

log = logging.getLogger(__name__)

#: How far back and ahead a pass reads. Generous on purpose: an interview whose follow-up is still
#: pending must stay visible, or its tasks would look orphaned.
READ_BEHIND = timedelta(days=180)
READ_AHEAD = timedelta(days=400)


@dataclass(frozen=True)
class Applied:
    change: Change
    error: str | None = None


@dataclass(frozen=True)
class Classified:
    """An event of the calendar with detection's verdict on it."""

    event: SourceEvent
    verdict: Verdict


#: The service's verdicts from pass to pass (one process, one calendar).
VERDICTS = VerdictCache()


@dataclass(frozen=True)
class PassReport:
    """What one pass saw and did; the CLI prints it and the daemon summarises it.

    ``tasks`` is the generated events as the calendar holds them after the pass (for a dry run: as
    it would hold them).
    """

    now: datetime
    zone: str
    interviews: tuple[Interview, ...]
    plans: dict[str, tuple[Task, ...]]
    reconciliation: Reconciliation
    applied: tuple[Applied, ...]
    notes: tuple[str, ...]
    tasks: tuple[GeneratedEvent, ...]
    #: The generated events as read, before this pass changed anything (tombstones left out).
    existing: tuple[GeneratedEvent, ...] = ()
    exported: tuple[Path, ...] = ()
    export_error: str | None = None
    dry_run: bool = False
    #: Interviews detected but outside [now - lookback, now + lookahead] and without tasks.
    untracked: int = 0
    #: Events that might be interviews (not planned) inside the planning window, for the user to confirm.
    possible: tuple[Classified, ...] = ()
    #: Every event read, with its verdict (for ``explain``).
    classified: tuple[Classified, ...] = ()

    @property
    def failed(self) -> tuple[Applied, ...]:
        return tuple(a for a in self.applied if a.error)

    def count(self, action: Action) -> int:
        return sum(1 for a in self.applied if a.change.action == action and not a.error)


def resolve_zone(config: Config, calendar_zone: str | None) -> str:
    """The configured zone, else the calendar's own, else this machine's."""
    for name in (config.timezone, calendar_zone):
        if zone_or_none(name):
            return str(name)
    return system_zone()


def run_pass(
    config: Config,
    backend: Backend,
    now: datetime,
    *,
    dry_run: bool = False,
    export: bool = True,
    should_stop: Callable[[], bool] = lambda: False,
    lock_wait: float | None = None,
    verdicts: VerdictCache = VERDICTS,
) -> PassReport:
    """One pass. ``export=False`` skips the .ics export when nothing changed (the daemon's idle
    passes; a failed export is retried anyway); ``should_stop`` is asked before each write so a
    stopping service starts no new one; ``verdicts`` remembers detection's verdicts between passes.
    Raises ``state.Busy`` when another process keeps the state folder longer than ``lock_wait``
    seconds."""
    if dry_run:
        return _pass(config, backend, now, state.open_state(config), dry_run=True, export=False,
                     should_stop=should_stop, verdicts=verdicts)
    with state.writer_lock(config.state_dir, lock_wait):
        return _pass(config, backend, now, state.open_state(config), dry_run=False, export=export,
                     should_stop=should_stop, verdicts=verdicts)


def _pass(config: Config, backend: Backend, now: datetime, saved: state.PassState, *, dry_run: bool,
          export: bool, should_stop: Callable[[], bool], verdicts: VerdictCache) -> PassReport:
    ledger = saved.ledger
    # Reach back to every interview that still has tasks ahead, or a full re-read would lose it.
    start = min(now - READ_BEHIND, ledger.keep_from or now)
    view = backend.read(start, now + READ_AHEAD)
    zone_name = resolve_zone(config, view.timezone)
    zone = ZoneInfo(zone_name)
    saved.check_first_run(view.generated)
    notes = [*saved.notes, *view.notes]
    generated = ledger.account(view.generated)

    readable: list[SourceEvent] = []
    unknown_keys = set(view.unknown_keys)
    for event in view.events:
        checked = bounds.bounded(event)
        if isinstance(checked, str):
            notes.append(checked)
            unknown_keys.add(event.key)
        else:
            readable.append(checked)

    classified = [Classified(event, verdict)
                  for event, verdict in verdicts.verdicts(readable, config.detection, config.identity)]
    interviews: dict[str, Interview] = {}
    for item in classified:
        event = item.event
        if item.verdict.outcome is not Outcome.INTERVIEW:
            continue
        if event.key in interviews:
            notes.append(f"two events share the id {event.key!r}; the second was ignored")
            continue
        interviews[event.key] = read_interview(event, config.rules, config.identity, zone)
    if ledger.rebuilding:
        ledger.held |= set(interviews)
        ledger.rebuilding = False

    # Interviews outside [now - lookback, now + lookahead] get no new plan, unless they already have
    # tasks to keep current.
    has_tasks = {g.task.interview_key for g in generated if not g.deleted}
    behind = now - timedelta(days=config.detection.lookback_days)
    ahead = now + timedelta(days=config.detection.lookahead_days)
    tracked = [i for i in interviews.values()
               if behind <= interview_end(i.event, zone) and interview_start(i.event, zone) <= ahead
               or i.key in has_tasks]
    possible = tuple(c for c in classified if c.verdict.outcome is Outcome.POSSIBLE
                     and _overlaps(c.event, behind, ahead, zone))
    # The whole calendar at once: tasks fit around the events read and the tasks already placed.
    # Copies of our own tasks (another app dropped their markers) are not busy time of their own.
    events = [c.event for c in classified if c.verdict.absolute != OWN_TASK]
    planned = plan_all(tracked, events, generated, config.rules, now, zone, source=backend.source_id,
                       signature=config.identity.name, rounds=tuple(interviews.values()))
    plans = planned.tasks
    tracked = [i for i in tracked if i.key in plans]
    notes.extend(planned.notes)
    for interview in tracked:
        notes.extend(f"{interview.label}: {problem}" for problem in interview.problems)

    desired = [task for tasks in plans.values() for task in tasks]
    pending = any(not g.deleted and g.task.start >= now for g in generated)
    allow_deletes = bool(view.events) or view.trust_empty or not pending
    if not allow_deletes:
        notes.append("the source calendar is empty; generated tasks were kept rather than deleted")
    # Unknown is not gone: tasks of an interview that was not read, and that may be in what could not
    # be read, are kept until it can be read again.
    read = {event.key for event in readable}
    unknown = frozenset(key for g in generated if (key := g.task.interview_key) not in read
                        and (view.unreadable or key in unknown_keys))
    result = state.hold(reconcile(desired, generated, now, allow_deletes=allow_deletes, unknown=unknown), ledger.held)
    if held := sum(1 for k in result.kept if k.reason == UNKNOWN):
        notes.append(f"tasks kept, not deleted: {held}, whose interview could not be read this pass")

    applied = (tuple(Applied(c) for c in result.changes) if dry_run
               else tuple(_apply(backend, result.changes, now, should_stop, saved)))
    tasks = _after(generated, applied, now)
    ledger.keep_from = min((interview_start(i.event, zone) for i in tracked
                            if any(g.task.interview_key == i.key and g.task.start >= now for g in tasks)),
                           default=None)
    exported: tuple[Path, ...] = ()
    export_error = None
    if not dry_run:
        saved.save_ledger()
        if export or any(not a.error for a in applied) or saved.manifest.is_pending(config.export.dir):
            try:
                exported = tuple(_export(saved, tasks, interviews, config.export.dir, config))
            except OSError as error:  # the calendar is written already; the export is retried next pass
                export_error = f"could not write the .ics export to {config.export.dir}: {error.strerror or error}"
    return PassReport(
        now=now,
        zone=zone_name,
        interviews=tuple(tracked),
        plans=plans,
        reconciliation=result,
        applied=applied,
        notes=tuple(notes),
        tasks=tuple(tasks),
        existing=tuple(g for g in generated if not g.deleted),
        exported=exported,
        export_error=export_error,
        dry_run=dry_run,
        untracked=len(interviews) - len(tracked),
        possible=possible,
        classified=tuple(classified),
    )


def _overlaps(event: SourceEvent, start: datetime, end: datetime, zone: ZoneInfo) -> bool:
    """Whether the event touches [start, end]; an event at the edge of the calendar does not."""
    try:
        return start <= interview_end(event, zone) and interview_start(event, zone) <= end
    except (OverflowError, ValueError):
        return False


def export_tasks(config: Config, report: PassReport, out: Path) -> list[Path]:
    """``followup-sync export``: the tasks as the calendar holds them, written to ``out``."""
    with state.writer_lock(config.state_dir):
        saved = state.open_state(config)
        return _export(saved, report.existing, {i.key: i for i in report.interviews}, out, config)


def _export(saved: state.PassState, tasks: Sequence[GeneratedEvent], interviews: dict[str, Interview],
            out: Path, config: Config) -> list[Path]:
    """Export into ``out``, removing only files our last export there wrote (the manifest); a
    failure is remembered so the next pass tries again even when nothing else changed."""
    try:
        paths = ics.export_calendar(tasks, interviews, out, config.export.format, saved.manifest.files(out))
    except OSError:
        saved.manifest.pending.add(saved.manifest.key(out))
        saved.save_manifest()
        raise
    saved.manifest.record(out, paths)
    saved.save_manifest()
    return paths


def _apply(backend: Backend, changes: Sequence[Change], now: datetime, should_stop: Callable[[], bool],
           saved: state.PassState) -> list[Applied]:
    ledger = saved.ledger
    if changes:
        # Saved before the first write: a first pass that dies midway must leave a ledger behind,
        # or the next pass would take its tasks for a lost ledger's (state.PassState.check_first_run).
        saved.save_ledger()
    done: list[Applied] = []
    for change in changes:
        if should_stop():
            break  # the rest waits for the next run; ids make that safe
        task_id = change.task.id
        if change.action is Action.DELETE:
            # Recorded as ours before it happens, and left so when the write fails: a lost answer must
            # not look like the user's deletion, and a delete that did not happen is found live and
            # taken back by the next read (Ledger.account).
            ledger.retired.add(task_id)
            ledger.created.discard(task_id)
            saved.save_ledger()
        try:
            _write(backend, change, now)
            done.append(Applied(change))
            if change.action is Action.CREATE:
                ledger.created.add(task_id)
                ledger.retired.discard(task_id)
        except AuthError:
            raise
        except AlreadyExists:
            done.append(Applied(change, "exists already; the next pass reads it and respects it"))
        except PreconditionFailed:
            done.append(Applied(change, "changed in the calendar meanwhile; the next pass re-plans"))
        except BackendError as error:
            done.append(Applied(change, str(error)))
        except OSError as error:
            done.append(Applied(change, f"{type(error).__name__}: {error}"))
        if done[-1].error:
            log.warning("%s %s failed: %s", change.action, change.task.id, done[-1].error)
    return done


def _write(backend: Backend, change: Change, now: datetime) -> None:
    if change.action is Action.CREATE:
        backend.create(written(change.task, None, now))
    elif change.action is Action.UPDATE:
        assert change.existing is not None
        backend.update(change.existing, written(change.task, change.existing, now))
    else:
        assert change.existing is not None
        backend.delete(change.existing)


def written(task: Task, previous: GeneratedEvent | None, now: datetime) -> GeneratedEvent:
    """The generated event as it is written: its fingerprint marker, stamp and sequence."""
    sequence = previous.sequence + 1 if previous else 0
    return GeneratedEvent(task=task, fingerprint=task.fingerprint(), written=now, sequence=sequence)


def _after(existing: Sequence[GeneratedEvent], applied: Sequence[Applied], now: datetime) -> list[GeneratedEvent]:
    """The generated events as the calendar now holds them (failed writes leave the old state)."""
    by_id = {g.task.id: g for g in existing if not g.deleted}
    for item in applied:
        if item.error:
            continue
        change = item.change
        if change.action is Action.DELETE:
            by_id.pop(change.task.id, None)
        else:
            by_id[change.task.id] = written(change.task, change.existing, now)
    return sorted(by_id.values(), key=lambda g: (g.task.start, g.task.id))
