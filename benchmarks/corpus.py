"""The hand-labelled corpus (``tests/corpus/*.yaml``, format in ``tests/corpus/FORMAT.md``) as model values.

Each item becomes the ``SourceEvent`` a backend would have read, plus the ``DetectionRules`` and
``Identity`` of the user who wrote it (their ``user.emails``, their ``config.categories`` /
``config.colors``). Times keep the item's own offset, or move into its ``tz`` when one is given so
DST-aware arithmetic (decision dates) is done in the zone the event was created in; an all-day
event has ``date`` start and end. Nothing here looks at the labels except ``Label``.

Used by ``benchmarks/detection.py`` and ``tests/test_corpus.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from followup_sync.model import Attendee, SourceEvent, When
from followup_sync.rules import DetectionRules, Identity

CORPUS_DIR = Path(__file__).resolve().parent.parent / "tests" / "corpus"


@dataclass(frozen=True)
class Label:
    is_interview: bool
    company: str | None
    company_alt: tuple[str, ...]
    decision: date | None


@dataclass(frozen=True)
class Item:
    id: str
    split: str
    lang: str
    category: str
    hard: bool
    event: SourceEvent
    detection: DetectionRules
    identity: Identity
    zone: tzinfo
    label: Label
    note: str = ""


def _when(value: Any, zone: ZoneInfo | None) -> When:
    """YAML may already have parsed the value (an unquoted date or timestamp); accept both forms."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        return value
    else:
        text = str(value).strip()
        if len(text) == 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone or ZoneInfo("UTC"))
    return moment.astimezone(zone) if zone else moment


def _attendee(raw: dict[str, Any]) -> Attendee:
    return Attendee(
        email=str(raw.get("email") or ""),
        name=raw.get("name"),
        is_self=bool(raw.get("self", False)),
        is_resource=bool(raw.get("resource", False)),
        response=raw.get("response"),
        is_organizer=bool(raw.get("organizer", False)),
    )


def _item(raw: dict[str, Any]) -> Item:
    ev = raw["event"]
    zone = ZoneInfo(ev["tz"]) if ev.get("tz") else None
    start, end = _when(ev["start"], zone), _when(ev["end"], zone)
    attendees = tuple(_attendee(a) for a in ev.get("attendees") or ())
    organizer = ev.get("organizer") or next((a.email for a in attendees if a.is_organizer), None)
    event = SourceEvent(
        key=str(raw["id"]),
        uid=f"{raw['id']}@corpus",
        summary=str(ev.get("summary") or ""),
        start=start,
        end=end,
        description=str(ev.get("description") or ""),
        location=str(ev.get("location") or ""),
        status=str(ev.get("status") or "confirmed"),
        attendees=attendees,
        organizer=organizer,
        transparency=str(ev.get("transparency") or "opaque"),
        event_type=str(ev.get("event_type") or "default"),
        categories=tuple(str(c) for c in ev.get("categories") or ()),
        color=str(ev["color"]) if ev.get("color") is not None else None,
        organizer_self=bool(ev.get("organizer_self", False)),
        conference=str(ev.get("conference") or ""),
    )
    user = raw.get("user") or {}
    emails = tuple(user.get("emails") or (a.email for a in attendees if a.is_self))
    config = raw.get("config") or {}
    detection = DetectionRules(categories=tuple(config.get("categories") or ()),
                               colors=tuple(str(c) for c in config.get("colors") or ()))
    label = raw["label"]
    decision = label.get("decision")
    if isinstance(decision, str):
        decision = date.fromisoformat(decision)
    # The zone the event was created in; else its own offset (a fixed-offset tzinfo works wherever
    # the core takes a ZoneInfo); an all-day event without either is read in UTC.
    item_zone = zone or (start.tzinfo if isinstance(start, datetime) else None) or ZoneInfo("UTC")
    return Item(
        id=str(raw["id"]), split=str(raw.get("split", "dev")), lang=str(raw.get("lang", "en")),
        category=str(raw.get("category", "?")), hard=bool(raw.get("hard", False)),
        event=event, detection=detection, identity=Identity(emails=emails, name=user.get("name")),
        zone=item_zone,
        label=Label(
            is_interview=bool(label["is_interview"]),
            company=label.get("company"),
            company_alt=tuple(label.get("company_alt") or ()),
            decision=decision,
        ),
        note=str(raw.get("note") or ""),
    )


def load(paths: Iterable[Path] | None = None, splits: Iterable[str] = ("dev",)) -> list[Item]:
    """The items of the given splits. The default is ``dev`` only: tuning must never see ``heldout``."""
    wanted = set(splits)
    files = sorted(paths) if paths is not None else sorted(CORPUS_DIR.glob("*.yaml"))
    return [item for item in _items(files) if item.split in wanted]


def _items(files: Iterable[Path]) -> Iterator[Item]:
    for path in files:
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or ():
            # An item without a split is counted as dev, the split `--split` reads by default, so a
            # corpus written elsewhere without splits is measured rather than silently skipped.
            if raw.get("label") is None:
                continue
            yield _item(raw)
