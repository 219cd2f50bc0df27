"""Model-based: the user's actions, passes, a second writer, lost answers and lost state, in any order.

Hypothesis drives the real service (``run_pass``, the real state folder and lock) over the in-memory
calendar, which keeps the same contract as the real backends. After every step: no task the user
deleted is back, no task the user edited was changed by us, the user's events are as the user left
them, and a clean pass after any history settles: the next one has nothing to do and every task a
live interview needs exists, unless the user deleted it (or, after a lost ledger, may have).
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from followup_sync.config import load_config
from followup_sync.model import SourceEvent
from followup_sync.service import run_pass
from followup_sync.state import HELD, LOCAL_LEDGER, Busy, writer_lock
from tests.memory_backend import MemoryBackend
from tests.test_google import ACME_DESCRIPTION, NOW

INTERVIEWS = st.integers(0, 2)


class Service(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="followup-sm-"))
        (self.root / "config.yaml").write_text(
            f"timezone: America/New_York\nstate_dir: {self.root / 'state'}\n"
            f"calendar:\n  local:\n    path: {self.root}\nexport:\n  dir: {self.root / 'ics'}\n", encoding="utf-8")
        self.config = load_config(self.root / "config.yaml", {})
        self.calendar = MemoryBackend()
        self.minutes = 0
        self.user_deleted: set[str] = set()
        #: Deleted when a ledger was lost: whose deletion that was cannot be known, so it is held.
        self.in_doubt: set[str] = set()
        self.user_edited: dict[str, str] = {}
        self.user_events: dict[str, SourceEvent] = {}

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def now(self) -> datetime:
        self.minutes += 7
        return NOW + timedelta(minutes=self.minutes)

    def sync(self):  # type: ignore[no-untyped-def]
        return run_pass(self.config, self.calendar, self.now())

    # -- the user's hand ---------------------------------------------------------------------

    @rule(n=INTERVIEWS, day=st.integers(-2, 10))
    def add_or_move_interview(self, n: int, day: int) -> None:
        start = datetime(2026, 12, 2, 10, tzinfo=NOW.tzinfo) + timedelta(days=day)
        event = SourceEvent(key=f"acme-{n}", uid=f"acme-{n}", summary=f"Phone screen - Acme {n}", start=start,
                            end=start + timedelta(minutes=45),
                            description=ACME_DESCRIPTION.replace("Acme Corp", f"Acme {n}").replace("Decision: 12/11\n", ""))
        self.calendar.user_add(event)
        self.user_events[event.key] = event

    @rule(n=INTERVIEWS)
    def cancel_interview(self, n: int) -> None:
        self.calendar.user_remove(f"acme-{n}")
        self.user_events.pop(f"acme-{n}", None)

    @rule(n=INTERVIEWS)
    def hear_back(self, n: int) -> None:
        event = self.user_events.get(f"acme-{n}")
        if event is not None and "Status:" not in event.description:
            from dataclasses import replace

            heard = replace(event, description=event.description + "\nStatus: heard back")
            self.calendar.user_add(heard)
            self.user_events[heard.key] = heard

    @precondition(lambda self: bool(self.calendar.generated))
    @rule(pick=st.integers(0, 20))
    def delete_a_task(self, pick: int) -> None:
        ids = sorted(self.calendar.generated)
        task_id = ids[pick % len(ids)]
        self.calendar.user_delete(task_id)
        self.user_deleted.add(task_id)
        self.user_edited.pop(task_id, None)

    @precondition(lambda self: bool(self.calendar.generated))
    @rule(pick=st.integers(0, 20))
    def edit_a_task(self, pick: int) -> None:
        ids = sorted(self.calendar.generated)
        task_id = ids[pick % len(ids)]
        summary = f"mine: {self.calendar.generated[task_id].task.summary}"
        self.calendar.user_edit(task_id, summary)
        self.user_edited[task_id] = summary

    # -- passes ------------------------------------------------------------------------------

    @rule()
    def a_pass(self) -> None:
        self.sync()

    @rule(faults=st.lists(st.sampled_from(["before", "after", None]), min_size=1, max_size=6))
    def a_pass_with_lost_writes(self, faults: list[str | None]) -> None:
        self.calendar.faults = [f or "" for f in faults]
        self.sync()
        self.calendar.faults = []

    @rule()
    def a_second_writer_is_busy(self) -> None:
        before = dict(self.calendar.generated)
        with writer_lock(self.config.state_dir):
            with pytest.raises(Busy):
                run_pass(self.config, self.calendar, self.now(), lock_wait=0)
        assert self.calendar.generated == before, "a pass that could not lock changed nothing"

    @rule()
    def the_ledger_is_lost(self) -> None:
        ledger = self.config.local_target / LOCAL_LEDGER
        for path in (ledger, ledger.with_name(ledger.name + ".bak")):
            if path.exists():
                path.write_text("")
        self.in_doubt |= self.calendar.deleted

    # -- what must always hold ---------------------------------------------------------------

    @invariant()
    def the_users_deletions_stay(self) -> None:
        assert not self.user_deleted & set(self.calendar.generated)

    @invariant()
    def the_users_edits_stay(self) -> None:
        for task_id, summary in self.user_edited.items():
            assert self.calendar.generated[task_id].task.summary == summary

    @invariant()
    def the_users_events_are_untouched(self) -> None:
        assert self.calendar.events == self.user_events

    @invariant()
    def a_clean_pass_settles(self) -> None:
        report = self.sync()
        assert not report.failed
        again = self.sync()
        assert again.reconciliation.changes == (), "a second clean pass has nothing to do"
        held = {k.task.id for k in again.reconciliation.kept if k.reason == HELD}
        for tasks in again.plans.values():
            for task in tasks:
                if task.id not in self.user_deleted | self.in_doubt | held:
                    assert task.id in self.calendar.generated, f"{task.summary} is missing"


Service.TestCase.settings = settings(max_examples=25, stateful_step_count=10, deadline=None,
                                     suppress_health_check=[HealthCheck.too_slow])
test_service_state_machine = pytest.mark.slow(Service.TestCase)
