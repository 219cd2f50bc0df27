"""Verdicts remembered between passes, so an idle pass classifies nothing that did not change.

The service polls every minute and almost every event is the same as a minute ago. Events are
frozen values, so the event itself is the key: any change (title, time, guests, a response)
makes a different key and a fresh verdict. Only the verdicts of the last pass are kept — an event
that left the calendar leaves the cache on the next pass — so memory stays the size of one pass.
A change of the detection rules or the identity (a config reload) starts over.
"""

from __future__ import annotations

from collections.abc import Iterable

from followup_sync.detect import Verdict, classify
from followup_sync.model import SourceEvent
from followup_sync.rules import DetectionRules, Identity


class VerdictCache:
    def __init__(self) -> None:
        self._settings: tuple[DetectionRules, Identity] | None = None
        self._last: dict[SourceEvent, Verdict] = {}
        #: How many events were classified afresh (not answered from the cache), over the cache's life.
        self.classified = 0

    def verdicts(
        self, events: Iterable[SourceEvent], rules: DetectionRules, identity: Identity
    ) -> list[tuple[SourceEvent, Verdict]]:
        """Each event with its verdict, in order; only new or changed events are classified."""
        if self._settings != (rules, identity):
            self._settings, self._last = (rules, identity), {}
        current: dict[SourceEvent, Verdict] = {}
        out = []
        for event in events:
            verdict = current.get(event) or self._last.get(event)
            if verdict is None:
                verdict = classify(event, rules, identity)
                self.classified += 1
            current[event] = verdict
            out.append((event, verdict))
        self._last = current
        return out

    def __len__(self) -> int:
        return len(self._last)
