"""Deterministic ids for generated events.

The same interview and task kind always give the same id, so a retried insert, a restart or two
processes racing can never create a second copy: the calendar refuses the reused id. The alphabet
is base32hex in lower case (0-9, a-v), which Google Calendar accepts as a client-chosen event id
and which is safe as a file name.
"""

from __future__ import annotations

import base64
import hashlib

from followup_sync.model import TaskKind

PREFIX = "fs"


def task_id(source: str, interview_key: str, kind: TaskKind) -> str:
    """``source`` names the watched calendar, so one interview watched twice still gets distinct ids."""
    material = "\x00".join(("followup-sync/1", source, interview_key, kind.value)).encode("utf-8")
    digest = hashlib.sha256(material).digest()[:20]
    return PREFIX + base64.b32hexencode(digest).decode("ascii").lower()

