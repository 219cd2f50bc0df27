"""Hostile event text: CPU to classify and read one event whose title, notes or place is a long run of one shape.

Regular expressions that backtrack with the square of a run's length stall a pass on one crafted invitation
("\\s*[-*•]?\\s*" over 20,000 blanks took 26 s in session 14). This prints, for each shape and field, the CPU of
``detect.classify`` and of ``details.read_interview`` (company, people, decision date), beside the naive floor:
lower-casing the text and looking for the word "interview" in it, which any reader must at least do.

    python -m benchmarks.hostile_text [--length 20000] [--top 10]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):  # ``python benchmarks/hostile_text.py``
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import header, table  # noqa: E402
from followup_sync import detect  # noqa: E402
from followup_sync.details import read_interview  # noqa: E402
from followup_sync.model import SourceEvent  # noqa: E402
from followup_sync.rules import DetectionRules, Identity, PlanRules  # noqa: E402

#: One unit of each shape, repeated to the length asked: blanks, letters, bullets, names, marks, addresses, scripts.
SHAPES = (" ", "\t", "\n", "\u3000", "\xa0", "a", "A", "é", "1", "-", "–", "- ", "* ", "• ", ": ", "a: ", ", ", ". ",
          "x.", "1.", "12/", "@", "a@", "@ ", "x@y.", "x@y.co ", "#", "#a ", "(", "[", "<", "<b>", "&amp;", "http://",
          "www.", "l'", "Aa ", "Ab", "A ", "Mr ", "Mr. ", "at ", "w/ ", "Interview ", "Company: ", "Topic: x\n",
          "About us: ", "面接")


def cpu(run: Callable[[], object]) -> float:
    """CPU seconds of one call of ``run``."""
    start = time.process_time()
    run()
    return time.process_time() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--length", type=int, default=20_000, help="characters of each run")
    parser.add_argument("--top", type=int, default=10, help="rows to print, slowest first")
    args = parser.parse_args(argv)
    header("Hostile event text", {"length": args.length, "shapes": len(SHAPES), "fields": "notes, title, place"})
    rules, plan, identity = DetectionRules(), PlanRules(), Identity(emails=("me@example.com",))
    start = datetime(2026, 12, 3, 10, tzinfo=timezone.utc)
    warm = SourceEvent("k", "u", "Interview", start, start + timedelta(hours=1), description="Decision by Friday")
    detect.classify(warm, rules, identity)
    read_interview(warm, plan, identity, ZoneInfo("UTC"))
    rows = []
    for shape in SHAPES:
        run = (shape * (args.length // len(shape) + 1))[:args.length]
        for field in ("description", "summary", "location"):
            fields = {"summary": "Interview with Acme", "description": "Decision by Friday", "location": "", field: run}
            event = SourceEvent("k", "u", fields["summary"], start, start + timedelta(hours=1),
                                description=fields["description"], location=fields["location"])
            naive = cpu(lambda: "interview" in f"{event.summary}\n{event.description}\n{event.location}".lower())
            classify = cpu(lambda: detect.classify(event, rules, identity))
            reading = cpu(lambda: read_interview(event, plan, identity, ZoneInfo("UTC")))
            rows.append([repr(shape), field, f"{classify:.3f} s", f"{reading:.3f} s", f"{naive * 1000:.2f} ms"])
    rows.sort(key=lambda row: -max(float(row[2][:-2]), float(row[3][:-2])))
    print(f"\n## the {args.top} slowest of {len(rows)} (shape × field)\n")
    print(table(["shape", "field", "classify", "read_interview", "naive: lower + 'interview' in"], rows[:args.top]))


if __name__ == "__main__":
    main()
