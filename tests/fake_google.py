"""A fake Google Calendar API v3 (plus OAuth token endpoint) for driving the REAL client in tests.

The server is a stdlib ``ThreadingHTTPServer`` on ``127.0.0.1:<random port>`` in a daemon thread.
It speaks the same wire format as ``https://www.googleapis.com/calendar/v3/`` so the real
``googleapiclient`` + ``google-auth`` + ``httplib2`` stack can talk to it unchanged.

Usage
-----
In a test module::

    from tests.fake_google import FakeGoogle, fake_google  # noqa: F401  (fake_google is a fixture)

    def test_something(fake_google: FakeGoogle):
        service = fake_google.service()                 # real googleapiclient Resource
        fake_google.user_insert("primary", {...})       # change state "as the user would"
        mark = fake_google.mark()
        service.events().list(calendarId="primary").execute()
        assert len(fake_google.requests_since(mark)) == 1

Configuring the client by hand (what the production Google backend must be able to do)::

    creds = google.oauth2.credentials.Credentials(
        token=fake.access_token, refresh_token=fake.refresh_token, token_uri=fake.token_uri,
        client_id=fake.client_id, client_secret=fake.client_secret, scopes=[FakeGoogle.SCOPE])
    service = googleapiclient.discovery.build(
        "calendar", "v3", credentials=creds, static_discovery=True,
        client_options={"api_endpoint": fake.api_endpoint})   # http://127.0.0.1:PORT/calendar/v3/

A socket timeout needs an explicit ``httplib2.Http(timeout=...)`` wrapped in
``google_auth_httplib2.AuthorizedHttp(creds, http=...)`` and passed as ``build(..., http=authed)``
(``credentials=`` and ``http=`` are mutually exclusive). ``FakeGoogle.service(timeout=...)`` does that.

Client-stack behaviour worth knowing (verified against the installed versions):

* ``AuthorizedHttp`` refreshes the token on a 401 and replays the request (max 2 refreshes).
* httplib2 silently RE-SENDS a request once when the server closes the connection without an
  answer (``RemoteDisconnected`` on the first try is treated as a stale keep-alive connection) -
  also for POST. So one ``"drop"`` fault is invisible to the caller (but costs two requests and,
  for ``"drop:after"`` on an insert, the replay meets 409 duplicate); two drops in a row raise
  ``http.client.RemoteDisconnected`` (a ``ConnectionError``).
* ``HttpRequest.execute(num_retries=N)`` retries 5xx, 429, 403 ``rateLimitExceeded`` /
  ``userRateLimitExceeded`` (NOT ``quotaExceeded``) and connection errors/timeouts, sleeping
  ``random() * 2**n`` seconds; tests can set ``request._sleep = lambda s: None``.

Faithfulness notes (Google's documented behaviour, reproduced here):

* error bodies: ``{"error": {"errors": [{domain, reason, message, ...}], "code", "message"}}``;
* ``dateTime`` values come back re-rendered in the calendar's (or ``timeZone`` param's) offset,
  so compare instants, not strings; ``timeZone`` is echoed only if it was given;
* events are never really deleted: ``status: "cancelled"``; ``get`` still returns them,
  ``list`` hides them unless ``showDeleted``/``syncToken``/``updatedMin``, except that cancelled
  *exceptions* of recurring events are listed even without ``showDeleted`` when ``singleEvents``
  is false; tombstones without ``showDeleted`` only carry kind/etag/id/status/updated
  (+ recurringEventId/originalStartTime for instances);
* a recurring event with ``dateTime`` needs ``start.timeZone`` (400 "Missing time zone definition");
* ``nextSyncToken`` only on the last page; a page may hold fewer than ``maxResults`` items
  (``fake.short_pages = True`` makes the fake do that, including an empty first page).

Limitations: no batch endpoint, no ``fields`` partial responses, no ``events.import/move/watch``,
recurrence expansion stops after ``EXPANSION_LIMIT`` instances per series.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
import random
import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time as dtime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from dateutil.rrule import rrulestr

JSON = dict[str, Any]
Query = dict[str, list[str]]

EXPANSION_LIMIT = 1000  # instances per recurring series (Google expands "far enough"; we cap)
DEFAULT_PAGE_SIZE = 250
MAX_PAGE_SIZE = 2500
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
EVENT_ID_RE = re.compile(r"^[a-v0-9]{5,1024}$")
SYNC_FORBIDDEN = ("iCalUID", "orderBy", "privateExtendedProperty", "q", "sharedExtendedProperty",
                  "timeMin", "timeMax", "updatedMin")
# Query parameters that do not change *what* a listing returns (excluded from the page-token binding).
NON_QUERY_PARAMS = frozenset({"pageToken", "maxResults", "alt", "fields", "prettyPrint", "quotaUser",
                              "key", "userIp", "maxAttendees", "alwaysIncludeEmail"})


# ---------------------------------------------------------------------------------------- errors


class ApiError(Exception):
    """An error answered in Google's JSON error shape."""

    def __init__(self, code: int, reason: str, message: str, *, domain: str = "global",
                 location: str | None = None, location_type: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{code} {reason}: {message}")
        self.code, self.reason, self.message, self.domain = code, reason, message, domain
        self.location, self.location_type = location, location_type
        self.headers = headers or {}

    def body(self) -> JSON:
        detail: JSON = {"domain": self.domain, "reason": self.reason, "message": self.message}
        if self.location:
            detail["locationType"] = self.location_type or "parameter"
            detail["location"] = self.location
        return {"error": {"errors": [detail], "code": self.code, "message": self.message}}


def bad_request(reason: str, message: str, **kw: Any) -> ApiError:
    return ApiError(400, reason, message, **kw)


#: Google Calendar keeps about 8,192 characters of an event's description and refuses larger values.
MAX_DESCRIPTION = 8192


def not_found() -> ApiError:
    return ApiError(404, "notFound", "Not Found")


def auth_error() -> ApiError:
    return ApiError(401, "authError", "Invalid Credentials", location="Authorization",
                    location_type="header",
                    headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", '
                                                 'error="invalid_token"'})


DUPLICATE = (409, "duplicate", "The requested identifier already exists.")
GONE_DELETED = (410, "deleted", "Resource has been deleted")
FULL_SYNC = (410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.")
PRECONDITION = (412, "conditionNotMet", "Precondition Failed")
TIME_RANGE_EMPTY = "The specified time range is empty."


# ----------------------------------------------------------------------------------- time helpers


def fmt_ms(ms: int) -> str:
    """RFC3339 UTC with milliseconds, as Google renders ``created``/``updated``."""
    return datetime.fromtimestamp(ms // 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{ms % 1000:03d}Z"


def fmt_local(instant: datetime, tz: ZoneInfo) -> str:
    text = instant.astimezone(tz).isoformat(timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def zone(name: Any) -> ZoneInfo | None:
    if not isinstance(name, str) or not name or name.startswith("/") or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def parse_instant(value: str) -> datetime | None:
    """RFC3339 timestamp with a mandatory offset -> aware UTC datetime, else None."""
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if "T" not in value.upper() or parsed.tzinfo is None:
        return None
    return parsed.astimezone(UTC)


def to_us(instant: datetime) -> int:
    return int(instant.timestamp() * 1_000_000)


def b64(obj: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def unb64(token: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))


def clone(value: Any) -> Any:
    """Deep copy of a JSON tree (several times faster than ``copy.deepcopy``)."""
    if isinstance(value, dict):
        return {k: clone(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clone(v) for v in value]
    return value


def new_id() -> str:
    """A server-generated event id: base32hex, lowercase, like Google's."""
    return base64.b32hexencode(uuid.uuid4().bytes).decode().lower().rstrip("=")


# -------------------------------------------------------------------------------- event model


@dataclass(frozen=True)
class When:
    """A parsed EventDateTime: an all-day ``day`` or a timed ``instant`` (UTC), plus its timeZone."""

    day: date | None
    instant: datetime | None
    tz: str | None

    @property
    def all_day(self) -> bool:
        return self.day is not None

    def utc(self, cal_tz: ZoneInfo) -> datetime:
        if self.day is not None:  # all-day dates are read in the calendar's time zone
            return datetime.combine(self.day, dtime(), cal_tz).astimezone(UTC)
        assert self.instant is not None
        return self.instant

    def render(self, out_tz: ZoneInfo) -> JSON:
        if self.day is not None:
            return {"date": self.day.isoformat()}
        assert self.instant is not None
        out: JSON = {"dateTime": fmt_local(self.instant, out_tz)}
        if self.tz:
            out["timeZone"] = self.tz
        return out


def parse_when(obj: Any, which: str) -> When:
    if not isinstance(obj, dict) or (obj.get("date") is None and obj.get("dateTime") is None):
        raise bad_request("required", f"Missing {which} time.")
    if obj.get("date") is not None and obj.get("dateTime") is not None:
        raise bad_request("invalid", f"Invalid {which} time.")
    tz_name = obj.get("timeZone")
    if tz_name is not None and zone(tz_name) is None:
        raise bad_request("invalid", f"Invalid time zone definition for {which} time.")
    if obj.get("date") is not None:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(obj["date"])):
                raise ValueError
            return When(date.fromisoformat(obj["date"]), None, tz_name)
        except ValueError:
            raise bad_request("invalid", f"Invalid value for: {which}.date") from None
    try:
        parsed = datetime.fromisoformat(str(obj["dateTime"]))
        if "T" not in str(obj["dateTime"]).upper():
            raise ValueError
    except ValueError:
        raise bad_request("invalid", f"Invalid value for: {which}.dateTime") from None
    if parsed.tzinfo is None:
        if tz_name is None:
            raise bad_request("required", f"Missing time zone definition for {which} time.")
        parsed = parsed.replace(tzinfo=ZoneInfo(tz_name))
    return When(None, parsed.astimezone(UTC), tz_name)


@dataclass(frozen=True)
class Occurrence:
    """One instance of a recurring series."""

    index: int
    id: str
    start: When
    end: When
    original: JSON  # originalStartTime as rendered at expansion (in the series' time zone)


@dataclass
class Recurrence:
    rule: Any  # dateutil rruleset
    bounded: bool

    @staticmethod
    def compile(lines: Any, start: When) -> Recurrence:
        invalid = bad_request("invalid", "Invalid recurrence rule.")
        if not isinstance(lines, list) or not lines or not all(isinstance(x, str) for x in lines):
            raise invalid
        series_tz = ZoneInfo(start.tz) if start.tz else UTC
        fixed, bounded = [], True
        for line in lines:
            name = re.split(r"[:;]", line, maxsplit=1)[0].upper()
            if name not in {"RRULE", "EXRULE", "RDATE", "EXDATE"} or ":" not in line:
                raise invalid
            if name == "RRULE":
                upper = line.upper()
                bounded = bounded and ("COUNT=" in upper or "UNTIL=" in upper)
                line = re.sub(r"UNTIL=([0-9TZ]+)", lambda m: "UNTIL=" + _until(m.group(1), start, series_tz),
                              line, flags=re.IGNORECASE)
            fixed.append(line)
        if start.day is not None:
            dtstart: datetime = datetime.combine(start.day, dtime())
        else:
            assert start.instant is not None
            dtstart = start.instant.astimezone(series_tz)
        try:
            rule = rrulestr("\n".join(fixed), dtstart=dtstart, forceset=True, unfold=True)
            next(iter(rule), None)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            raise invalid from None
        return Recurrence(rule, bounded)


def _until(value: str, start: When, series_tz: ZoneInfo) -> str:
    """Google accepts UNTIL as a date or a UTC/floating time; dateutil wants it to match DTSTART."""
    value = value.upper()
    if start.day is not None:  # all-day series: floating UNTIL
        return value.rstrip("Z") if "T" in value else value + "T235959"
    if value.endswith("Z"):
        return value
    if "T" not in value:  # a date: end of that day in the series' zone
        local = datetime.strptime(value, "%Y%m%d").replace(hour=23, minute=59, second=59, tzinfo=series_tz)
    else:
        local = datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=series_tz)
    return local.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


@dataclass
class StoredEvent:
    """One stored event resource (single event, recurring master or exception instance)."""

    data: JSON  # the resource as Google stores it (start/end as given by the writer)
    ordinal: int  # insertion order, the default list order
    seq: int  # calendar change sequence at the last modification
    updated_ms: int
    start: When
    end: When
    recurrence: Recurrence | None = None
    _occurrences: list[Occurrence] | None = None

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def cancelled(self) -> bool:
        return self.data.get("status") == "cancelled"

    @property
    def is_exception(self) -> bool:
        return "recurringEventId" in self.data

    def occurrences(self) -> list[Occurrence]:
        """The (capped) expansion of a recurring master, cached until the next write."""
        if self.recurrence is None:
            return []
        if self._occurrences is None:
            occs: list[Occurrence] = []
            for index, value in enumerate(self.recurrence.rule):
                if index >= EXPANSION_LIMIT:
                    break
                occs.append(self._occurrence(index, value))
            self._occurrences = occs
        return self._occurrences

    def _occurrence(self, index: int, value: datetime) -> Occurrence:
        if self.start.day is not None:
            assert self.end.day is not None
            day = value.date()
            start = When(day, None, None)
            end = When(day + (self.end.day - self.start.day), None, None)
            return Occurrence(index, f"{self.id}_{day:%Y%m%d}", start, end, {"date": day.isoformat()})
        assert self.start.instant is not None and self.end.instant is not None and self.start.tz
        instant = value.astimezone(UTC)
        start = When(None, instant, self.start.tz)
        end = When(None, instant + (self.end.instant - self.start.instant), self.end.tz or self.start.tz)
        original = {"dateTime": fmt_local(instant, ZoneInfo(self.start.tz)), "timeZone": self.start.tz}
        return Occurrence(index, f"{self.id}_{instant:%Y%m%dT%H%M%SZ}", start, end, original)

    def series_end(self, cal_tz: ZoneInfo) -> datetime | None:
        """UTC end of the last instance, or None when the series is unbounded."""
        if self.recurrence is None:
            return self.end.utc(cal_tz)
        occs = self.occurrences()
        if not self.recurrence.bounded or not occs:
            return None if not self.recurrence.bounded else self.end.utc(cal_tz)
        return occs[-1].end.utc(cal_tz)


@dataclass
class Item:
    """Something a listing can return: a stored event, or a (possibly cancelled) virtual instance."""

    event: StoredEvent  # the stored event, or the master for a virtual instance
    occurrence: Occurrence | None = None
    master_cancelled: bool = False  # a virtual instance of a cancelled series

    @property
    def id(self) -> str:
        return self.occurrence.id if self.occurrence else self.event.id

    @property
    def cancelled(self) -> bool:
        return self.master_cancelled or (self.occurrence is None and self.event.cancelled)


@dataclass
class Calendar:
    id: str
    summary: str
    time_zone: str
    description: str = ""
    events: dict[str, StoredEvent] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # ordinal -> event id
    changelog: OrderedDict[str, None] = field(default_factory=OrderedDict)  # oldest change first
    seq: int = 0
    generation: int = 0  # bumped by invalidate_sync_tokens()
    updated_ms: int = 0

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def etag(self) -> str:
        return f'"{self.updated_ms}000"'


# ----------------------------------------------------------------------------- list parameters


@dataclass
class ListParams:
    raw: Query
    max_results: int = DEFAULT_PAGE_SIZE
    page_token: str | None = None
    sync_token: str | None = None
    single_events: bool = False
    show_deleted: bool = False
    order_by: str | None = None
    time_min: datetime | None = None
    time_max: datetime | None = None
    updated_min_ms: int | None = None
    private_props: list[tuple[str, str]] = field(default_factory=list)
    shared_props: list[tuple[str, str]] = field(default_factory=list)
    q: list[str] = field(default_factory=list)
    ical_uid: str | None = None
    event_types: set[str] | None = None
    time_zone: ZoneInfo | None = None
    original_start: str | None = None

    @classmethod
    def parse(cls, raw: Query) -> ListParams:
        def one(name: str) -> str | None:
            values = raw.get(name)
            return values[-1] if values else None

        def flag(name: str) -> bool:
            value = one(name)
            if value is None:
                return False
            if value.lower() not in ("true", "false"):
                raise bad_request("invalid", f"Invalid value '{value}'. Values must match the following "
                                  "regular expression: 'true|false'", location=name)
            return value.lower() == "true"

        def instant(name: str) -> datetime | None:
            value = one(name)
            if value is None:
                return None
            parsed = parse_instant(value)
            if parsed is None:
                raise bad_request("badRequest", "Bad Request", location=name)
            return parsed

        def props(name: str) -> list[tuple[str, str]]:
            out = []
            for value in raw.get(name, []):
                key, sep, val = value.partition("=")
                if not sep or not key:
                    raise bad_request("invalid", f"Invalid value for: {name}", location=name)
                out.append((key, val))
            return out

        p = cls(raw)
        if (mr := one("maxResults")) is not None:
            try:
                p.max_results = int(mr)
            except ValueError:
                raise bad_request("invalid", "Invalid value for: maxResults", location="maxResults") from None
            if p.max_results < 1:
                raise bad_request("invalid", "Invalid Value", location="maxResults")
            p.max_results = min(p.max_results, MAX_PAGE_SIZE)
        p.page_token, p.sync_token = one("pageToken"), one("syncToken")
        p.single_events, p.show_deleted = flag("singleEvents"), flag("showDeleted")
        p.order_by = one("orderBy")
        if p.order_by not in (None, "startTime", "updated"):
            raise bad_request("invalid", "Invalid value for: orderBy", location="orderBy")
        if p.order_by == "startTime" and not p.single_events:
            raise bad_request("invalid", "The requested ordering is not available for the particular query.",
                              location="orderBy")
        p.time_min, p.time_max = instant("timeMin"), instant("timeMax")
        if p.time_min and p.time_max and p.time_min >= p.time_max:
            raise bad_request("timeRangeEmpty", TIME_RANGE_EMPTY, domain="calendar", location="timeMax")
        if (updated_min := instant("updatedMin")) is not None:
            p.updated_min_ms = to_us(updated_min) // 1000
        p.private_props, p.shared_props = props("privateExtendedProperty"), props("sharedExtendedProperty")
        p.q = [t for t in (one("q") or "").lower().split() if t]
        p.ical_uid = one("iCalUID")
        if raw.get("eventTypes"):
            p.event_types = set(raw["eventTypes"])
        if (tz_name := one("timeZone")) is not None:
            p.time_zone = zone(tz_name)
            if p.time_zone is None:
                raise bad_request("invalid", "Invalid time zone.", location="timeZone")
        p.original_start = one("originalStart")
        if p.sync_token is not None:
            # "it is not allowed to set showDeleted to False" (events.list reference)
            forbidden = [name for name in SYNC_FORBIDDEN if raw.get(name)]
            if one("showDeleted") is not None and not p.show_deleted:
                forbidden.append("showDeleted")
            if forbidden:
                raise bad_request("syncTokenWithRequestRestrictions",
                                  "Sync token cannot be used with other request restrictions.",
                                  domain="calendar", location=forbidden[0])
        return p

    def fingerprint(self, calendar_id: str, scope: str) -> str:
        relevant = sorted((k, sorted(v)) for k, v in self.raw.items() if k not in NON_QUERY_PARAMS)
        return hashlib.sha1(json.dumps([calendar_id, scope, relevant]).encode()).hexdigest()[:16]


# ------------------------------------------------------------------------------- the calendar store


def _locked(method: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(self: CalendarStore, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            return method(self, *args, **kwargs)

    wrapper.__name__, wrapper.__doc__ = method.__name__, method.__doc__
    return wrapper


READ_ONLY_FIELDS = ("kind", "etag", "created", "updated", "htmlLink", "creator", "organizer",
                    "recurringEventId", "originalStartTime", "id", "iCalUID")
SIGNIFICANT_FIELDS = ("start", "end", "recurrence", "location")


class CalendarStore:
    """All calendars and events, guarded by one lock. Methods raise :class:`ApiError`."""

    def __init__(self, owner: str, time_zone: str, summary: str | None = None) -> None:
        self.lock = threading.RLock()
        self.owner = owner
        self.calendars: dict[str, Calendar] = {}
        self.short_pages = False  # answer short (and a first empty) page, as Google may
        self.fresh_tokens = False  # a new sync token on every list, even with no change, as Google may
        self._last_ms = 0
        self._sorted_memo: tuple[Any, list[tuple[tuple[int, ...], Item]]] | None = None
        self.add_calendar(owner, summary or owner, time_zone)

    # -- infrastructure -----------------------------------------------------------------------

    def _now_ms(self) -> int:
        """Strictly increasing wall-clock milliseconds, so every change has its own ``updated``."""
        self._last_ms = max(int(time.time() * 1000), self._last_ms + 1)
        return self._last_ms

    @_locked
    def add_calendar(self, calendar_id: str | None, summary: str, time_zone: str = "UTC",
                     description: str = "") -> JSON:
        if zone(time_zone) is None:
            raise bad_request("invalid", "Invalid time zone.")
        calendar_id = calendar_id or f"{new_id()}@group.calendar.google.com"
        cal = Calendar(calendar_id, summary, time_zone, description, updated_ms=self._now_ms())
        self.calendars[calendar_id] = cal
        return self.calendar_resource(calendar_id)

    def calendar(self, calendar_id: str) -> Calendar:
        cal = self.calendars.get(self.owner if calendar_id == "primary" else calendar_id)
        if cal is None:
            raise not_found()
        return cal

    def _touch(self, cal: Calendar, ev: StoredEvent) -> None:
        """Record a modification: bump the calendar sequence, updated and etag."""
        cal.seq += 1
        ev.seq = cal.seq
        ev.updated_ms = cal.updated_ms = self._now_ms()
        ev.data["updated"] = fmt_ms(ev.updated_ms)
        ev.data["etag"] = f'"{ev.updated_ms}000"'
        ev._occurrences = None
        cal.changelog[ev.id] = None
        cal.changelog.move_to_end(ev.id)

    # -- resources ----------------------------------------------------------------------------

    @_locked
    def calendar_resource(self, calendar_id: str) -> JSON:
        cal = self.calendar(calendar_id)
        out = {"kind": "calendar#calendar", "etag": cal.etag, "id": cal.id, "summary": cal.summary,
               "timeZone": cal.time_zone,
               "conferenceProperties": {"allowedConferenceSolutionTypes": ["hangoutsMeet"]}}
        if cal.description:
            out["description"] = cal.description
        return out

    @_locked
    def calendar_list(self) -> JSON:
        items = []
        for cal in self.calendars.values():
            entry = {"kind": "calendar#calendarListEntry", "etag": cal.etag, "id": cal.id,
                     "summary": cal.summary, "timeZone": cal.time_zone, "accessRole": "owner",
                     "defaultReminders": self._default_reminders(cal), "selected": True}
            if cal.id == self.owner:
                entry["primary"] = True
            items.append(entry)
        return {"kind": "calendar#calendarList", "etag": f'"{self._last_ms}000"', "items": items,
                "nextSyncToken": b64(["calendarList", self._last_ms])}

    def _default_reminders(self, cal: Calendar) -> list[JSON]:
        return [{"method": "popup", "minutes": 10}] if cal.id == self.owner else []

    def _render(self, cal: Calendar, item: Item, out_tz: ZoneInfo | None = None, *,
                minimal: bool = False) -> JSON:
        out_tz = out_tz or cal.tz
        ev, occ = item.event, item.occurrence
        if occ is None:
            data = clone(ev.data)
            if minimal and ev.cancelled:
                return self._tombstone(data)
            data["start"], data["end"] = ev.start.render(out_tz), ev.end.render(out_tz)
            return data
        # a virtual instance of a recurring master
        data = clone(ev.data)
        data.pop("recurrence", None)
        data.update(id=occ.id, recurringEventId=ev.id, originalStartTime=dict(occ.original),
                    start=occ.start.render(out_tz), end=occ.end.render(out_tz))
        if item.master_cancelled:
            data["status"] = "cancelled"
            if minimal:
                return self._tombstone(data)
        return data

    @staticmethod
    def _tombstone(data: JSON) -> JSON:
        keep = ("kind", "etag", "id", "status", "updated", "recurringEventId", "originalStartTime")
        return {k: data[k] for k in keep if k in data}

    # -- validation ---------------------------------------------------------------------------

    def _validated(self, data: JSON) -> tuple[When, When, Recurrence | None]:
        if not isinstance(data.get("end"), dict) or not data["end"]:
            raise bad_request("required", "Missing end time.")
        if not isinstance(data.get("start"), dict) or not data["start"]:
            raise bad_request("invalid", "Start and end times must either both be date or both be dateTime.")
        start, end = parse_when(data["start"], "start"), parse_when(data["end"], "end")
        if start.all_day != end.all_day:
            raise bad_request("invalid", "Start and end times must either both be date or both be dateTime.")
        if (end.day is not None and start.day is not None and end.day < start.day) or (
                end.instant is not None and start.instant is not None and end.instant < start.instant):
            raise bad_request("timeRangeEmpty", TIME_RANGE_EMPTY, domain="calendar")
        if len(str(data.get("description") or "")) > MAX_DESCRIPTION:
            raise bad_request("invalid", "A provided value exceeds the allowed size limit.")
        status = data.get("status", "confirmed")
        if status not in ("confirmed", "tentative", "cancelled"):
            raise bad_request("invalid", "Invalid value for: status")
        recurrence = None
        if data.get("recurrence"):
            if "recurringEventId" in data:
                raise bad_request("invalid", "Invalid recurrence rule.")
            if not start.all_day and not start.tz:
                raise bad_request("required", "Missing time zone definition for start time.")
            recurrence = Recurrence.compile(data["recurrence"], start)
        for key in ("private", "shared"):
            props = (data.get("extendedProperties") or {}).get(key)
            if props is not None and (not isinstance(props, dict)
                                      or not all(isinstance(v, str) for v in props.values())):
                raise bad_request("invalid", f"Invalid value for: extendedProperties.{key}")
        return start, end, recurrence

    @staticmethod
    def _next_sequence(current: JSON, proposed: JSON, significant: bool) -> int:
        seq = int(current.get("sequence", 0))
        if "sequence" in proposed and proposed["sequence"] is not None:
            asked = int(proposed["sequence"])
            if asked < seq:
                raise bad_request("invalid", "Invalid sequence value. The specified sequence number is below "
                                  "the current sequence number of the resource. Re-fetch the resource and "
                                  "use its sequence number on the following request.")
            return max(asked, seq + significant)
        return seq + significant

    # -- lookups ------------------------------------------------------------------------------

    def _item(self, cal: Calendar, event_id: str) -> Item:
        """A stored event, or a virtual instance ``{masterId}_{stamp}`` of a recurring master."""
        if (ev := cal.events.get(event_id)) is not None:
            return Item(ev)
        base, sep, _ = event_id.rpartition("_")
        master = cal.events.get(base) if sep else None
        if master is not None and master.recurrence is not None:
            for occ in master.occurrences():
                if occ.id == event_id:
                    return Item(master, occ, master_cancelled=master.cancelled)
        raise not_found()

    @staticmethod
    def _check_if_match(etag_now: str, if_match: str | None) -> None:
        if if_match is None:
            return
        wanted = [tag.strip().removeprefix("W/") for tag in if_match.split(",")]
        if "*" not in wanted and etag_now not in wanted:
            raise ApiError(*PRECONDITION, location="If-Match", location_type="header")

    def _item_etag(self, item: Item) -> str:
        return item.event.data["etag"]

    def _materialize(self, cal: Calendar, item: Item) -> StoredEvent:
        """Turn a virtual instance into a stored exception (before patching/deleting it)."""
        if item.occurrence is None:
            return item.event
        data = self._render(cal, item, ZoneInfo(item.event.start.tz) if item.event.start.tz else cal.tz)
        data["iCalUID"] = item.event.data.get("iCalUID")
        ev = StoredEvent(data, len(cal.order), 0, 0, item.occurrence.start, item.occurrence.end)
        cal.order.append(ev.id)
        cal.events[ev.id] = ev
        return ev

    # -- writes -------------------------------------------------------------------------------

    @_locked
    def insert(self, calendar_id: str, body: JSON) -> JSON:
        cal = self.calendar(calendar_id)
        if not isinstance(body, dict):
            raise bad_request("parseError", "Parse Error")
        event_id = body.get("id")
        if event_id is not None and (not isinstance(event_id, str) or not EVENT_ID_RE.match(event_id)):
            raise bad_request("invalid", "Invalid resource id value.")
        data = {k: clone(v) for k, v in body.items() if k not in READ_ONLY_FIELDS and v is not None}
        data.setdefault("status", "confirmed")
        start, end, recurrence = self._validated(data)
        if event_id is not None and event_id in cal.events:  # deleted (cancelled) ids count too
            raise ApiError(*DUPLICATE)
        event_id = event_id or new_id()
        now = self._now_ms()
        person = {"email": self.owner, "self": True}
        data = {
            "kind": "calendar#event", "id": event_id,
            "htmlLink": "https://www.google.com/calendar/event?eid="
                        + base64.urlsafe_b64encode(f"{event_id} {cal.id}".encode()).decode().rstrip("="),
            "created": fmt_ms(now), "creator": dict(person),
            "organizer": {"email": cal.id, "self": True} if cal.id != self.owner else dict(person),
            "iCalUID": body.get("iCalUID") or f"{event_id}@google.com",
            "reminders": {"useDefault": True}, "eventType": "default",
            **data,
        }
        try:
            data["sequence"] = max(0, int(body.get("sequence") or 0))
        except (TypeError, ValueError):
            raise bad_request("invalid", "Invalid value for: sequence") from None
        for attendee in data.get("attendees") or []:
            if isinstance(attendee, dict):
                attendee.setdefault("responseStatus", "needsAction")
        ev = StoredEvent(data, len(cal.order), 0, 0, start, end, recurrence)
        cal.order.append(event_id)
        cal.events[event_id] = ev
        self._touch(cal, ev)
        return self._render(cal, Item(ev))

    def _rewrite(self, cal: Calendar, ev: StoredEvent, new_data: JSON, proposed: JSON, *,
                 force_sequence_bump: bool = False) -> JSON:
        start, end, recurrence = self._validated(new_data)
        significant = force_sequence_bump or any(new_data.get(k) != ev.data.get(k) for k in SIGNIFICANT_FIELDS)
        new_data["sequence"] = self._next_sequence(ev.data, proposed, significant)
        ev.data, ev.start, ev.end, ev.recurrence = new_data, start, end, recurrence
        self._touch(cal, ev)
        return self._render(cal, Item(ev))

    @_locked
    def patch(self, calendar_id: str, event_id: str, body: JSON, if_match: str | None = None, *,
              bump_sequence: bool = False) -> JSON:
        cal = self.calendar(calendar_id)
        if not isinstance(body, dict):
            raise bad_request("parseError", "Parse Error")
        item = self._item(cal, event_id)
        self._check_if_match(self._item_etag(item), if_match)
        patch = {k: v for k, v in body.items() if k not in READ_ONLY_FIELDS or k == "iCalUID"}
        if "iCalUID" in patch and patch["iCalUID"] != item.event.data.get("iCalUID"):
            raise bad_request("invalid", "Invalid iCalUID value.")
        ev = self._materialize(cal, item)
        new_data = merge_patch(ev.data, {k: v for k, v in patch.items() if k != "sequence"})
        return self._rewrite(cal, ev, new_data, body, force_sequence_bump=bump_sequence)

    @_locked
    def update(self, calendar_id: str, event_id: str, body: JSON, if_match: str | None = None) -> JSON:
        cal = self.calendar(calendar_id)
        if not isinstance(body, dict):
            raise bad_request("parseError", "Parse Error")
        item = self._item(cal, event_id)
        self._check_if_match(self._item_etag(item), if_match)
        ev = self._materialize(cal, item)
        kept = {k: ev.data[k] for k in READ_ONLY_FIELDS if k in ev.data}
        new_data = {k: clone(v) for k, v in body.items() if k not in READ_ONLY_FIELDS and v is not None}
        new_data.setdefault("status", "confirmed")
        new_data.setdefault("reminders", {"useDefault": True})
        new_data.setdefault("eventType", ev.data.get("eventType", "default"))
        new_data.update(kept)
        new_data.pop("sequence", None)
        return self._rewrite(cal, ev, new_data, body)

    @_locked
    def delete(self, calendar_id: str, event_id: str, if_match: str | None = None) -> None:
        cal = self.calendar(calendar_id)
        item = self._item(cal, event_id)
        if item.cancelled:
            raise ApiError(*GONE_DELETED)
        self._check_if_match(self._item_etag(item), if_match)
        ev = self._materialize(cal, item)
        ev.data["status"] = "cancelled"
        self._touch(cal, ev)

    @_locked
    def get(self, calendar_id: str, event_id: str, time_zone: str | None = None,
            if_none_match: str | None = None) -> JSON:
        cal = self.calendar(calendar_id)
        out_tz = None
        if time_zone is not None and (out_tz := zone(time_zone)) is None:
            raise bad_request("invalid", "Invalid time zone.", location="timeZone")
        item = self._item(cal, event_id)
        if if_none_match is not None and if_none_match.strip() == self._item_etag(item):
            raise ApiError(304, "notModified", "Not Modified")
        return self._render(cal, item, out_tz)

    # -- sync tokens --------------------------------------------------------------------------

    @staticmethod
    def _sync_token(cal: Calendar, seq: int, nonce: str = "") -> str:
        return b64({"c": cal.id, "g": cal.generation, "s": seq, **({"n": nonce} if nonce else {})})

    @staticmethod
    def _since(cal: Calendar, token: str) -> int:
        try:
            decoded = unb64(token)
            ok = decoded["c"] == cal.id and decoded["g"] == cal.generation and 0 <= decoded["s"] <= cal.seq
        except (ValueError, KeyError, TypeError):
            ok = False
        if not ok:
            raise ApiError(*FULL_SYNC, domain="calendar", location="syncToken")
        return int(decoded["s"])

    @_locked
    def invalidate_sync_tokens(self, calendar_id: str | None = None) -> None:
        """Every outstanding sync token (of one calendar, or of all) now answers 410 fullSyncRequired."""
        for cal in [self.calendar(calendar_id)] if calendar_id else self.calendars.values():
            cal.generation += 1

    # -- listing ------------------------------------------------------------------------------

    @_locked
    def list_events(self, calendar_id: str, raw: Query, *, instances_of: str | None = None) -> JSON:
        cal = self.calendar(calendar_id)
        p = ListParams.parse(raw)
        master: StoredEvent | None = None
        if instances_of is not None:
            master = cal.events.get(instances_of)
            if master is None:
                raise not_found()
        fingerprint = p.fingerprint(cal.id, instances_of or "")
        cursor: tuple[int, ...] | None = None
        snapshot = cal.seq
        if p.page_token is not None:
            try:
                decoded = unb64(p.page_token)
                if decoded["f"] != fingerprint:
                    raise ValueError
                cursor = tuple(decoded["k"]) if decoded["k"] is not None else None
                snapshot = int(decoded["s"])
            except (ValueError, KeyError, TypeError):
                raise bad_request("invalid", "Invalid Value", location="pageToken") from None
        since = self._since(cal, p.sync_token) if p.sync_token is not None else None

        if master is not None:
            candidates = self._instance_candidates(cal, master, p)
        elif since is not None:
            candidates = self._sync_candidates(cal, p, since)
        elif p.order_by is not None:
            memo_key = (cal.id, cal.seq, fingerprint)  # any change bumps cal.seq
            if self._sorted_memo is None or self._sorted_memo[0] != memo_key:
                self._sorted_memo = (memo_key, self._sorted_candidates(cal, p))
            candidates = self._sorted_memo[1]
        else:
            candidates = self._ordered_candidates(cal, p, cursor)

        limit = p.max_results
        if self.short_pages:
            limit = 0 if p.page_token is None else max(1, limit // 2)
        page: list[tuple[tuple[int, ...], Item]] = []
        more = False
        if isinstance(candidates, list) and cursor is not None:  # sorted: jump past the cursor
            candidates = candidates[bisect.bisect_right(candidates, cursor, key=lambda pair: pair[0]):]
        for key, item in candidates:
            if cursor is not None and key <= cursor:
                continue
            if len(page) >= limit:
                more = True
                break
            page.append((key, item))

        out_tz = p.time_zone or cal.tz
        # Without showDeleted, a cancelled item is a bare tombstone (Google only guarantees the id,
        # plus recurringEventId/originalStartTime for instances).
        items = [self._render(cal, item, out_tz, minimal=not p.show_deleted) for _, item in page]
        response: JSON = {
            "kind": "calendar#events", "etag": cal.etag, "summary": cal.summary,
            "updated": fmt_ms(cal.updated_ms), "timeZone": (raw.get("timeZone") or [cal.time_zone])[-1],
            "accessRole": "owner", "defaultReminders": self._default_reminders(cal),
        }
        if cal.description:
            response["description"] = cal.description
        if more:
            last_key = page[-1][0] if page else cursor
            response["nextPageToken"] = b64({"f": fingerprint, "k": last_key, "s": snapshot})
        elif master is None:
            response["nextSyncToken"] = self._sync_token(cal, snapshot, uuid.uuid4().hex if self.fresh_tokens else "")
        response["items"] = items
        return response

    def _visible(self, cal: Calendar, p: ListParams, item: Item, *, expanded: bool) -> bool:
        """Filters shared by every non-sync listing."""
        if item.cancelled:
            allowed = p.show_deleted or p.updated_min_ms is not None or (
                not expanded and item.occurrence is None and item.event.is_exception)
            if not allowed:
                return False
        data = item.event.data
        if p.updated_min_ms is not None and item.event.updated_ms < p.updated_min_ms:
            return False
        if p.ical_uid is not None and data.get("iCalUID") != p.ical_uid:
            return False
        if p.event_types is not None and data.get("eventType", "default") not in p.event_types:
            return False
        ext = data.get("extendedProperties") or {}
        if any((ext.get("private") or {}).get(k) != v for k, v in p.private_props):
            return False
        if any((ext.get("shared") or {}).get(k) != v for k, v in p.shared_props):
            return False
        if p.q and not all(term in _search_text(data) for term in p.q):
            return False
        if p.time_min is None and p.time_max is None:
            return True
        if item.occurrence is not None:
            start, end = item.occurrence.start.utc(cal.tz), item.occurrence.end.utc(cal.tz)
        else:
            start = item.event.start.utc(cal.tz)
            end = item.event.series_end(cal.tz) if not expanded else item.event.end.utc(cal.tz)
        if p.time_max is not None and start >= p.time_max:
            return False
        if p.time_min is not None and end is not None and end <= p.time_min:
            return False
        return True

    def _expand(self, cal: Calendar, master: StoredEvent) -> Iterator[tuple[int, Item]]:
        """Instances of a master, with stored exceptions substituted for their occurrence."""
        for occ in master.occurrences():
            exception = cal.events.get(occ.id)
            if exception is not None and not master.cancelled:
                yield occ.index, Item(exception)
            else:
                yield occ.index, Item(master, occ, master_cancelled=master.cancelled)

    def _ordered_candidates(self, cal: Calendar, p: ListParams,
                            cursor: tuple[int, ...] | None) -> Iterator[tuple[tuple[int, ...], Item]]:
        """Insertion order; resumes at the cursor's ordinal, so paging 10k events stays linear."""
        start = cursor[0] if cursor else 0
        for ordinal in range(start, len(cal.order)):
            ev = cal.events[cal.order[ordinal]]
            if not p.single_events:
                item = Item(ev)
                if self._visible(cal, p, item, expanded=False):
                    yield (ordinal, 0), item
            elif ev.recurrence is not None:
                for index, item in self._expand(cal, ev):
                    if self._visible(cal, p, item, expanded=True):
                        yield (ordinal, index), item
            elif not ev.is_exception:  # exceptions come out through their master
                item = Item(ev)
                if self._visible(cal, p, item, expanded=True):
                    yield (ordinal, 0), item

    def _sorted_candidates(self, cal: Calendar, p: ListParams) -> list[tuple[tuple[int, ...], Item]]:
        out = []
        for key, item in self._ordered_candidates(cal, p, None):
            if p.order_by == "startTime":
                when = item.occurrence.start if item.occurrence else item.event.start
                out.append(((to_us(when.utc(cal.tz)), *key), item))
            else:  # updated
                out.append(((item.event.seq, *key), item))
        out.sort(key=lambda pair: pair[0])
        return out

    def _sync_candidates(self, cal: Calendar, p: ListParams, since: int) -> list[tuple[tuple[int, ...], Item]]:
        """Everything changed after ``since`` in change order, tombstones included."""
        changed: list[StoredEvent] = []
        for event_id in reversed(cal.changelog):
            ev = cal.events[event_id]
            if ev.seq <= since:
                break
            changed.append(ev)
        found: dict[str, tuple[tuple[int, ...], Item]] = {}
        for ev in reversed(changed):
            if p.single_events and ev.recurrence is not None:
                pairs = [((ev.seq, index), item) for index, item in self._expand(cal, ev)]
            else:
                pairs = [((ev.seq, 0), Item(ev))]
            for key, item in pairs:
                if p.event_types is not None and item.event.data.get("eventType", "default") not in p.event_types:
                    continue
                found[item.id] = max(found.get(item.id, (key, item)), (key, item), key=lambda x: x[0])
        return sorted(found.values(), key=lambda pair: pair[0])

    def _instance_candidates(self, cal: Calendar, master: StoredEvent,
                             p: ListParams) -> Iterator[tuple[tuple[int, ...], Item]]:
        for index, item in self._expand(cal, master):
            if p.original_start is not None and item.id != _instance_id_for(master, p.original_start):
                continue
            if self._visible(cal, p, item, expanded=True):
                yield (index,), item

    # -- inspection ---------------------------------------------------------------------------

    @_locked
    def snapshot(self, calendar_id: str, include_deleted: bool = False) -> list[JSON]:
        cal = self.calendar(calendar_id)
        return [self._render(cal, Item(cal.events[i])) for i in cal.order
                if include_deleted or not cal.events[i].cancelled]

    @_locked
    def event(self, calendar_id: str, event_id: str) -> JSON | None:
        try:
            return self.get(calendar_id, event_id)
        except ApiError:
            return None


def _with_basic_auth(form: dict[str, str], header: str | None) -> dict[str, str]:
    """Google's token endpoint takes the client credentials in the form or as HTTP Basic auth."""
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return form
    try:
        client_id, _, secret = base64.b64decode(value).decode("utf-8").partition(":")
    except ValueError:
        return form
    from urllib.parse import unquote_plus

    return {"client_id": unquote_plus(client_id), "client_secret": unquote_plus(secret), **form}


def _instance_id_for(master: StoredEvent, original_start: str) -> str:
    instant = parse_instant(original_start)
    if instant is not None:
        return f"{master.id}_{instant:%Y%m%dT%H%M%SZ}"
    return f"{master.id}_{original_start.replace('-', '')}"


def _search_text(data: JSON) -> str:
    parts = [str(data.get(k) or "") for k in ("summary", "description", "location")]
    for person in [*(data.get("attendees") or []), data.get("organizer") or {}]:
        if isinstance(person, dict):
            parts += [str(person.get("email") or ""), str(person.get("displayName") or "")]
    return "\n".join(parts).lower()


def merge_patch(target: JSON, patch: JSON) -> JSON:
    """Google patch semantics: objects merge key-wise (recursively), arrays and scalars replace,
    ``null`` removes the field."""
    out = clone(target)
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge_patch(out[key], value)
        else:
            out[key] = clone(value)
    return out


# ------------------------------------------------------------------------------------ OAuth


class OAuthServer:
    """Access/refresh tokens and the ``POST /token`` endpoint."""

    def __init__(self, client_id: str, client_secret: str, scope: str, ttl: int) -> None:
        self.lock = threading.Lock()
        self.client_id, self.client_secret, self.scope, self.ttl = client_id, client_secret, scope, ttl
        self.access: dict[str, float] = {}  # token -> expiry (epoch seconds)
        self.refresh: dict[str, bool] = {}  # token -> usable
        self.codes: set[str] = set()
        self.refresh_count = 0

    def issue_token(self) -> tuple[str, str]:
        """A fresh (access_token, refresh_token) pair."""
        with self.lock:
            access, refresh = f"ya29.fake-{uuid.uuid4().hex}", f"1//fake-{uuid.uuid4().hex}"
            self.access[access] = time.time() + self.ttl
            self.refresh[refresh] = True
            return access, refresh

    def issue_auth_code(self) -> str:
        """A one-shot authorization code for ``grant_type=authorization_code``."""
        with self.lock:
            code = f"4/fake-{uuid.uuid4().hex}"
            self.codes.add(code)
            return code

    def expire_access_tokens(self) -> None:
        with self.lock:
            self.access.clear()

    def revoke_refresh_token(self, refresh_token: str) -> None:
        with self.lock:
            self.refresh[refresh_token] = False
            self.access.clear()

    def authorized(self, header: str | None) -> bool:
        scheme, _, token = (header or "").partition(" ")
        with self.lock:
            return scheme.lower() == "bearer" and self.access.get(token.strip(), 0) > time.time()

    def token_endpoint(self, form: dict[str, str]) -> tuple[int, JSON]:
        if form.get("client_id") != self.client_id:
            return 401, {"error": "invalid_client", "error_description": "The OAuth client was not found."}
        if form.get("client_secret") != self.client_secret:
            return 401, {"error": "invalid_client", "error_description": "Unauthorized"}
        grant = form.get("grant_type")
        with self.lock:
            payload: JSON = {}
            if grant == "refresh_token":
                if not self.refresh.get(form.get("refresh_token", "")):
                    return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
                self.refresh_count += 1
            elif grant == "authorization_code":
                if form.get("code") not in self.codes:
                    return 400, {"error": "invalid_grant", "error_description": "Bad Request"}
                self.codes.discard(form["code"])
                refresh = f"1//fake-{uuid.uuid4().hex}"
                self.refresh[refresh] = True
                payload["refresh_token"] = refresh
            else:
                return 400, {"error": "unsupported_grant_type", "error_description": f"Invalid grant_type: {grant}"}
            access = f"ya29.fake-{uuid.uuid4().hex}"
            self.access[access] = time.time() + self.ttl
        return 200, {"access_token": access, "expires_in": self.ttl, "scope": self.scope,
                     "token_type": "Bearer", **payload}


# ---------------------------------------------------------------------------------- faults


FAULT_ERRORS: dict[str, tuple[int, str, str, str]] = {
    "500": (500, "global", "backendError", "Backend Error"),
    "503": (503, "global", "backendError", "The service is currently unavailable."),
    "429": (429, "usageLimits", "rateLimitExceeded", "Rate Limit Exceeded"),
    "403-rate": (403, "usageLimits", "rateLimitExceeded", "Rate Limit Exceeded"),
    "403-user-rate": (403, "usageLimits", "userRateLimitExceeded", "User Rate Limit Exceeded"),
    "403-quota": (403, "usageLimits", "quotaExceeded", "Calendar usage limits exceeded."),
}
FAULT_KINDS = (*FAULT_ERRORS, "401", "drop", "slow")


@dataclass(frozen=True)
class Fault:
    kind: str
    after: bool = False  # apply the write first, then fail (writes only)

    def error(self) -> ApiError:
        if self.kind == "401":
            return auth_error()
        code, domain, reason, message = FAULT_ERRORS[self.kind]
        return ApiError(code, reason, message, domain=domain)


class Faults:
    """Fault injection: a random, seeded rate plus a scripted queue for the next requests.

    ``set(rate=0.25, kinds=["503", "drop"], seed=1, after_write_ratio=0.5)``: each API request
    fails with probability ``rate``; for writes, ``after_write_ratio`` of those failures happen
    after the change was applied. ``queue(["503", "drop:after", "ok"])``: the next requests get
    exactly these (``"ok"`` lets one through). The token endpoint is only affected by
    ``queue(..., token=True)`` or ``set(..., include_token=True)``.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.slow_seconds = 2.0
        self.injected: list[str] = []
        self.clear()

    def clear(self) -> None:
        with self._lock:
            self.rate, self.kinds, self.after_write_ratio = 0.0, ("503",), 0.0
            self.methods: frozenset[str] | None = None
            self.include_token = False
            self._random = random.Random(0)
            self._queue: list[Fault] = []
            self._token_queue: list[Fault] = []

    def set(self, rate: float = 0.0, kinds: Iterable[str] = ("503",), *, seed: int | None = 0,
            after_write_ratio: float = 0.0, slow_seconds: float | None = None,
            methods: Iterable[str] | None = None, include_token: bool = False) -> None:
        kinds = tuple(kinds)
        unknown = [k for k in kinds if k not in FAULT_KINDS]
        if unknown:
            raise ValueError(f"unknown fault kinds {unknown}; known: {FAULT_KINDS}")
        with self._lock:
            self.rate, self.kinds, self.after_write_ratio = rate, kinds, after_write_ratio
            self._random = random.Random(seed)
            self.methods = frozenset(m.upper() for m in methods) if methods else None
            self.include_token = include_token
            if slow_seconds is not None:
                self.slow_seconds = slow_seconds

    def queue(self, kinds: Iterable[str], *, token: bool = False) -> None:
        faults = []
        for spec in kinds:
            kind, _, phase = spec.partition(":")
            if kind != "ok" and kind not in FAULT_KINDS or phase not in ("", "after", "before"):
                raise ValueError(f"bad fault spec {spec!r}")
            faults.append(Fault(kind, phase == "after"))
        with self._lock:
            (self._token_queue if token else self._queue).extend(faults)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue) + len(self._token_queue)

    def next(self, method: str, is_token: bool) -> Fault | None:
        """The fault for this request (consumes the queue), or None."""
        with self._lock:
            queue = self._token_queue if is_token else self._queue
            if queue:
                fault = queue.pop(0)
            elif self.rate > 0 and (not is_token or self.include_token) and (
                    self.methods is None or method in self.methods) and self._random.random() < self.rate:
                fault = Fault(self._random.choice(self.kinds),
                              method in WRITE_METHODS and self._random.random() < self.after_write_ratio)
            else:
                return None
            if fault.kind == "ok":
                return None
            if method not in WRITE_METHODS and fault.after:
                fault = Fault(fault.kind)
            self.injected.append(fault.kind + (":after" if fault.after else ""))
            return fault


# ------------------------------------------------------------------------------ request log


@dataclass
class LoggedRequest:
    index: int
    method: str
    path: str  # e.g. "/calendar/v3/calendars/primary/events" or "/token"
    query: Query
    body: Any = None
    status: int | None = None  # None: dropped (or still running)
    fault: str | None = None  # the injected fault kind, e.g. "503" or "drop:after"


class RequestLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[LoggedRequest] = []
        self._next = 0

    def add(self, method: str, path: str, query: Query, body: Any, fault: Fault | None) -> LoggedRequest:
        with self._lock:
            entry = LoggedRequest(self._next, method, path, query, body,
                                  fault=(fault.kind + (":after" if fault.after else "")) if fault else None)
            self._next += 1
            self._entries.append(entry)
            return entry

    def mark(self) -> int:
        with self._lock:
            return self._next

    def since(self, mark: int = 0) -> list[LoggedRequest]:
        with self._lock:
            return [e for e in self._entries if e.index >= mark]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


# ----------------------------------------------------------------------------------- routing


@dataclass
class Request:
    method: str
    path: str
    query: Query
    headers: Any
    body: Any
    args: dict[str, str] = field(default_factory=dict)

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None


Route = tuple[str, re.Pattern[str], Callable[["CalendarApi", Request], tuple[int, Any]]]


class CalendarApi:
    """Maps ``/calendar/v3/...`` requests onto the :class:`CalendarStore`."""

    PREFIX = "/calendar/v3/"
    routes: list[Route] = []

    def __init__(self, store: CalendarStore) -> None:
        self.store = store

    @classmethod
    def route(cls, method: str, pattern: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        regex = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern) + "$")

        def register(fn: Callable[..., Any]) -> Callable[..., Any]:
            cls.routes.append((method, regex, fn))
            return fn

        return register

    def dispatch(self, req: Request) -> tuple[int, Any]:
        if not req.path.startswith(self.PREFIX):
            raise not_found()
        rest = req.path[len(self.PREFIX):]
        path_matched = False
        for method, regex, fn in self.routes:
            if (match := regex.match(rest)) is None:
                continue
            path_matched = True
            if method == req.method:
                req.args = {k: unquote(v) for k, v in match.groupdict().items()}
                return fn(self, req)
        if path_matched:
            raise ApiError(405, "httpMethodNotAllowed", "HTTP method not allowed")
        raise not_found()


@CalendarApi.route("GET", "users/me/calendarList")
def _calendar_list(api: CalendarApi, req: Request) -> tuple[int, Any]:
    return 200, api.store.calendar_list()


@CalendarApi.route("POST", "calendars")
def _calendar_insert(api: CalendarApi, req: Request) -> tuple[int, Any]:
    body = req.body if isinstance(req.body, dict) else {}
    if not body.get("summary"):
        raise bad_request("required", "Missing title.")
    return 200, api.store.add_calendar(None, body["summary"], body.get("timeZone") or "UTC",
                                       body.get("description") or "")


@CalendarApi.route("GET", "calendars/{cal}")
def _calendar_get(api: CalendarApi, req: Request) -> tuple[int, Any]:
    return 200, api.store.calendar_resource(req.args["cal"])


@CalendarApi.route("GET", "calendars/{cal}/events")
def _events_list(api: CalendarApi, req: Request) -> tuple[int, Any]:
    return 200, api.store.list_events(req.args["cal"], req.query)


@CalendarApi.route("POST", "calendars/{cal}/events")
def _events_insert(api: CalendarApi, req: Request) -> tuple[int, Any]:
    return 200, api.store.insert(req.args["cal"], req.body)


@CalendarApi.route("GET", "calendars/{cal}/events/{event}")
def _events_get(api: CalendarApi, req: Request) -> tuple[int, Any]:
    return 200, api.store.get(req.args["cal"], req.args["event"], req.param("timeZone"),
                              req.headers.get("If-None-Match"))


@CalendarApi.route("PATCH", "calendars/{cal}/events/{event}")
def _events_patch(api: CalendarApi, req: Request) -> tuple[int, Any]:
    return 200, api.store.patch(req.args["cal"], req.args["event"], req.body, req.headers.get("If-Match"))


@CalendarApi.route("PUT", "calendars/{cal}/events/{event}")
def _events_update(api: CalendarApi, req: Request) -> tuple[int, Any]:
    return 200, api.store.update(req.args["cal"], req.args["event"], req.body, req.headers.get("If-Match"))


@CalendarApi.route("DELETE", "calendars/{cal}/events/{event}")
def _events_delete(api: CalendarApi, req: Request) -> tuple[int, Any]:
    api.store.delete(req.args["cal"], req.args["event"], req.headers.get("If-Match"))
    return 204, None


@CalendarApi.route("GET", "calendars/{cal}/events/{event}/instances")
def _events_instances(api: CalendarApi, req: Request) -> tuple[int, Any]:
    return 200, api.store.list_events(req.args["cal"], req.query, instances_of=req.args["event"])


# ------------------------------------------------------------------------------- HTTP server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like Google; httplib2 reuses connections
    server_version = "ESF"
    sys_version = ""
    timeout = 30  # idle keep-alive connections end eventually
    disable_nagle_algorithm = True  # with keep-alive, Nagle + delayed ACK would cost 40 ms a request

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _handle(self) -> None:
        fake: FakeGoogle = self.server.fake  # type: ignore[attr-defined]
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        is_token = url.path == "/token"
        fault = fake.faults.next(self.command, is_token)
        body: Any = None
        try:
            if is_token:
                body = {k: v[-1] for k, v in parse_qs(raw.decode()).items()}
            elif raw:
                body = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            body = ValueError  # answered as parseError below
        entry = fake.log.add(self.command, url.path, query, None if is_token or body is ValueError else body,
                             fault)

        if fault is not None and fault.kind == "slow":
            time.sleep(fake.faults.slow_seconds)
            fault = None
        if fault is not None and not fault.after:
            if fault.kind == "drop":
                return self._drop(entry)
            return self._send_error(entry, fault.error())

        try:
            if body is ValueError:
                raise bad_request("parseError", "Parse Error")
            if is_token:
                status, payload = fake.auth.token_endpoint(_with_basic_auth(body or {}, self.headers.get("Authorization")))
                return self._send(entry, status, payload)
            if not fake.auth.authorized(self.headers.get("Authorization")):
                raise auth_error()
            status, payload = fake.api.dispatch(Request(self.command, url.path, query, self.headers, body))
        except ApiError as error:
            return self._send_error(entry, error)

        if fault is not None:  # the change happened, but the client does not learn it
            if fault.kind == "drop":
                return self._drop(entry)
            return self._send_error(entry, fault.error())
        headers = {"ETag": payload["etag"]} if isinstance(payload, dict) and "etag" in payload else {}
        self._send(entry, status, payload, headers)

    def _drop(self, entry: LoggedRequest) -> None:
        entry.status = None
        self.close_connection = True

    def _send_error(self, entry: LoggedRequest, error: ApiError) -> None:
        if error.code == 304:
            return self._send(entry, 304, None)
        self._send(entry, error.code, error.body(), error.headers)

    def _send(self, entry: LoggedRequest, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = b"" if payload is None else json.dumps(payload).encode()
        entry.status = status
        try:
            self.send_response(status)
            if payload is not None:
                self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "private, max-age=0, must-revalidate, no-transform")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self._headers_buffer.append(b"\r\n" + data)  # headers and body in one write
            self.flush_headers()
        except OSError:  # the client gave up (e.g. timed out during a "slow" fault)
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # broken connections are part of the game here


class FakeGoogle:
    """The fake Google: Calendar API v3 under ``/calendar/v3/`` and OAuth under ``/token``.

    Public API: ``api_endpoint``, ``token_uri``, ``client_id``, ``client_secret``, ``access_token``,
    ``refresh_token``, ``stop()`` / context manager; ``credentials()``, ``service()``;
    auth helpers ``issue_token()``, ``issue_auth_code()``, ``expire_access_tokens()``,
    ``revoke_refresh_token(rt)``, ``refresh_count``; ``faults`` (:class:`Faults`);
    request log ``mark()``, ``requests_since(mark)``, ``api_requests_since(mark)``, ``clear_log()``;
    user-side state changes ``user_insert``, ``user_patch``, ``user_delete``, inspection
    ``events(calendar_id, include_deleted=False)``, ``event(calendar_id, event_id)``,
    ``add_calendar(...)``, ``invalidate_sync_tokens()``; ``short_pages`` switch; ``store``.
    """

    SCOPE = "https://www.googleapis.com/auth/calendar"

    def __init__(self, *, owner: str = "alex@example.com", time_zone: str = "America/New_York",
                 client_id: str = "fake-client-id.apps.googleusercontent.com",
                 client_secret: str = "fake-client-secret", access_token_ttl: int = 3600) -> None:
        self.owner, self.client_id, self.client_secret = owner, client_id, client_secret
        self.store = CalendarStore(owner, time_zone)
        self.api = CalendarApi(self.store)
        self.auth = OAuthServer(client_id, client_secret, self.SCOPE, access_token_ttl)
        self.faults = Faults()
        self.log = RequestLog()
        self.access_token, self.refresh_token = self.auth.issue_token()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self  # type: ignore[attr-defined]
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name=f"fake-google-{self.port}",
                                        kwargs={"poll_interval": 0.01}, daemon=True)
        self._thread.start()

    # -- lifecycle ----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_endpoint(self) -> str:
        return f"{self.base_url}/calendar/v3/"

    @property
    def token_uri(self) -> str:
        return f"{self.base_url}/token"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeGoogle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- client construction ------------------------------------------------------------------

    def credentials(self, token: str | None = None, refresh_token: str | None = None) -> Any:
        """Real ``google.oauth2.credentials.Credentials`` pointing at this fake's token endpoint."""
        from google.oauth2.credentials import Credentials

        return Credentials(token=token or self.access_token, refresh_token=refresh_token or self.refresh_token,
                           token_uri=self.token_uri, client_id=self.client_id,
                           client_secret=self.client_secret, scopes=[self.SCOPE])

    def service(self, credentials: Any = None, *, timeout: float = 10.0) -> Any:
        """A real ``googleapiclient`` Calendar v3 Resource talking to this fake."""
        import google_auth_httplib2
        import httplib2
        from googleapiclient.discovery import build

        authed = google_auth_httplib2.AuthorizedHttp(credentials or self.credentials(),
                                                     http=httplib2.Http(timeout=timeout))
        return build("calendar", "v3", http=authed, static_discovery=True,
                     client_options={"api_endpoint": self.api_endpoint}, cache_discovery=False)

    # -- auth helpers -------------------------------------------------------------------------

    def issue_token(self) -> tuple[str, str]:
        """A fresh (access_token, refresh_token) pair."""
        return self.auth.issue_token()

    def issue_auth_code(self) -> str:
        return self.auth.issue_auth_code()

    def expire_access_tokens(self) -> None:
        """Every access token issued so far now gets 401 (clients must refresh)."""
        self.auth.expire_access_tokens()

    def revoke_refresh_token(self, refresh_token: str | None = None) -> None:
        """The refresh token (default: the initial one) now gets ``invalid_grant``; access tokens expire."""
        self.auth.revoke_refresh_token(refresh_token or self.refresh_token)

    @property
    def refresh_count(self) -> int:
        return self.auth.refresh_count

    # -- request log --------------------------------------------------------------------------

    def mark(self) -> int:
        return self.log.mark()

    def requests_since(self, mark: int = 0) -> list[LoggedRequest]:
        return self.log.since(mark)

    def api_requests_since(self, mark: int = 0) -> list[LoggedRequest]:
        return [r for r in self.log.since(mark) if r.path != "/token"]

    def clear_log(self) -> None:
        self.log.clear()

    # -- state, as the user changes it in the Google UI ----------------------------------------

    @property
    def short_pages(self) -> bool:
        return self.store.short_pages

    @short_pages.setter
    def short_pages(self, value: bool) -> None:
        self.store.short_pages = value

    @property
    def fresh_tokens(self) -> bool:
        return self.store.fresh_tokens

    @fresh_tokens.setter
    def fresh_tokens(self, value: bool) -> None:
        self.store.fresh_tokens = value

    def add_calendar(self, calendar_id: str | None = None, summary: str = "Secondary",
                     time_zone: str = "UTC") -> JSON:
        return self.store.add_calendar(calendar_id, summary, time_zone)

    def user_insert(self, calendar_id: str, body: JSON) -> JSON:
        return self.store.insert(calendar_id, body)

    def user_patch(self, calendar_id: str, event_id: str, fields: JSON) -> JSON:
        return self.store.patch(calendar_id, event_id, fields, bump_sequence=True)

    def user_delete(self, calendar_id: str, event_id: str) -> None:
        self.store.delete(calendar_id, event_id)

    def events(self, calendar_id: str = "primary", include_deleted: bool = False) -> list[JSON]:
        """Stored events (masters and exceptions, not expanded), in insertion order."""
        return self.store.snapshot(calendar_id, include_deleted)

    def event(self, calendar_id: str, event_id: str) -> JSON | None:
        return self.store.event(calendar_id, event_id)

    def invalidate_sync_tokens(self, calendar_id: str | None = None) -> None:
        self.store.invalidate_sync_tokens(calendar_id)


@pytest.fixture
def fake_google() -> Iterator[FakeGoogle]:
    """A running :class:`FakeGoogle`; import it into a test module to use it."""
    with FakeGoogle() as fake:
        yield fake
