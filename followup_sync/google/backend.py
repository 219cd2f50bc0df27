"""The Google Calendar backend: incremental sync in, idempotent conditional writes out.

Reading: per calendar, a first full sync (``singleEvents`` so recurring interviews arrive as
instances, bounded by the read window) paged to the end, then ``syncToken`` requests that return
only what changed, deletions included as cancelled tombstones. The next token is saved only after
the last page, together with the cached view it belongs to; a 410 ``fullSyncRequired`` discards
both and starts over. A pass with no changes costs one request per calendar read.

Writing: client-chosen ids (the task id), so an insert retried after a lost response meets 409
instead of creating a copy; updates and deletes carry the etag (If-Match), so a concurrent edit by
the user answers 412 and is re-planned instead of overwritten; deleting something already gone is
success. A small ledger remembers the ids this product deleted itself, so that a tombstone of
ours is not mistaken for the user's deletion (and a task can come back under a new id).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from followup_sync.backends.base import AlreadyExists, PreconditionFailed
from followup_sync.fsutil import atomic_write
from followup_sync.google import events as wire
from followup_sync.google.auth import TokenKeeper
from followup_sync.google.client import Gone, NotFound, RetryPolicy, execute
from followup_sync.ids import PREFIX
from followup_sync.model import CalendarView, GeneratedEvent, SourceEvent
from followup_sync.zones import zone_or_none

log = logging.getLogger(__name__)

#: 2: the cache keeps transparency, event type, colour, conference and responses (detection evidence).
STATE_VERSION = 2
#: Seconds between saves of a sync token that came with no changes (tokens stay valid for weeks).
TOKEN_SAVE_INTERVAL = 3600
PAGE_SIZE = 2500
#: Generations a task id may go through before we stop re-creating it (each needs a deletion first).
MAX_GENERATIONS = 32
_BASE32HEX = "0123456789abcdefghijklmnopqrstuv"


class SyncState:
    """One calendar's sync token and the slimmed events it accounts for, kept in one JSON file."""

    def __init__(self, path: Path, calendar_id: str) -> None:
        self.path = path
        self.calendar_id = calendar_id
        self.token: str | None = None
        self.time_zone: str | None = None
        self.events: dict[str, dict[str, Any]] = {}
        self.dirty = False
        self.saved = time.monotonic()
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as error:
            log.warning("sync state %s unreadable (%s); starting a full sync", self.path, type(error).__name__)
            return
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION or data.get("calendar") != self.calendar_id:
            return  # an older layout or another calendar: a full sync rebuilds it
        self.token = data.get("sync_token")
        self.time_zone = data.get("time_zone")
        self.events = data.get("events") or {}

    def reset(self) -> None:
        self.token, self.events, self.dirty = None, {}, True

    def save(self) -> None:
        data = {"version": STATE_VERSION, "calendar": self.calendar_id, "sync_token": self.token,
                "time_zone": self.time_zone, "events": self.events}
        atomic_write(self.path, json.dumps(data, separators=(",", ":")).encode("utf-8"), mode=0o600)
        self.dirty = False
        self.saved = time.monotonic()

    def saved_long_ago(self) -> bool:
        return time.monotonic() - self.saved > TOKEN_SAVE_INTERVAL


class Ledger:
    """Ids we deleted ourselves, and ids whose deletion by the user we learned from a 409."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            data = {}
        self.retired: set[str] = set(data.get("retired", [])) if isinstance(data, dict) else set()
        self.user_deleted: set[str] = set(data.get("user_deleted", [])) if isinstance(data, dict) else set()

    def save(self) -> None:
        body = {"version": 1, "retired": sorted(self.retired), "user_deleted": sorted(self.user_deleted)}
        atomic_write(self.path, json.dumps(body, indent=1).encode("utf-8"), mode=0o600)


class GoogleBackend:
    #: Not the calendar id: "primary" and the address it stands for must give the same task ids.
    source_id = "google"

    def __init__(self, service: Any, tokens: TokenKeeper | None, calendar_id: str, target_id: str,
                 state_dir: Path, policy: RetryPolicy | None = None) -> None:
        self.service = service
        self.tokens = tokens
        self.calendar_id = calendar_id
        self.target_id = target_id
        self.policy = policy or RetryPolicy()
        folder = state_dir / "google"
        self.source = SyncState(folder / f"sync-{_digest(calendar_id)}.json", calendar_id)
        self.target = (self.source if target_id == calendar_id
                       else SyncState(folder / f"sync-{_digest(target_id)}.json", target_id))
        self.ledger = Ledger(folder / f"ledger-{_digest(target_id)}.json")
        self._converted: dict[str, tuple[object, SourceEvent]] = {}

    # -- reading -----------------------------------------------------------------------------

    def read(self, start: datetime, end: datetime) -> CalendarView:
        for state in {id(self.source): self.source, id(self.target): self.target}.values():
            self._sync(state, start)
        zone = zone_or_none(self.source.time_zone)
        events, notes, unknown = [], [], set()
        converted: dict[str, tuple[object, SourceEvent]] = {}
        for event_id, raw in self.source.events.items():
            if wire.is_generated(raw) or raw.get("status") == "cancelled":
                continue
            known = self._converted.get(event_id)
            if known is not None and known[0] == (raw.get("etag"), zone):
                converted[event_id] = known
                events.append(known[1])
                continue
            try:
                event = wire.source_event(raw, zone)
            except (ValueError, KeyError, TypeError, OverflowError) as error:
                notes.append(f"event {str(raw.get('id'))[:40]} skipped: {type(error).__name__}: {str(error)[:80]}")
                unknown.add(event_id)
                continue
            converted[event_id] = ((raw.get("etag"), zone), event)
            events.append(event)
        # Unchanged events (same etag) are not converted again: idle passes scale with changes.
        self._converted = converted
        generated = []
        for raw in self.target.events.values():
            if wire.is_generated(raw):
                try:
                    generated.append(wire.generated_event(raw))
                except (ValueError, KeyError, TypeError) as error:
                    notes.append(f"generated event {str(raw.get('id'))[:40]} unreadable: {type(error).__name__}")
        seen = {g.task.id for g in generated}
        generated += [GeneratedEvent.tombstone(i) for i in sorted(self.ledger.user_deleted) if i not in seen]
        return CalendarView(tuple(events), tuple(generated), self.source.time_zone, tuple(notes), trust_empty=True,
                            unknown_keys=frozenset(unknown))

    def _sync(self, state: SyncState, start: datetime) -> None:
        try:
            self._pages(state, start)
        except Gone:
            log.info("Google asked for a full sync of %s (sync token expired)", state.calendar_id)
            state.reset()
            self._pages(state, start)
        if state.dirty:
            state.save()

    def _pages(self, state: SyncState, start: datetime) -> None:
        incremental = state.token is not None
        params: dict[str, Any] = {"calendarId": state.calendar_id, "singleEvents": True, "maxResults": PAGE_SIZE}
        if incremental:
            params["syncToken"] = state.token
        else:
            params["timeMin"] = start.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
        received: dict[str, dict[str, Any]] = {}
        page_token = None
        while True:
            page = self._execute(self.service.events().list(**params, pageToken=page_token))
            for item in page.get("items", []):
                received[str(item.get("id"))] = item
            state.time_zone = page.get("timeZone") or state.time_zone
            page_token = page.get("nextPageToken")
            if not page_token:
                break
        if not incremental:
            state.events = {}
        for event_id, item in received.items():
            self._apply(state, event_id, item)
        token = page.get("nextSyncToken")
        # Changes are saved at once; a new token alone only now and then: the saved older token
        # just replays nothing, and rewriting a large cache every minute would be waste.
        if received or not incremental or (token != state.token and state.saved_long_ago()):
            state.dirty = True
        state.token = token

    def _apply(self, state: SyncState, event_id: str, item: dict[str, Any]) -> None:
        known = state.events.get(event_id)
        if item.get("status") != "cancelled":
            state.events[event_id] = wire.slim(item)
            return
        state.events.pop(event_id, None)
        generated = (known is not None and wire.is_generated(known)) or event_id.startswith(PREFIX)
        if state is self.target and generated and event_id not in self.ledger.retired:
            # Deleted, not by us: the user's decision, kept as a tombstone so it is never recreated.
            self.ledger.user_deleted.add(wire.task_id_of(event_id))
            self.ledger.save()

    # -- writing -----------------------------------------------------------------------------

    def create(self, gen: GeneratedEvent) -> None:
        task_id = gen.task.id
        for generation in range(MAX_GENERATIONS):
            event_id = task_id + (_base32hex(generation) if generation else "")
            if event_id in self.ledger.retired:
                continue
            try:
                self._execute(self.service.events().insert(calendarId=self.target_id, body=wire.body(gen, event_id)))
                return
            except AlreadyExists:
                existing = self._execute(self.service.events().get(calendarId=self.target_id, eventId=event_id))
                if existing.get("status") != "cancelled":
                    raise  # an earlier pass wrote it; the next sync reads it
                if event_id not in self.ledger.retired:
                    self.ledger.user_deleted.add(task_id)
                    self.ledger.save()
                    raise
        raise AlreadyExists(f"{task_id} was re-created too often")

    def update(self, old: GeneratedEvent, new: GeneratedEvent) -> None:
        event_id = self._event_id(old.task.id)
        # patch, not update: fields the user added (colour, location, attachments) stay as they are.
        request = self.service.events().patch(calendarId=self.target_id, eventId=event_id,
                                              body=wire.patch_body(new, event_id))
        if old.etag:
            request.headers["If-Match"] = old.etag
        try:
            self._execute(request)
        except (NotFound, Gone):
            raise PreconditionFailed(f"{old.task.id} was deleted meanwhile") from None

    def delete(self, old: GeneratedEvent) -> None:
        event_id = self._event_id(old.task.id)
        self.ledger.retired.add(event_id)  # first: a lost response must not look like the user's deletion
        self.ledger.save()
        request = self.service.events().delete(calendarId=self.target_id, eventId=event_id)
        if old.etag:
            request.headers["If-Match"] = old.etag
        try:
            self._execute(request)
        except (NotFound, Gone):
            pass  # already gone is what we wanted
        except BaseException:
            # Not known to be deleted: if it is deleted later, that is the user's doing. (When the
            # delete did happen and only its answer was lost, the task counts as the user's
            # deletion and is not re-created: the safe side.)
            self.ledger.retired.discard(event_id)
            self.ledger.save()
            raise

    def _event_id(self, task_id: str) -> str:
        """The Google id currently holding ``task_id`` (a later generation after a re-creation)."""
        live = [i for i, raw in self.target.events.items() if wire.task_id_of(i) == task_id and wire.is_generated(raw)]
        return max(live, key=len) if live else task_id

    def _execute(self, request: Any) -> Any:
        try:
            return execute(request, self.policy)
        finally:
            if self.tokens:
                self.tokens.persist()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _base32hex(number: int) -> str:
    digits = ""
    while True:
        number, rest = divmod(number, 32)
        digits = _BASE32HEX[rest] + digits
        if not number:
            return digits


def open_google(config: Any, policy: RetryPolicy | None = None, timeout: float | None = None) -> GoogleBackend:
    """The backend for ``config``: credentials loaded, the real client pointed at Google or an emulator."""
    import google_auth_httplib2
    import httplib2
    from googleapiclient.discovery import build

    from followup_sync.google import auth
    from followup_sync.google.client import REQUEST_TIMEOUT

    google = config.calendar.google
    credentials = auth.load(config.google_token_file, google.token_uri)
    http = google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=timeout or REQUEST_TIMEOUT))
    options = {"api_endpoint": google.api_endpoint} if google.api_endpoint else None
    service = build("calendar", "v3", http=http, client_options=options, static_discovery=True, cache_discovery=False)
    return GoogleBackend(service, auth.TokenKeeper(credentials, config.google_token_file), google.calendar_id,
                         google.target_id, config.state_dir, policy)
