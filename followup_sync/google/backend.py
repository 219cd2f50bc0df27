"""The Google Calendar backend: incremental sync in, idempotent conditional writes out.

Reading: per calendar, a first full sync (``singleEvents`` so recurring interviews arrive as
instances, bounded by the read window) paged to the end, then ``syncToken`` requests that return
only what changed, deletions included as cancelled tombstones. The next token is saved only after
the last page, together with the cached view it belongs to; a 410 ``fullSyncRequired`` discards
both and starts over. A pass with no changes costs one request per calendar read.

Writing: client-chosen ids (the task id), so an insert retried after a lost response meets 409
instead of creating a copy; updates and deletes carry the etag (If-Match), so a concurrent edit by
the user answers 412 and is re-planned instead of overwritten; deleting something already gone is
success. Google never lets a deleted id be used again, so a task that comes back after we removed
it is written under its next *generation* id. Tombstones of our events are kept in the cache and
reported by ``read``; telling ours from the user's is the service's ledger's job (``state.py``).

The sync state file is saved by ``read`` (token and cache belong together), never in read-only mode
(``status``, ``--dry-run``).
"""

from __future__ import annotations

import logging
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
from followup_sync.state import SyncState, digest
from followup_sync.zones import zone_or_none

log = logging.getLogger(__name__)

PAGE_SIZE = 2500
#: Generations a task id may go through before we stop re-creating it (each needs a deletion first).
MAX_GENERATIONS = 32
_BASE32HEX = "0123456789abcdefghijklmnopqrstuv"


class GoogleBackend:
    #: Not the calendar id: "primary" and the address it stands for must give the same task ids.
    source_id = "google"

    def __init__(self, service: Any, tokens: TokenKeeper | None, calendar_id: str, target_id: str,
                 state_dir: Path, policy: RetryPolicy | None = None, *, read_only: bool = False) -> None:
        """``read_only``: nothing is saved (the sync state, a refreshed access token)."""
        self.service = service
        self.read_only = read_only
        self.tokens = tokens
        self.calendar_id = calendar_id
        self.target_id = target_id
        self.policy = policy or RetryPolicy()
        folder = state_dir / "google"
        self.source = SyncState(folder / f"sync-{digest(calendar_id)}.json", calendar_id)
        self.target = (self.source if target_id == calendar_id
                       else SyncState(folder / f"sync-{digest(target_id)}.json", target_id))
        self._converted: dict[str, tuple[object, SourceEvent]] = {}

    # -- reading -----------------------------------------------------------------------------

    def read(self, start: datetime, end: datetime) -> CalendarView:
        notes: list[str] = []
        for state in self._states():
            state.refresh()  # another process may have synced since: continue from its copy
            if state.note:  # said once, by the pass that found it
                notes.append(state.note)
                state.note = None
            self._sync(state, start)
        zone = zone_or_none(self.source.time_zone)
        events, unknown = [], set()
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
            except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as error:
                # AttributeError: a field of another shape than the API's, from a corrupt cache.
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
        # A task whose every generation is deleted is reported once, as a tombstone.
        seen = {g.task.id for g in generated}
        dead = {wire.task_id_of(i) for i, raw in self.target.events.items() if _tombstone(i, raw)}
        generated += [GeneratedEvent.tombstone(i) for i in sorted(dead - seen)]
        return CalendarView(tuple(events), tuple(generated), self.source.time_zone, tuple(notes), trust_empty=True,
                            unknown_keys=frozenset(unknown))

    def _states(self) -> list[SyncState]:
        return [self.source] if self.target is self.source else [self.source, self.target]

    def _sync(self, state: SyncState, start: datetime) -> None:
        try:
            self._pages(state, start)
        except Gone:
            log.info("Google asked for a full sync of %s (sync token expired)", state.calendar_id)
            state.reset()
            self._pages(state, start)
        if state.dirty and not self.read_only:
            state.save()

    def _pages(self, state: SyncState, start: datetime) -> None:
        incremental = state.token is not None
        params: dict[str, Any] = {"calendarId": state.calendar_id, "singleEvents": True, "maxResults": PAGE_SIZE}
        if incremental:
            params["syncToken"] = state.token
        else:
            # showDeleted: our events' tombstones come back too, so a re-created id skips them.
            params["timeMin"] = start.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
            params["showDeleted"] = True
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
        if (known is not None and wire.is_generated(known)) or event_id.startswith(PREFIX):
            # Ours, deleted (by us or by the user): kept as a tombstone, since Google will not
            # let the id be used again and the service needs to see the deletion.
            state.events[event_id] = {"id": event_id, "status": "cancelled"}

    # -- writing -----------------------------------------------------------------------------

    def create(self, gen: GeneratedEvent) -> None:
        """Insert under the first generation of the id not known to be deleted. The service only
        asks for tasks that are not the user's deletions, so a deleted generation is one we retired."""
        task_id = gen.task.id
        for generation in range(MAX_GENERATIONS):
            event_id = task_id + (_base32hex(generation) if generation else "")
            if _tombstone(event_id, self.target.events.get(event_id)):
                continue
            try:
                self._execute(self.service.events().insert(calendarId=self.target_id, body=wire.body(gen, event_id)))
                return
            except AlreadyExists:
                existing = self._execute(self.service.events().get(calendarId=self.target_id, eventId=event_id))
                if existing.get("status") == "cancelled":
                    # Deleted, but this pass did not know: remember it, and let the next pass decide
                    # (with the ledger) whether that was the user.
                    self.target.events[event_id] = {"id": event_id, "status": "cancelled"}
                    if not self.read_only:
                        self.target.save()
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
        request = self.service.events().delete(calendarId=self.target_id, eventId=event_id)
        if old.etag:
            request.headers["If-Match"] = old.etag
        try:
            self._execute(request)
        except (NotFound, Gone):
            pass  # already gone is what we wanted

    def _event_id(self, task_id: str) -> str:
        """The Google id currently holding ``task_id`` (a later generation after a re-creation)."""
        live = [i for i, raw in self.target.events.items() if wire.task_id_of(i) == task_id and wire.is_generated(raw)]
        return max(live, key=len) if live else task_id

    def _execute(self, request: Any) -> Any:
        try:
            return execute(request, self.policy)
        finally:
            if self.tokens and not self.read_only:
                self.tokens.persist()


def _tombstone(event_id: str, raw: dict[str, Any] | None) -> bool:
    return raw is not None and raw.get("status") == "cancelled" and event_id.startswith(PREFIX)


def _base32hex(number: int) -> str:
    digits = ""
    while True:
        number, rest = divmod(number, 32)
        digits = _BASE32HEX[rest] + digits
        if not number:
            return digits


def open_google(config: Any, policy: RetryPolicy | None = None, timeout: float | None = None, *,
                read_only: bool = False) -> GoogleBackend:
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
                         google.target_id, config.state_dir, policy, read_only=read_only)
