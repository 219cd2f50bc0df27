"""systemd's service notification protocol (sd_notify), spoken directly over its datagram socket.

No dependency on the C libsystemd: the protocol is one datagram of ``KEY=VALUE`` lines to the
AF_UNIX socket named in ``$NOTIFY_SOCKET`` (a leading ``@`` means the abstract namespace). Outside
systemd the variable is unset and every call is a no-op.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


class Notifier:
    def __init__(self, environ: Mapping[str, str]) -> None:
        path = environ.get("NOTIFY_SOCKET", "")
        self.address = "\0" + path[1:] if path.startswith("@") else path
        self.watchdog_seconds = _watchdog_seconds(environ)

    def send(self, *fields: str) -> bool:
        """Send ``READY=1``, ``STATUS=...`` and the like in one datagram; False when it could not be sent."""
        if not self.address:
            return False
        message = "\n".join(f.replace("\n", " ") for f in fields).encode("utf-8")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.connect(self.address)
                sock.sendall(message)
        except OSError as error:
            log.debug("sd_notify failed: %s", error)
            return False
        return True


def _watchdog_seconds(environ: Mapping[str, str]) -> float | None:
    """The watchdog period systemd expects pings within, if it is meant for this process."""
    pid = environ.get("WATCHDOG_PID")
    if pid and pid != str(os.getpid()):
        return None
    try:
        usec = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return usec / 1_000_000 if usec > 0 else None
