"""An in-memory calendar that keeps the backend contract (``backends/base.py``), for fast service tests.

It behaves like a calendar with tombstones: an event deleted (by us or by the user) is reported by
``read`` as a tombstone until its id is written again. Etags change on every write, the user's
actions bump them too, and every write is conditional, as the contract asks. It passes the same
contract suite as the real backends (``tests/test_backend_contract.py``), which is what makes the
service tests that use it worth something.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime

from followup_sync.backends.base import AlreadyExists, PreconditionFailed, Unavailable
from followup_sync.model import CalendarView, GeneratedEvent, SourceEvent


class MemoryBackend:
    source_id = "memory"

    def __init__(self, time_zone: str | None = "America/New_York") -> None:
        self.time_zone = time_zone
        self.events: dict[str, SourceEvent] = {}
        self.generated: dict[str, GeneratedEvent] = {}
        self.deleted: set[str] = set()
        self.writes = 0
        #: Faults for the next writes, in order: "before" fails without writing, "after" writes and
        #: then fails (the answer was lost).
        self.faults: list[str] = []
        self._etags = itertools.count(1)

    # -- the contract ----------------------------------------------------------------------------

    def read(self, start: datetime, end: datetime) -> CalendarView:
        """Single events whatever their date (this calendar has no recurrence to expand)."""
        tombstones = [GeneratedEvent.tombstone(i) for i in sorted(self.deleted)]
        return CalendarView(tuple(self.events.values()), (*self.generated.values(), *tombstones),
                            self.time_zone, trust_empty=True)

    def create(self, gen: GeneratedEvent) -> None:
        fault = self._fault()
        if gen.task.id in self.generated:
            raise AlreadyExists(f"{gen.task.id} exists already")
        self._store(gen)
        self._lost(fault)

    def update(self, old: GeneratedEvent, new: GeneratedEvent) -> None:
        fault = self._fault()
        current = self.generated.get(old.task.id)
        if current is None or current.etag != old.etag:
            raise PreconditionFailed(f"{old.task.id} changed since it was read")
        self._store(new)
        self._lost(fault)

    def delete(self, old: GeneratedEvent) -> None:
        fault = self._fault()
        current = self.generated.get(old.task.id)
        if current is None:
            return  # already gone is done
        if old.etag is not None and current.etag != old.etag:
            raise PreconditionFailed(f"{old.task.id} changed since it was read")
        del self.generated[old.task.id]
        self.deleted.add(old.task.id)
        self.writes += 1
        self._lost(fault)

    def _fault(self) -> str | None:
        fault = self.faults.pop(0) if self.faults else None
        if fault == "before":
            raise Unavailable("injected: the write did not happen")
        return fault

    @staticmethod
    def _lost(fault: str | None) -> None:
        if fault == "after":
            raise Unavailable("injected: the write happened, its answer was lost")

    # -- the user's hand -------------------------------------------------------------------------

    def user_add(self, event: SourceEvent) -> None:
        self.events[event.key] = event

    def user_remove(self, key: str) -> None:
        self.events.pop(key, None)

    def user_delete(self, task_id: str) -> None:
        del self.generated[task_id]
        self.deleted.add(task_id)

    def user_edit(self, task_id: str, summary: str) -> None:
        gen = self.generated[task_id]
        self.generated[task_id] = replace(gen, task=replace(gen.task, summary=summary), etag=self._etag())

    def _store(self, gen: GeneratedEvent) -> None:
        self.generated[gen.task.id] = replace(gen, etag=self._etag(), deleted=False)
        self.deleted.discard(gen.task.id)
        self.writes += 1

    def _etag(self) -> str:
        return f"m{next(self._etags)}"
