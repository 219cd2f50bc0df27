"""The contract every calendar backend keeps, and the errors it may raise.

A backend reads the whole picture in one call (the user's events and the generated events) and
writes one generated event at a time. Writes are conditional where the calendar allows it, so a
concurrent edit by the user is detected instead of overwritten. Backends read and write events
only: what the calendar cannot tell (which ids we created, which we deleted ourselves) is the
service's state (``state.py``), loaded under its lock. ``tests/test_backend_contract.py`` holds
every backend to this contract.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from followup_sync.model import CalendarView, GeneratedEvent


class BackendError(Exception):
    """A failure talking to the calendar. ``exit_code`` follows sysexits for the CLI."""

    exit_code = 75  # EX_TEMPFAIL: try again later


class AlreadyExists(BackendError):
    """Create found the id taken: written by an earlier, interrupted pass, or deleted by the user."""


class PreconditionFailed(BackendError):
    """The event changed since it was read (the user edited it meanwhile); re-read and re-plan."""


class Unavailable(BackendError):
    """The calendar cannot be reached or read right now (network, rate limit, missing folder)."""


class QuotaExceeded(Unavailable):
    """The calendar's usage quota is spent; only a long pause helps (the service waits its maximum)."""


class AuthError(BackendError):
    """The credentials are missing or revoked; the message says which command fixes it."""

    exit_code = 77  # EX_NOPERM


class Backend(Protocol):
    #: Names the watched calendar inside generated ids; must never change for the same calendar.
    source_id: str

    def read(self, start: datetime, end: datetime) -> CalendarView:
        """The user's events and the generated events, each live one once, with its etag.

        A generated event deleted from the calendar is either missing (a vdir) or reported as a
        tombstone (Google, the memory backend); the service's ledger decides whose deletion it was.
        Reading changes nothing the service owns; it may save the backend's own cache (Google's
        sync state) unless the backend was opened read-only.

        [start, end) bounds what must be there, not what may: recurring events are expanded into
        instances inside it (the local backend) or the first full sync starts at ``start`` (Google,
        whose cache then keeps every event it has seen); single events come whatever their date,
        since an old interview may still have tasks pending.
        """
        ...

    def create(self, gen: GeneratedEvent) -> None:
        """Write a new generated event; ``AlreadyExists`` when a live one has its id. The service
        asks only for tasks that are not the user's deletions, so an id we deleted may be reused."""
        ...

    def update(self, old: GeneratedEvent, new: GeneratedEvent) -> None:
        """Replace ``old`` with ``new`` only if the calendar still holds ``old`` (its etag);
        ``PreconditionFailed`` when it was edited or deleted meanwhile."""
        ...

    def delete(self, old: GeneratedEvent) -> None:
        """Remove a generated event; already gone counts as done, ``PreconditionFailed`` when the
        user edited it since it was read."""
        ...
