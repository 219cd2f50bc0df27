"""Logging for a terminal or for the systemd journal.

Under systemd (``$JOURNAL_STREAM`` set) each record is one line with a ``<N>`` priority prefix and
no timestamp (the journal adds its own); a traceback is prefixed on every line so it stays one
record's priority. Elsewhere: readable lines with timestamps. Secrets and event descriptions are
never logged at the default level.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping

_PRIORITY = {logging.CRITICAL: 2, logging.ERROR: 3, logging.WARNING: 4, logging.INFO: 6, logging.DEBUG: 7}


class JournalFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        priority = _PRIORITY.get(record.levelno, 6 if record.levelno < logging.WARNING else 3)
        text = super().format(record)
        return "\n".join(f"<{priority}>{line}" for line in text.splitlines() or [""])


def setup(verbose: bool, environ: Mapping[str, str]) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if environ.get("JOURNAL_STREAM"):
        handler.setFormatter(JournalFormatter("%(name)s: %(message)s"))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Third-party debug output can carry request URLs and bodies; keep it out unless asked twice.
    for noisy in ("googleapiclient.discovery", "google_auth_httplib2", "urllib3", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
