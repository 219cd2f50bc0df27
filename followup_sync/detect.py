"""Which calendar events are the user's own job interviews, and why.

``classify`` weighs every piece of evidence an event carries — its words (title, description,
location), its people (how many, their domains, who organised it, whether the user declined), its
video-call data, duration, transparency, Google event type, and the user's own tags (categories,
colours) — and sums the weights into a score. Two thresholds turn the score into an outcome:
*interview* (planned), *possible* (shown with how to confirm it) or *not*. The verdict keeps the
evidence that decided it, so ``explain`` can answer "why (not) this one?".

Some evidence is absolute and decides alone: the user's ``#nofollowup`` and ``#interview`` tags, a
declined invitation, a Google focus-time/out-of-office/working-location block, and a copy of the
product's own task (recognised by the shape of its summary or its body, even when another app
stripped our markers — planning follow-ups for a follow-up would never end).

A pure function of (event, rules, identity), fast enough for a whole calendar: each event's text is
normalised once, and the phrases of every word family (``evidence_words``) share one trie-shaped
regular expression, so the title and description are scanned once. The weights below were set on
the corpus's dev split (``benchmarks/detection.py``); the held-out split only measures them.

Matching is on whole words (a keyword inside a longer word does not count) for scripts written with
spaces; for scripts without spaces (Japanese, Chinese) a keyword matches anywhere.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from followup_sync import evidence_words as words
from followup_sync import word_odds
from followup_sync.addresses import CALENDAR_SYSTEM, HIRING_SENDERS, free_mail
from followup_sync.decision_prose import find_decision
from followup_sync.given_names import GIVEN_NAMES, unaccented
from followup_sync.known_employers import known_start
from followup_sync.model import Attendee, SourceEvent
from followup_sync.rules import DetectionRules, Identity


def _hyphens(text: str) -> str:
    """``text`` with its dash variants (U+2010 to U+2015, U+2212) written "-".

    One ``replace`` per variant rather than a pattern: the variants are past Latin-1, and ``replace``
    knows without reading a text of Latin-1 characters (most text that is not ASCII) that it has none.
    """
    return (text.replace("\u2010", "-").replace("\u2011", "-").replace("\u2012", "-").replace("\u2013", "-")
            .replace("\u2014", "-").replace("\u2015", "-").replace("\u2212", "-"))


def normalise(text: str) -> str:
    """Fold case, compatibility forms, dash variants and runs of blanks so rules match as written.

    German gender forms ("Bewerber:innen", "Kandidat*innen") become one word, so that a plural said
    of all applicants is not read as a "Bewerber:" line naming the one the user interviews. ASCII text
    has no compatibility forms or dash variants, and folds as it lowers: most calendar text is ASCII,
    and skipping the two scans for it is a good part of what normalising costs.
    """
    if text.isascii():
        text = text.lower()
        if "innen" in text:
            text = _GENDER_FORM.sub("innen", text)
        return _single_blanks(text)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text.translate(_ASCII_COMPATIBLE))
    text = _hyphens(text).casefold()
    if "innen" in text:
        text = _GENDER_FORM.sub("innen", text)
    return _single_blanks(text)


_GENDER_FORM = re.compile(r"[:*_/]-?innen\b")

#: Compatibility characters of calendar text whose compatibility decomposition is ASCII: the full-width forms
#: Japanese text puts its brackets, colons and digits in ("（", "：", "１"), and the odd blank, ordinal and
#: ellipsis. Each becomes that decomposition before NFKC, which leaves the decomposition of the text, and so its
#: NFKC form, as it was (a decomposition decomposes to itself); what is left is then often normalised already,
#: which ``unicodedata.normalize`` sees in one quick pass, where one such character sent the whole text through
#: its full decomposition and recomposition, dozens of times slower.
_ASCII_COMPATIBLE = {
    ord(char): unicodedata.normalize("NFKD", char)
    for char in (*map(chr, range(0xFF01, 0xFF5F)), "\u00a0", "\u00aa", "\u00b2", "\u00b3", "\u00b9", "\u00ba",
                 *map(chr, range(0x2000, 0x200B)), "\u2026", "\u202f", "\u205f", "\u3000")
}


def _single_blanks(text: str) -> str:
    """``text`` with its runs of blanks folded to one space and none at either end: ``" ".join(text.split())``.

    A text that is single-spaced already (most titles, half the notes) is given back as it is, without splitting it
    into words and joining them again: every blank ``split`` splits on but the space is a character that
    ``str.isprintable`` rejects, so a printable text with no two spaces together and none at an end has nothing
    to fold.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with ASCII classes, to read ASCII text with: there it finds what ``pattern`` finds.

    On ASCII characters the Unicode classes \\w, \\W, \\b and \\d say what the ASCII ones say. Only \\s differs,
    on the controls \\x1c-\\x1f, which normalised text never holds (``normalise`` folds them like any blank); the
    patterns twinned read normalised text only, or have no \\s. An ASCII class is a table lookup where a Unicode
    one asks the character database, for every character the pattern looks at: most calendar text is ASCII.
    """
    return re.compile(pattern.pattern, pattern.flags & ~re.UNICODE | re.ASCII)


_UNSPACED_FROM = "\u2e80"
#: A character of a script written without spaces; a regex finds one faster than ``max(text)``,
#: which makes a string of every character.
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED_FROM}-\U0010ffff]")


def _spaced_script(char: str) -> bool:
    """Scripts before CJK in Unicode separate words with spaces; a word boundary means something there."""
    return char < _UNSPACED_FROM


def _atoms(phrase: str) -> tuple[str, list[str]] | None:
    """A phrase as regex atoms, one per character, and its right boundary; ``None`` when empty."""
    prefix = phrase.endswith("*")
    text = normalise(phrase.rstrip("*"))
    if not text:
        return None
    # a dash between words may be a blank or nothing ("follow-up", "follow up", "followup"); between
    # digits it must be there: "1-1" is a one-to-one, "11" is eleven o'clock
    atoms = [r"[\s-]+" if ch == " " else (r"[-\s]" if text[i - 1:i].isdigit() else r"[-\s]?") if ch == "-"
             else re.escape(ch) for i, ch in enumerate(text)]
    if prefix or not _spaced_script(text[-1]) or not text[-1].isalnum():
        atoms.append("")
    elif len(text) < 3:
        atoms.append(r"(?!\w)")  # two letters take no plural: "vo" (virtual onsite) is not French "vos"
    else:
        # A plural or possessive still counts: "interviews", "panel's". Written for the regex engine's
        # sake: an empty last choice instead of "?" (no repeat to track), and \b instead of (?!\w), the
        # same here because a letter or digit always comes before it; two thousand phrases end so.
        atoms.append(r"(?:s|es|'s|)\b")
    return text, atoms


@dataclass(frozen=True)
class _Lexicon:
    """Every phrase of every family in one regular expression, shaped as a trie.

    One scan of a text finds the phrases of all families; the regex engine branches on one
    character at a time instead of trying a thousand alternatives at each position. Longer
    phrases win over their own beginnings ("exit interview" over "exit"), and a match consumes its
    words, so "customer interview" is research and not also an interview stage.
    """

    #: Phrases of scripts written with blanks (whole words), and of scripts without (anywhere):
    #: apart, because the second kind is tried at every position, and only texts with such
    #: characters need it. A spaced phrase is matched with the non-word character before it (the
    #: text gets a blank in front), its group the phrase: with a character class first, the regex
    #: engine skips along the letters of words and tries the trie only where one could start.
    spaced: re.Pattern[str] | None
    unspaced: re.Pattern[str] | None
    #: a phrase's letters (``_key``) -> the families (indexes) it belongs to
    owners: dict[str, tuple[int, ...]]
    #: matched texts already traced back (bounded: hostile text can vary blanks without end)
    seen: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def families(self, found: str) -> tuple[int, ...]:
        """The families of a matched text."""
        known = self.seen.get(found)
        if known is None:
            known = self._trace(found)
            if len(self.seen) < 20_000:
                self.seen[found] = known
        return known

    def _trace(self, found: str) -> tuple[int, ...]:
        """A plural or possessive ending is not part of the phrase."""
        key = _key(found)
        owning = self.owners.get(key)
        if owning is None:
            for suffix in _SUFFIXES:
                if key.endswith(suffix) and key[: -len(suffix)] in self.owners:
                    return self.owners[key[: -len(suffix)]]
            return ()
        return owning

    def scan(self, text: str) -> dict[int, list[str]]:
        """The distinct phrases found of each family, in order, by family index."""
        # a character of a script without spaces, or past the Basic Multilingual Plane (U+10000 and on, which
        # _UNSPACED_CHAR covers too): looked for in the few texts that are not ASCII
        wide = _UNSPACED_CHAR.search(text) if not text.isascii() else None
        astral = wide is not None and _ASTRAL_CHAR.search(text, wide.start()) is not None
        found = _spaced_phrases(self.spaced, text, astral) if self.spaced else []
        if self.unspaced is not None and wide is not None:
            found += self.unspaced.findall(text)
        hits: dict[int, list[str]] = {}
        seen = self.seen
        for phrase in found:
            owning = seen.get(phrase)
            if owning is None:
                owning = self.families(phrase)
            for family in owning:
                texts = hits.get(family)
                if texts is None:
                    hits[family] = [phrase]
                elif phrase not in texts:
                    texts.append(phrase)
        return hits


def _spaced_phrases(pattern: re.Pattern[str], text: str, astral: bool = False) -> list[str]:
    r"""The phrases of ``pattern`` (a lexicon's ``spaced``) in ``text``, left to right, each match
    consuming its words, as ``(?<!\w)`` before the trie would find them.

    The pattern takes the non-word character before a phrase, so a match that ends in one
    ("candidate:", "to do:") has used up the character the next phrase needs in front of it
    ("candidate:interview"). When a match ends so, the text is gone through again one match at a
    time, the search after such a match starting on its last character.

    The pattern lets any character past the Basic Multilingual Plane stand before a phrase (``_word_start``):
    for a text with one (``astral``), the search goes one match at a time too, and a match after a letter
    there is passed over, the search going on from the letter's place, as it would have without the letter.
    """
    padded = " " + text
    if not astral:
        found: list[str] = pattern.findall(padded)
        for phrase in found:
            if not phrase[-1].isalnum() and phrase[-1] != "_":
                break
        else:
            return found
    found, start = [], 0
    while (match := pattern.search(padded, start)) is not None:
        before = padded[match.start()]
        if before.isalnum() or before == "_":  # (only a letter or digit past U+FFFF gets here)
            start = match.start() + 1
            continue
        phrase = match.group(1)
        found.append(phrase)
        start = match.end() if phrase[-1].isalnum() or phrase[-1] == "_" else match.end() - 1
    return found


_ASTRAL_CHAR = re.compile("[\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _word_start() -> str:
    r"""The class of characters a lexicon's phrase may follow: ``\W``, written out as the characters.

    ``\W`` asks the character database about each character a scan passes, which is every character of the
    text (most of them letters, to learn that no phrase starts after them); a class of ranges is a table
    lookup. It lists the characters of the Basic Multilingual Plane that are no letter, digit or "_" as the
    regex engine tells them (``str.isalnum``, the same database), and lets every character past it through:
    those (emoji, rare ideographs) are told apart where they stand before a phrase (``_spaced_phrases``).
    """
    ranges: list[list[int]] = []
    for code in range(0x10000):
        char = chr(code)
        if not (char.isalnum() or char == "_"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    listed = "".join(f"\\U{low:08x}" + (f"-\\U{high:08x}" if high > low else "") for low, high in ranges)
    return f"[{listed}\\U00010000-\\U0010ffff]"


@lru_cache(maxsize=16)
def _lexicon(families: tuple[tuple[str, ...], ...]) -> _Lexicon:
    """The lexicon of ``families`` (cached: built once per configuration).

    The pattern has no groups but the whole phrase: a thousand of them would cost megabytes and
    time on every match. A match is traced back to its phrase by its letters alone (``_key``),
    which is all that tells phrases apart once blanks and dashes are allowed to vary.
    """
    owners: dict[str, set[int]] = {}
    spaced: dict[str, Any] = {}
    unspaced: dict[str, Any] = {}
    for index, phrases in enumerate(families):
        for phrase in phrases:
            parsed = _atoms(phrase)
            if parsed is None:
                continue
            text, atoms = parsed
            owners.setdefault(_key(text), set()).add(index)
            node = spaced if _spaced_script(text[0]) and (text[0].isalnum() or text[0] == "_") else unspaced
            for atom in atoms[:-1]:
                node = node.setdefault(atom, {})
            node.setdefault("\0" + atoms[-1], {})

    def emit(node: dict[str, Any]) -> str:
        # Continuations before endings, and a whole-word ending before a bare prefix ending: the
        # longest phrase wins.
        order = sorted(node, key=lambda a: (a.startswith("\0"), a == "\0"))
        branches = [atom[1:] if atom.startswith("\0") else atom + emit(node[atom]) for atom in order]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return _Lexicon(
        spaced=re.compile(_word_start() + "(" + emit(spaced) + ")") if spaced else None,
        unspaced=re.compile(emit(unspaced)) if unspaced else None,
        owners={key: tuple(sorted(found)) for key, found in owners.items()},
    )


_NOT_KEY = re.compile(r"[\s-]+")
_SUFFIXES = ("'s", "es", "s")


def _key(text: str) -> str:
    """A phrase or a match without its blanks and dashes, which the patterns let vary."""
    return _NOT_KEY.sub("", text)


@lru_cache(maxsize=16)
def _tag_pattern(tag: str) -> re.Pattern[str] | None:
    tag = normalise(tag)
    return re.compile(re.escape(tag) + r"(?![\w-])") if tag else None


def _has_tag(normalised: str, tag: str) -> bool:
    pattern = _tag_pattern(tag)
    return pattern is not None and pattern.search(normalised) is not None


class Outcome(StrEnum):
    """What detection concluded: planned, shown for the user to confirm, or ignored."""

    INTERVIEW = "interview"
    POSSIBLE = "possible"
    NOT = "not"


class Evidence(NamedTuple):
    """One reason: its family's ``name``, its ``weight`` in the score, and the ``text`` it matched.

    A named tuple rather than a frozen dataclass: a calendar's worth of them is made per pass."""

    name: str
    weight: float
    text: str


#: An evidence's weight and text, read by the passes over a verdict's evidence without a Python loop.
_WEIGHT = attrgetter("weight")
_TEXT = attrgetter("text")


class Verdict(NamedTuple):
    """What detection concluded about one event, and why."""

    outcome: Outcome
    score: float
    evidence: tuple[Evidence, ...]
    #: Set when one piece of evidence decided alone (a tag, a declined invitation, our own task...).
    absolute: str | None = None

    @property
    def is_interview(self) -> bool:
        return self.outcome is Outcome.INTERVIEW


# ------------------------------------------------------------------------------------ the weights

#: Word families: (name, phrases, weight in the title, weight in the description or location, and
#: how many distinct phrases of the family count; more signs of a hiring conversation say more).
_WORD_FAMILIES: tuple[tuple[str, tuple[str, ...], float, float, int], ...] = (
    ("interview stage", words.STAGES, 3.5, 2.25, 1),
    ("recruiter", words.RECRUITERS, 3.0, 1.0, 1),
    ("hiring hint", words.HINTS, 1.5, 0.5, 2),
    ("hiring context", words.HIRING_CONTEXT, 1.0, 0.75, 3),
    ("an employer's invitation", words.INVITATION, 2.0, 2.0, 1),
    ("hiring platform", words.HIRING_PLATFORMS, 2.5, 1.5, 1),
    ("user as interviewer", words.INTERVIEWER, -6.0, -5.5, 1),
    ("a candidate in the title", words.CANDIDATE, -3.5, 0.0, 1),
    ("media", words.MEDIA, -6.0, -3.0, 1),
    ("research", words.RESEARCH, -6.0, -3.5, 1),
    ("civic or personal", words.CIVIC, -6.0, -3.0, 1),
    ("exit interview", words.EXIT, -8.0, -4.0, 1),
    ("academic work", words.ACADEMIC, -6.0, -1.0, 1),
    ("errand", words.ERRAND, -6.0, 0.0, 1),
    ("about an interview", words.ABOUT_INTERVIEW, -6.0, 0.0, 1),
    ("practice", words.PRACTICE, -6.0, 0.0, 1),
    ("practice platform", words.PRACTICE_PLATFORMS, -6.0, -3.0, 1),
    ("an offer", words.OFFER, -6.0, 0.0, 1),
    ("lookalike", words.LOOKALIKE + words.LOOKALIKE_STRONG, -3.5, 0.0, 1),
    ("lookalike", words.LOOKALIKE_STRONG, 0.0, -2.0, 1),  # in a title, LOOKALIKE has them already
    ("someone else's interview", words.SOMEONE_ELSES_INTERVIEW, 0.0, -3.0, 1),  # in a title, ABOUT_INTERVIEW has them
    ("ordinary meeting", words.ORDINARY, -1.5, 0.0, 1),
    ("cancelled", words.CANCELLED, -8.0, 0.0, 1),
)
_USER_KEYWORD = 3.5         # a word of the configured ``detection.keywords`` in the title
_USER_EXCLUSION = -6.0      # a phrase of ``detection.exclude`` in the title
_USER_TAG = 4.0             # one of the user's interview categories or colours
_FIELD_LINES = 2.0          # ``Interviewer:``, ``Role:``, ``Company:`` lines in the description
_ROLE_IN_TITLE = 1.0        # a job title in the title ("Sr Frontend Eng - Figma")
_ROLE_MENTION_WEIGHT = 2.0  # "the Senior Backend role", "a field engineer position"
_EXTERNAL_PEOPLE = 0.75     # guests from another organisation's domain
_TITLE_NAMES_GUESTS = 1.0   # "Vincit / 13.00" with guests from vincit.fi
_INVITED_BY_THEM = 0.5      # the guests' organisation sent the invitation
_RECRUITING_MAILBOX = 1.5   # a guest or organiser writing from rekry@, careers@, recruiting@...
_TITLE_IS_GUESTS = 1.0      # "Stripe 2pm": the title is nothing but the guests' organisation and a time
_YOU_IN_TITLE = 3.0         # the title names the user: they are the candidate
_CROWD = -2.0               # many guests: an all-hands, a class, a party
_OWN_MEETING = -2.5         # the user invited others: they run the meeting
_OWN_CALL_WITH_AN_OUTSIDER = -1.0  # ... one outsider, from a private address (see _people_evidence)
_COLLEAGUES = -3.0          # guests or organiser from the user's own (work) domain
_GUEST_IN_TITLE = -4.0      # the user invited the person the title names: a candidate of theirs
_EMPLOYER_OR_ROLE_WEIGHT = -0.5  # "Gemeente Rotterdam", "training contract" beside the stage
_ROUND_WITH_A_NAME = 1.0    # "Rabobank 2e ronde": a numbered round and nothing but a name
_ANSWER_DUE = 1.0           # in doubt, the notes say when the employer will answer
_JOB_AND_ANSWER = 2.5       # nothing against, the notes name a job or a trial and when the answer comes
_PLAIN_TITLE = 0.5          # the description names a stage, the short title nothing, and nothing is against
_VIDEO_CALL = 0.25
_WORD_ODDS = 3.0            # the event's words are far more often an interview's than not (``word_odds``)
_ODDS_NEEDED = 3.5          # ... by this much: the log odds of its three strongest words, less those of any against
#                             (five-fold CV on 6,149 dev events: 3.5 finds 8 more than 4.0 did, no more false)
_ODDS_NEEDED_ALONE = 5.0    # ... or this much beside only an everyday hint, a post in the title or a promised answer
_ODDS_NEEDED_BARE = 4.0     # ... or this much for notes with no evidence at all (five-fold CV on dev: +5 found, none false)
_ODDS_AGAINST = -1.5        # ... and nothing weighs more against an interview than an ordinary meeting's word
_FREE_TIME = -1.5           # marked "free"
_ALL_DAY = -1.0
_VERY_SHORT = -1.0          # under 10 minutes: a reminder, not a conversation
_VERY_LONG = -1.5           # over 10 hours

#: A person written with an initial, right after the stage ("Phone screen: J. Alvarez (SDR)",
#: "Loop – Priya S."): how the hiring side names the candidate it meets. A candidate's own event
#: names the company there, or the interviewer after "with".
_CANDIDATE_NAMED = re.compile(
    r"^[^:\-–—|]{2,40}[:\-–—|]\s*(?:[A-Z]\.\s?[A-Z][a-z]{2,}|[A-Z][a-z]{2,}\s[A-Z]\.)(?!\w)"
    # or a person addressed formally right after the stage: "Bewerbungsgespräch Frau Yilmaz", "Entretien : Mme Martin"
    r"|^\S+(?:\s\S+)?\s*[:\-–—|]?\s*(?:Frau|Herr|Hr\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Sr\.|Sra\.|Sig\.(?:ra)?|Dhr\.|Mevr\.)"
    r"\s+[A-ZÄÖÜ][\w-]+"
    # or the Spanish "a" before a person: "Entrevista a Carlos R." is the user interviewing Carlos
    r"|^[Ee]ntrevista\s+a\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
)
#: A full name and the job they are applying for: "Interview with Jane Doe for Backend Engineer".
#: Weaker: "Interview with Goldman Sachs for IBD" has the same shape.
_APPLICANT_FOR = re.compile(
    r"^[^:]{0,40}?(?:\bwith|\bw/|:)\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:for|für|pour|para|per|voor)\s"
)
_APPLICANT_FOR_WEIGHT = -2.5
#: Words after a name with an initial that make it an organisation's: "Francis W. Parker School".
_ORGANISATION_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:School|Academy|College|University|Hospital|Clinic|Institute|Foundation|Trust|"
    r"Group|Partners|Bank|Inc\.?|LLC|LLP|Ltd\.?|GmbH|Company|Co\.|Associates|Center|Centre|Library|Museum)\b")
_CANDIDATE_NAMED_WEIGHT = -3.0
_SOMEONE_ELSES_STAGE_WEIGHT = -6.0  # "Tom's interview at Tesco" over "drive Tom to his interview"
#: A stage a person's name owns: "Tom's interview at Tesco", and "Entretien de Lucas", "Colloquio di Marco" (``_STAGE_OF``).
#:
#: Two patterns (``_their_stage`` takes the first match), each starting with a class, where one with both shapes
#: started with a look-behind: the regex engine then skips to the capitals (or the first letters of the stages) and
#: tries the shape only there, rather than at every character. The look-behind comes right after the capital, and
#: tests the character before it as before.
_THEIR_STAGE = re.compile(
    r"(?P<name>[A-ZÀ-Þ](?<![\w'’][A-ZÀ-Þ])[a-zà-ÿ]+)['’]s\s+(?:(?:job|phone|first|second|final)\s+)?"
    r"(?i:interview|trial shift|trial day|work trial|trial)\b")
#: The first letter is matched in either case, and for "s" also as the long s ("ſ"), as ``(?i:...)`` matches them.
_STAGE_OF = re.compile(
    r"[EeCcVvBbSsſ](?:(?<=[Ee])(?i:ntretien|ntrevista)|(?<=[Cc])(?i:olloquio)|(?<=[Vv])(?i:orstellungsgespräch)"
    r"|(?<=[Bb])(?i:ewerbungsgespräch)|(?<=[Ssſ])(?i:ollicitatiegesprek))\s+"
    r"(?i:de|di|von|van)\s+(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+)\b")


def _their_stage(summary: str) -> re.Match[str] | None:
    """The first stage a person's name owns in ``summary``: ``_THEIR_STAGE`` over ``_STAGE_OF`` where both start."""
    owned, of = _THEIR_STAGE.search(summary), _STAGE_OF.search(summary)
    return owned if of is None or (owned is not None and owned.start() <= of.start()) else of


#: The notes speak of that person, in the third person or as the user's child (normalised text): "drive Tom to his
#: interview", "accompagner Lucas (mon fils)", "accompagno Marco (mio figlio)"; "Wendy's interview" has no such notes.
_A_THIRD_PERSON = re.compile(
    r"\b(?:his|her|him|my son|my daughter|mon fils|ma fille|mio figlio|mia figlia|mi hijo|mi hija|mein sohn|"
    r"meine tochter|mijn zoon|mijn dochter|son entretien|sein|seinem|ihrem|zijn|haar|gli|suo)\b")
#: What each shape above cannot match without, looked for first: a "." or an honorific written
#: without one (or the Spanish "a" at the start, ``_ENTREVISTA_A``); the word before the job, between
#: blanks. Most titles have neither, and finding that out costs a fraction of the backtracking the
#: shapes do to fail.
_CANDIDATE_HINT = re.compile(r"\.|Frau|Herr|Mme|Mlle|Mr|Ms")
_ENTREVISTA_A = re.compile(r"[Ee]ntrevista\s+a\s+[A-Z]")
_APPLICANT_HINT = re.compile(r"\s(?:for|für|pour|para|per|voor)\s")


def _candidate_hint(summary: str) -> bool:
    """Whether ``summary`` has what ``_CANDIDATE_NAMED`` cannot match without.

    Two patterns, not one with "^" among the choices: that choice would keep the regex engine from
    skipping to the few letters the others start with, and it would try all of them at every position.
    """
    return _CANDIDATE_HINT.search(summary) is not None or _ENTREVISTA_A.match(summary) is not None


#: The word for a job next to a job title: "the Sr. Data Engineer opening", "a field engineer position",
#: and, in the languages that name the job first, "la vacante de Product Manager", "il ruolo di sviluppatore".
_JOB_WORDS = ("role", "opening", "position", "post", "vacancy", "job", "stelle", "poste", "puesto", "ruolo",
              "posizione", "functie", "vacature", "tehtävä*", "vacante", "plaza", "posición", "paikka*", "paika*",
              "cargo")
#: Matched with the non-word character before the word (group 1), in the text with a blank in
#: front, so that the regex engine tries it only where a word starts (as the lexicon does). The words
#: share their first letters as a trie does ("pos" for position, post, poste...): the engine looks at
#: a few first letters where a word starts instead of twenty. At most one word fits where one does
#: (each ends the word), so grouping them finds what the plain list did.
_JOB_WORD = re.compile(
    r"\W(r(?:ole|uolo)|opening|p(?:os(?:ition|te?|izione|ición)|uesto|laza|aikk?a\w*)|vaca(?:ncy|ture|nte)|job|cargo|"
    r"stelle|functie|tehtävä\w*)(?!\w)"
)
_JOB_WORD_ASCII = _ascii_twin(_JOB_WORD)
#: What joins a word for a job to the job title that follows it: "poste de", "ruolo di", "position as".
_JOB_THEN = re.compile(r"\s+(?:de|di|da|del|della|d'|of|as|als|come|como|en tant que|van)\s*")
#: Words for a job that French, Spanish and Italian put right before the title too: "poste vendeur".
_JOB_THEN_TITLE = frozenset({"poste", "puesto", "posto"})
_BLANK = re.compile(r"[ \t]+")
_MAILBOXES = frozenset(words.RECRUITING_MAILBOXES)
#: Domain labels of hiring platforms and scheduling tools, and of the agencies that recruit, as they
#: appear in a sender's address.
_PLATFORM_LABELS = HIRING_SENDERS | frozenset(
    "hays michaelpage pagepersonnel roberthalf robertwalters randstad adecco manpower kellyservices harveynash "
    "barona academicwork gigroup".split()
)
_NEVER_TYPES = frozenset({"focustime", "outofoffice", "workinglocation", "birthday"})
#: The names of detail lines; a description without any of these words has no such line to look for.
_FIELD_WORDS = (
    "interviewer", "interviewers", "role", "position", "company", "employer", "job title", "stelle",
    "unternehmen", "firma", "poste", "entreprise", "puesto", "empresa", "ruolo", "azienda", "functie",
    "bedrijf", "rooli", "yritys", "会社", "職種",
)
_FIELD_LINE = re.compile(
    r"(?im)^[ \t]*[-*•]?[ \t]*(interviewers?|role|position|company|employer|job title|stelle|unternehmen|"
    r"firma|poste|entreprise|puesto|empresa|ruolo|azienda|functie|bedrijf|rooli|yritys|会社|職種)[ \t]*[:=]"
)
#: ``_FIELD_LINE`` after a line break: with "\n" first, the regex engine skips from line break to line break,
#: where with "^" it tries every position of the notes (``_field_line`` looks at the first line apart).
_FIELD_LINE_AFTER_BREAK = re.compile("(?i)\n" + _FIELD_LINE.pattern.removeprefix("(?im)^"))
_TAGS = re.compile(r"<[^>]{0,500}>")

#: How calendar apps retitle a meeting the organiser cancelled, in the supported languages.
_CANCELLED_PREFIX = re.compile(
    r"^(?:canceled|cancelled|abgesagt|annulé|annulée|cancelado|cancelada|annullato|geannuleerd|peruttu|"
    r"peruutettu|キャンセル|中止)\s*[:：]"
)
#: The verdict's ``absolute`` for a copy of one of the product's own tasks.
OWN_TASK = "the product's own task"
#: The summaries of the product's own tasks, as ``drafts.py`` words them: "<prefix>: <label>".
OWN_TASK_PREFIXES: tuple[str, ...] = (
    "record interview details", "send thank-you letter", "send thank-you e-mail", "send thank-you email",
    "send thank-you note", "send thank-you", "send thank you", "follow-up call", "follow up call",
    "keep searching while you wait", "keep searching", "before the interview", "prepare for the interview",
    "thank-you letter", "thank-you e-mail", "write thank-you", "call to follow up",
)
_OWN_SUMMARY = re.compile(
    r"^(?:" + "|".join(re.escape(p).replace(r"\-", r"[-\s]?").replace(r"\ ", r"\s+") for p in OWN_TASK_PREFIXES)
    # A few words may follow the kind before the colon ("Send thank-you letter to Jane Doe: Acme"),
    # so new wordings of the same tasks are still ours.
    + r")(?![\w-])[^:]{0,40}:\s*\S"
)
#: Lines only the product's own task bodies contain (the thank-you draft, the call's talking points,
#: the details request, the keep-searching nudge); two of them identify a copy of our task.
_OWN_LINES: tuple[str, ...] = (
    "add these lines to the interview event's description", "still missing:", "talking points:",
    "heard back already? add 'status:", "before you send it:", "thanks is the main point",
    "one letter per interviewer", "[optional: restate", "[optional: add a skill", "[optional: clarify",
    "don't give up or put your search on hold", "send at least one new application today",
    "send it within a day or two of the interview", "whom to call:",
    "with them, the thank-you letter is addressed correctly",
    # the drafts' own wording since the per-interviewer letters (older tasks keep the lines above)
    "lead with the thanks and keep it brief.", "fill in or delete each [bracketed] part.",
    "[optional: in one sentence, why your experience suits the role.]",
    "[optional: a skill or result you did not get to mention.]",
    "with them the thank-you reaches each interviewer by name and title",
)


def _plain(text: str) -> str:
    """Descriptions may be HTML as Google stores them; read the words, not the markup."""
    if "<" in text:
        text = _TAGS.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return text


#: Past this many characters a description is not read further: invitation boilerplate and long
#: threads bury nothing detection needs deeper, and the work per event stays bounded.
DESCRIPTION_LIMIT = 20_000


class _Read(NamedTuple):
    """An event's text as detection reads it: the normalised title, the notes as plain text and normalised,
    and the normalised place without its street address."""

    title: str
    plain: str
    description: str
    location: str


def _read(event: SourceEvent) -> _Read:
    title = normalise(event.summary[:2_000])
    raw_description = event.description[:DESCRIPTION_LIMIT]
    plain = _plain(raw_description) if raw_description else ""
    description = normalise(plain) if plain else ""
    location = normalise(event.location[:2_000]) if event.location else ""
    if location:
        location = (_STREET_ASCII if location.isascii() else _STREET).sub(" ", location)
    return _Read(title, plain, description, location)


def words_of(event: SourceEvent) -> frozenset[str]:
    """The features ``word_odds`` weighs for ``event``, read as ``classify`` reads it (its table is made with this)."""
    read = _read(event)
    body = f"{read.description}\n{read.location}" if read.location else read.description
    return word_odds.words(read.title, _without_the_answer(body, read.plain, event.start))


def _without_the_answer(notes: str, plain: str, start: date | datetime) -> str:
    """``notes`` (normalised) without the sentence that says when the employer will answer.

    That sentence is a sign of its own (``_answer_due``), and its words ("days", "Monday", "October", "let me
    know") are everywhere else in a calendar: weighed as words, they made every meeting that names a day look
    like an interview's notes, and counted the same sign twice.
    """
    if not plain:
        return notes
    found = find_decision(plain, start.date() if isinstance(start, datetime) else start)
    return notes.replace(normalise(found.phrase), " ") if found.phrase else notes


def classify(event: SourceEvent, rules: DetectionRules, identity: Identity = Identity()) -> Verdict:
    """The verdict on one event, with the evidence that decided it."""
    if event.cancelled:  # before reading any text: calendars return many cancelled instances
        return _absolute(Outcome.NOT, "cancelled", "status: cancelled")
    title, plain, description, location = _read(event)
    tagged = f"{title}\n{description}" if "#" in description else title
    tagged = tagged if "#" in tagged else ""

    if tagged and _has_tag(tagged, rules.opt_out_tag):
        return _absolute(Outcome.NOT, "opt-out tag", rules.opt_out_tag)
    if tagged and _has_tag(tagged, rules.tag):
        return _absolute(Outcome.INTERVIEW, "interview tag", rules.tag)
    if ":" in title:  # both shapes have a colon (a full-width one is ":" once normalised); most titles have none
        if _OWN_SUMMARY.match(title):
            return _absolute(Outcome.NOT, OWN_TASK, title[:80])
        if _CANCELLED_PREFIX.match(title):
            # Outlook keeps a cancelled meeting as "Canceled: <title>" until the user removes it.
            return _absolute(Outcome.NOT, "cancelled", title[:80])
    if event.event_type.casefold() in _NEVER_TYPES:
        return _absolute(Outcome.NOT, "event type", event.event_type)
    own = _own_addresses(event, identity)
    declined = _declined(event, own)
    if declined:
        return _absolute(Outcome.NOT, "declined by you", declined)

    lexicon = _lexicon_for(rules)
    body = f"{description}\n{location}" if location else description
    in_title = lexicon.scan(title)
    in_body = lexicon.scan(body) if body else {}
    ours = in_body.get(_OWN, ())
    if len(ours) >= 2:  # two lines only the product's task bodies have: a copy of one of them
        return _absolute(Outcome.NOT, OWN_TASK, "; ".join(sorted(ours))[:80])
    evidence = _word_evidence(event.summary[:200], title, description, plain, in_title, in_body)
    if rules.categories or rules.colors:
        evidence += _tag_evidence(event, rules)
    evidence += _people_evidence(event, identity, title, own)
    shape = _shape_evidence(event)
    # (the title is read for a job only when there is such a mark to set aside: most events have neither)
    if shape and any(e.name in _TRIAL_INDIFFERENT for e in shape) and _names_a_job(title):
        # "Työkokeilu – K-Citymarket", "Probetag Bäckerei Kamps": a trial of work lasts days and is put in as
        # such; its length and a free mark say nothing against it
        shape = [e for e in shape if e.name not in _TRIAL_INDIFFERENT]
    evidence += shape
    if 0 in in_title and _SOMEONE_ELSES_INTERVIEW in in_body:  # (the only evidence so named, and only from the notes)
        # "Interview – Stripe" over "Priya's notes: her interview for the same role was system design": a stage in
        # the title says whose interview this is; another person's in the notes is advice about it
        evidence = [e for e in evidence if not e.name.startswith("someone else's interview")]
    if "candidate:" in map(_TEXT, evidence) and _names_the_user(event.description[:5_000], identity, own):
        # "Candidate: Luis Ortega" in the invite Workday sent Luis: the candidate line names the user
        evidence = [e for e in evidence if e.text != "candidate:"]
    # (evidence is so named only when the family has a phrase in the title or notes: most events have none)
    if (_INTERVIEWER in in_title or _INTERVIEWER in in_body) and any(
            e.name.startswith("user as interviewer") for e in evidence):
        # Greenhouse, Workday and the agencies serve both sides: beside signs that the user interviews, that
        # they sent the invite says nothing about which side the user is on
        evidence = [e for e in evidence if not e.name.startswith("hiring platform")]
    # Whether anything argues against an interview, read once: what is added below before it is asked again (a
    # numbered round, a plain title) weighs for one, so the answer holds there and, with nothing against, for
    # ``against`` too.
    nothing_against = not evidence or min(map(_WEIGHT, evidence)) >= 0  # (min's default= costs a keyword dict)
    if _HINT in in_title and 0 not in in_title and nothing_against:
        evidence += _round_with_a_name(event.summary[:200], title, in_title[_HINT],
                                       known_only=not any(_says_a_job(e) for e in evidence))
    if (0 not in in_title and nothing_against and len(title.split()) <= 6
            and (0 in in_body or _signs(evidence) >= 3)
            and sum(e.weight > 0 for e in evidence) >= 2  # "Call Mum: ask about her interview" has one sign only
            and (0 not in in_body or f"#{in_body[0][0]}" not in description)):  # "#interviewing-tips" is a channel
        # "Telefonat Frau Albrecht", "Visio avec Mme Roussel", "Alex / Dana": a plain title the user typed over
        # notes that describe the interview (or hold three signs of one), with nothing at all against it
        evidence.append(Evidence("an interview under a plain title", _PLAIN_TITLE,
                                 in_body[0][0] if 0 in in_body else "three signs in the notes"))
    score = round(sum(map(_WEIGHT, evidence)), 2)
    # a word that here names the employer ("Lezione dimostrativa – Istituto ..." over "scuola") is no sign against
    against = not nothing_against and any(e.weight < 0 and not e.name.endswith(_NAMES_THE_EMPLOYER) for e in evidence)
    if (rules.possible_score <= score < rules.interview_score and plain and not against
            and (any(_says_a_job(e) or (_a_telling_hint(e) and not (e.text == "poste" and "la poste" in title))
                     for e in evidence)  # "Passer à La Poste": the post office
                 or (_ROLE in in_body and not _TRADE_POSTS.isdisjoint(in_body[_ROLE]))
                 or _names_a_job(f"{title}\n{description}"))):
        # "Hij belt overmorgen", "合否は明後日LINEで": notes that say when the employer will answer are a
        # candidate's; read only for the few events in doubt (reading costs a fraction of a millisecond)
        answer = _answer_due(plain, event.start)
        if answer:
            # the answer's own word ("decision") counted as hiring context is the same sign: it counts once
            evidence = [e for e in evidence if _says_a_job(e) or not e.name.startswith("hiring context")]
            job = next((e.text for e in evidence if e.name.startswith(("a job on offer", "job title"))), None)
            if job is None:
                job = _job_noun(title, description) or (in_body[_ROLE][0] if _ROLE in in_body else None)
                job = None if job and job in normalise(answer) else job
            if job and not _someone_elses(f"{title}\n{description}") and not _acts(description, job):
                # "Levi – kausityö hissinhoitaja" over "Kertovat ylihuomenna saanko paikan": the post is the user's;
                # not "Manager meeting" over "Branch manager reviewed the business plan. Decision by Friday"
                evidence.append(Evidence("a job or a trial, and when they will answer", _JOB_AND_ANSWER, f"{job}; {answer}"))
            else:
                evidence.append(Evidence("when they will answer", _ANSWER_DUE, answer))
            score = round(sum(e.weight for e in evidence), 2)
    elif score < rules.possible_score and plain and not against:
        # "see Marco re kitchen job @ Lupa" / "Pasticceria Russo – prova" over "mi fanno sapere entro martedì":
        # the trades and small shops hire without the word; a job, a trial or a post the notes name ("relief tractor
        # driver for the harvest", not in the title: "Termin Verkäufer Autohaus" is the salesman) and a promised answer say it
        job = _job_noun(title, description) or next((e.text for e in evidence if e.name.startswith("a job on offer")), None)
        notes_role = in_body[_ROLE][0] if job is None and _ROLE in in_body else None
        job = job or notes_role or (_tried_post(title, in_title[_ROLE]) if _ROLE in in_title else None)
        if job and _someone_elses(f"{title}\n{description}"):
            job = None  # "Tom's apprenticeship ... they'll let him know", "娘のバイト": another person's job
        answer = _answer_due(plain, event.start) if job else None
        if answer and notes_role and (notes_role in normalise(answer) or _acts(description, notes_role)):
            # "le vendeur me donne sa réponse lundi", "Plumber came to look at the boiler. He'll let me know by
            # Friday": the one who answers, or who came, not the post
            answer = None
        if job and answer:
            evidence = [e for e in evidence if not e.name.startswith("hiring context")]
            evidence.append(Evidence("a job or a trial, and when they will answer", _JOB_AND_ANSWER, f"{job}; {answer}"))
            score = round(sum(e.weight for e in evidence), 2)
    bare = not evidence and bool(plain)
    if (0 < score < rules.interview_score and (nothing_against or min(map(_WEIGHT, evidence)) >= _ODDS_AGAINST)) or bare:
        # "Harbour Café 2pm" over "meet Jo (owner) about weekend shifts, bring CV": a sign of hiring but not enough,
        # and words the corpus's interviews share far more often than its other events (read only for events in
        # doubt). Notes with no evidence either way ("Lehto työmaakäynti klo 7" over "työnjohtaja haluaa nähdä ennen
        # kuin palkkaa") are weighed at the bar of a weak sign; an ordinary meeting's notes carry evidence of what they
        # are, or words that weigh nothing. A title's hint that names many an everyday meeting ("Incontro con il
        # direttore della banca"), or a post in the title alone ("Nurse visit – Dad"), asks for more of them.
        hiring = any((_says_a_job(e) and e.name not in _NO_JOB_FOR_THE_ODDS)  # "Nurse visit – Dad", "Manager meeting"
                     or _a_telling_hint(e) for e in evidence)
        needed = _ODDS_NEEDED_BARE if bare else _ODDS_NEEDED if hiring else _ODDS_NEEDED_ALONE
        if word_odds.ceiling(title, body) >= needed:  # (cutting the answer out reads the notes: most fall short first)
            notes = _without_the_answer(body, plain, event.start)
            total = word_odds.odds(title, notes)
            if total >= needed:
                evidence.append(Evidence("words interviews share", _WORD_ODDS,
                                         f"{', '.join(word_odds.strongest(title, notes))} (log odds {total:.1f})"))
                score = round(score + _WORD_ODDS, 2)
    if score >= rules.interview_score:
        outcome = Outcome.INTERVIEW
    elif score >= rules.possible_score:
        outcome = Outcome.POSSIBLE
    else:
        outcome = Outcome.NOT
    return Verdict(outcome, score, tuple(evidence))


_NUMBERED_ROUNDS = frozenset(normalise(w) for w in words.NUMBERED_ROUNDS)
_TRADE_POSTS = frozenset(normalise(w.rstrip("*")) for w in words.TRADE_POSTS)  # as the lexicon reports them
#: The shape evidence a title naming a job or a trial of work sets aside (``_names_a_job``).
_TRIAL_INDIFFERENT = ("all-day", "marked free")
_NAMES_THE_EMPLOYER = "(names the employer or role)"
#: Another person's job or answer: "let him know", and "Lena's minijob", "Tom's apprenticeship", "娘の"
#: (``_SOMEONE_ELSES_MARKS``); ``_someone_elses`` looks for either.
#:
#: The words are matched with the non-word character before them (the text gets a blank in front), and the rest
#: start with their "'" or Japanese character, the word character before the "'" tested behind it: with a class or
#: a character first, the regex engine tries the shapes only where one could start, where a pattern of all of them
#: starting with "\b" and "\w" tried every character of the notes.
_SOMEONE_ELSES = re.compile(
    r"\W(?:(?:let|tell|text|call|ring) (?:him|her|them) |(?:ihr|ihm) (?:bescheid|rückmeldung)|(?:hij|zij|ze) hoort|"
    r"hänelle\b|lui (?:diront|dira)|(?:le|la) (?:rappelleront|rappellera)|(?:le|les) (?:llamarán|dirán)|"
    # the user judging another's trial: "let Rach know how she went", "Line cook tryouts – Marco + Deshawn"
    r"how (?:she|he|they) (?:went|did|got on)\b|try-?outs?\b|expect them\b)")
_SOMEONE_ELSES_MARKS = re.compile(
    r"'(?<=\w')s (?:minijob|apprentice\w*|bijbaan|side job|summer job|job|trial)|娘の|息子の|妻の|夫の")


def _someone_elses(text: str) -> bool:
    """Whether ``text`` speaks of another person's job or answer."""
    return _SOMEONE_ELSES.search(" " + text) is not None or _SOMEONE_ELSES_MARKS.search(text) is not None
#: Right after a post the notes name, what its holder did or will do: the post is a person who came or answers
#: ("Plumber came", "the tractor driver from the co-op brings the baler back", "Branch manager reviewed the plan").
_DOES_SOMETHING = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:came|comes|come|will|'ll|brings|brought|said|says|visited|visits|reviewed|checked|"
    r"fixed|called|rang|phoned|dropped|is coming|was|est venu|viendra|vino|vendrá|è venuto|kam|kommt|kwam|komt|kävi)\b")


def _acts(description: str, post: str) -> bool:
    """Whether the notes show the one a post names doing something ("Plumber came to look at the boiler", "Branch
    manager reviewed the business plan"): that person, not a job on offer. The post may stand in the place only."""
    at = description.find(post)
    return at >= 0 and _DOES_SOMETHING.match(description, at + len(post)) is not None


#: A post or a trial of work, in the eight languages (in normalised text): words no builder's quote, test
#: drive or parking spot uses ("job", "trial", "essai", "prova" do).
_JOB_NOUN_WORDS = (
    r"(?:job vacancy|the vacancy|vacancies|the position|this position|(?:kitchen|bar|counter|weekend|summer|"
    r"part-time|side|holiday|christmas|seasonal) job|apprentice\w*|trial shift|freie stelle|die stelle als|stellenangebot|"
    r"minijob|aushilfe|probetag|probearbeit\w*|journée d'essai|jour d'essai|puesto vacante|plaza vacante|puesto de trabajo|"
    r"día de prueba|giornata di prova|bijbaan|vacature|meedraaien|proefdraaien|kesätyö\w*|sijaisuu\w*|työkokeilu\w*|"
    r"trial day|work trial|paid trial|unpaid trial|prueba de trabajo|prova di lavoro|prova in cucina|"
    r"prova in sala|meelopen|meeloopdag|meerijden|proefdag|proefwerkdag|"
    # a trial shift as each trade says it
    r"essai en (?:salle|cuisine)|service d'essai|prueba (?:de |en )?(?:cocina|sala|barra)|turno de prueba|"
    r"turno di prova|serata di prova|probeschicht|probedienst|proefdienst|proefavond|meewerkdag|koevuoro\w*|"
    r"(?:weekend |evening )?bar work|trade test|experience day|see how i (?:get on|go|do)\b|journée test|"
    r"essai (?:en )?(?:plonge|service|boulangerie|pâtisserie)|voir si je tiens|periodo de prueba|a prueba|"
    r"proef(?:ochtend|middag|week)|probe(?:woche|wochen)|"
    # academic posts, and a German "Stelle" opening a part before the post it names ("– Stelle Anlagenmechaniker"; not
    # "Rost an einer Stelle hinten")
    r"(?:w[123]-)?professur|professorship|lectureship|tenure[- ]track|assegno di ricerca|universitair docent|"
    r"yliopistonlehtori\w*|(?:(?<=- )|(?<=: )|(?<=\n)|(?<=\| ))stelle "
    r"(?!(?:an|in|auf|von|zu|für|ist|war|wird|mit|bei|des|der|dem|den|und|oder)\b)\w+|"
    # the contract a post comes with: "CDD 6 mois", "in loondienst", "befristet auf ein Jahr", "määräaikainen"
    r"cdi|cdd|festanstellung|loondienst|vast contract|tijdelijk contract|määräaikai\w*|vakituis\w*|"
    r"tempo (?:in)?determinato|contrato indefinido|contrato temporal|permanent contract|fixed-term contract|"
    r"casual (?:role|position|job|staff|team member)|"
    # a post in the candidate's words, and the owner deciding whether to take them on
    r"(?:server|barista|kitchen|bar|counter|floor) spot|studentenjob|studentjob|vakantiejob|bijbaantje|lehrstelle|"
    r"ausbildungsplatz|schnuppertag|schnupperlehre|soir d'essai|soirée d'essai|in prova come|prova come|"
    # (not as a client, a student or a member: "take me on as a student", "mi prende come cliente")
    r"(?:before (?:she|he|they) hires?|hires? for the|hire me|take me on|keep me on|me prendre|mi prende|me contrata|"
    r"ennen kuin palkkaa|palkkaa minut|mich einstellt|mij aanneemt|neemt me aan|iemand aanneemt|jemanden einstellt)"
    r"(?! (?:as|come|comme|como|als)\b)|(?:dag|middag|ochtend) mee (?:mag |kan )?draaien|"
    r"the role|this role|the post|le poste|ce poste|du poste|el puesto|la plaza|la posizione|il posto|de functie|"
    r"die stelle|der stelle|gesellenstelle|työpaikka\w*|tehtävään)(?!\w)")
_JOB_NOUN_ANYWHERE = ("demo lesson|lezione dimostrativa|clase demostrativa|lehrprobe|求人|正社員|契約社員|アルバイト|ポジション|職種|"
                      "試し勤務|体験入店|体験勤務|トライアル勤務|体験入社|仕事の件|バイト|援農")
_JOB_NOUN = re.compile(r"(?<!\w)" + _JOB_NOUN_WORDS + "|" + _JOB_NOUN_ANYWHERE)
#: The two parts of ``_JOB_NOUN`` apart, which ``_job_noun`` and ``_names_a_job`` search with (the tests hold them
#: to ``_JOB_NOUN``): the words with the non-word character before them (the text gets a blank in front), so that
#: the regex engine tries them only where a word starts, as the lexicon does, and the rest only where their first
#: letters are. ``_JOB_NOUN`` starts with a look-behind, and was tried at every character of the notes.
_JOB_NOUN_AFTER_A_BREAK = re.compile(r"\W" + _JOB_NOUN_WORDS)
_JOB_NOUN_ANYWHERE_PATTERN = re.compile(_JOB_NOUN_ANYWHERE)


def _job_noun(title: str, description: str) -> str | None:
    """The first post or trial of work ``_JOB_NOUN`` finds in the title or the notes (normalised), as written there:
    the first of its two parts' matches, the words where both start at one place, as ``_JOB_NOUN`` tries them."""
    text = f"{title}\n{description}"
    word = _JOB_NOUN_AFTER_A_BREAK.search(" " + text)  # (it starts on the character before, one on in " " + text)
    anywhere = _JOB_NOUN_ANYWHERE_PATTERN.search(text)
    if word is not None and (anywhere is None or word.start() <= anywhere.start()):
        return word.group(0)[1:].strip()
    return anywhere.group(0).strip() if anywhere is not None else None


def _names_a_job(text: str) -> bool:
    """Whether ``_JOB_NOUN`` finds anything in ``text``."""
    return _JOB_NOUN_AFTER_A_BREAK.search(" " + text) is not None or _JOB_NOUN_ANYWHERE_PATTERN.search(text) is not None


_A_WORD = re.compile(r"\w[\w'’-]*")
#: A trial of work right before a post: "Prova pizzaiolo", "Essai plongeur", "Probe Friseurin".
_TRIAL_BEFORE = re.compile(r"(?:^|\W)(?:trial|prova|essai|prueba|probe|proef|koe)\W+$")


def _tried_post(title: str, posts: list[str]) -> str | None:
    """The post of the title a trial of work comes right before: the post is the user's, who tries it, where a
    post alone in a title is as often the one the user meets ("Termin Verkäufer Autohaus"). Not when a given name
    follows it alone: "Prueba cocinero – Javi" is the user trying out Javi."""
    for post in posts:
        at = title.find(post)
        if at > 0 and _TRIAL_BEFORE.search(title[:at]):
            rest = _A_WORD.findall(title, at + len(post))
            return None if rest and len(rest) <= 2 and unaccented(rest[0]) in GIVEN_NAMES else post
    return None


#: What a name is, once the round, the time, the place after "@" and any signs are gone: one to five
#: words, the first written with a capital or in Japanese script.
_ROUND_NAME = re.compile(r"(?:[A-ZÄÖÜÅÉ][\w'’&.-]*|[\u3040-\u30ff\u4e00-\u9fff]{2,}\w*)(?:\s+\S+){0,4}")
_BESIDE_A_ROUND = re.compile(r"[^\w\s'’&.-]+|\b\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uhr)?\b|\s@\s?\S+.*$"
                             r"|(?i:\s(?:with|w/|avec|mit|con|met|kanssa)\s.*$)")  # "... – 2e tour avec le directeur"


def _round_with_a_name(summary: str, title: str, hints: list[str], known_only: bool = False) -> Iterable[Evidence]:
    """"Rabobank 2e ronde 💼", "三井住友 最終 10:30", "Wärtsilä 2. kierros": a numbered round beside nothing
    but a name is an employer's round; a cup tie or a run-off names what it is ("Pokal", "Stichwahl").
    ``known_only``, where nothing else speaks of a job: only a Japanese round and a well-known employer's name will do
    ("最終 トヨタ 14:00", "任天堂 / 2次": 就活 numbers its rounds so); "Rabobank 2e ronde" may be a loan's second round."""
    round_ = next((h for h in hints if h in _NUMBERED_ROUNDS or h in _TRIAL_DAYS), None)
    if round_ is None:
        return
    if round_ in _TRIAL_DAYS:
        known_only = False  # "Koepäivä Ravintola Savu": a trial day at a named place is a job's; "Koepäivä" alone an exam's
    start = title.find(round_)
    rest = summary[:start] + " " + summary[start + len(round_):] if start >= 0 and len(title) == len(summary) else None
    if rest is None:
        return
    rest = " ".join(_BESIDE_A_ROUND.sub(" ", rest).split())
    if _ROUND_NAME.fullmatch(rest) and (not known_only or (
            _CJK_ROUND.search(round_) and _well_known(" ".join(_JA_FORMAT.sub(" ", rest).split())))):
        yield Evidence("a trial day with a name" if round_ in _TRIAL_DAYS else "a numbered round with a name",
                       _ROUND_WITH_A_NAME, rest)


#: Trial days a title names as a hint, which a school's exam day shares ("Koepäivä"): beside a name, a job's.
_TRIAL_DAYS = frozenset(("koepäivä",))
#: A round written in Japanese (二次, 最終, 2次).
_CJK_ROUND = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


#: Where and how a Japanese round is held, beside the employer's name: "三井物産 二次 本社", "KDDI 最終 オンライン".
_JA_FORMAT = re.compile(r"本社|本店|オンライン|対面|ウェブ|(?i:web)")
_JA_SCHOOL = re.compile(r"(?:大学?|高校|高等学校|学園|学院|中学校?)$")


def _well_known(name: str) -> bool:
    """``name`` is, whole, a well-known employer's that is no ordinary word (in Japanese script, none is: ソニー), nor
    a school's, whose second round is an entrance exam ("東大 2次")."""
    if _JA_SCHOOL.search(name):
        return False
    known = known_start(name.split())
    return known is not None and known.words == len(name.split()) and (not known.common or not name.isascii())


#: Signs the word odds ask more beside: a post in the title ("Manager meeting – bank loan") and a promised answer, which
#: many an everyday meeting has too.
_NO_JOB_FOR_THE_ODDS = ("job title (title)", "when they will answer")
#: What any meeting with another organisation has: its guests, its invitation, a video call. Together one sign.
_ANOTHER_ORGANISATION = frozenset(("guests from another organisation", "invited by the other organisation", "video call"))


def _signs(evidence: list[Evidence]) -> int:
    """How many signs of an interview ``evidence`` holds; a meeting with another organisation is one, however
    many of its marks it shows ("仕入れ打ち合わせ – 関東製粉" with the supplier's guests, their invite and Teams)."""
    marks = [e.name in _ANOTHER_ORGANISATION for e in evidence if e.weight > 0]
    return marks.count(False) + (True in marks)


_NO_JOB_SIGNS = ("hiring hint", "video call", "a numbered round", "a trial day")


def _says_a_job(evidence: Evidence) -> bool:
    """A sign of a job beyond a title's hint ("Screening", "HR") and words about an answer ("decision"): a
    stage or hiring words in the notes, a job title, a recruiter, a hiring platform, the other side's guests."""
    return evidence.weight > 0 and not evidence.name.startswith(_NO_JOB_SIGNS) and not (
        evidence.name.startswith("hiring context") and all(t.strip() in _ANSWER_WORDS for t in evidence.text.split(",")))


def _a_telling_hint(evidence: Evidence) -> bool:
    """A title's hint of hiring that is not only one of the ``_AMBIGUOUS_HINTS`` everyday meetings share."""
    return evidence.name == "hiring hint (title)" and not _AMBIGUOUS_HINTS.issuperset(evidence.text.split(", "))


#: Title hints that name many an everyday meeting: with them alone, a promised answer proves nothing
#: ("Screening" and "Results in 2 weeks", "Gespräch mit der Bank" and "Entscheidung bis Freitag").
_AMBIGUOUS_HINTS = frozenset(normalise(w) for w in (
    "screening", "hr", "rh", "la rh", "les rh", "intro call", "role", "position", "面談", "ご面談", "coding", "gd",
    "vorstellung", "meet the", "finals", "lesson observation", "observed lesson", "demo class", "demo lesson",
    "prova orale", "concorso", "koepäivä", "audition jury", "audition devant le jury", "épreuve orale d'admission",
    "concours externe", "concours interne", "probevortrag", "berufungskommission", "prova in laboratorio",
    "gespräch mit", "incontro con", "échange avec", "opportunity", "coffee chat", "callback", "tapaaminen", "最終",
    "hearing", "audition", "selection committee", "selection panel"))
_ANSWER_WORDS = frozenset(normalise(w) for w in (
    "decision", "decisions", "result", "results", "feedback", "entscheidung", "rückmeldung", "décision", "réponse",
    "decisión", "respuesta", "decisione", "risposta", "esito", "beslissing", "uitslag", "päätös", "vastaus", "結果", "合否",
    "retour"))


def _answer_due(plain: str, start: date | datetime) -> str | None:
    """The phrase of the notes that says when the employer will answer, if they say so."""
    day = start.date() if isinstance(start, datetime) else start
    found = find_decision(plain, day)
    return found.phrase[:80] if found.date is not None and found.phrase else None


def _absolute(outcome: Outcome, name: str, text: str) -> Verdict:
    weight = 100.0 if outcome is Outcome.INTERVIEW else -100.0
    return Verdict(outcome, weight, (Evidence(name, weight, text),), absolute=name)


@lru_cache(maxsize=16)
def _folded_addresses(emails: tuple[str, ...]) -> frozenset[str]:
    """The configured addresses, folded once per configuration rather than once per event."""
    return frozenset(e.casefold() for e in emails)


def _own_addresses(event: SourceEvent, identity: Identity) -> frozenset[str]:
    own = _folded_addresses(identity.emails)
    for attendee in event.attendees:
        if attendee.is_self:  # the calendar's own mark for the user, whichever address they use
            own = own.union((attendee.email.casefold(),))
    return own


#: A street's name in an address, whose words say nothing of the event: "12 rue des écoles", "school lane",
#: "rathausplatz 1", "via dell'ospedale". In normalised (lower-case) text.
#:
#: ``(?!\B\w)`` first: no match is tried inside a word, where each of the shapes below would run along the
#: rest of the word and back before failing (most of what this pattern cost). It changes no result: a match
#: that could start inside a word (the two that begin with a run of letters) would start one letter earlier
#: too, and so has begun earlier still, in the same word; a previous match never ends inside a word.
#:
#: The run of letters before "street", "road"... is possessive (``++``): the blank after it can only follow the
#: whole run (a blank is none of its characters), so giving letters back, one retry each, never found anything.
_STREET = re.compile(
    r"(?!\B\w)(?:"
    r"(?<!\w)(?:rue|avenue|av\.|boulevard|bd|chemin|place|impasse|allée|via|viale|piazza|piazzale|corso|largo|"
    r"calle|avenida|plaza|paseo|carrer|ronda|camino)\s+(?:(?:de la|de l'|des|du|de|del|della|dell'|dei|degli|delle|"
    r"di|de los|de las)\s*)?[\w'-]+"
    r"|[\w'-]++\s+(?:street|st\.?|road|rd\.?|lane|ln\.?|avenue|ave\.?|drive|way|place|square)(?!\w)"
    r"|[\w-]+(?:straße|strasse|str\.|platz|allee|gasse|straat|laan|plein|gracht|katu|tie|kuja)(?!\w))")
_STREET_ASCII = _ascii_twin(_STREET)


#: A "Candidate:" line, or the field of a subject line an applicant-tracking system writes with "|" between its
#: parts ("EY GDS | Interview for Senior Consultant | Round 2 | Candidate: Ananya Ghosh"); the name ends at the
#: next "|", and a table's cell may stand between ("| Candidate: | Luis Ortega |").
_CANDIDATE_LINE = re.compile(r"(?im)(?:^|\|)[^\w\n|]*candidate\s*:[ \t|]*([^\n|]{1,80})")


def _names_the_user(description: str, identity: Identity, own: frozenset[str]) -> bool:
    """Whether a "Candidate:" line or field names the user: by the name they gave, or by the words of their own
    address (luis.ortega.va@gmail.com for "Luis Ortega")."""
    line = _CANDIDATE_LINE.search(description)
    named = set(re.findall(r"\w+", unaccented(line.group(1).casefold()))) if line else set()
    if len(named) < 2:
        return False
    mine = set(re.findall(r"\w+", unaccented((identity.name or "").casefold())))
    for address in own:
        mine.update(re.findall(r"[^\W\d_]+", unaccented(address.partition("@")[0])))
    return named <= mine


def _declined(event: SourceEvent, own: frozenset[str]) -> str | None:
    for attendee in event.attendees:
        if (attendee.response or "").casefold() == "declined" and (attendee.is_self or attendee.email.casefold() in own):
            return attendee.email or "you"
    return None


_TITLE_NAMES = [f"{family[0]} (title)" for family in _WORD_FAMILIES]
_CIVIC = next(i for i, family in enumerate(_WORD_FAMILIES) if family[1] is words.CIVIC)
#: Families whose words name a field as well as an event: before a job title they name the job.
_TOPICS = frozenset(i for i, family in enumerate(_WORD_FAMILIES)
                    if any(family[1] is topic for topic in (words.MEDIA, words.RESEARCH, words.CIVIC, words.ACADEMIC)))
_BODY_NAMES = [f"{family[0]} (description)" for family in _WORD_FAMILIES]
#: What 0, 1, ... ``cap`` distinct phrases of a family weigh in the title, and in the description:
#: rounded once here rather than on every event.
_TITLE_WEIGHTS = [tuple(round(family[2] * n, 2) for n in range(family[4] + 1)) for family in _WORD_FAMILIES]
_BODY_WEIGHTS = [tuple(round(family[3] * n, 2) for n in range(family[4] + 1)) for family in _WORD_FAMILIES]
#: Families past the weighed ones: job titles, the words of detail lines, the user's own lists.
_ROLE = len(_WORD_FAMILIES)
_HINT = next(i for i, family in enumerate(_WORD_FAMILIES) if family[1] is words.HINTS)
_CONTEXT = next(i for i, family in enumerate(_WORD_FAMILIES) if family[1] is words.HIRING_CONTEXT)
_INTERVIEWER = next(i for i, family in enumerate(_WORD_FAMILIES) if family[1] is words.INTERVIEWER)
_INVITATION = next(i for i, family in enumerate(_WORD_FAMILIES) if family[1] is words.INVITATION)
#: The user-as-interviewer words that name the employer's body deciding on hires, which an employer's invitation to the
#: candidate names too ("The hiring committee would like to invite you...").
_DECIDING_BODIES = frozenset(("hiring committee",))
#: "candidate: Emily Zhao": a person's first and last name after the word, capitalised.
_CANDIDATE_BY_NAME = re.compile(r"(?i:candidate|kandidat(?:in)?|candidat[oae]?)\s*:\s*[A-ZÄÖÜÉ][a-zäöüéèáíóú]+\s+[A-ZÄÖÜÉ]")
_YOU = re.compile(r"\byou\b")
_LOOKALIKE = next(i for i, family in enumerate(_WORD_FAMILIES) if family[0] == "lookalike" and family[2] < 0)
#: Exams, which Japan's public employers hire by ("職員採用試験"), and the word that says the hiring is the exam's
#: (採用, "taking on"): beside it and an interview, an exam is a stage of hiring, not a student's. Elsewhere the word
#: for recruiting names courses too ("Examen UE Recrutement et entretien d'embauche"), so it is left out.
_EXAMS = frozenset(normalise(w) for w in ("exam", "examen", "prüfung", "esame", "tentamen", "tentti", "試験", "二次試験",
                                           "受験"))
_HIRING_BY_EXAM = "採用"
#: A company's information session, which a Japanese selection day opens with: "【説明会・一次選考】カワセ電機".
_INFO_SESSIONS = frozenset(normalise(w) for w in ("説明会", "会社説明会"))
_SELECTION = ("選考", "面接")
#: Meals, which a hiring process holds too: "Lunch with partners", "Dinner w/ the founders".
_MEALS = frozenset(normalise(w) for w in ("lunch", "dinner", "drinks"))
#: Notes beside a meal that speak of another's interview, of preparing for one, or of the team's hiring (normalised):
#: "He's interviewing for a PM job", "Prep for my second-round interview", "interviews for her replacement".
_NOT_MINE = re.compile(
    r"\b(?:he|she|they)(?:'s| is| are|'re| has| have)? (?:interviewing|got|has|had|hiring)\b|\b(?:his|her|their) (?:\w+ )?"
    r"(?:interview|round|team|replacement|candidates?)|\bprep\b|\bpreparing\b|\bpick my brain\b|\bcandidates\b|"
    r"\bnews on\b|\bwill join\b|\bleaving do\b|\bfarewell\b")
_SOMEONE_ELSES_INTERVIEW = next(i for i, family in enumerate(_WORD_FAMILIES) if family[1] is words.SOMEONE_ELSES_INTERVIEW)
_FIELDS, _OWN, _JOBS, _KEYWORD, _EXCLUSION = _ROLE + 1, _ROLE + 2, _ROLE + 3, _ROLE + 4, _ROLE + 5


_LAST: list[tuple[tuple[str, ...], tuple[str, ...], _Lexicon]] = []


def _lexicon_for(rules: DetectionRules) -> _Lexicon:
    """The lexicon for these rules; the last one is kept by identity (hashing the lists costs more
    than classifying a short event)."""
    if _LAST and _LAST[0][0] is rules.keywords and _LAST[0][1] is rules.exclude:
        return _LAST[0][2]
    lexicon = _families(rules.keywords, rules.exclude)
    _LAST[:] = [(rules.keywords, rules.exclude, lexicon)]
    return lexicon


@lru_cache(maxsize=16)
def _families(keywords: tuple[str, ...], exclude: tuple[str, ...]) -> _Lexicon:
    return _lexicon((*(f[1] for f in _WORD_FAMILIES), words.ROLES, _FIELD_WORDS, _OWN_LINES, _JOB_WORDS, keywords,
                     exclude))


_EMPLOYER_OR_ROLE = frozenset(normalise(w) for w in words.EMPLOYER_OR_ROLE)
_SCHOOLS = frozenset(normalise(w) for w in words.SCHOOLS)
_VOLUNTEERING = frozenset(normalise(w.rstrip("*")) for w in words.VOLUNTEERING)
#: The jobs of managing volunteers, which a volunteering word beside them names ("Volunteer Coordinator",
#: "responsable des bénévoles", "vapaaehtoistoiminnan koordinaattori"); "Volunteer driver" is a volunteer.
_VOLUNTEER_JOB = re.compile(r"coordinat\w*|coördinator|koordinat\w*|koordinaattori\w*|coordinador\w*|manager|officer|"
                            r"responsable|chargée? de mission|referent\w*|päällikkö|leiter\w*|director|lead\b")
#: Civic words that say what the event is even in the notes beside a stage in the title: a scholarship, an
#: admission or a visa stamped is no job's paperwork ("Rhodes – final interviews"); a residence permit may well be.
_CIVIC_INSTITUTIONS = frozenset(normalise(w) for w in (
    "scholarship", "scholarships", "admissions", "admission interview", "admissions interview", "beca", "borsa di studio",
    "stipendium", "apuraha", "entrance interview", "entrance exam", "alumni interviewer", "admissions interviewer",
    "entrevue d'admission", "comité d'admission", "commission d'admission", "entrevista admisión",
    "colloquio ammissione", "colloquio d'ammissione", "concorso di ammissione", "ammissione al master",
    "ammissione al dottorato", "toelatingscommissie", "toelatingsprocedure", "zulassungsgespräch", "入園", "入園面接",
    "visa stamping", "stamping interview", "h-1b stamping", "h1b stamping", "ds-160", "ds160", "resea",
    "reemployment services"))
#: A title's parts: "Interview – Slaughter and May (training contract)" has three.
_TITLE_PARTS = re.compile(r"\s+[-|/:•·]+\s+|[()\[\],;|:（）【】「」『』、／｜：]")


def _apart_from_stage(summary: str, texts: list[str], stages: list[str]) -> list[str]:
    """The words against an interview that can name an employer or a role and here do: they stand in a
    later part of the title than the stage ("Interview – Slaughter and May (training contract)"), or
    beside a capitalised word or after "at"/"bij" as part of a name ("bij Gemeente Utrecht",
    "Kennismaking gemeente Utrecht"). A title says what the event is first, so "Practice with Sam –
    system design" and "Case prep w/ Anika (Bain R1)" stay practice."""
    candidates = [t for t in texts if t in _EMPLOYER_OR_ROLE]
    if not candidates:
        return []
    parts = [normalise(p) for p in _TITLE_PARTS.split(_hyphens(summary[:2_000]))]
    first_stage = next((i for i, part in enumerate(parts) if any(stage in part for stage in stages)), len(parts))
    return [t for t in candidates if not any(t in part for part in parts[: first_stage + 1])
            or (t in _INSTITUTIONS and _in_a_name(t, summary[:2_000]))]


#: Stages that only hiring has: no parent, patient or applicant for a permit calls theirs so.
_HIRING_ONLY = tuple(normalise(w) for w in (
    "job interview", "採用面接", "採用面談", "就職面接", "vorstellungsgespräch", "bewerbungsgespräch", "einstellungsgespräch",
    "sollicitatiegesprek", "sollicitatie gesprek", "entretien d'embauche", "entrevista de trabajo", "entrevista laboral",
    "colloquio di lavoro", "työhaastattelu", "rekrytointihaastattelu", "rekryhaastattelu"))
#: Words for an institution that employs people and also names one ("Gemeente Utrecht", "Colegio Arcángel
#: Rafael"); a practice, an errand, the police or an embassy is what the event is, whatever its capitals.
_INSTITUTIONS = frozenset(normalise(w) for w in (
    "gemeente", "stadt", "kaupunki", "comune", "ayuntamiento", "mairie", "school", "schule", "colegio", "scuola",
    "escuela", "koulu", "kita", "hospital", "clinic", "病院", "irccs", "housing", "市役所", "区役所", "県庁", "町役場"))
_NOT_A_NAME = frozenset(normalise(w) for w in (
    *words.STAGES, "practice", "prep", "mock", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "today", "tomorrow", "the", "my", "our", "your"))


def _in_a_name(word: str, summary: str) -> bool:
    """``word`` written as part of a name: after "at"/"bij"/"bei"..., or beside a capitalised word that is
    no stage, weekday or the title's first word ("bij Gemeente Utrecht", "Kennismaking gemeente Utrecht")."""
    if _CJK_NAME_BEFORE.search(summary[:summary.find(word)] if word in summary else ""):
        return True  # "横浜市役所": a place written right before the institution names it
    for match in _name_pattern(word).finditer(summary):
        neighbour = match.group("next") or match.group("prev")
        if neighbour is None or normalise(neighbour) not in _NOT_A_NAME:
            return True
    return False


_CJK_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]$")


@lru_cache(maxsize=256)
def _name_pattern(word: str) -> re.Pattern[str]:
    """``word`` written as part of a name: after "at"/"bij"/"bei"... or "@" (with a blank before it: "\\b@" would
    need a letter there), or next to a capitalised word."""
    w = re.escape(word)
    return re.compile(
        rf"(?i:(?:\b(?:at|bij|bei|chez|presso|con|met|mit)|(?<!\S)@)\s+(?:de\s+|der\s+|la\s+|le\s+)?{w}\b)"
        rf"|(?i:\b{w})\s+(?P<next>[A-ZÄÖÜÉ][\w'’-]+)|(?<!^)(?<![-–—:|/(]\s)\b(?P<prev>[A-ZÄÖÜÉ][\w'’-]+)\s+(?i:{w}\b)"
    )


def _word_evidence(
    summary: str, title: str, description: str, plain: str,
    in_title: dict[int, list[str]], in_body: dict[int, list[str]],
) -> list[Evidence]:
    """Evidence from the phrases found in the title and the description (with the location).

    ``title`` and ``description`` are normalised; ``summary`` and ``plain`` are as written, for
    the shapes that need capitals or lines (a name with an initial, ``Role:`` lines).
    """
    found: list[Evidence] = []
    # the notes speak of applying or hiring, not only of an answer ("decision", "retour")
    applying = _CONTEXT in in_body and not _ANSWER_WORDS.issuperset(in_body[_CONTEXT])
    for index in sorted(in_title.keys() | in_body.keys()):
        if index >= _ROLE:
            break  # the families past the weighed ones come last
        _, _, title_weight, body_weight, cap = _WORD_FAMILIES[index]
        if title_weight and index in in_title:
            texts = in_title[index][:cap]
            if index == _CIVIC and not (0 in in_title or _HINT in in_title) and applying and _ROLE in in_body:
                # "Basisschool De Regenboog" over "Vacature leerkracht groep 5 … Proefles": a school the title names
                # alone is the employer where the notes speak of applying for a post they name (a job centre's notes
                # speak of applying too: not an office; a parent's talk "met de juf" of a vacancy names no post)
                naming = [t for t in texts if t in _SCHOOLS]
                if naming:
                    found.append(Evidence(f"{_WORD_FAMILIES[index][0]} {_NAMES_THE_EMPLOYER}",
                                          _EMPLOYER_OR_ROLE_WEIGHT * len(naming), ", ".join(naming)))
                    texts = [t for t in texts if t not in naming]
                    if not texts:
                        continue
            if title_weight < 0 and (0 in in_title or _HINT in in_title):
                # beside a stage, or a hint of one ("Kennismaking Gemeente Utrecht")
                elsewhere = _apart_from_stage(summary, in_title[index], in_title.get(0) or in_title[_HINT])
                if ((0 in in_title or 0 in in_body) and applying) or (
                        index == _CIVIC and 0 in in_title and any(s.startswith(_HIRING_ONLY) for s in in_title[0])):
                    # "Vorstellungsgespräch Ausländerbehörde" over "die Stelle": notes about the job say the office
                    # hires; so does a stage only hiring has ("ひかり保育園 採用面接", "Sollicitatiegesprek basisschool")
                    elsewhere += [t for t in in_title[index] if t in _EMPLOYER_OR_ROLE and t not in elsewhere]
                # "Senior Radio Engineer", "Research Scientist", "Police Officer": the word names the job; and with
                # a stage and a job title, a public body names the employer ("Vorstellungsgespräch Ausländerbehörde
                # Leipzig (Sachbearbeiter)"): its own appointments do not come with a job title
                if index in _TOPICS and _ROLE in in_title:
                    elsewhere += [t for t in in_title[index] if t not in elsewhere
                                  and ((t in _VOLUNTEERING and _VOLUNTEER_JOB.search(title))
                                       or (index == _CIVIC and 0 in in_title and t in _EMPLOYER_OR_ROLE)
                                       or (t not in _VOLUNTEERING and any(f"{t} {role}" in title for role in in_title[_ROLE])))]
                if 0 in in_title and _ROLE in in_title and not (index == _INTERVIEWER and _CANDIDATE_BY_NAME.search(summary)):
                    # (but "Senior PM candidate: Emily Zhao" names the candidate the user meets; "Data Analyst
                    # candidate: technical interview" is the user's own title)
                    # "Profesor Ayudante Doctor", "Dirigente medico Cardiologia": the word is part of the job's title,
                    # or a lookalike's word names its team after a comma ("Product Designer, Onboarding"); after a
                    # comma, being cancelled, an offer, an exit or practice says what the event is
                    # ("Phone screen – Product Designer, cancelled")
                    elsewhere += [t for t in in_title[index] if t not in elsewhere and any(
                        f"{role} {t}" in title or (index == _LOOKALIKE and f"{role}, {t}" in title) or t in role.split()
                        for role in in_title[_ROLE])]
                elsewhere = elsewhere[:cap]
                if elsewhere:
                    found.append(Evidence(f"{_WORD_FAMILIES[index][0]} {_NAMES_THE_EMPLOYER}",
                                          _EMPLOYER_OR_ROLE_WEIGHT * len(elsewhere), ", ".join(elsewhere)))
                    texts = [t for t in in_title[index] if t not in elsewhere][:cap]
                    if not texts:
                        continue
            if index == _LOOKALIKE and 0 in in_body and _MEALS.issuperset(texts) and not _NOT_MINE.search(description):
                continue  # "Lunch with partners" over "the second-round interview": a meal the hiring process holds
            if _EXAMS.issuperset(texts) and 0 in in_title and _HIRING_BY_EXAM in title:
                continue  # "横浜市 社会人経験者採用 二次試験（個別面接）": a public employer hires by exam and interview
            if _INFO_SESSIONS.issuperset(texts) and any(stage.endswith(_SELECTION) for stage in in_title.get(0, ())):
                continue  # "【説明会・一次選考】": the information session opens the selection day
            found.append(Evidence(_TITLE_NAMES[index], _TITLE_WEIGHTS[index][len(texts)], ", ".join(texts)))
        elif body_weight and index in in_body:
            texts = in_body[index][:cap]
            # "bring your passport photo", "the mortgage advice role": beside a stage in the title, a civic
            # word in the notes is more often the job's paperwork or subject than the event
            halved = index == _CIVIC and 0 in in_title and not any(t in _CIVIC_INSTITUTIONS for t in in_body[index])
            if _EXAMS.issuperset(in_body[index]) and 0 in in_title and _HIRING_BY_EXAM in title:
                continue  # "受験票持参" beside "職員採用 最終面接": the exam is the hiring's
            if (index == _INTERVIEWER and _INVITATION in in_body and _DECIDING_BODIES.issuperset(in_body[index])
                    and _YOU.search(description)):
                continue  # "The hiring committee would like to invite you to a first-round interview": the employer's
            if halved:
                body_weight /= 2
            if body_weight < 0 and not _EMPLOYER_OR_ROLE.isdisjoint(in_body[index]):
                # "de vacature bij de gemeente": in prose such a word is as likely the employer
                naming = [t for t in in_body[index] if t in _EMPLOYER_OR_ROLE][:cap]
                found.append(Evidence(f"{_WORD_FAMILIES[index][0]} {_NAMES_THE_EMPLOYER}",
                                      _EMPLOYER_OR_ROLE_WEIGHT * len(naming), ", ".join(naming)))
                texts = [t for t in in_body[index] if t not in _EMPLOYER_OR_ROLE][:cap]
                if not texts:
                    continue
            weight = round(body_weight * len(texts), 2) if halved else _BODY_WEIGHTS[index][len(texts)]
            found.append(Evidence(_BODY_NAMES[index], weight, ", ".join(texts)))
    # The configured keywords mostly repeat the built-in stages; they add weight only when they say
    # something the stages do not (the user's own word for an interview).
    if _KEYWORD in in_title and 0 not in in_title:
        found.append(Evidence("your keyword (title)", _USER_KEYWORD, in_title[_KEYWORD][0]))
    # Likewise the configured exclusions: they count where no built-in evidence against says the same.
    exclusion = None
    if _EXCLUSION in in_title:
        said = {text for index, family in enumerate(_WORD_FAMILIES) if family[2] < 0 for text in in_title.get(index, ())}
        exclusion = next((text for text in in_title[_EXCLUSION] if text not in said), None)
    if exclusion:
        found.append(Evidence("your exclusion (title)", _USER_EXCLUSION, exclusion))
    stage = 0 in in_title
    named = _CANDIDATE_NAMED.match(summary) if stage and _candidate_hint(summary) else None
    if named and re.match(r"[Ee]ntrevista\s+a\s", named.group(0)) and unaccented(
            named.group(0).split()[-1].casefold()) not in GIVEN_NAMES:
        named = None  # "Entrevista a Mercadona": the Spanish "a" before a company is no person interviewed
    if named and _ORGANISATION_AFTER.match(summary, named.end()):
        named = None  # "Teaching interview - Francis W. Parker School": an initial in an employer's name
    if named:
        found.append(Evidence("a person named after the stage", _CANDIDATE_NAMED_WEIGHT, named.group(0)))
    theirs = _their_stage(summary) if stage and not named else None
    if (theirs and unaccented(theirs["name"].casefold()) in GIVEN_NAMES
            and _A_THIRD_PERSON.search(description)):
        found.append(Evidence("a person's own interview (title)", _SOMEONE_ELSES_STAGE_WEIGHT, theirs.group(0)))
    applicant = _APPLICANT_FOR.match(summary) if stage and not named and _APPLICANT_HINT.search(summary) else None
    if applicant:
        found.append(Evidence("a person and the job they apply for", _APPLICANT_FOR_WEIGHT, applicant.group(0)))
    fields = _field_line(plain) if _FIELDS in in_body else None
    if fields:
        found.append(Evidence("interview detail lines", _FIELD_LINES, fields))
    if _ROLE in in_title:
        found.append(Evidence("job title (title)", _ROLE_IN_TITLE, in_title[_ROLE][0]))
    role = _role_mention(title, in_title=True) if _ROLE in in_title and _JOBS in in_title else None
    if role:
        found.append(Evidence("a job on offer (title)", _ROLE_MENTION_WEIGHT, role))
    # A job word may hide inside a longer hiring phrase ("la vacante de ..."): that phrase counts too.
    role = _role_mention(description, applying) if (_ROLE in in_body or _CONTEXT in in_body) and (
        _JOBS in in_body or _CONTEXT in in_body) else None
    if role:
        found.append(Evidence("a job on offer (description)", _ROLE_MENTION_WEIGHT, role))
    return found


def _field_line(plain: str) -> str | None:
    """The start of the first detail line of the notes ("Role:", "- Interviewer ="), as ``_FIELD_LINE`` finds it."""
    found = _FIELD_LINE.match(plain) or _FIELD_LINE_AFTER_BREAK.search(plain)
    return found.group(0).strip() if found else None


@lru_cache(maxsize=1)
def _roles_lexicon() -> _Lexicon:
    return _lexicon((words.ROLES,))


#: "for the CDP job", "about the night-fill position": a job named before the word for a job, whatever
#: its title (the list of job titles cannot hold every trade's abbreviations).
_FOR_THE_JOB = re.compile(r"\bfor\s+the\s+(?!same\b|other\b|next\b|new\b)[\w/&+-]{2,}(?:\s[\w/&+-]+)?\s$")


def _role_mention(description: str, hiring: bool = False, in_title: bool = False) -> str | None:
    """A job title in the few words before a word for a job, or right after it and a joining word.

    Both orders, because the supported languages use both: English, German, Dutch and Finnish put
    the title first ("Senior Developer -paikasta"); French, Spanish and Italian name the job first
    ("le poste de développeur"). The joining word keeps "the role. Engineers will..." out. With ``hiring``
    (the text speaks of applying or hiring) any words before "job" do: "for the CDP job". In the notes,
    "poste", "puesto" and "posto" need no joining word ("poste vendeur rayon cycle"); in a title they do,
    where "Entrevista candidata puesto Contable" is as often the user's own hiring.
    """
    roles = _roles_lexicon()
    text = " " + description  # what _JOB_WORD needs in front of a first word; positions below are in it
    for match in (_JOB_WORD_ASCII if text.isascii() else _JOB_WORD).finditer(text):
        start, end = match.span(1)
        before = text[max(1, start - 40):start]
        if roles.scan(before) or (hiring and match.group(1) != "post" and _FOR_THE_JOB.search(before)):
            return " ".join([*before.split()[-4:], match.group(1)])
        joined = _JOB_THEN.match(text, end) or (
            _BLANK.match(text, end) if match.group(1) in _JOB_THEN_TITLE and not in_title else None)
        if joined and roles.scan(text[joined.end():joined.end() + 40]):
            return " ".join([match.group(1), *text[end:joined.end() + 40].split()[:5]])
    return None


@lru_cache(maxsize=16)
def _folded(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(map(normalise, values))


def _tag_evidence(event: SourceEvent, rules: DetectionRules) -> Iterable[Evidence]:
    if rules.categories and event.categories:
        wanted = _folded(rules.categories)
        category = next((c for c in event.categories if normalise(c) in wanted), None)
        if category is not None:
            yield Evidence("your interview category", _USER_TAG, category)
    if rules.colors and event.color is not None and normalise(event.color) in _folded(rules.colors):
        yield Evidence("your interview colour", _USER_TAG, event.color)


@lru_cache(maxsize=4096)
def _organisation(address: str) -> str:
    """The name part of an address's domain: "vincit" for rekry@vincit.fi, "bbc" for x@bbc.co.uk.

    Cached, like ``_domain`` and ``_address``: the same few addresses recur on every event of a
    calendar, and taking one apart costs more than looking it up.
    """
    labels = _domain(address).split(".")[:-1]
    while len(labels) > 1 and labels[-1] in ("co", "com", "org", "net", "ac", "gov", "ne", "or"):
        labels.pop()
    label = labels[-1] if labels else ""
    return label if len(label) >= 3 else "\0"


@lru_cache(maxsize=4096)
def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].casefold().strip(" >")


#: A title with the organisation's name taken out that says nothing else: times, dates and
#: separators only ("Stripe 2pm", "Vincit / 13.00", "Acme – 14h30", "Wise @ 9:30 am"). Each piece is
#: the first choice that fits where the last one ended, and is kept (atomic group, possessive
#: repeat): the same pieces as deleting them all and checking that nothing is left, but a
#: fullmatch gives up at the first word that is none of them instead of going on to the end.
_BARE_TITLE = re.compile(
    r"(?>\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|klo)?(?!\w)|\d{1,2}[./]\d{1,2}[./]?|"
    r"\b(?:at|um|à|a las|alle|om|klo)\b|[\s\-/|@:,.()\[\]–—·~]+)*+"
)


@dataclass(frozen=True)
class _Address:
    """An e-mail address taken apart once, and what it says about who writes from it."""

    text: str
    domain: str
    #: the domain is a hiring platform's or a scheduling tool's (greenhouse.io, myworkday.com)
    platform: bool
    #: a recruiting mailbox (rekry@, careers@...) at an organisation's own domain, not free mail
    mailbox: bool


_LOCAL_SEPARATORS = re.compile(r"[._+-]")


@lru_cache(maxsize=4096)
def _address(address: str) -> _Address | None:
    """``address`` taken apart; ``None`` when it is no e-mail address. Cached (immutable, and the
    same recruiters and colleagues are on event after event)."""
    if "@" not in address:
        return None
    local, _, domain = address.casefold().strip(" <>").rpartition("@")
    return _Address(address, domain, platform=not _PLATFORM_LABELS.isdisjoint(domain.split(".")),
                    mailbox=not free_mail(domain) and not _MAILBOXES.isdisjoint(_LOCAL_SEPARATORS.split(local)))


def _work_domains(own: frozenset[str]) -> frozenset[str]:
    """The domains of the user's own organisations.

    Cached per address, not per set: ``own`` takes in the address each calendar marks as the user's, so
    the sets differ between calendars (and between the corpus's items, where a cache of 64 sets missed
    on most events)."""
    return frozenset(domain for domain in map(_work_domain, own) if domain is not None)


@lru_cache(maxsize=4096)
def _work_domain(address: str) -> str | None:
    """The domain of one of the user's addresses; ``None`` for free mail (no organisation's)."""
    domain = _domain(address)
    return None if free_mail(domain) else domain


class _Guest(NamedTuple):
    """What the people evidence asks of a guest's address, worked out once per address (cached in ``_guest``)."""

    domain: str
    #: a room or calendar Google adds as an attendee
    system: bool
    #: the domain may be another organisation's: no free mail, no hiring platform's or agency's
    organisation: bool
    #: the address taken apart, ``None`` when it is none
    person: _Address | None


@lru_cache(maxsize=4096)
def _guest(address: str) -> _Guest:
    """``address`` as the people evidence asks about a guest (cached: the same guests come back event after event)."""
    domain = _domain(address)
    return _Guest(domain, domain.endswith(CALENDAR_SYSTEM),
                  not free_mail(domain) and _PLATFORM_LABELS.isdisjoint(domain.split(".")), _address(address))


def _people_evidence(
    event: SourceEvent, identity: Identity, title: str, own: frozenset[str],
) -> list[Evidence]:
    """Who is invited and by whom; ``title`` (normalised) is checked for the people it names."""
    found: list[Evidence] = []
    if not event.attendees and not event.organizer:
        return found
    own_domains = _work_domains(own)
    # One pass over the attendees: the guests (not the user, not a room or calendar), those of them
    # at another organisation's domain with that domain, and the addresses of the guests and then
    # the organiser (``people``).
    guests: list[Attendee] = []
    external: list[str] = []
    external_domains: list[str] = []
    people: list[_Address] = []
    for attendee in event.attendees:
        if not attendee.email or attendee.is_resource or attendee.is_self or attendee.email.casefold() in own:
            continue
        guest = _guest(attendee.email)
        if guest.system:
            continue
        guests.append(attendee)
        if guest.organisation and guest.domain not in own_domains:
            external.append(attendee.email)  # a platform's sender is no other organisation: it counts as a platform
            external_domains.append(guest.domain)
        if guest.person:
            people.append(guest.person)
    organizer = event.organizer if event.organizer and event.organizer.casefold() not in own else ""
    if organizer and (person := _address(organizer)):
        people.append(person)
    # The first colleague, else the first platform and the first recruiting mailbox: one pass.
    colleague = platform = mailbox = None
    for address in people:
        if address.domain in own_domains:
            colleague = address
            break
        platform = platform or (address if address.platform else None)
        mailbox = mailbox or (address if address.mailbox else None)
    if colleague:
        # An interview among the user's colleagues is one the user sits on the hiring side of; the
        # recruiting mailbox or platform that invited them is their own employer's.
        found.append(Evidence("colleagues of yours invited", _COLLEAGUES, colleague.text))
    else:
        if platform:
            found.append(Evidence("hiring platform (guest)", 2.0, platform.text))
        if mailbox:
            found.append(Evidence("a recruiting mailbox", _RECRUITING_MAILBOX, mailbox.text))
    bare = False
    if external and len(guests) <= 8:
        found.append(Evidence("guests from another organisation", _EXTERNAL_PEOPLE, external_domains[0]))
        organisation = next((label for label in map(_organisation, external) if label in title), None)
        if organisation:
            found.append(Evidence("the title names the guests' organisation", _TITLE_NAMES_GUESTS, organisation))
            bare = _BARE_TITLE.fullmatch(title.replace(organisation, " ")) is not None
            if bare:
                # "Stripe 2pm" with a guest from stripe.com: nothing but who and when, the way a
                # candidate notes the call an employer booked (a meeting of one's own has a subject).
                found.append(Evidence("the title is just the guests' organisation", _TITLE_IS_GUESTS, title))
        if organizer and _domain(organizer) in external_domains:
            found.append(Evidence("invited by the other organisation", _INVITED_BY_THEM, _domain(organizer)))
    if len(guests) > 12:
        found.append(Evidence("many guests", _CROWD, f"{len(guests)} guests"))
    organised_by_user = event.organizer_self or (event.organizer or "").casefold() in own
    # Guests who all come from the one organisation a bare title names are the people the user
    # meets there ("Stripe 2pm" put in by the candidate), not a meeting the user runs.
    visiting = bare and len(external) == len(guests) and len(set(external_domains)) == 1
    if organised_by_user and guests and not visiting:
        # one guest from another organisation, invited from a private address: as often the candidate putting the
        # interviewer in their own event ("coffee w Leah (NBCU)") as the user running a meeting
        weight = _OWN_CALL_WITH_AN_OUTSIDER if len(guests) == 1 and external and not own_domains else _OWN_MEETING
        found.append(Evidence("you invited the guests", weight, f"{len(guests)} guest{'s' * (len(guests) != 1)}"))
    if (organised_by_user or colleague) and guests:
        # The title names a guest the user invited, or an outsider among the user's colleagues:
        # "Interview: Lukas Berger (Werkstudent)" — Lukas is the candidate, the user is on the panel.
        outsiders = guests if organised_by_user else [g for g in guests if _domain(g.email) not in own_domains]
        named = next((name for name in map(_person_name, outsiders) if name and name in title), None)
        if named:
            found.append(Evidence("the title names a guest you invited" if organised_by_user else
                                  "the title names an outsider among your colleagues", _GUEST_IN_TITLE, named))
    you = _full_name_in(title, identity.name)
    for attendee in event.attendees:
        if you:
            break
        if attendee.is_self:
            you = _full_name_in(title, attendee.name)
    if you:  # "Candidate interview - <your name>": the title an applicant-tracking system gave the candidate
        found.append(Evidence("the title names you", _YOU_IN_TITLE, you))
    return found


def _full_name_in(title: str, name: str | None) -> str | None:
    """``name`` as titles are compared, when it is a full name (two words at least) that ``title`` has."""
    if not name:
        return None
    folded = _name(name)
    return folded if len(folded) >= 4 and " " in folded and folded in title else None


@lru_cache(maxsize=1024)
def _name(text: str) -> str:
    """A person's name as titles are compared (the same few names recur on every pass)."""
    return normalise(text)


def _person_name(attendee: Attendee) -> str:
    """A guest's name as a title would write it: their display name, else from "first.last@"."""
    name = _name(attendee.name or "")
    if not name:
        local = attendee.email.split("@", 1)[0]
        parts = re.split(r"[._-]+", local)
        name = " ".join(parts).casefold() if len(parts) >= 2 and all(p.isalpha() for p in parts) else ""
    return name if len(name) >= 4 and " " in name else ""


def _shape_evidence(event: SourceEvent) -> list[Evidence]:
    """The call, the time marked free, the length: a list, as most events give none or one.

    Only for events that are not cancelled (``classify`` has set those aside), so time marked free
    is read from the transparency alone, which is what ``event.busy`` comes to for them.
    """
    found = []
    if event.conference:
        found.append(Evidence("video call", _VIDEO_CALL, event.conference))
    if event.transparency.lower() == "transparent":
        found.append(Evidence("marked free", _FREE_TIME, event.transparency))
    if not isinstance(event.start, datetime) or not isinstance(event.end, datetime):
        found.append(Evidence("all-day", _ALL_DAY, "all day"))
        return found
    try:
        minutes = (event.end - event.start).total_seconds() / 60
    except (OverflowError, TypeError):
        return found
    if 0 < minutes < 10:  # zero is how iCalendar says "no end given", not a short meeting
        found.append(Evidence("very short", _VERY_SHORT, f"{minutes:.0f} min"))
    elif minutes > 600:
        found.append(Evidence("very long", _VERY_LONG, f"{minutes / 60:.0f} h"))
    return found

