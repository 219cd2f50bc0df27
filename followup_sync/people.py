"""Who is on an interview: people with their names and honorifics, and the mailboxes that are not people.

A letter must open with the right name, so names are read carefully and nothing is guessed: an
honorific is used only when the event gives one ("Dr. Wei Chen", "Wei Chen, PhD"), never inferred
from a first name. Team mailboxes, schedulers and applicant-tracking senders appear on invitations
like guests, but nobody there reads a thank-you letter; they are kept apart as contacts.
"""

from __future__ import annotations

import re

from followup_sync.model import Interviewer, one_line

_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")  # a run is tried once
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,}(?:\s*(?:x|ext\.?)\s*\d+)?$", re.IGNORECASE)

#: Honorifics as written before a name, by their lower-case form without the period.
_HONORIFICS = {
    "dr": "Dr.", "doctor": "Dr.", "prof": "Prof.", "professor": "Prof.", "mr": "Mr.", "mrs": "Mrs.",
    "ms": "Ms.", "mx": "Mx.", "miss": "Miss",
}
#: Degrees written after a name that make "Dr." the right address.
_DOCTORATES = frozenset("phd ph.d ph.d. dphil md m.d m.d. dr.-ing".split())
#: Generational suffixes: part of the full name, never the surname a letter is addressed by.
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
#: Lower-case particles that belong to the surname: "van der Berg", "de la Cruz".
_PARTICLES = frozenset("van von der den de da di del della la le du dos das ter ten bin al el".split())

#: Local parts that name a team or a machine rather than a person.
_TEAM_LOCAL = frozenset(
    "jobs job careers career recruiting recruitment recruiter recruiters talent hiring hr people team info "
    "hello contact office admin reception noreply donotreply nobody notifications notification calendar "
    "scheduling scheduler schedule invites invite interviews candidates applications apply ta "
    "talentacquisition humanresources peopleops mailerdaemon postmaster bot assistant".split()
)
#: Words that mark a local part (recruiting-emea, no_reply.us) or a display name ("Acme Recruiting")
#: as a team even among other words. Kept to words that are not also surnames ("jobs" is one).
_TEAM_WORDS = frozenset(
    "recruiting recruitment recruiters careers talent hiring hr noreply donotreply scheduling scheduler "
    "notifications calendar invites candidates mailer".split()
)
#: Applicant-tracking systems and scheduling services that send invitations on a company's behalf.
_SENDER_DOMAINS = (
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "ashbyhq.com", "smartrecruiters.com",
    "myworkday.com", "workday.com", "icims.com", "jobvite.com", "taleo.net", "successfactors.com",
    "successfactors.eu", "bamboohr.com", "recruitee.com", "teamtailor.com", "teamtailor-mail.com",
    "workable.com", "workablemail.com", "breezy.hr", "jazzhr.com", "personio.de", "personio.com",
    "calendly.com", "goodtime.io", "modernloop.io", "gem.com", "paradox.ai", "hirevue.com", "cronofy.com",
    "pinpointhq.com", "comeet.co", "homerun.co", "reclaim.ai", "cal.com", "youcanbook.me", "x.ai",
)


def is_team_mailbox(email: str | None, name: str | None = None) -> bool:
    """Whether an address (or a display name) belongs to a team, a bot or a hiring system."""
    if email:
        local, _, domain = email.lower().rpartition("@")
        local = local.split("+")[0]
        if any(domain == d or domain.endswith("." + d) for d in _SENDER_DOMAINS):
            return True
        tokens = [t for t in re.split(r"[._-]+", local) if t]
        if "".join(tokens) in _TEAM_LOCAL or any(t in _TEAM_WORDS for t in tokens):
            return True
        if "no" in tokens and "reply" in tokens:
            return True
    if name:
        words = re.findall(r"[a-z]+", name.lower())
        return any(w in _TEAM_WORDS for w in words) or "".join(words) in ("noreply", "donotreply")
    return False


def split_honorific(name: str) -> tuple[str | None, str]:
    """``"Prof. Dr. Anna Weber"`` → ``("Prof. Dr.", "Anna Weber")``; ``"Wei Chen, PhD"`` → ``("Dr.", "Wei Chen")``."""
    words = name.replace(",", " , ").split()
    titles: list[str] = []
    while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
        titles.append(_HONORIFICS[words.pop(0).lower().rstrip(".")])
    kept = []
    for word in words:
        if word.lower() in _DOCTORATES:
            if not titles:
                titles.append("Dr.")
        else:
            kept.append(word)
    rest = " ".join(kept).replace(" , ", ", ").strip(" ,")
    return (" ".join(dict.fromkeys(titles)) or None), rest


def surname(name: str) -> str:
    """The part of a name a formal greeting uses: the last name with its particles, without Jr./III."""
    words = [w for w in name.split() if w.lower().strip(",") not in _SUFFIXES]
    if not words:
        return name
    index = len(words) - 1
    while index > 1 and words[index - 1] in _PARTICLES:
        index -= 1
    return " ".join(words[index:]).strip(",")


def first_name(name: str) -> str:
    """The given name, for the "Hi Jane," of a relaxed company."""
    return name.split()[0].strip(",") if name.split() else name


def parse_person(text: str) -> Interviewer:
    """``Dr. Jane Doe, Engineering Manager, jane@acme.com, +1 555 0100``: the name first, the rest in any order."""
    email_match = _EMAIL.search(text)
    email = email_match.group(0) if email_match else None
    rest = _EMAIL.sub(" ", text).replace("<>", " ").replace("()", " ")
    parts = [p.strip(" <>()") for p in re.split(r"[,;|]", rest)]
    parts = [p for p in parts if p]
    phone = next((p for p in parts if _PHONE.match(p) and sum(c.isdigit() for c in p) >= 7), None)
    words = [p for p in parts if p != phone]
    honorific, name = split_honorific(words[0]) if words else (None, "")
    degrees = [w for w in words[1:] if w.lower() in _DOCTORATES]
    if degrees and honorific is None:
        honorific = "Dr."
    title = ", ".join(w for w in words[1:] if w not in degrees) or None
    name = name or (name_from_address(email) if email else "")
    return Interviewer(name=one_line(name, 80), title=title and one_line(title, 80), email=email, phone=phone,
                       honorific=honorific)


def person_from_attendee(email: str, display_name: str | None) -> Interviewer:
    """An invitation guest: the calendar's display name (which may carry an honorific), else the address."""
    honorific, name = split_honorific(one_line(display_name or "", 80))
    return Interviewer(name=name or one_line(name_from_address(email), 80), email=email, honorific=honorific)


def name_from_address(email: str) -> str:
    local = email.split("@")[0]
    return " ".join(part.capitalize() for part in re.split(r"[._-]+", local) if part) or email
