"""One contract, every backend: local (real files), Google (the real client against the fake API)
and the in-memory backend the fast service tests use.

What ``backends/base.py`` promises: writes are conditional on the etag read, creating an id that
exists is ``AlreadyExists``, deleting what is gone is done, a user's deletion or edit is seen by the
next read, and ``read`` returns the user's events (single ones whatever their date) apart from the
generated ones. The service relies on nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup_sync.backends.base import AlreadyExists, Backend, PreconditionFailed
from followup_sync.backends.local import LocalBackend
from followup_sync.google.backend import open_google
from followup_sync.google.client import RetryPolicy
from followup_sync.ids import task_id
from followup_sync.model import GeneratedEvent, SourceEvent, Task, TaskKind
from followup_sync.service import READ_AHEAD, READ_BEHIND, written
from tests.conftest import vevent
from tests.fake_google import FakeGoogle
from tests.memory_backend import MemoryBackend

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 1, 8, tzinfo=NY)
FAST = RetryPolicy(attempts=8, base=0.001, cap=0.01)


@dataclass
class Harness:
    """A backend and the user's hands on the same calendar."""

    backend: Backend
    user_delete: Callable[[str], None]
    user_edit: Callable[[str], None]
    #: Adds a single user event (summary, start) to the watched calendar.
    user_add: Callable[[str, datetime], None]


def _memory(tmp_path: Path) -> Iterator[Harness]:
    memory = MemoryBackend()

    def add(summary: str, start: datetime) -> None:
        memory.user_add(SourceEvent(key=summary, uid=summary, summary=summary, start=start,
                                    end=start + timedelta(hours=1)))

    yield Harness(memory, memory.user_delete, lambda i: memory.user_edit(i, "mine now"), add)


def _local(tmp_path: Path) -> Iterator[Harness]:
    source, target = tmp_path / "calendar", tmp_path / "tasks"
    source.mkdir()

    def edit(task: str) -> None:
        file = target / f"{task}.ics"
        file.write_bytes(file.read_bytes().replace(b"SUMMARY:", b"SUMMARY:mine now "))

    def add(summary: str, start: datetime) -> None:
        stamp = f"{start:%Y%m%dT%H%M%S}"
        end = f"{start + timedelta(hours=1):%Y%m%dT%H%M%S}"
        (source / f"{summary}.ics").write_text(vevent(summary, summary, stamp, end), encoding="utf-8", newline="")

    yield Harness(LocalBackend(source, target, NY), lambda i: (target / f"{i}.ics").unlink(), edit, add)


def _google(tmp_path: Path) -> Iterator[Harness]:
    from tests.test_google import google_config
    from followup_sync.config import load_config

    with FakeGoogle(owner="alex@example.com", time_zone="America/New_York") as fake:
        config = load_config(google_config(fake, tmp_path), {"HOME": str(tmp_path)})
        backend = open_google(config, FAST)

        def live_id(task: str) -> str:
            return max((e["id"] for e in fake.events("primary") if e["id"].startswith(task)), key=len)

        def add(summary: str, start: datetime) -> None:
            fake.user_insert("primary", {"summary": summary,
                                         "start": {"dateTime": start.isoformat(), "timeZone": "America/New_York"},
                                         "end": {"dateTime": (start + timedelta(hours=1)).isoformat(),
                                                 "timeZone": "America/New_York"}})

        yield Harness(backend, lambda i: fake.user_delete("primary", live_id(i)),
                      lambda i: fake.user_patch("primary", live_id(i), {"summary": "mine now"}), add)


@pytest.fixture(params=["memory", "local", "google"])
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    yield from {"memory": _memory, "local": _local, "google": _google}[request.param](tmp_path)


def task(n: int = 1, start: datetime = NOW + timedelta(days=2)) -> GeneratedEvent:
    t = Task(id=task_id("contract", f"interview-{n}", TaskKind.THANK_YOU), kind=TaskKind.THANK_YOU,
             interview_key=f"interview-{n}", interview_uid=f"interview-{n}@example.com",
             summary=f"Send thank-you letter: Company {n}", description="Dear Jane,\nthank you.",
             start=start, end=start + timedelta(minutes=30))
    return written(t, None, NOW)


def read(h: Harness) -> dict[str, GeneratedEvent]:
    view = h.backend.read(NOW - READ_BEHIND, NOW + READ_AHEAD)
    ids = [g.task.id for g in view.generated if not g.deleted]
    assert len(ids) == len(set(ids)), "one live generated event per id"
    return {g.task.id: g for g in view.generated if not g.deleted}


def test_a_created_event_is_read_back_as_written_with_an_etag(harness: Harness) -> None:
    gen = task()
    harness.backend.create(gen)
    back = read(harness)[gen.task.id]
    assert back.etag and not back.edited
    assert (back.task.summary, back.task.start, back.task.end) == (gen.task.summary, gen.task.start, gen.task.end)
    assert back.fingerprint == gen.fingerprint


def test_creating_an_id_that_exists_is_already_exists(harness: Harness) -> None:
    harness.backend.create(task())
    with pytest.raises(AlreadyExists):
        harness.backend.create(task())
    assert len(read(harness)) == 1


def test_an_update_needs_the_etag_it_read(harness: Harness) -> None:
    harness.backend.create(task())
    first = read(harness)[task().task.id]
    moved = written(replace(first.task, start=first.task.start + timedelta(days=1),
                            end=first.task.end + timedelta(days=1)), first, NOW)
    harness.backend.update(first, moved)
    second = read(harness)[first.task.id]
    assert second.task.start == moved.task.start and second.etag != first.etag and not second.edited
    with pytest.raises(PreconditionFailed):
        harness.backend.update(first, written(first.task, first, NOW))  # a stale etag
    assert read(harness)[first.task.id].task.start == moved.task.start


def test_a_users_edit_fails_our_update_and_delete_and_reads_as_edited(harness: Harness) -> None:
    harness.backend.create(task())
    gen = read(harness)[task().task.id]
    harness.user_edit(gen.task.id)
    with pytest.raises(PreconditionFailed):
        harness.backend.update(gen, written(gen.task, gen, NOW))
    with pytest.raises(PreconditionFailed):
        harness.backend.delete(gen)
    assert read(harness)[gen.task.id].edited


def test_delete_removes_and_deleting_what_is_gone_is_done(harness: Harness) -> None:
    harness.backend.create(task())
    gen = read(harness)[task().task.id]
    harness.backend.delete(gen)
    assert read(harness) == {}
    harness.backend.delete(gen)  # no error: already gone is what we wanted


def test_a_users_deletion_is_seen_and_an_update_of_it_fails(harness: Harness) -> None:
    harness.backend.create(task(1))
    harness.backend.create(task(2))
    gen = read(harness)[task(1).task.id]
    harness.user_delete(gen.task.id)
    assert set(read(harness)) == {task(2).task.id}
    with pytest.raises(PreconditionFailed):
        harness.backend.update(gen, written(gen.task, gen, NOW))


def test_a_task_we_deleted_can_be_written_again(harness: Harness) -> None:
    harness.backend.create(task())
    harness.backend.delete(read(harness)[task().task.id])
    read(harness)
    harness.backend.create(task())
    assert list(read(harness)) == [task().task.id]


def test_read_returns_user_events_apart_from_generated_ones_whatever_their_date(harness: Harness) -> None:
    """Inside [start, end) from the first read; a single event outside it once the calendar has
    reported it (Google's first full sync starts at ``start``; later changes come whatever their date)."""
    harness.user_add("Dentist", NOW + timedelta(days=1))
    harness.backend.read(NOW - READ_BEHIND, NOW + READ_AHEAD)
    harness.user_add("Old interview", NOW - READ_BEHIND - timedelta(days=100))
    harness.backend.create(task())
    view = harness.backend.read(NOW - READ_BEHIND, NOW + READ_AHEAD)
    assert sorted(e.summary for e in view.events) == ["Dentist", "Old interview"]
    assert [g.task.id for g in view.generated if not g.deleted] == [task().task.id]
    old = next(e for e in view.events if e.summary == "Old interview")
    assert isinstance(old.start, datetime) and old.start.astimezone(timezone.utc) < NOW - READ_BEHIND
