"""Make ``followup_sync/word_odds.tsv`` from the corpus's dev split, and show what it adds to detection.

Each word (as ``detect.words_of`` reads an event: "t:" title words, "d:" notes and place words) that
at least ``MIN_EVENTS`` dev events have gets its naive Bayes log odds: how much more often an
interview has it than any other event, smoothed by one event on each side. The held-out split is
never read here, so it still measures the table.

    python -m benchmarks.word_odds            # rewrite the table from the corpus
    python -m benchmarks.word_odds --check    # and print five-fold cross-validation on dev:
                                              # the rules alone beside the rules with the table

The cross-validation makes the table from four fifths of dev and classifies the fifth with it, so
its figures are for events the table never saw.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from unittest.mock import patch

if __package__ in (None, ""):  # run as a file (python benchmarks/x.py): make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import calendar, header, table
from benchmarks.corpus import CORPUS_DIR, Item, load
from followup_sync import detect, word_odds
from followup_sync.google.events import source_event
from followup_sync.model import SourceEvent
from followup_sync.rules import DetectionRules, Identity

MIN_EVENTS = 3
TABLE_PATH = Path(word_odds.__file__).with_name(word_odds.TABLE)


def make_table(items: Iterable[Item]) -> dict[str, float]:
    """Each word's log odds of being an interview's, from ``items``' labels (words of fewer than ``MIN_EVENTS``
    events left out: one writer's turn of phrase is no evidence)."""
    interviews: Counter[str] = Counter()
    others: Counter[str] = Counter()
    counts = [0, 0]
    for item in items:
        found = detect.words_of(item.event)
        (interviews if item.label.is_interview else others).update(found)
        counts[item.label.is_interview] += 1
    yes, no = counts[1] + 2, counts[0] + 2
    return {word: round(math.log((interviews[word] + 1) / yes) - math.log((others[word] + 1) / no), 3)
            for word in sorted(interviews.keys() | others.keys())
            if interviews[word] + others[word] >= MIN_EVENTS}


def table_text(odds: dict[str, float]) -> str:
    return "".join(f"{word}\t{value:.3f}\n" for word, value in odds.items())


@contextmanager
def _using(odds: dict[str, float]) -> Iterator[None]:
    """Classify with ``odds`` as the table: ``word_odds`` keeps the table split by field once read, so that copy is
    dropped on the way in and out (kept, every fold after the first was weighed with the first fold's table)."""
    word_odds._by_field.cache_clear()
    try:
        with patch.object(word_odds, "table", lambda: odds):
            yield
    finally:
        word_odds._by_field.cache_clear()


def _tally(items: Sequence[Item], odds: dict[str, float]) -> tuple[int, int, int]:
    """(found, false alarms, missed) among ``items``, classified with ``odds`` as the table."""
    found = false = missed = 0
    with _using(odds):
        for item in items:
            hit = detect.classify(item.event, item.detection, item.identity).is_interview
            found += hit and item.label.is_interview
            false += hit and not item.label.is_interview
            missed += item.label.is_interview and not hit
    return found, false, missed


def _ordinary_calendar(count: int = 3_000) -> list[SourceEvent]:
    """The benchmarks' ordinary calendar (meetings with agendas and dial-in text, errands, 1:1s), no interviews."""
    bodies, _ = calendar(count, 0, datetime(2026, 11, 30, tzinfo=timezone.utc))
    return [source_event({**body, "id": f"e{n}"}, None) for n, body in enumerate(bodies)]


def check(dev: list[Item], folds: int = 5) -> None:
    shuffled = dev[:]
    random.Random(1).shuffle(shuffled)
    parts = [shuffled[k::folds] for k in range(folds)]
    ordinary = _ordinary_calendar()
    user = Identity(emails=("alex@example.com",))
    rows = []
    for name, with_table in (("rules alone", False), ("rules + word odds", True)):
        total = [0, 0, 0]
        for k, part in enumerate(parts):
            rest = [item for j, other in enumerate(parts) if j != k for item in other]
            result = _tally(part, make_table(rest) if with_table else {})
            total = [a + b for a, b in zip(total, result)]
        tp, fp, fn = total
        with _using(make_table(dev) if with_table else {}):
            alarms = sum(detect.classify(event, DetectionRules(), user).is_interview for event in ordinary)
        rows.append([name, str(tp), str(fp), str(fn), f"{tp / (tp + fp):.3f}", f"{tp / (tp + fn):.3f}",
                     f"{alarms} / {len(ordinary):,}"])
    print(f"\n## five-fold cross-validation on dev ({len(dev)} events), and an ordinary calendar\n")
    print(table(["detector", "found", "false alarms", "missed", "precision", "recall", "ordinary calendar: alarms"], rows))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="also print cross-validated figures on dev")
    args = parser.parse_args(argv)
    dev = load(sorted(CORPUS_DIR.glob("*.yaml")), splits=("dev",))
    odds = make_table(dev)
    TABLE_PATH.write_text(table_text(odds), "utf-8")
    word_odds.table.cache_clear()
    header("Word odds", {"dev events": len(dev), "words kept": len(odds), "table": str(TABLE_PATH.name)})
    if args.check:
        check(dev)


if __name__ == "__main__":
    main()
