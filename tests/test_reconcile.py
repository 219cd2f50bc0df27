"""Reconcile: idempotence, and the user's deletions and edits always win."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup_sync.model import GeneratedEvent, Task, TaskKind
from followup_sync.reconcile import DELETED_BY_USER, EDITED_BY_USER, HELD_BACK, PAST, UP_TO_DATE, Action, reconcile
from followup_sync.service import written

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 1, 8, tzinfo=NY)


def task(n: int, hours_ahead: int = 24, kind: TaskKind = TaskKind.THANK_YOU, **changes: object) -> Task:
    start = NOW + timedelta(hours=hours_ahead)
    base = Task(f"fs{n:030d}", kind, f"interview-{n}", f"uid-{n}", f"Send thank-you letter: Co {n}",
                "Dear ...", start, start + timedelta(minutes=30))
    return replace(base, **changes)


def existing(t: Task) -> GeneratedEvent:
    return written(t, None, NOW - timedelta(days=1))


def test_new_tasks_are_created_and_a_second_pass_changes_nothing() -> None:
    desired = [task(1), task(2)]
    first = reconcile(desired, [], NOW)
    assert [c.action for c in first.changes] == [Action.CREATE, Action.CREATE]
    second = reconcile(desired, [existing(c.task) for c in first.changes], NOW)
    assert second.changes == ()
    assert [k.reason for k in second.kept] == [UP_TO_DATE, UP_TO_DATE]


def test_changed_plan_updates_an_untouched_future_task() -> None:
    old = existing(task(1))
    moved = task(1, hours_ahead=48)
    result = reconcile([moved], [old], NOW)
    assert [(c.action, c.reason) for c in result.changes] == [(Action.UPDATE, "moved")]
    assert result.changes[0].existing is old
    reworded = task(1, description="Dear Jane ...")
    assert reconcile([reworded], [old], NOW).changes[0].reason == "details changed"


def test_user_deleted_task_is_never_recreated() -> None:
    tombstone = replace(existing(task(1)), deleted=True)
    result = reconcile([task(1)], [tombstone], NOW)
    assert result.changes == ()
    assert result.kept[0].reason == DELETED_BY_USER


def test_user_edited_task_is_neither_overwritten_nor_deleted() -> None:
    mine = existing(task(1))
    edited = replace(mine, task=replace(mine.task, start=mine.task.start + timedelta(hours=3)))
    assert edited.edited
    assert reconcile([task(1, hours_ahead=72)], [edited], NOW).changes == ()
    assert reconcile([], [edited], NOW).changes == ()
    assert reconcile([], [edited], NOW).kept[0].reason == EDITED_BY_USER


def test_line_end_and_trailing_blank_differences_are_not_edits() -> None:
    mine = existing(task(1, description="line one\nline two"))
    roundtripped = replace(mine, task=replace(mine.task, description="line one  \r\nline two\r\n"))
    assert not roundtripped.edited


def test_tasks_that_are_no_longer_wanted_are_deleted_unless_past() -> None:
    future, past = existing(task(1)), existing(task(2, hours_ahead=-2))
    result = reconcile([], [future, past], NOW)
    assert [(c.action, c.task.id) for c in result.changes] == [(Action.DELETE, future.task.id)]
    assert [k.reason for k in result.kept] == [PAST]


def test_past_tasks_are_not_moved() -> None:
    past = existing(task(1, hours_ahead=-2))
    assert reconcile([task(1, hours_ahead=30)], [past], NOW).changes == ()


def test_overdue_task_keeps_the_slot_it_already_has() -> None:
    made = existing(task(1, hours_ahead=2))
    replanned = task(1, hours_ahead=1, overdue=True)  # "next free slot" moved with the clock
    assert reconcile([replanned], [made], NOW).changes == ()


def test_safety_valve_holds_back_deletes() -> None:
    result = reconcile([], [existing(task(1))], NOW, allow_deletes=False)
    assert result.changes == () and result.kept[0].reason == HELD_BACK


def test_tombstones_of_unwanted_tasks_are_silent() -> None:
    result = reconcile([], [replace(existing(task(1)), deleted=True)], NOW)
    assert result.changes == () and result.kept == ()
