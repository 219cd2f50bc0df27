"""IANA time zones by name: a lenient lookup, and this machine's own zone."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


def zone_or_none(name: object) -> ZoneInfo | None:
    """The zone called ``name``, or None for an empty or unknown name (calendar data is not trusted:
    ``X-WR-TIMEZONE:America`` names a folder of the zone database, OSError, as a name too long does)."""
    if not isinstance(name, str) or not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


#: Common abbreviations, each read as the zone most people mean by it (IST as India, CST as US Central).
_ABBREVIATIONS = {
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "akst": "America/Anchorage", "akdt": "America/Anchorage",
    "hst": "Pacific/Honolulu", "gmt": "Europe/London", "bst": "Europe/London", "uk": "Europe/London",
    "utc": "UTC", "z": "UTC", "wet": "Europe/Lisbon", "west": "Europe/Lisbon", "cet": "Europe/Berlin",
    "cest": "Europe/Berlin", "met": "Europe/Berlin", "eet": "Europe/Helsinki", "eest": "Europe/Helsinki",
    "msk": "Europe/Moscow", "ist": "Asia/Kolkata", "pkt": "Asia/Karachi", "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong", "jst": "Asia/Tokyo", "kst": "Asia/Seoul", "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney", "acst": "Australia/Adelaide", "acdt": "Australia/Adelaide",
    "awst": "Australia/Perth", "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
    "brt": "America/Sao_Paulo", "art": "America/Argentina/Buenos_Aires", "sast": "Africa/Johannesburg",
    "cat": "Africa/Maputo", "eat": "Africa/Nairobi", "wat": "Africa/Lagos", "gst": "Asia/Dubai",
}
_OFFSET = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?00)?$")


def zone_from_text(text: str) -> str | None:
    """The IANA name a person means by ``text``: "Asia/Tokyo", "JST", "Tokyo", "CET", "UTC+9", or None.

    A city matches the last part of an IANA name ("New York" → America/New_York); a whole-hour
    offset becomes an Etc/GMT zone (whose sign is inverted by convention).
    """
    cleaned = " ".join(text.strip().rstrip(".").split())
    if "/" in cleaned and zone_or_none(cleaned.replace(" ", "_")):
        return cleaned.replace(" ", "_")
    key = cleaned.lower().removesuffix(" time").strip()
    if key in _ABBREVIATIONS:
        return _ABBREVIATIONS[key]
    offset = _OFFSET.match(key)
    if offset and int(offset.group(2)) <= 14:
        hours = int(offset.group(2))
        return "UTC" if hours == 0 else f"Etc/GMT{'-' if offset.group(1) == '+' else '+'}{hours}"
    return _by_city().get(key.replace(" ", "_"))


@lru_cache(maxsize=1)
def _by_city() -> dict[str, str]:
    """Every IANA zone by its name and its last part, in lower case ("asia/tokyo", "tokyo"); canonical
    regions win over legacy aliases for a city."""
    cities = {name.lower(): name for name in available_timezones()}
    for name in sorted(available_timezones(), key=lambda n: (n.count("/") != 1, n.startswith(("Etc/", "US/")), n)):
        cities.setdefault(name.rsplit("/", 1)[-1].lower(), name)
    return cities


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
