"""IANA time zones by name: a lenient lookup, and this machine's own zone."""

from __future__ import annotations

import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone_or_none(name: object) -> ZoneInfo | None:
    """The zone called ``name``, or None for an empty or unknown name (calendar data is not trusted)."""
    if not isinstance(name, str) or not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def system_zone() -> str:
    """This machine's IANA zone from $TZ or /etc/localtime, or UTC when neither names one."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    return next((name for name in candidates if zone_or_none(name)), "UTC")
