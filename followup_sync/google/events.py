"""Google Calendar event JSON ↔ our model.

Generated events carry their markers in private extended properties, which only this OAuth client
can see (keys at most 44 characters, values at most 1024, as Google limits them). A generated
event's Google id is its task id, or for a task re-created after we deleted it, the task id
followed by a generation number: Google keeps deleted ids forever and refuses them again.
"""

from __future__ import annotations

import html
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from followup_sync.model import Attendee, GeneratedEvent, SourceEvent, Task, TaskKind, When
from followup_sync.zones import zone_or_none

MARKER = "followupSync"
KIND = "fsKind"
INTERVIEW = "fsInterview"
INTERVIEW_UID = "fsInterviewUid"
FINGERPRINT = "fsFingerprint"
WRITTEN = "fsWritten"
SEQUENCE = "fsSequence"
MAX_VALUE = 1024
#: Length of a task id (ids.task_id); a longer Google id is a later generation of that task.
TASK_ID_LENGTH = 34

#: The fields a pass needs; the sync cache keeps only these.
KEPT_FIELDS = ("id", "status", "etag", "iCalUID", "summary", "description", "location", "start", "end",
               "attendees", "organizer", "recurringEventId", "originalStartTime", "reminders",
               "transparency", "eventType", "colorId", "hangoutLink")


def task_id_of(event_id: str) -> str:
    return event_id[:TASK_ID_LENGTH]


def is_generated(event: dict[str, Any]) -> bool:
    return _private(event).get(MARKER) == "1"


def _private(event: dict[str, Any]) -> dict[str, str]:
    props = event.get("extendedProperties") or {}
    private = props.get("private") if isinstance(props, dict) else None
    return private if isinstance(private, dict) else {}


def slim(event: dict[str, Any]) -> dict[str, Any]:
    """What the cache stores of an event: the fields we read, and our markers only for our events."""
    kept = {key: event[key] for key in KEPT_FIELDS if key in event}
    if is_generated(event):
        kept["extendedProperties"] = {"private": _private(event)}
    if "attendees" in kept:
        kept["attendees"] = [
            {k: a[k] for k in ("email", "displayName", "self", "resource", "responseStatus", "organizer") if k in a}
            for a in kept["attendees"] if isinstance(a, dict)
        ]
    solution = _conference(event)
    if solution:
        kept["conferenceData"] = {"conferenceSolution": {"name": solution}}
    return kept


def _conference(event: dict[str, Any]) -> str:
    """The name of the video call attached to an event ("Google Meet", "Zoom Meeting"), or ""."""
    data = event.get("conferenceData")
    solution = data.get("conferenceSolution") if isinstance(data, dict) else None
    name = solution.get("name") if isinstance(solution, dict) else None
    if isinstance(name, str) and name:
        return name[:80]
    return "Google Meet" if event.get("hangoutLink") else ""


def when(value: dict[str, Any] | None, fallback_zone: ZoneInfo | None = None) -> When:
    """``{"dateTime": ..., "timeZone": ...}`` or ``{"date": ...}`` as an aware datetime or a date."""
    if not isinstance(value, dict):
        raise ValueError("missing start or end")
    if "date" in value and "dateTime" not in value:
        return date.fromisoformat(value["date"])
    moment = datetime.fromisoformat(str(value["dateTime"]).replace("Z", "+00:00"))
    zone = zone_or_none(value.get("timeZone")) or fallback_zone
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone or timezone.utc)
    return moment.astimezone(zone) if zone else moment


def source_event(event: dict[str, Any], calendar_zone: ZoneInfo | None) -> SourceEvent:
    original = event.get("originalStartTime")
    raw_organizer = event.get("organizer")
    organizer: dict[str, Any] = raw_organizer if isinstance(raw_organizer, dict) else {}
    return SourceEvent(
        key=str(event["id"]),
        uid=str(event.get("iCalUID") or event["id"]),
        summary=str(event.get("summary") or ""),
        start=when(event.get("start"), calendar_zone),
        end=when(event.get("end"), calendar_zone),
        description=str(event.get("description") or ""),
        location=str(event.get("location") or ""),
        status=str(event.get("status") or "confirmed"),
        attendees=tuple(
            Attendee(email=str(a.get("email", "")), name=a.get("displayName"), is_self=bool(a.get("self")),
                     is_resource=bool(a.get("resource")),
                     response=str(a["responseStatus"]).lower() if a.get("responseStatus") else None,
                     is_organizer=bool(a.get("organizer")))
            for a in event.get("attendees") or [] if a.get("email")
        ),
        organizer=organizer.get("email"),
        recurrence_id=when(original, calendar_zone) if original else None,
        transparency=str(event.get("transparency") or "opaque"),
        event_type=str(event.get("eventType") or "default"),
        color=str(event["colorId"]) if event.get("colorId") else None,
        organizer_self=bool(organizer.get("self")),
        conference=_conference(event),
    )


def generated_event(event: dict[str, Any]) -> GeneratedEvent:
    """A generated event as it now stands in Google; raises ValueError when its markers are unusable."""
    private = _private(event)
    start, end = when(event.get("start")), when(event.get("end"))
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        # The user turned it into an all-day event: an edit. Keep it comparable as midnight.
        start, end = _midnight(start), _midnight(end)
    overrides = (event.get("reminders") or {}).get("overrides") or []
    minutes = min((int(o.get("minutes", 0)) for o in overrides if isinstance(o, dict)), default=0)
    task = Task(
        id=task_id_of(str(event["id"])),
        kind=TaskKind(private[KIND]),
        interview_key=private.get(INTERVIEW, ""),
        interview_uid=private.get(INTERVIEW_UID, ""),
        summary=str(event.get("summary") or ""),
        description=html.unescape(str(event.get("description") or "")),
        start=start,
        end=end,
        alarm_minutes=minutes,
    )
    written = datetime.fromisoformat(private[WRITTEN]) if WRITTEN in private else datetime(1970, 1, 1, tzinfo=timezone.utc)
    return GeneratedEvent(
        task=task,
        fingerprint=private.get(FINGERPRINT, ""),
        written=written,
        sequence=int(private.get(SEQUENCE, "0") or 0),
        deleted=str(event.get("status")) == "cancelled",
        etag=event.get("etag"),
    )


def _midnight(value: When) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)


def body(gen: GeneratedEvent, event_id: str) -> dict[str, Any]:
    """The JSON written for a generated event. No attendees, ever: they e-mail people."""
    task = gen.task
    private = {
        MARKER: "1",
        KIND: task.kind.value,
        INTERVIEW: task.interview_key[:MAX_VALUE],
        FINGERPRINT: gen.fingerprint,
        WRITTEN: gen.written.astimezone(timezone.utc).isoformat(timespec="seconds"),
        SEQUENCE: str(gen.sequence),
    }
    if len(task.interview_uid) <= MAX_VALUE:
        private[INTERVIEW_UID] = task.interview_uid
    return {
        "id": event_id,
        "status": "confirmed",
        "summary": task.summary,
        # Google shows a description as HTML: text from an invitation ("&lt;a href=...&gt;", which
        # the details reader unescapes) must not become a live link in our own task. Read back
        # unescaped, so the fingerprint holds.
        "description": html.escape(task.description, quote=False),
        "start": _time(task.start),
        "end": _time(task.end),
        "transparency": "transparent",
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": task.alarm_minutes}]},
        "extendedProperties": {"private": private},
    }


#: What an update patches: what the plan decides. Reminders, transparency, colour and the like stay
#: as the user left them.
PLANNED_FIELDS = ("summary", "description", "start", "end", "extendedProperties")


def patch_body(gen: GeneratedEvent, event_id: str) -> dict[str, Any]:
    full = body(gen, event_id)
    return {key: full[key] for key in PLANNED_FIELDS}


def _time(moment: datetime) -> dict[str, str]:
    zone = moment.tzinfo
    result = {"dateTime": moment.isoformat(timespec="seconds")}
    if isinstance(zone, ZoneInfo):
        result["timeZone"] = zone.key
    return result
