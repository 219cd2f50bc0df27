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
normalised once and each evidence family is one compiled regular expression.

Matching is on whole words (a keyword inside a longer word does not count) for scripts written with
spaces; for scripts without spaces (Japanese, Chinese) a keyword matches anywhere.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import lru_cache

from followup_sync import evidence_words as words
from followup_sync.model import SourceEvent
from followup_sync.rules import DetectionRules, Identity

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def normalise(text: str) -> str:
    """Fold case, compatibility forms, dash variants and runs of blanks so rules match as written."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).casefold()
    return " ".join(text.split())


def _spaced_script(char: str) -> bool:
    """Scripts before CJK in Unicode separate words with spaces; a word boundary means something there."""
    return ord(char) < 0x2E80


@lru_cache(maxsize=4096)
def _phrase_source(phrase: str) -> str | None:
    """The regex source for one phrase; a trailing ``*`` makes it a word prefix."""
    prefix = phrase.endswith("*")
    words_ = normalise(phrase.rstrip("*"))
    if not words_:
        return None
    body = re.escape(words_).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[-\s]?")
    left = r"(?<!\w)" if _spaced_script(words_[0]) and (words_[0].isalnum() or words_[0] == "_") else ""
    if prefix or not _spaced_script(words_[-1]):
        right = ""
    elif words_[-1].isalnum():
        # A plural or possessive still counts: "interviews", "panel's".
        right = r"(?:s|es|'s)?(?!\w)"
    else:
        right = ""
    return left + body + right


def _phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    source = _phrase_source(phrase)
    return re.compile(source) if source else None


def contains_phrase(text: str, phrase: str) -> bool:
    """``phrase`` occurs in ``text`` as whole words, ignoring case, accents' forms and dash styles."""
    pattern = _phrase_pattern(phrase)
    return bool(pattern and pattern.search(normalise(text)))


@lru_cache(maxsize=64)
def _any_phrase(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a whole family, so an event's text is scanned once per family, not per phrase.

    Longer phrases first, so the evidence quotes the most specific one ("exit interview", not "interview").
    """
    parts = [s for s in map(_phrase_source, sorted(set(phrases), key=len, reverse=True)) if s]
    return re.compile("|".join(f"(?:{part})" for part in parts)) if parts else None


def _first_match(normalised: str, phrases: tuple[str, ...]) -> str | None:
    pattern = _any_phrase(phrases)
    match = pattern.search(normalised) if pattern else None
    return match.group(0) if match else None


def _has_tag(normalised: str, tag: str) -> bool:
    tag = normalise(tag)
    return bool(tag) and re.search(re.escape(tag) + r"(?![\w-])", normalised) is not None


class Outcome(StrEnum):
    """What detection concluded: planned, shown for the user to confirm, or ignored."""

    INTERVIEW = "interview"
    POSSIBLE = "possible"
    NOT = "not"


@dataclass(frozen=True)
class Evidence:
    """One reason: its family's ``name``, its ``weight`` in the score, and the ``text`` it matched."""

    name: str
    weight: float
    text: str


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    score: float
    evidence: tuple[Evidence, ...]
    #: Set when one piece of evidence decided alone (a tag, a declined invitation, our own task...).
    absolute: str | None = None

    @property
    def is_interview(self) -> bool:
        return self.outcome is Outcome.INTERVIEW


# ------------------------------------------------------------------------------------ the weights

#: Word families: (name, phrases, weight in the title, weight in the description or location).
_WORD_FAMILIES: tuple[tuple[str, tuple[str, ...], float, float], ...] = (
    ("interview stage", words.STAGES, 3.5, 1.5),
    ("hiring context", words.HIRING_CONTEXT, 1.0, 0.75),
    ("hiring platform", words.HIRING_PLATFORMS, 2.0, 1.5),
    ("user as interviewer", words.INTERVIEWER, -6.0, -4.0),
    ("media", words.MEDIA, -6.0, -2.5),
    ("research", words.RESEARCH, -6.0, -3.0),
    ("civic or personal", words.CIVIC, -6.0, -2.5),
    ("exit interview", words.EXIT, -8.0, -4.0),
    ("errand", words.ERRAND, -6.0, -1.0),
    ("practice", words.PRACTICE, -6.0, -2.0),
    ("lookalike", words.LOOKALIKE, -4.0, -0.5),
    ("cancelled", words.CANCELLED, -8.0, 0.0),
)
_USER_KEYWORD = 3.5       # a word of the configured ``detection.keywords`` in the title
_USER_EXCLUSION = -6.0    # a phrase of ``detection.exclude`` in the title
_USER_TAG = 4.0           # one of the user's interview categories or colours
_FIELD_LINES = 2.0        # ``Interviewer:``, ``Role:``, ``Company:`` lines in the description
_ROLE_IN_TITLE = 1.0      # a job title in the title ("Sr Frontend Eng - Figma")
_EXTERNAL_PEOPLE = 0.75   # guests from another organisation's domain
_CROWD = -2.0             # many guests: an all-hands, a class, a party
_OWN_MEETING = -1.5       # the user invited others: they run the meeting
_VIDEO_CALL = 0.25
_FREE_TIME = -1.5         # marked "free"
_ALL_DAY = -1.0
_VERY_SHORT = -1.0        # under 10 minutes: a reminder, not a conversation
_VERY_LONG = -1.5         # over 10 hours

_NEVER_TYPES = frozenset({"focustime", "outofoffice", "workinglocation", "birthday"})
_FIELD_LINE = re.compile(
    r"(?m)^[ \t]*[-*•]?[ \t]*(interviewers?|role|position|company|employer|job title|stelle|unternehmen|"
    r"firma|poste|entreprise|puesto|empresa|ruolo|azienda|functie|bedrijf|rooli|yritys|会社|職種)[ \t]*[:=]"
)
_TAGS = re.compile(r"<[^>]{0,500}>")
_FREE_MAIL = frozenset(
    "gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com icloud.com me.com "
    "mac.com aol.com proton.me protonmail.com gmx.de gmx.net web.de fastmail.com hey.com zoho.com "
    "yandex.ru mail.ru qq.com 163.com orange.fr free.fr laposte.net libero.it virgilio.it t-online.de "
    "kolumbus.fi luukku.com yahoo.co.jp docomo.ne.jp ziggo.nl kpnmail.nl".split()
)
_CALENDAR_SYSTEM = ("calendar.google.com", "resource.calendar.google.com")

#: The summaries of the product's own tasks, as ``drafts.py`` words them: "<prefix>: <label>".
OWN_TASK_PREFIXES: tuple[str, ...] = (
    "record interview details", "send thank-you letter", "send thank-you e-mail", "send thank-you email",
    "send thank-you note", "send thank-you", "send thank you", "follow-up call", "follow up call",
    "keep searching while you wait", "keep searching", "before the interview", "prepare for the interview",
    "thank-you letter", "thank-you e-mail", "write thank-you", "call to follow up",
)
_OWN_SUMMARY = re.compile(
    r"^(?:" + "|".join(re.escape(p).replace(r"\-", r"[-\s]?").replace(r"\ ", r"\s+") for p in OWN_TASK_PREFIXES)
    + r")\s*(?:\([^)]*\)\s*)?:\s*\S"
)
#: Lines only the product's own task bodies contain (the thank-you draft, the call's talking points,
#: the details request, the keep-searching nudge); two of them identify a copy of our task.
_OWN_BODY = re.compile(
    r"add these lines to the interview event's description|still missing:|talking points:|"
    r"heard back already\? add 'status:|before you send it:|thanks is the main point|"
    r"one letter per interviewer|\[optional: restate|\[optional: add a skill|\[optional: clarify|"
    r"don't give up or put your search on hold|send at least one new application today|"
    r"send it within a day or two of the interview|whom to call:|"
    r"with them, the thank-you letter is addressed correctly"
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


def classify(event: SourceEvent, rules: DetectionRules, identity: Identity = Identity()) -> Verdict:
    """The verdict on one event, with the evidence that decided it."""
    title = normalise(event.summary[:2_000])
    raw_description = event.description[:DESCRIPTION_LIMIT]
    description = normalise(_plain(raw_description)) if raw_description else ""
    location = normalise(event.location[:2_000]) if event.location else ""
    tagged = f"{title}\n{description}" if "#" in raw_description else title

    if event.cancelled:
        return _absolute(Outcome.NOT, "cancelled", "status: cancelled")
    if _has_tag(tagged, rules.opt_out_tag):
        return _absolute(Outcome.NOT, "opt-out tag", rules.opt_out_tag)
    if _has_tag(tagged, rules.tag):
        return _absolute(Outcome.INTERVIEW, "interview tag", rules.tag)
    own = _own_task(title, raw_description)
    if own:
        return _absolute(Outcome.NOT, "the product's own task", own)
    if event.event_type.casefold() in _NEVER_TYPES:
        return _absolute(Outcome.NOT, "event type", event.event_type)
    declined = _declined(event, identity)
    if declined:
        return _absolute(Outcome.NOT, "declined by you", declined)

    evidence = list(_word_evidence(title, description, location, rules))
    evidence += _tag_evidence(event, rules)
    evidence += _people_evidence(event, identity)
    evidence += _shape_evidence(event)
    score = round(sum(e.weight for e in evidence), 2)
    if score >= rules.interview_score:
        outcome = Outcome.INTERVIEW
    elif score >= rules.possible_score:
        outcome = Outcome.POSSIBLE
    else:
        outcome = Outcome.NOT
    return Verdict(outcome, score, tuple(evidence))


def is_interview(event: SourceEvent, rules: DetectionRules, identity: Identity = Identity()) -> bool:
    """Whether the event is planned as one of the user's interviews."""
    return classify(event, rules, identity).is_interview


def _absolute(outcome: Outcome, name: str, text: str) -> Verdict:
    weight = 100.0 if outcome is Outcome.INTERVIEW else -100.0
    return Verdict(outcome, weight, (Evidence(name, weight, text),), absolute=name)


def _own_task(title: str, description: str) -> str | None:
    """A copy of one of our tasks: our summary shape, or two lines that only our task bodies have."""
    if _OWN_SUMMARY.match(title):
        return title[:80]
    if description:
        body = normalise(description[:DESCRIPTION_LIMIT])
        found = {m.group(0) for m in _OWN_BODY.finditer(body)}
        if len(found) >= 2:
            return "; ".join(sorted(found))[:80]
    return None


def _own_addresses(event: SourceEvent, identity: Identity) -> set[str]:
    own = {e.casefold() for e in identity.emails}
    own.update(a.email.casefold() for a in event.attendees if a.is_self)
    return own


def _declined(event: SourceEvent, identity: Identity) -> str | None:
    own = _own_addresses(event, identity)
    for attendee in event.attendees:
        if (attendee.is_self or attendee.email.casefold() in own) and (attendee.response or "").casefold() == "declined":
            return attendee.email or "you"
    return None


def _word_evidence(title: str, description: str, location: str, rules: DetectionRules) -> Iterable[Evidence]:
    body = f"{description}\n{location}" if location else description
    stage_in_title = False
    for name, phrases, in_title, in_body in _WORD_FAMILIES:
        hit = _first_match(title, phrases)
        if hit:
            stage_in_title = stage_in_title or phrases is words.STAGES
            yield Evidence(f"{name} (title)", in_title, hit)
        elif body and in_body:
            hit = _first_match(body, phrases)
            if hit:
                yield Evidence(f"{name} (description)", in_body, hit)
    # The configured keywords mostly repeat the built-in stages; they add weight only when they say
    # something the stages do not (the user's own word for an interview).
    keyword = None if stage_in_title else _first_match(title, rules.keywords)
    if keyword:
        yield Evidence("your keyword (title)", _USER_KEYWORD, keyword)
    exclusion = _first_match(title, rules.exclude)
    if exclusion:
        yield Evidence("your exclusion (title)", _USER_EXCLUSION, exclusion)
    fields = _FIELD_LINE.search(description) if description else None
    if fields:
        yield Evidence("interview detail lines", _FIELD_LINES, fields.group(0).strip())
    role = _first_match(title, words.ROLES)
    if role:
        yield Evidence("job title (title)", _ROLE_IN_TITLE, role)


def _tag_evidence(event: SourceEvent, rules: DetectionRules) -> Iterable[Evidence]:
    wanted = {normalise(c) for c in rules.categories}
    for category in event.categories:
        if normalise(category) in wanted:
            yield Evidence("your interview category", _USER_TAG, category)
            break
    if event.color is not None and normalise(event.color) in {normalise(c) for c in rules.colors}:
        yield Evidence("your interview colour", _USER_TAG, event.color)


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].casefold().strip(" >")


def _people_evidence(event: SourceEvent, identity: Identity) -> Iterable[Evidence]:
    own = _own_addresses(event, identity)
    own_domains = {_domain(a) for a in own} - _FREE_MAIL
    guests = [a for a in event.attendees
              if a.email and not a.is_resource and not a.is_self and a.email.casefold() not in own
              and not _domain(a.email).endswith(_CALENDAR_SYSTEM)]
    for address in [*(a.email for a in guests), event.organizer or ""]:
        hit = _first_match(_domain(address), words.HIRING_PLATFORMS) if "@" in address else None
        if hit:
            yield Evidence("hiring platform (guest)", 2.0, address)
            break
    external = [a.email for a in guests if _domain(a.email) not in _FREE_MAIL and _domain(a.email) not in own_domains]
    if external and len(guests) <= 8:
        yield Evidence("guests from another organisation", _EXTERNAL_PEOPLE, _domain(external[0]))
    if len(guests) > 12:
        yield Evidence("many guests", _CROWD, f"{len(guests)} guests")
    organised_by_user = event.organizer_self or (event.organizer or "").casefold() in own
    if organised_by_user and guests:
        yield Evidence("you invited the guests", _OWN_MEETING, f"{len(guests)} guests")


def _shape_evidence(event: SourceEvent) -> Iterable[Evidence]:
    if event.conference:
        yield Evidence("video call", _VIDEO_CALL, event.conference)
    if not event.busy:
        yield Evidence("marked free", _FREE_TIME, event.transparency)
    if not isinstance(event.start, datetime) or not isinstance(event.end, datetime):
        yield Evidence("all-day", _ALL_DAY, "all day")
        return
    try:
        minutes = (event.end - event.start).total_seconds() / 60
    except (OverflowError, TypeError):
        return
    if 0 <= minutes < 10:
        yield Evidence("very short", _VERY_SHORT, f"{minutes:.0f} min")
    elif minutes > 600:
        yield Evidence("very long", _VERY_LONG, f"{minutes / 60:.0f} h")

