"""The evidence beyond an event's text reaches the core the same way from both backends."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from followup_sync.backends.local import LocalBackend
from followup_sync.google import events as wire

NOW = datetime(2026, 11, 2, 12, tzinfo=timezone.utc)

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:ev-1
DTSTAMP:20261101T000000Z
DTSTART;TZID=Europe/Berlin:20261103T100000
DTEND;TZID=Europe/Berlin:20261103T110000
SUMMARY:Datadog - round 2
TRANSP:TRANSPARENT
CATEGORIES:Job search,Career
CATEGORIES:Other
COLOR:tomato
X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij
ORGANIZER:mailto:jane@datadoghq.com
ATTENDEE;CN=Jane;PARTSTAT=ACCEPTED:mailto:jane@datadoghq.com
ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:me@example.com
END:VEVENT
BEGIN:VEVENT
UID:ev-2
DTSTAMP:20261101T000000Z
DTSTART:20261104T100000Z
DTEND:20261104T110000Z
SUMMARY:Plain
END:VEVENT
END:VCALENDAR
"""


def test_local_reads_transparency_categories_colour_conference_and_responses(tmp_path: Path) -> None:
    (tmp_path / "cal.ics").write_text(ICS)
    backend = LocalBackend(tmp_path / "cal.ics", tmp_path / "out", ZoneInfo("UTC"))
    view = backend.read(NOW - timedelta(days=30), NOW + timedelta(days=30))
    by_uid = {e.uid: e for e in view.events}
    event = by_uid["ev-1"]
    assert event.transparency == "transparent" and not event.busy
    assert event.categories == ("Job search", "Career", "Other")
    assert event.color == "tomato"
    assert event.conference == "Google Meet"
    assert [(a.email, a.response) for a in event.attendees] == [
        ("jane@datadoghq.com", "accepted"), ("me@example.com", "needsAction")]
    assert event.start.tzinfo == ZoneInfo("Europe/Berlin")
    plain = by_uid["ev-2"]
    assert plain.busy and plain.categories == () and plain.color is None and plain.conference == ""


def test_google_wire_keeps_the_evidence_through_the_slim_cache() -> None:
    raw = {
        "id": "abc", "status": "confirmed", "summary": "HM chat - Plaid", "etag": '"1"',
        "start": {"dateTime": "2026-11-03T10:00:00-05:00", "timeZone": "America/New_York"},
        "end": {"dateTime": "2026-11-03T10:30:00-05:00", "timeZone": "America/New_York"},
        "transparency": "transparent", "eventType": "focusTime", "colorId": "11",
        "conferenceData": {"conferenceSolution": {"name": "Zoom Meeting", "iconUri": "x"}, "entryPoints": []},
        "organizer": {"email": "me@example.com", "self": True},
        "attendees": [{"email": "me@example.com", "self": True, "responseStatus": "accepted", "organizer": True},
                      {"email": "hm@plaid.com", "responseStatus": "tentative"}],
        "extendedProperties": {"private": {"other": "x"}},
    }
    event = wire.source_event(wire.slim(raw), None)
    assert (event.transparency, event.event_type, event.color, event.conference) == (
        "transparent", "focusTime", "11", "Zoom Meeting")
    assert event.organizer_self and not event.busy
    assert [(a.email, a.response, a.is_organizer) for a in event.attendees] == [
        ("me@example.com", "accepted", True), ("hm@plaid.com", "tentative", False)]
    assert event.start.tzinfo == ZoneInfo("America/New_York")
    meet = wire.source_event(wire.slim({**raw, "conferenceData": None, "hangoutLink": "https://meet.google.com/x"}), None)
    assert meet.conference == "Google Meet"
    bare = wire.source_event({"id": "b", "start": raw["start"], "end": raw["end"]}, None)
    assert (bare.transparency, bare.event_type, bare.color, bare.conference, bare.organizer_self) == (
        "opaque", "default", None, "", False)


def test_no_source_file_holds_a_control_character() -> None:
    # A regex patched in through a Python string that is not raw turns "\b" into a backspace, which then matches
    # nothing, silently: it happened twice (sessions 12 and 13). No source of the package has any control character
    # but the newline.
    import followup_sync

    root = Path(followup_sync.__file__).parent
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        bad = [(number, line) for number, line in enumerate(text.splitlines(), 1)
               if any(ord(ch) < 32 and ch != "\t" for ch in line)]
        assert not bad, f"{path.name}: control characters on lines {[n for n, _ in bad]}"
