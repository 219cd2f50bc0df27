"""Detection quality on the labelled corpus, and detection speed next to the old keyword match.

Prints precision and recall of interview detection, company accuracy and decision accuracy,
overall and per split (dev / heldout), per language and per category, then the CPU time to
classify 10,000 events with followup-sync's detection and with the naive title-keyword match it
replaced.

* precision / recall: an item counts as detected when the product would plan it (outcome
  *interview*); *possible* is not planned, so it counts as not detected.
* company accuracy: among labelled interviews the product detects, the company that
  ``details.read_interview`` gives equals ``label.company`` or one of ``company_alt`` after
  normalisation (case, blanks, punctuation, a leading "The" and a legal form such as Inc., GmbH,
  S.A., Oy or 株式会社: a letter to "Siemens" reaches Siemens AG); ``None`` equals ``null``.
* decision accuracy: among labelled interviews (with or without a decision), the date the product
  reads equals ``label.decision`` (``None`` equals ``null``); an undetected interview reads no date,
  so it counts as right only when its label has none.

    python -m benchmarks.detection [--split dev|heldout|all] [--misses] [--events 10000]

Tuning reads ``--split dev`` (the default) only; ``heldout`` is for measuring.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

if __package__ in (None, ""):  # run as a file (python benchmarks/x.py): make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import header, table
from benchmarks.corpus import CORPUS_DIR, Item, load
from followup_sync import detect
from followup_sync.details import read_interview
from followup_sync.model import SourceEvent
from followup_sync.rules import DetectionRules, Identity, PlanRules


def detects(item: Item) -> bool:
    """Whether the product would plan this event as an interview."""
    return detect.classify(item.event, item.detection, item.identity).outcome is detect.Outcome.INTERVIEW


@lru_cache(maxsize=256)
def _phrase(phrase: str) -> re.Pattern[str]:
    """The old matcher: whole words, blanks and dashes interchangeable, a plural allowed."""
    words = detect.normalise(phrase)
    body = re.escape(words).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[-\s]?")
    spaced = words[:1] < "\u2e80"
    return re.compile((r"(?<!\w)" if spaced else "") + body + (r"(?:s|es|'s)?(?!\w)" if spaced else ""))


def naive(event: SourceEvent, rules: DetectionRules) -> bool:
    """The old detection (before evidence): a keyword and no exclusion in the title; the tags absolute."""
    if event.cancelled:
        return False
    title = detect.normalise(event.summary)
    text = f"{title} {detect.normalise(event.description)}" if "#" in event.description else title
    if "#nofollowup" in text:
        return False
    if "#interview" in text:
        return True
    return any(_phrase(k).search(title) for k in rules.keywords) and not any(
        _phrase(k).search(title) for k in rules.exclude)


_NOT_NAME = re.compile(r"[\W_]+")
_LEGAL_FORM = re.compile(
    r"(?:^the\s+|^株式会社|株式会社$|\s*,?\s+(?:inc|incorporated|ltd|limited|llc|llp|plc|corp|corporation|gmbh|ag|se|kg"
    r"|s\.?\s?a\.?|s\.?\s?l\.?|s\.?p\.?a\.?|s\.?r\.?l\.?|sas|sarl|b\.?v\.?|n\.?v\.?|oyj|oy|ab|asa|a/s|pty ltd)\.?$)"
)


def _company_keys(name: str) -> set[str]:
    """The name squashed as written, and without a leading "The" or a legal form."""
    folded = unicodedata.normalize("NFKC", name).casefold().strip()
    return {_NOT_NAME.sub("", folded), _NOT_NAME.sub("", _LEGAL_FORM.sub("", folded))}


def same_company(found: str | None, item: Item) -> bool:
    if found is None or item.label.company is None:
        return found is None and item.label.company is None
    keys = _company_keys(found)
    return any(keys & _company_keys(name) for name in (item.label.company, *item.label.company_alt))


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    company_ok: int = 0
    company_n: int = 0
    decision_ok: int = 0
    decision_n: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    def row(self, name: str) -> list[object]:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "-"

        return [name, self.tp + self.fp + self.fn + self.tn, ratio(self.tp, self.tp + self.fp),
                ratio(self.tp, self.tp + self.fn), ratio(self.company_ok, self.company_n),
                ratio(self.decision_ok, self.decision_n)]


@dataclass(frozen=True)
class Scored:
    item: Item
    detected: bool
    company: str | None
    decision_ok: bool | None  # None: not a labelled interview

    @property
    def tally(self) -> Tally:
        t = Tally()
        positive = self.item.label.is_interview
        if positive and self.detected:
            t.tp = 1
            t.company_n = 1
            t.company_ok = int(same_company(self.company, self.item))
        elif positive:
            t.fn = 1
        elif self.detected:
            t.fp = 1
        else:
            t.tn = 1
        if self.decision_ok is not None:
            t.decision_n, t.decision_ok = 1, int(self.decision_ok)
        return t


def score(item: Item, plan_rules: PlanRules = PlanRules()) -> Scored:
    found = detects(item)
    company = None
    decision_ok: bool | None = None
    if item.label.is_interview:
        if found:
            interview = read_interview(item.event, plan_rules, item.identity,
                                       item.zone)  # type: ignore[arg-type]
            company = interview.company
            decision_ok = interview.decision == item.label.decision
        else:
            decision_ok = item.label.decision is None
    return Scored(item, found, company, decision_ok)


def grouped(results: Sequence[Scored], key: Callable[[Item], str]) -> list[list[object]]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for result in results:
        tallies[key(result.item)].add(result.tally)
    return [tallies[name].row(name) for name in sorted(tallies)]


HEAD = ["group", "items", "precision", "recall", "company", "decision"]


def naive_rows(results: Sequence[Scored]) -> list[list[object]]:
    """Precision and recall of the old title-keyword match on the same items, overall and per split."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for result in results:
        item = result.item
        found = naive(item.event, item.detection)
        for name in ("all (old keyword match)", f"{item.split} (old keyword match)"):
            t = tallies[name]
            if item.label.is_interview:
                t.tp, t.fn = t.tp + found, t.fn + (not found)
            else:
                t.fp, t.tn = t.fp + found, t.tn + (not found)
    return [[*tallies[n].row(n)[:4], "-", "-"] for n in sorted(tallies)]


def quality(results: Sequence[Scored]) -> None:
    total = Tally()
    for result in results:
        total.add(result.tally)
    print(table(HEAD, [total.row("all"), *grouped(results, lambda i: i.split), *naive_rows(results)]))
    for title, key in (("split", lambda i: i.split), ("language", lambda i: i.lang),
                       ("category", lambda i: i.category), ("hard", lambda i: "hard" if i.hard else "plain")):
        print(f"\n## per {title}\n")
        print(table(HEAD, grouped(results, key)))


def misses(results: Iterable[Scored]) -> None:
    print("\n## misses\n")
    for r in results:
        item = r.item
        wrong_company = r.detected and item.label.is_interview and not same_company(r.company, item)
        if r.detected != item.label.is_interview or wrong_company or r.decision_ok is False:
            verdict = detect.classify(item.event, item.detection, item.identity)
            print(f"{item.id} [{item.category}] label={item.label.is_interview} detected={r.detected} "
                  f"score={verdict.score:.1f} company={r.company!r}/{item.label.company!r} "
                  f"decision_ok={r.decision_ok} :: {item.event.summary[:70]!r}")
            for piece in verdict.evidence:
                print(f"      {piece.weight:+.1f} {piece.name}: {piece.text[:60]!r}")


def speed(items: Sequence[Item], count: int) -> None:
    """CPU seconds to classify ``count`` events (the corpus repeated, each a distinct event)."""
    if not items:
        print("\n(no items for the speed test)")
        return
    from dataclasses import replace

    events = [replace(items[i % len(items)].event, key=f"k{i}", summary=items[i % len(items)].event.summary + f" {i}")
              for i in range(count)]
    rules, identity = DetectionRules(), Identity(emails=("me@example.com",))
    detect.classify(events[0], rules, identity)  # compile the patterns outside the measurement
    naive(events[0], rules)
    figures = []
    for name, run in (("followup-sync classify", lambda e: detect.classify(e, rules, identity)),
                      ("naive title keywords (old)", lambda e: naive(e, rules))):
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            for event in events:
                run(event)
            best = min(best, time.process_time() - start)
        figures.append([name, count, f"{best:.3f} s", f"{best / count * 1e6:.1f} µs"])
    print(f"\n## detection CPU time, {count:,} events (best of 3)\n")
    print(table(["detector", "events", "CPU", "per event"], figures))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--misses", action="store_true", help="list every wrong item with its evidence")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="folder of corpus .yaml files")
    args = parser.parse_args(argv)
    splits = ("dev", "heldout") if args.split == "all" else (args.split,)
    items = load(sorted(args.corpus.glob("*.yaml")), splits=splits)
    if not items:
        parser.exit(2, f"no labelled items of split {args.split!r} in {args.corpus}/*.yaml\n")
    header("Detection quality and speed", {"split": args.split, "items": len(items), "speed events": args.events})
    results = [score(item) for item in items]
    quality(results)
    if args.misses:
        misses(results)
    speed(items, args.events)


if __name__ == "__main__":
    main()
