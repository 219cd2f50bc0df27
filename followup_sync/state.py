"""What followup-sync remembers between passes, owned by the service, and the lock for one writer.

The calendar is the state for everything its markers can tell. A few facts it cannot tell are kept
here, each in one small JSON file with a schema version, written atomically, the last good copy
kept as a ``.bak`` beside it:

- the **ledger** of the target calendar: ids we created, ids we deleted ourselves (retired) and
  ids the user deleted. A generated event that is gone without us having deleted it is the user's
  decision and is never written again; one we removed (an interview cancelled) may come back;
- the **Google sync state**: a calendar's sync token and the events it accounts for (a cache that
  a full sync can always rebuild);
- the **export manifest**: which files each export folder holds because we wrote them, so that
  removing stale ones never touches a file of the user's.

Policy for a file that cannot be read (empty, truncated, not JSON, a newer schema): the backup is
used; without a good backup the ledger is rebuilt from the calendar's markers (every generated
event found counts as created) and *held*: interviews known at that moment get no new task, since
a task missing from the calendar may be one the user deleted. Interviews first seen later are
planned as usual. A pass never fails for ever because of it, and says what happened in one note.
A ledger that is simply missing, without a backup, is a first run only while the calendar holds
none of our generated events; beside them it was lost (a target vdir restored by a sync tool
holds only its ``.ics`` files) and the same policy applies.

Backends only read and write events; the service loads this state under the lock at the start of
each writing pass and saves it, so two processes never save from a stale copy. ``status`` and
``--dry-run`` neither take the lock nor write anything.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import time
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup_sync.backends.base import Unavailable
from followup_sync.fsutil import atomic_write
from followup_sync.ids import PREFIX
from followup_sync.model import GeneratedEvent
from followup_sync.reconcile import Action, Kept, Reconciliation

if TYPE_CHECKING:
    from followup_sync.config import Config

log = logging.getLogger(__name__)

LOCK_FILE = "lock"
#: How long a writer waits for another one (a pass of the service, a hand-run sync) to finish.
LOCK_WAIT = 5.0
#: ``auth`` waits longer: giving up would throw away a sign-in the user just completed.
AUTH_LOCK_WAIT = 120.0
#: The local backend's ledger lives beside the files it describes (a vdir copied elsewhere keeps it).
LOCAL_LEDGER = ".followup-sync-ledger.json"
LEDGER_VERSION = 2
#: 2: the cache keeps transparency, event type, colour, conference and responses (detection evidence).
SYNC_VERSION = 2
MANIFEST_FILE = "export-manifest.json"
MANIFEST_VERSION = 1
#: Seconds between saves of a sync token that came with no changes (tokens stay valid for weeks).
TOKEN_SAVE_INTERVAL = 3600


class Busy(Unavailable):
    """Another followup-sync process holds the state folder; this one tried for a while and gave up."""


def digest(text: str) -> str:
    """Names a calendar in file names without putting its address there."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


# -- the lock ----------------------------------------------------------------------------------


@contextlib.contextmanager
def writer_lock(state_dir: Path, wait: float | None = None) -> Iterator[None]:
    """Hold ``<state_dir>/lock`` (``flock``: released by the kernel when the process dies, so a
    killed pass never leaves a stale lock). Raises :class:`Busy` after ``wait`` seconds."""
    state_dir.mkdir(parents=True, exist_ok=True)
    path = state_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + (LOCK_WAIT if wait is None else wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                    raise Busy(f"another followup-sync (pid {holder}) is writing to {state_dir}; "
                               "nothing was changed, try again in a minute") from None
                time.sleep(0.05)
        # Who holds it, for the message of the one that waits: fixed width, written only when it
        # changes (a truncate and write on every pass costs milliseconds on some filesystems).
        me = f"{os.getpid():>10}\n".encode("ascii")
        if os.pread(fd, len(me) + 1, 0) != me:
            os.pwrite(fd, me, 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


# -- versioned JSON documents ------------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    """A document as read: its data (None: nothing usable), and a note when something was wrong."""

    data: dict[str, Any] | None
    note: str | None = None
    #: The file existed but neither it nor its backup could be used.
    lost: bool = False


def _backup(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _read(path: Path, versions: Collection[int] | None) -> dict[str, Any] | None:
    """The document, or None when it is missing; ValueError when it is there but unusable (or of
    a version not in ``versions``; None accepts any)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None  # other OSErrors (permissions, a file where a folder should be) are exit 74
    if not raw.strip():
        raise ValueError("empty")
    data = json.loads(raw)  # ValueError when truncated or not JSON
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if versions is not None and data.get("version") not in versions:
        raise ValueError(f"schema version {data.get('version')!r}, expected one of {sorted(versions)}")
    return data


def load_document(path: Path, versions: Collection[int]) -> Loaded:
    """Read ``path``; when it is unusable (or missing beside a backup), its backup; say which."""
    try:
        data = _read(path, versions)
        if data is not None:
            return Loaded(data)
        problem = None
    except ValueError as error:
        problem = f"{path} was unreadable ({str(error)[:80]})"
    try:
        backup = _read(_backup(path), versions)
    except ValueError:
        backup = None
    if backup is not None:
        return Loaded(backup, f"{problem or f'{path} was missing'}; restored the last good copy")
    return Loaded(None, problem, lost=problem is not None)


def save_document(path: Path, data: dict[str, Any], *, backup: bool = True) -> None:
    """Atomic save. With ``backup``, the copy being replaced is kept as ``.bak`` first, if it was good."""
    if backup and path.exists():
        try:
            _read(path, None)  # an older version is a good copy too
        except ValueError:
            pass  # never let a broken file replace the last good copy
        else:
            _keep_copy(path, _backup(path))
    body = json.dumps(data, indent=1, sort_keys=True).encode("utf-8") + b"\n"
    atomic_write(path, body, mode=0o600)


def _keep_copy(path: Path, backup: Path) -> None:
    """``backup`` becomes the current ``path`` without ``path`` ever being missing: a hard link
    renamed into place (the save then replaces ``path`` with a new file), else a copy."""
    link = backup.with_name(backup.name + ".new")
    link.unlink(missing_ok=True)
    try:
        os.link(path, link)
    except OSError:  # a filesystem without hard links
        atomic_write(backup, path.read_bytes(), mode=0o600)
        return
    os.replace(link, backup)


# -- the ledger ------------------------------------------------------------------------------


def _ids(values: Any) -> set[str]:
    items = values if isinstance(values, list) else []
    return {i for i in items if isinstance(i, str) and i.startswith(PREFIX) and i.isalnum()}


@dataclass
class Ledger:
    """Which generated ids we created, retired (deleted ourselves) and the user deleted.

    ``held`` names interviews whose missing tasks are not created again, because the ledger that
    could tell a user's deletion from a task never written was lost. ``keep_from`` is the start of
    the oldest interview with tasks still ahead, so a full re-read reaches back to it.
    """

    created: set[str] = field(default_factory=set)
    retired: set[str] = field(default_factory=set)
    user_deleted: set[str] = field(default_factory=set)
    held: set[str] = field(default_factory=set)
    keep_from: datetime | None = None
    #: Lost this pass: the interviews seen by the pass become ``held``.
    rebuilding: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"version": LEDGER_VERSION, "created": sorted(self.created), "retired": sorted(self.retired),
                "user_deleted": sorted(self.user_deleted), "held": sorted(self.held),
                "keep_from": self.keep_from.isoformat() if self.keep_from else None}

    @classmethod
    def from_json(cls, data: dict[str, Any], task_id_length: int) -> Ledger:
        """Version 1 files (the local backend's ``created``; Google's ``retired`` by event id) migrate."""
        held = data.get("held")
        keep_from = data.get("keep_from")
        try:
            since = datetime.fromisoformat(keep_from) if isinstance(keep_from, str) else None
        except ValueError:
            since = None
        return cls(created=_ids(data.get("created")),
                   retired={i[:task_id_length] for i in _ids(data.get("retired"))},
                   user_deleted=_ids(data.get("user_deleted")),
                   held={k for k in held if isinstance(k, str)} if isinstance(held, list) else set(),
                   keep_from=since if since and since.tzinfo else None)

    def account(self, generated: Iterable[GeneratedEvent]) -> list[GeneratedEvent]:
        """Bring the ledger up to date with what the calendar holds; the generated events for
        reconcile, with a tombstone for every task the user deleted.

        Found live: created (a pass that crashed before recording it, or a file the user put
        back), neither retired nor deleted. Gone without us deleting it (missing, or a tombstone the
        calendar reports): the user's deletion.
        """
        gens = list(generated)
        live = {g.task.id: g for g in gens if not g.deleted}
        reported = {g.task.id for g in gens if g.deleted}
        gone = (self.created | reported) - set(live) - self.retired
        self.user_deleted |= gone
        self.created = (self.created - gone - self.retired) | set(live)
        self.retired -= set(live)
        self.user_deleted -= set(live)
        tombstones = [GeneratedEvent.tombstone(i) for i in sorted(self.user_deleted - set(live))]
        return [*live.values(), *tombstones]


#: Why a task of a held interview is not created (shown by ``status`` and ``sync -v``).
HELD = "held: the ledger was lost; you may have deleted it, so it is not created again"


def hold(result: Reconciliation, held: Collection[str]) -> Reconciliation:
    """``result`` without the creations for ``held`` interviews (after a lost ledger: when in doubt,
    never bring back what the user may have deleted). Moves and deletions go ahead."""
    if not held:
        return result
    kept = [Kept(c.task, HELD) for c in result.changes if c.action is Action.CREATE and c.task.interview_key in held]
    changes = tuple(c for c in result.changes if not (c.action is Action.CREATE and c.task.interview_key in held))
    return Reconciliation(changes, tuple(sorted([*result.kept, *kept], key=lambda k: (k.task.start, k.task.id))))


# -- the export manifest -------------------------------------------------------------------


@dataclass
class Manifest:
    """Per export folder, the files our last export there wrote; and folders whose export failed."""

    folders: dict[str, list[str]] = field(default_factory=dict)
    pending: set[str] = field(default_factory=set)

    @staticmethod
    def key(folder: Path) -> str:
        return str(folder.expanduser().resolve())

    def files(self, folder: Path) -> list[str]:
        return list(self.folders.get(self.key(folder), []))

    def is_pending(self, folder: Path) -> bool:
        return self.key(folder) in self.pending

    def record(self, folder: Path, paths: Iterable[Path]) -> None:
        self.folders[self.key(folder)] = sorted(p.name for p in paths)
        self.pending.discard(self.key(folder))

    def to_json(self) -> dict[str, Any]:
        return {"version": MANIFEST_VERSION, "folders": {k: list(v) for k, v in self.folders.items()},
                "pending": sorted(self.pending)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        raw = data.get("folders")
        folders = {str(k): [n for n in v if isinstance(n, str) and "/" not in n and n not in (".", "..")]
                   for k, v in raw.items() if isinstance(v, list)} if isinstance(raw, dict) else {}
        pending = data.get("pending")
        return cls(folders, {p for p in pending if isinstance(p, str)} if isinstance(pending, list) else set())


# -- one pass's state --------------------------------------------------------------------------

#: How a note about a lost ledger ends.
_REBUILT = ("; rebuilt from the calendar, and tasks missing for the interviews known now are not created "
            "again (you may have deleted them)")


class PassState:
    """The ledger and manifest of one state folder as one pass sees them; the saves write what
    changed, and a file that had to be restored or rebuilt is written at the first save."""

    def __init__(self, ledger_path: Path, manifest_path: Path, task_id_length: int) -> None:
        self.ledger_path = ledger_path
        self.manifest_path = manifest_path
        self.notes: list[str] = []
        loaded = load_document(ledger_path, {1, LEDGER_VERSION})
        self.ledger = Ledger.from_json(loaded.data, task_id_length) if loaded.data else Ledger()
        #: No ledger and no backup: a first run, unless the calendar says otherwise (check_first_run).
        self._missing = loaded.data is None and not loaded.lost
        if loaded.lost:
            self.ledger.rebuilding = True
            loaded = Loaded(None, f"{loaded.note}{_REBUILT}")
        if loaded.note:
            self.notes.append(loaded.note)
        self._saved_ledger = self.ledger.to_json() if loaded.data and not loaded.note else None
        manifest = load_document(manifest_path, {MANIFEST_VERSION})
        if manifest.note:
            self.notes.append(manifest.note.replace("was unreadable", "(the export manifest) was unreadable"))
        self.manifest = Manifest.from_json(manifest.data) if manifest.data else Manifest()
        self._saved_manifest = self.manifest.to_json() if not manifest.note else None

    def check_first_run(self, generated: Collection[GeneratedEvent]) -> None:
        """Without a ledger, the calendar's generated events (live or deleted) say whether this is
        the first run: if any are there, the ledger was lost, and a task the user deleted must not
        come back as if it had never been written. Call it with what the backend read, before
        :meth:`Ledger.account`."""
        if self._missing and generated:
            self._missing = False
            self.ledger.rebuilding = True
            self.notes.append(f"{self.ledger_path} was missing while the calendar holds {len(generated)} "
                              f"generated events{_REBUILT}")

    def save_ledger(self) -> None:
        """Write the ledger if it changed; called before each deletion and at the end of a pass."""
        body = self.ledger.to_json()
        if body != self._saved_ledger:
            save_document(self.ledger_path, body)
            self._saved_ledger = body

    def save_manifest(self) -> None:
        body = self.manifest.to_json()
        if body != self._saved_manifest:
            save_document(self.manifest_path, body, backup=False)  # losing it only keeps stale files
            self._saved_manifest = body


def ledger_path(config: Config) -> Path:
    """Where the ledger of the configured target calendar lives (kept where earlier versions had it)."""
    if config.calendar.backend == "local":
        return config.local_target / LOCAL_LEDGER
    return config.state_dir / "google" / f"ledger-{digest(config.calendar.google.target_id)}.json"


def open_state(config: Config) -> PassState:
    """The state as it is on disk now. Call it under :func:`writer_lock` when the pass writes."""
    from followup_sync.google.events import TASK_ID_LENGTH

    return PassState(ledger_path(config), config.state_dir / MANIFEST_FILE, TASK_ID_LENGTH)


# -- the Google sync state ---------------------------------------------------------------------


class SyncState:
    """One Google calendar's sync token and the slimmed events it accounts for, in one JSON file.

    A cache: when it is unreadable, a full sync rebuilds it (said in ``note``). A long-lived
    process re-reads the file when another process saved it since, so it never continues, or saves
    over, an older copy.
    """

    def __init__(self, path: Path, calendar_id: str) -> None:
        self.path = path
        self.calendar_id = calendar_id
        self.token: str | None = None
        self.time_zone: str | None = None
        self.events: dict[str, dict[str, Any]] = {}
        self.dirty = False
        self.note: str | None = None
        self.saved = time.monotonic()
        self._stamp: tuple[int, int, int] | None = None
        self._load()

    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            info = self.path.stat()
        except OSError:
            return None
        return (info.st_ino, info.st_mtime_ns, info.st_size)

    def _load(self) -> None:
        self.token, self.time_zone, self.events, self.note = None, None, {}, None
        self._stamp = self._file_stamp()
        try:
            data = _read(self.path, {SYNC_VERSION})
            if data is not None and data.get("calendar") == self.calendar_id:
                _check_events(data.get("events"))
        except ValueError as error:
            if "schema version" not in str(error):  # an older layout is simply rebuilt
                self.note = f"{self.path.name}: unreadable ({str(error)[:80]}); a full sync rebuilds it"
                log.warning("%s", self.note)
            return
        if data is None or data.get("calendar") != self.calendar_id:
            return  # none yet, or another calendar's: a full sync rebuilds it
        self.token = data.get("sync_token")
        self.time_zone = data.get("time_zone")
        self.events = data["events"]

    def refresh(self) -> None:
        """Reload when the file changed on disk since this process last read or wrote it."""
        if self._file_stamp() != self._stamp:
            self._load()

    def reset(self) -> None:
        self.token, self.events, self.dirty = None, {}, True

    def save(self) -> None:
        data = {"version": SYNC_VERSION, "calendar": self.calendar_id, "sync_token": self.token,
                "time_zone": self.time_zone, "events": self.events}
        atomic_write(self.path, json.dumps(data, separators=(",", ":")).encode("utf-8"), mode=0o600)
        self._stamp = self._file_stamp()
        self.dirty = False
        self.saved = time.monotonic()

    def saved_long_ago(self) -> bool:
        return time.monotonic() - self.saved > TOKEN_SAVE_INTERVAL


def _check_events(events: object) -> None:
    """Raises ValueError unless ``events`` is the cache's table of events, each an object as the API
    sent it. The backend reads every one with ``.get``, and a table that is none would pass for an
    empty calendar, its interviews gone with their tasks; either is a corrupt cache, rebuilt."""
    if not isinstance(events, dict):
        raise ValueError(f"its events are a {type(events).__name__}, not a table")
    if not all(isinstance(event, dict) for event in events.values()):
        raise ValueError("an event in it is not an object")
