"""How much more often an event's words appear in job interviews than in other events.

The word families of ``evidence_words`` name what a hiring conversation is called; they miss one
described in ordinary words: "GNW 2nd - Queens Rd" over "depot manager + route knowledge test", a
café's "trial shift" notes, a clinic's "meet the practice manager". Written by many hands, the
labelled corpus (``tests/corpus``, its dev split only) says which words such events share: each
word's log odds of appearing in an interview rather than in any other event there, as a naive
Bayes reading gives them, are kept in ``word_odds.tsv`` beside this module. The odds of an event's
strongest words (``odds``) are one more piece of evidence, which ``detect.classify`` asks for only
where the rules found a sign of hiring, not enough for an interview, and little against one.

``benchmarks/word_odds.py`` makes the table from the corpus (and ``tests/test_word_odds.py`` checks
that the shipped table is what it makes), so the table is data, never edited by hand.
"""

from __future__ import annotations

import heapq
import re
from functools import lru_cache
from importlib import resources

from followup_sync.decision_words import calendar_word

#: The table's file name in the package.
TABLE = "word_odds.tsv"
#: Words of two or more letters (no digits): numbers, times and ids tell nothing of their own.
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Runs of Japanese or Chinese script, read as the pairs of characters in them (no spaces to split on).
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+")
_OTHER = re.compile(r"[^\u3040-\u30ff\u4e00-\u9fff]{2,}")
#: How many of an event's words speak for an interview in ``odds``.
STRONGEST = 3
#: How much of the notes is read: the words that describe a meeting come first; the rest is boilerplate.
NOTES_READ = 3_000


def _tokens(text: str) -> set[str]:
    """The distinct words of a normalised ``text``; a run of Japanese or Chinese script as its character pairs."""
    found = set(_WORD.findall(text))
    if text.isascii() or not _CJK.search(text):
        return found
    for word in [w for w in found if _CJK.search(w)]:
        found.discard(word)
        for run in _CJK.findall(word):
            found.update(run[i:i + 2] for i in range(len(run) - 1))
        found.update(_OTHER.findall(word))
    return found


def words(title: str, notes: str) -> frozenset[str]:
    """The features of an event as the table names them: its title's words ("t:") and its notes' and place's
    words ("d:"). ``title`` and ``notes`` are normalised as ``detect.normalise`` gives them (case folded).

    Months and weekdays are left out: they tell when, and the corpus was written in one season, so its autumn months
    leaned towards interviews ("Meeting with the programme director about the October intake"). So are the words
    of a clock time ("klo 13", "14 Uhr", "ore 9"): the corpus's interviews are typed with their hour more often than
    its other events, which says nothing of what an event is. ``odds`` need not leave them out again: a table made
    from these features has none of them."""
    calendar = calendar_word()

    def telling(word: str) -> bool:
        return word not in _CLOCK_WORDS and not calendar.fullmatch(word)

    return frozenset([*("t:" + w for w in _tokens(title) if telling(w)),
                      *("d:" + w for w in _tokens(notes[:NOTES_READ]) if telling(w))])


#: The words a clock time is written with in the eight languages; not "am" or "pm", which are also a product manager.
_CLOCK_WORDS = frozenset("klo kello uhr ore hrs heures uur".split())


@lru_cache(maxsize=1)
def table() -> dict[str, float]:
    """The shipped table, read once (a few thousand words; read only when an event is in doubt)."""
    text = resources.files("followup_sync").joinpath(TABLE).read_text("utf-8")
    return {word: float(odds) for word, odds in (line.split("\t") for line in text.splitlines() if line)}


@lru_cache(maxsize=1)
def _by_field() -> tuple[dict[str, float], dict[str, float]]:
    """The table as two, the title's words and the notes', keyed by the bare word: an event's words are then
    weighed without writing each one's prefix."""
    known = table()
    return ({w[2:]: v for w, v in known.items() if w.startswith("t:")},
            {w[2:]: v for w, v in known.items() if w.startswith("d:")})


def _weighed(title: str, notes: str) -> tuple[dict[str, float], float]:
    """Each word of ``title`` and ``notes`` that weighs for an interview, at its stronger odds when both have it (one
    word, counted once), and the summed odds of every word against one."""
    in_title, in_notes = _by_field()
    found = [*((w, in_title[w]) for w in _tokens(title) & in_title.keys()),
             *((w, in_notes[w]) for w in _tokens(notes[:NOTES_READ]) & in_notes.keys())]
    for_one: dict[str, float] = {}
    for word, weight in found:
        if weight > for_one.get(word, 0.0):
            for_one[word] = weight
    return for_one, sum(weight for _, weight in found if weight < 0)


def odds(title: str, notes: str) -> float:
    """What the words of ``title`` and ``notes`` (normalised as ``words`` takes them) say: the log odds of the
    ``STRONGEST`` words for an interview, and of every word against one.

    Not the naive Bayes sum over all the words: an interview's notes are longer than most events' in the corpus, so
    every common word ("the", "invite", "pin") leans towards one there, and a meeting's agenda and dial-in text
    summed to thousands-to-one. A few words that say much, and all that say against, are what a reader weighs.
    """
    for_one, against = _weighed(title, notes)
    return round(sum(heapq.nlargest(STRONGEST, for_one.values())) + against, 3)


def ceiling(title: str, notes: str) -> float:
    """The most ``odds`` can give for ``title`` and ``notes`` or any part of them: the ``STRONGEST`` words' odds alone.
    Leaving words out never raises the strongest, so a part of the notes under this bar is too (``detect`` asks before
    it cuts the sentence about the answer out, which costs a reading of the notes)."""
    for_one, _ = _weighed(title, notes)
    return round(sum(heapq.nlargest(STRONGEST, for_one.values())), 3)


def strongest(title: str, notes: str, count: int = STRONGEST) -> tuple[str, ...]:
    """The ``count`` words of ``title`` and ``notes`` that weigh most for an interview: what ``explain`` shows."""
    for_one, _ = _weighed(title, notes)
    return tuple(sorted(for_one, key=lambda word: (-for_one[word], word))[:count])
