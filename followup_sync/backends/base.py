"""The contract every calendar backend keeps, and the errors it may raise.

A backend reads the whole picture in one call (the user's events and the generated events,
tombstones included) and writes one generated event at a time. Writes are conditional where the
calendar allows it, so a concurrent edit by the user is detected instead of overwritten.
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
        """The user's events and all generated events (tombstones included).

        [start, end) bounds what must be there, not what may: recurring events are expanded into
        instances inside it (the local backend) or the first full sync starts at ``start`` (Google,
        whose cache then keeps every event it has seen); single events come whatever their date,
        since an old interview may still have tasks pending.
        """
        ...

    def create(self, gen: GeneratedEvent) -> None: ...

    def update(self, old: GeneratedEvent, new: GeneratedEvent) -> None:
        """Replace ``old`` with ``new`` only if the calendar still holds ``old`` (its etag)."""
        ...

    def delete(self, old: GeneratedEvent) -> None:
        """Remove a generated event; already gone counts as done."""
        ...
