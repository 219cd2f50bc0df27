"""Calendar backends behind one small interface (see ``base.Backend``).

Backends are imported lazily by ``open_backend`` so a local-only user never loads Google's client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup_sync.backends.base import Backend
    from followup_sync.config import Config


def open_backend(config: Config, *, read_only: bool = False) -> Backend:
    """The backend the config names, imported only now. ``read_only`` (status, dry runs): it saves
    nothing of its own either (Google's sync state and refreshed token)."""
    if config.calendar.backend == "local":
        from followup_sync.backends.local import LocalBackend

        path = config.calendar.local.path
        assert path is not None, "CalendarConfig._local_needs_path refuses a local backend without a path"
        return LocalBackend(path, config.local_target, config.zone)
    from followup_sync.google.backend import open_google

    return open_google(config, read_only=read_only)
