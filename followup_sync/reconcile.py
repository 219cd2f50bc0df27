"""Desired tasks against the generated events that exist: what to create, update and delete.

Pure and total: the same inputs always give the same changes, and a second pass over the result
gives none. The user's hand always wins over the plan:
- a generated event the user deleted (a tombstone) is never recreated;
- one the user edited (its content no longer matches the fingerprint we wrote) is never
  overwritten or deleted;
- one whose time has passed is history and stays as it is.
Only events this product generated are ever passed in, so nothing else can be touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from followup_sync.model import GeneratedEvent, Task
from followup_sync.planner import with_start


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True)
class Change:
    """One write to make. ``task`` is the desired content (the existing one for a delete)."""

    action: Action
    task: Task
    existing: GeneratedEvent | None
    reason: str


@dataclass(frozen=True)
class Kept:
    """A task left as it is, and why (shown by ``status`` and ``sync -v``)."""

    task: Task
    reason: str


@dataclass(frozen=True)
class Reconciliation:
    changes: tuple[Change, ...]
    kept: tuple[Kept, ...]


UP_TO_DATE = "up to date"
DELETED_BY_USER = "deleted by you; not recreated"
EDITED_BY_USER = "edited by you; left as you changed it"
PAST = "its time has passed; left as history"
HELD_BACK = "not deleted: the source calendar looked empty this pass"
UNKNOWN = "not deleted: its interview could not be read this pass"


def reconcile(
    desired: Iterable[Task],
    existing: Iterable[GeneratedEvent],
    now: datetime,
    *,
    allow_deletes: bool = True,
    unknown: frozenset[str] = frozenset(),
) -> Reconciliation:
    """Compare by id. ``allow_deletes=False`` is the safety valve for a source that suddenly looks empty;
    ``unknown`` names interviews that may exist but could not be read, whose tasks are kept."""
    by_id = {gen.task.id: gen for gen in existing}
    changes: list[Change] = []
    kept: list[Kept] = []
    wanted: set[str] = set()

    for task in desired:
        wanted.add(task.id)
        gen = by_id.get(task.id)
        if gen is None:
            changes.append(Change(Action.CREATE, task, None, "new"))
            continue
        left_alone = _left_alone(gen, now)
        if left_alone:
            # A tombstone has no content of its own; name it by what it would have been.
            kept.append(Kept(task if gen.deleted else gen.task, left_alone))
            continue
        if task.overdue:
            # Planned for a time already gone and re-slotted after "now"; the copy that exists is
            # still ahead, so it is where it should be. Moving it each pass would never settle.
            task = with_start(task, gen.task.start)
        # The reminder is not compared: calendars drop or reset it on their own, and a user's change
        # to it is theirs to keep.
        if task.fingerprint() == gen.task.fingerprint():
            kept.append(Kept(gen.task, UP_TO_DATE))
        else:
            moved = task.start != gen.task.start or task.end != gen.task.end
            changes.append(Change(Action.UPDATE, task, gen, "moved" if moved else "details changed"))

    for task_id, gen in by_id.items():
        if task_id in wanted or gen.deleted:
            continue
        left_alone = _left_alone(gen, now)
        if left_alone:
            kept.append(Kept(gen.task, left_alone))
        elif not allow_deletes:
            kept.append(Kept(gen.task, HELD_BACK))
        elif gen.task.interview_key in unknown:
            kept.append(Kept(gen.task, UNKNOWN))
        else:
            changes.append(Change(Action.DELETE, gen.task, gen, "no longer needed"))

    changes.sort(key=lambda c: (c.task.start, c.task.id))
    kept.sort(key=lambda k: (k.task.start, k.task.id))
    return Reconciliation(tuple(changes), tuple(kept))


def _left_alone(gen: GeneratedEvent, now: datetime) -> str | None:
    """Why an existing generated event must not be written to, or None when it may be."""
    if gen.deleted:
        return DELETED_BY_USER
    if gen.edited:
        return EDITED_BY_USER
    if gen.task.start < now:
        return PAST
    return None
