"""Detection on the hand-labelled corpus (tests/corpus/) holds its ground: floors, not goals.

The floors sit a little under the figures reached when they were set (benchmarks/detection.py
prints the full table); a change that makes detection worse on either split fails here. Detection
was tuned on ``dev`` only; ``heldout`` measures how that generalises.
"""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.corpus import load
from benchmarks.detection import Tally, naive, same_company, score

FLOORS = {
    # split: (precision, recall). Session 3 wrote eight fresh_*.yaml files (a-h), session 4 sixteen more
    # (i-x), session 5 ten (y, z, za-zh), each by a writer who never saw the code; fresh_d, l, o, r, s, t,
    # w, y, zb and ze are all held out. fresh_y (twelve calendars) was measured whole at 0.958 / 0.841 when
    # it came, and fresh_zg (interviews in trades and small shops, without the word) at 1.000 / 0.460, so
    # the recall floors fell with them: the floor follows the corpus, not the other way round.
    # Reached at the end of session 5, tuned on dev only: dev 0.995 / 0.938, heldout 0.967 / 0.913.
    # Session 6 added fresh_zi (held out whole), zj and zk (no interview word, first measured at 0.730 recall);
    # at its end: dev 0.995 / 0.936, heldout 0.969 / 0.917 on 6,213 items.
    # Session 7 added fresh_zl and fresh_zn (held out whole, an outside evaluator's brief) and fresh_zm (the
    # employer named only outside the title); at its end: dev 0.994 / 0.938, heldout 0.970 / 0.923 on 6,663 items.
    # Session 10 added fresh_zu (twelve job seekers' calendars, dev; measured whole at 0.939 / 0.856, company
    # 0.649, when it came) and fresh_zv (career changers' calendars, held out whole; 0.974 / 0.844, company 0.776);
    # at its end: dev 0.993 / 0.941, heldout 0.973 / 0.925 on 7,863 items.
    # Session 11 added fresh_zx and fresh_zy (dev; 0.963 / 0.928 and 0.924 / 0.859 when they came), fresh_ya (dev)
    # and fresh_zz (held out whole): 200 ordinary events each, the rest of a working calendar, which the rules
    # alone flagged 8 and 5 times; and fresh_zw (held out whole; 0.973 / 0.869). Dev precision fell with them.
    # At its end (8,713 items): dev 0.988 / 0.951, heldout 0.971 / 0.937 (the session-start code: 0.986 / 0.938,
    # 0.971 / 0.923 on the same items).
    # Session 12 added fresh_yb and fresh_yd (held out whole; 0.977 / 0.885 and 0.909 / 0.682 when they came: the
    # second is what job seekers type on a phone) and fresh_yc, fresh_ye, fresh_yf (dev). At its end (9,553 items):
    # dev 0.990 / 0.957, heldout 0.971 / 0.933 (the session-start code: 0.979 / 0.944, 0.970 / 0.926 on the same items).
    # Session 13 added fresh_yg (held out whole; 0.989 / 0.957 when it came) and fresh_yh (dev: 160 look-alikes
    # beside real interviews of the same shapes; 0.784 / 0.833 when it came). At its end (9,883 items): dev 0.987 /
    # 0.958, heldout 0.971 / 0.934 (the session-start code on the held-out items: 0.971 / 0.933).
    # Session 14 added fresh_yi (held out whole; 0.957 / 0.936 when it came) and changed detection only through the
    # decision reader (the user's own promise is no answer: a dev false alarm fewer); at its end
    # (10,053 items): dev 0.988 / 0.958, heldout 0.970 / 0.934 (the session-start code: 0.987 / 0.958, 0.970 / 0.934).
    "dev": (0.98, 0.95),
    "heldout": (0.96, 0.925),
}


@pytest.fixture(scope="module")
def tallies() -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    for item in load(splits=("dev", "heldout")):
        out.setdefault(item.split, Tally()).add(score(item).tally)
    return out


#: Company accuracy among detected interviews — dev 0.881, heldout 0.802 at the end of session 5: the
#: held-out part measures how far the names generalise to events nobody tuned on, and is below the
#: issue's target. fresh_zh (employers named only in the notes) came in at 0.398 and pulled it down.
COMPANY_FLOORS = {"dev": 0.91, "heldout": 0.86}  # session 17: four new files (two of them company stress tests, first
# measured 0.789 dev and 0.814 held out) took dev from 0.922 to 0.915 before any fix; session 6: dev 0.889, heldout 0.800; session 7: 0.891, 0.809; session 8: 0.909, 0.839; session 9 (7,563 items): 0.912, 0.847; session 10 (7,863): 0.915, 0.859; session 11 (8,713): 0.911, 0.857; session 12 (9,553): 0.916, 0.859; session 13 (9,883): 0.917, 0.863; session 14 (10,053): 0.923, 0.868


@pytest.mark.parametrize("split", sorted(COMPANY_FLOORS))
def test_company_accuracy_stays_above_its_floor(tallies: dict[str, Tally], split: str) -> None:
    tally = tallies[split]
    assert tally.company_n >= 80
    assert tally.company_ok / tally.company_n >= COMPANY_FLOORS[split], f"{split} company {tally.company_ok}/{tally.company_n}"


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_precision_and_recall_stay_above_their_floors(tallies: dict[str, Tally], split: str) -> None:
    tally = tallies[split]
    precision, recall = FLOORS[split]
    assert tally.tp + tally.fn >= 80, "the corpus lost its interviews"
    assert tally.precision >= precision, f"{split} precision {tally.precision:.3f} < {precision}"
    assert tally.recall >= recall, f"{split} recall {tally.recall:.3f} < {recall}"


def test_evidence_beats_the_old_keyword_match_on_heldout() -> None:
    items = load(splits=("heldout",))
    old = sum(naive(i.event, i.detection) == i.label.is_interview for i in items)
    new = sum(score(i).detected == i.label.is_interview for i in items)
    assert new > old + len(items) // 5, (old, new)


def test_the_corpus_loads_whole_and_tuning_sees_dev_only() -> None:
    every = load(splits=("dev", "heldout"))
    assert len(every) >= 9_500
    assert len({i.id for i in every}) == len(every), "ids are unique"
    assert Counter(i.lang for i in every).keys() == {"en", "de", "fr", "es", "it", "nl", "fi", "ja"}
    assert {i.split for i in load()} == {"dev"}
    assert all(i.event.start <= i.event.end for i in every if type(i.event.start) is type(i.event.end))
    tagged = [i for i in every if i.detection.categories or i.detection.colors]
    assert tagged, "items with the user's own categories or colours reach DetectionRules"


def test_company_accuracy_forgives_a_legal_form_and_nothing_else() -> None:
    item = next(i for i in load() if i.label.company)
    label = item.label.company
    assert same_company(f"{label} GmbH", item) and same_company(f"The {label}", item) and same_company(label.upper(), item)
    assert not same_company(f"{label} Print", item) and not same_company(None, item)
