"""Decision-date accuracy on the labelled corpus, next to the naive way (a ``Decision:`` line only).

Decision accuracy is over the labelled interviews (``is_interview: true``): the product's date, from
``details.read_interview``, equals ``label.decision`` (no date for no label counts as right).
The naive way is what followup-sync did before reading prose: ``parse_decision`` on a ``Decision:``
line, nothing else. Also prints the time to find the decision in a 5,000-character description.

    python -m benchmarks.decision                 # dev split, with every miss listed
    python -m benchmarks.decision --split heldout # measure only: never tune on these
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import Item, load  # noqa: E402
from followup_sync.decision import parse_decision  # noqa: E402
from followup_sync.decision_prose import find_decision  # noqa: E402
from followup_sync.details import last_day, read_interview  # noqa: E402
from followup_sync.text import plain_text  # noqa: E402
from followup_sync.rules import PlanRules  # noqa: E402


def product(item: Item) -> date | None:
    rules = PlanRules()
    return read_interview(item.event, rules, item.identity, item.zone).decision  # type: ignore[arg-type]


def naive(item: Item) -> date | None:
    """Only a ``Decision:`` line, read by the line parser: the behaviour before prose was read."""
    for line in plain_text(item.event.description).splitlines():
        name, _, value = line.partition(":")
        if name.strip(" -*•").lower() == "decision" and value.strip():
            return parse_decision(value, last_day(item.event, item.zone), "mdy").date  # type: ignore[arg-type]
    return None


def accuracy(items: list[Item], read: Callable[[Item], date | None]) -> tuple[float, dict[str, tuple[int, int]], list[str]]:
    """Overall accuracy, (right, total) per language, and a line per miss."""
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for item in items:
        got = read(item)
        ok = got == item.label.decision
        per_lang[item.lang][0] += ok
        per_lang[item.lang][1] += 1
        if not ok:
            misses.append(f"{item.id}: got {got} want {item.label.decision}")
    right = sum(r for r, _ in per_lang.values())
    total = sum(t for _, t in per_lang.values())
    return (right / total if total else 0.0), {k: (v[0], v[1]) for k, v in sorted(per_lang.items())}, misses


def speed() -> tuple[float, float]:
    """Milliseconds to find the decision in a 5,000-character description the first time and again (best of 20).

    Each round changes the text's first word, so the first reading is not answered from the memo.
    """
    filler = "We will talk about your background, the team and the role; bring questions. " * 60
    text = (filler + "Thanks again, and we will get back to you within 5 business days. ")[:4990]
    first = again = float("inf")
    for n in range(20):
        fresh = f"{n:<9} {text}"
        start = time.perf_counter()
        find_decision(fresh, date(2026, 11, 30))
        middle = time.perf_counter()
        find_decision(fresh, date(2026, 11, 30))
        first, again = min(first, middle - start), min(again, time.perf_counter() - middle)
    return first * 1000, again * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["dev", "heldout"], default="dev")
    parser.add_argument("--quiet", action="store_true", help="do not list the misses")
    args = parser.parse_args()
    items = [item for item in load(splits=(args.split,)) if item.label.is_interview]
    print(f"split: {args.split}, labelled interviews: {len(items)}, "
          f"with a decision date: {sum(i.label.decision is not None for i in items)}")
    print("\n| reader | accuracy | per language (right/total) |\n| --- | --- | --- |")
    shown_misses: list[str] = []
    for name, read in (("naive: Decision: line only", naive), ("followup-sync", product)):
        overall, langs, misses = accuracy(items, read)
        cells = ", ".join(f"{lang} {r}/{t}" for lang, (r, t) in langs.items())
        print(f"| {name} | {overall:.3f} | {cells} |")
        shown_misses = misses
    first, again = speed()
    print(f"\nfind_decision on a 5,000-character description: {first:.2f} ms the first time, {again:.3f} ms again"
          " (best of 20)")
    if not args.quiet and args.split == "dev" and shown_misses:
        print("\nmisses (dev):")
        print("\n".join(shown_misses))


if __name__ == "__main__":
    main()
