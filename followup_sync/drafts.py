"""The words of the generated tasks: summaries the user scans and descriptions that do the work.

Each description is a ready-to-use aid that carries the advice in our own words: the thank-you
task holds a draft for each interviewer, addressed to them, and the channel to use; the details
task asks only for what is still missing; the call task says whom to call and what to say. Text
taken from events is cleaned to single lines before it is placed here, and every description fits
what Google Calendar stores (``DESCRIPTION_LIMIT``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from urllib.parse import quote

from followup_sync.company import AGENCY, DOMAIN, LOCATION
from followup_sync.model import Interview, Interviewer, Outcome, SourceEvent, Style, one_line
from followup_sync.people import first_name, surname


#: The longest description written, as ``stored_size`` counts. Google Calendar keeps about 8,192
#: characters of an event's description and refuses larger values on write ("A provided value
#: exceeds the allowed size limit").
DESCRIPTION_LIMIT = 8000
#: Mail programs and browsers cut or refuse longer ``mailto:`` links (Outlook about 2,000 characters).
MAILTO_LIMIT = 1900

_PHONE_WORDS = re.compile(r"(?i)\b(?:phone|call|screen|screening|telefon\w*|t[ée]l[ée]phon\w*)\b")
_LATER_ROUND = re.compile(
    r"(?i)\b(?:second|2nd|third|3rd|fourth|4th|final|next|another|follow[- ]up)\s+(?:round|interview|meeting)\b"
    r"|\bround\s*[2-9]\b"
)
_VIDEO_LINK = re.compile(
    r"(?i)\b(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com"
    r"|bluejeans\.com|gotomeeting\.com|chime\.aws|meet\.jit\.si)\b"
)


def stored_size(text: str) -> int:
    """An upper bound on the length of ``text`` wherever it is stored: UTF-8 bytes (not fewer than
    characters or UTF-16 units, whatever Google counts), plus room for each ``&``, ``<`` and ``>`` to
    become an HTML entity, as descriptions sent to Google are escaped."""
    return len(text.encode("utf-8", "surrogatepass")) + 4 * sum(text.count(c) for c in "&<>")


def _day(value: date) -> str:
    return f"{value:%A, %B} {value.day}"


def _contact(person: Interviewer) -> str:
    title = f", {person.title}" if person.title else ""
    ways = ", ".join(w for w in (person.email, person.phone) if w)
    return f"{person.full_name}{title}" + (f" ({ways})" if ways else "")


def _what(interview: Interview) -> str:
    role = f"the {interview.role} position" if interview.role else "the position"
    return f"{role} at {interview.company}" if interview.company else role


def _fit(lines: list[str], limit: int = DESCRIPTION_LIMIT) -> str:
    """Join ``lines``; when that passes ``limit``, whole lines are cut from the middle (marked), so the
    opening and the closing advice both stay and only the middle of a long list is lost."""
    text = "\n".join(lines)
    if stored_size(text) <= limit:
        return text
    marker = "[... shortened to fit the calendar ...]"
    budget = limit - stored_size(marker) - 2
    tail: list[str] = []
    for line in reversed(lines):
        if stored_size("\n".join([line, *tail])) > budget // 2:
            break
        tail.insert(0, line)
    head: list[str] = []
    for line in lines[: len(lines) - len(tail)]:
        if stored_size("\n".join([*head, line, *tail])) > budget:
            break
        head.append(line)
    return "\n".join([*head, marker, *tail])


def channel(interview: Interview, default: Style | None, urgent: bool = False) -> str:
    """How the thank-you goes: "e-mail" or "letter" (which may go by post, by hand or by fax).

    A ``Channel:`` line says how the user has been in touch and wins; then the company's style:
    e-mail for a relaxed or creative one, a letter for a traditional one. Without either, a near
    decision calls for e-mail (a posted letter would arrive too late) and an interview held online
    leans to e-mail; otherwise, when in doubt, the letter.
    """
    urgent = urgent and interview.outcome is None  # once they have answered, no decision is pending
    if interview.channel:
        return "e-mail" if interview.channel == "e-mail" else "letter"
    style = interview.style or default
    if style is not None:
        return "e-mail" if style is Style.CREATIVE else "letter"
    return "e-mail" if urgent or _remote(interview) else "letter"


def _how(interview: Interview, default: Style | None, urgent: bool) -> str:
    """One sentence on the channel and why, in the words of the case at hand."""
    urgent = urgent and interview.outcome is None
    medium = channel(interview, default, urgent)
    style = interview.style or default
    if interview.channel == "by hand":
        return "A letter on good paper, delivered by hand, as you noted in the event."
    if interview.channel == "fax":
        return "A letter on good paper, sent by fax, as you noted in the event."
    if medium == "letter" and urgent:
        return ("A letter on good paper, but delivered by hand or faxed today: posted, it would arrive after "
                "the decision is made.")
    if interview.channel:
        return f"By {medium}, the way you have been in touch with them (the event's Channel line)."
    if style is Style.CREATIVE:
        return "By e-mail: the company comes across as relaxed or creative, where a prompt e-mail fits."
    if style is Style.TRADITIONAL:
        return "By letter on good paper, posted: the company comes across as traditional."
    if urgent:
        return "By e-mail, today: the decision is only days away, too soon for a posted letter."
    if _remote(interview):
        return ("By e-mail: you met online, so e-mail matches how you have been in touch. (For a traditional "
                "company add 'Style: traditional' to the interview event, and it becomes a letter.)")
    return ("By letter on good paper: nothing recorded says how formal the company is, and when in doubt, "
            "the letter. (Add 'Style: creative' or 'Channel: e-mail' to the interview event for an e-mail.)")


def _remote(interview: Interview) -> bool:
    event = interview.event
    return bool(event.conference) or bool(_VIDEO_LINK.search(f"{event.location}\n{event.description[:20_000]}"))


def _needs_address(interview: Interview, default: Style | None, urgent: bool) -> bool:
    return channel(interview, default, urgent) == "letter" and interview.channel != "fax" and not interview.address


def missing_details(interview: Interview, default: Style | None = None, urgent: bool = False) -> list[str]:
    """What the follow-up still needs that the event lacks; nothing once an offer, rejection or withdrawal is in."""
    if interview.outcome in (Outcome.OFFER, Outcome.REJECTED, Outcome.WITHDRAWN):
        return []
    address = ["the company's postal address, for the letter"] if _needs_address(interview, default, urgent) else []
    return [*_unknowns(interview), *address]


def details_needed(interview: Interview) -> bool:
    """Whether the event lacks what only the interview itself could tell: the decision time frame or
    who the interviewers are. A missing postal address alone does not call for the task: the
    thank-you task asks for it where the letter needs it, and this task lists it when it exists."""
    return interview.outcome not in (Outcome.OFFER, Outcome.REJECTED, Outcome.WITHDRAWN) and bool(
        _unknowns(interview))


#: Where an employer's name is only a guess, to be checked before a letter goes out: the place, a recruiting agency
#: standing in for the employer, a bare e-mail domain (on the labelled corpus's unseen part these are right 64-75 %
#: of the time, against 91 % for a name the interviewers' domain confirms).
_GUESSES = frozenset({LOCATION, AGENCY, DOMAIN})


def _guessed(interview: Interview) -> bool:
    return interview.company is not None and interview.company_source in _GUESSES


def _unknowns(interview: Interview) -> list[str]:
    missing = []
    if interview.company is None:
        missing.append("the employer's name (nothing in the event says which company it is)")
    elif _guessed(interview):
        missing.append(f"a check of the employer's name ('{interview.company}' is a guess from the "
                       f"{interview.company_source})")
    if interview.decision is None and interview.outcome is None:
        missing.append("the employer's decision time frame")
    if not interview.interviewers:
        missing.append("each interviewer's name, title and contact")
    for person in interview.interviewers:
        gaps = [w for w, have in (("title", person.title), ("e-mail or phone", person.email or person.phone)) if not have]
        if gaps:
            missing.append(f"{' and '.join(gaps)} of {person.full_name}")
    return missing


def details_summary(interview: Interview) -> str:
    return f"Record interview details: {interview.label}"


def details_description(interview: Interview, default: Style | None = None, urgent: bool = False) -> str:
    """Ready-to-fill lines for exactly what is missing, prefilled with what is already known."""
    missing = missing_details(interview, default, urgent)
    if not missing:
        return "Nothing is missing: the interview event has what the follow-up needs."
    lines = []
    if interview.company is None:
        lines.append("  Company: [the employer's name, as it goes in the letter]")
    elif _guessed(interview):
        lines.append(f"  Company: {interview.company}   (a guess from the {interview.company_source}: keep it if "
                     "it is right, correct it if not)")
    if interview.decision is None and interview.outcome is None:
        lines.append("  Decision: [when they expect to decide: Friday, 12/11, in 2 weeks, ...]")
    if not interview.interviewers:
        lines.append("  Interviewer: [name], [title], [e-mail], [phone]   (a line for each person you met)")
    for person in interview.interviewers:
        if not person.complete:
            ways = ", ".join(w for w in (person.email, person.phone) if w) or "[e-mail or phone]"
            lines.append(f"  Interviewer: {person.full_name}, {person.title or '[title]'}, {ways}")
    if _needs_address(interview, default, urgent):
        lines.append("  Address: [street], [city and postcode]")
    return _fit(
        [
            "While the interview is fresh, note what the follow-up needs: add these lines to the interview "
            "event's description, filling in the brackets.",
            *lines,
            "",
            "Still missing:",
            *[f"- {item}" for item in missing],
            "",
            "With them the thank-you reaches each interviewer by name and title"
            + (", at the right address," if _needs_address(interview, default, urgent) else "")
            + " and the follow-up call is timed to the employer's decision.",
        ]
    )


def thank_you_summary(interview: Interview, default: Style | None, urgent: bool = False) -> str:
    return f"Send thank-you {channel(interview, default, urgent)}: {interview.label}"


def thank_you_description(
    interview: Interview,
    default: Style | None,
    sent_on: date | None,
    urgent: bool,
    signature: str | None,
    *,
    later_round: bool = False,
) -> str:
    """The thank-you task: how and when to send it, then one ready draft per interviewer.

    ``sent_on`` is the day the task is planned for (the letter's date), None when that is not known
    in advance; ``urgent`` means the decision is days away; ``later_round`` that the user met the
    company before (the planner knows the rounds; the event's title may say so too).
    """
    urgent = urgent and interview.outcome is None
    medium = channel(interview, default, urgent)
    rejected = interview.outcome is Outcome.REJECTED
    if rejected:
        timing = "A short, gracious note keeps the door open: thank them even though the answer was no."
    elif urgent:
        timing = "Send it today: the decision is only days away."
    else:
        timing = "Send it soon, while your conversation is still fresh for them."
    head = [timing, _how(interview, default, urgent), f"Interview: {_held(interview.event)}."]
    if medium == "letter" and interview.channel != "fax" and not interview.address:
        head.append("The company's postal address is not recorded: add an 'Address:' line to the interview "
                    "event and it appears in the letter" + (" (the details task asks for it too)."
                                                           if details_needed(interview) else "."))
    creative = (interview.style or default) is Style.CREATIVE
    letter = _Letter(interview, medium, sent_on, signature, later_round, rejected, creative)
    tail = ["", "Before you send it:", "- Lead with the thanks and keep it brief.",
            "- Fill in or delete each [bracketed] part."]
    tail.append("- Check spelling and grammar; every name, title and address must be exactly right.")
    if _guessed(interview):
        tail.append(f"- Check the employer's name: '{interview.company}' is a guess from the {interview.company_source}.")
    if medium == "letter":
        tail.append("- Print it on good paper and sign it by hand.")
    if len(interview.interviewers) > 1:
        tail.append("- Each person gets their own; change a sentence or two so they do not read as copies.")
    if interview.contacts:
        tail += ["", "Contacts, not interviewers (no letter needed; useful for questions):",
                 *[f"- {_contact(c)}" for c in interview.contacts[:5]]]
    budget = DESCRIPTION_LIMIT - stored_size("\n".join([*head, *tail]))
    return "\n".join([*head, *letter.drafts(budget), *tail])


def _held(event: SourceEvent) -> str:
    """When the interview was, in its own time zone (the one its start was written in), not the user's."""
    start, end = event.start, event.end
    if not isinstance(start, datetime):
        last = end - timedelta(days=1) if isinstance(end, date) and not isinstance(end, datetime) else start
        return _day(start) + (f" to {_day(last)}" if last > start else "") + " (all day)"
    zone = start.tzinfo
    finish = end.astimezone(zone) if isinstance(end, datetime) else start
    until = f"-{finish:%H:%M}" if finish > start and finish.date() == start.date() else ""
    abbreviation = start.tzname() or ""
    name = getattr(zone, "key", None)
    if not abbreviation.isalpha():
        minutes = int((start.utcoffset() or timedelta()).total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        abbreviation = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}" if minutes else "UTC"
    label = f"{abbreviation} ({name})" if name and name != abbreviation else abbreviation
    return f"{_day(start.date())}, {start:%H:%M}{until} {label}"


class _Letter:
    """The drafts of one thank-you: the same words, addressed to each interviewer in turn."""

    def __init__(self, interview: Interview, medium: str, sent_on: date | None, signature: str | None,
                 later_round: bool, rejected: bool, creative: bool) -> None:
        self.interview = interview
        self.medium = medium
        self.sent_on = sent_on
        self.signature = one_line(signature or "", 80) or "[Your name]"  # from the config: any text
        self.rejected = rejected
        self.creative = creative
        event = interview.event
        self.phone = bool(_PHONE_WORDS.search(f"{event.summary} {event.location}"))
        self.again = later_round or bool(_LATER_ROUND.search(event.summary))

    def drafts(self, budget: int) -> list[str]:
        """A block per interviewer while they fit in ``budget`` bytes, then a line per remaining person."""
        people: list[Interviewer | None] = list(self.interview.interviewers) or [None]
        lines: list[str] = []
        rest: list[Interviewer] = []
        for index, person in enumerate(people):
            block = ["", self._heading(person, index, len(people)), *self._draft(person)]
            size = stored_size("\n".join(block)) + 1
            if not rest and size <= budget - 400:
                lines += block
                budget -= size
            elif person is not None:
                rest.append(person)
        if rest:
            plain = [f"- {_contact(person)}: {self.salutation(person)}" for person in rest]
            if self.medium == "e-mail":
                # Links for all of them, or for none: a name more is worth more than a link.
                linked = [f"{entry} {mailto(person.email, self.subject(), self._text(person))}"
                          for entry, person in zip(plain, rest)]
                if sum(stored_size(entry) + 1 for entry in linked) <= budget - 200:
                    plain = linked
            more = ["", "Also write to these, with the same words and their own greeting:"]
            for count, entry in enumerate(plain):
                if stored_size(entry) + 1 > budget - 100:
                    more.append(f"- and {len(rest) - count} more on the invitation")
                    break
                more.append(entry)
                budget -= stored_size(entry) + 1
            lines += more
        return lines

    def _heading(self, person: Interviewer | None, index: int, count: int) -> str:
        who = _contact(person) if person else "your interviewer (no name recorded yet)"
        number = f" {index + 1} of {count}" if count > 1 else ""
        return f"{self.medium.capitalize()}{number} to {who}:"

    def subject(self) -> str:
        if self.rejected:
            return "Thank you for the opportunity"
        role = self.interview.role
        return f"Thank you: {role} interview" if role else "Thank you for the interview"

    def salutation(self, person: Interviewer | None) -> str:
        """"Dear Dr. Chen," with a given honorific; "Dear Jane Doe," without (a gender is never guessed);
        "Hi Jane," where the company is relaxed."""
        if person is None:
            return "Dear [name of the person you met],"
        if self.creative:
            return f"Hi {first_name(person.name)},"
        if person.honorific:
            return f"Dear {person.honorific} {surname(person.name)},"
        return f"Dear {person.name},"

    def _text(self, person: Interviewer | None) -> str:
        """The draft from greeting to signature, as it goes into an e-mail."""
        closing = "Best regards," if self.creative else "Sincerely,"
        return "\n".join([self.salutation(person), "", *self._body(), "", closing, self.signature])

    def _draft(self, person: Interviewer | None) -> list[str]:
        body = self._text(person).split("\n")
        if self.medium == "letter":
            return ["", *self._letterhead(person), "", *body]
        email = person.email if person else None
        link = mailto(email, self.subject(), "\n".join(body))
        return [f"Subject: {self.subject()}",
                f"Open as an e-mail{'' if email else ' (add their address)'}: {link}", "", *body]

    def _letterhead(self, person: Interviewer | None) -> list[str]:
        dated = f"{self.sent_on:%B} {self.sent_on.day}, {self.sent_on.year}" if self.sent_on else "[today's date]"
        recipient = [person.full_name, *([person.title] if person.title else [])] if person else ["[name]", "[title]"]
        company = [self.interview.company] if self.interview.company else []
        address = self.interview.address.split("\n") if self.interview.address else ["[street]",
                                                                                      "[city and postcode]"]
        if company and address[0].casefold() == company[0].casefold():
            company = []  # the Address: line starts with the company's name already
        return [dated, "", *recipient, *company, *address]

    def _body(self) -> list[str]:
        interview = self.interview
        start = interview.event.start
        day = _day(start.date() if isinstance(start, datetime) else start)
        what = _what(interview)
        company = interview.company or "your team"
        if self.rejected:
            return [
                f"Thank you for the chance to interview for {what}, and for the time you gave me on {day}. "
                "I enjoyed learning about [a topic you discussed].",
                "",
                f"I was sorry to hear the news, but I remain keen on {company}. Should a role that suits my "
                "background open up, I would be glad to be considered again.",
            ]
        verb = ("speaking with me" if self.phone else "meeting with me") + (" again" if self.again else "")
        if self.creative:
            opening = (f"Thanks for {verb} on {day} about {what}. I really enjoyed our conversation, "
                       "especially [a topic you discussed].")
            closing = (f"I'm excited about the chance to join {company}, and happy to share anything else "
                       "that would help. Looking forward to hearing from you.")
        else:
            opening = (f"Thank you for {verb} on {day} about {what}. I enjoyed our conversation, particularly "
                       "[a topic you discussed], and I appreciate the time you gave me.")
            closing = (f"I am very interested in joining {company} and glad to provide anything else that would "
                       "help. I look forward to hearing from you.")
        return [
            opening,
            "",
            "[Optional: in one sentence, why your experience suits the role.]",
            "[Optional: a skill or result you did not get to mention.]",
            "[Optional: a better answer to a question you would like to revisit.]",
            "",
            closing,
        ]


def mailto(address: str | None, subject: str, body: str) -> str:
    """A ``mailto:`` link (RFC 6068) that opens a filled-in draft: every reserved character percent-encoded,
    line breaks as CRLF. A body that would make the link too long for mail programs is left out."""
    to = quote(address or "", safe="@")
    link = f"mailto:{to}?subject={quote(subject, safe='')}"
    full = f"{link}&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"
    return full if len(full) <= MAILTO_LIMIT else link


def call_summary(interview: Interview) -> str:
    return f"Follow-up call: {interview.label}"


def call_description(interview: Interview, when: date, days_after: int, *, near: bool = False,
                     their_time: str | None = None) -> str:
    """Whom to call and what to say. ``near``: the decision is days away, so this call comes before it;
    ``their_time`` says what the slot is for an interviewer in another zone."""
    if interview.decision and near:
        reason = (f"They expect to decide by {_day(interview.decision)}: a short call now, before they "
                  "decide, keeps you in mind while it counts.")
    elif interview.decision:
        reason = f"They said they would decide by {_day(interview.decision)} and you have not heard back."
    else:
        reason = f"It has been about {days_after} days since the interview and you have not heard back."
    reach = [f"- {_contact(p)}" for p in interview.interviewers if p.phone or p.email]
    return _fit(
        [
            f"Call about {_what(interview)} (interview on {_day(when)}). {reason}",
            *([their_time] if their_time else []),
            "",
            "Whom to call:",
            *(reach or ["- the recruiter or hiring manager (no phone or e-mail recorded)"]),
            "",
            "Talking points:",
            "- Say who you are, the position, and when you interviewed.",
            "- Say you are still very interested, and in a sentence why.",
            "- Ask politely whether a decision has been made, or when one is expected.",
            "- Offer anything that helps: references, work samples.",
            "- Thank them. Be polite and show interest, not pushy.",
            "",
            "Heard back already? Add 'Status: offer', 'Status: rejected' or 'Status: heard back' to the "
            "interview event and this call is removed.",
        ]
    )


def _settled(interview: Interview) -> bool:
    """A no (theirs or the user's): nothing left to wait for from this employer."""
    return interview.outcome in (Outcome.REJECTED, Outcome.WITHDRAWN)


def keep_searching_summary(interview: Interview) -> str:
    if _settled(interview):
        return f"Keep searching: {interview.label}"
    return f"Keep searching while you wait: {interview.label}"


def keep_searching_description(interview: Interview) -> str:
    """Waiting for an answer is no reason to pause; after a no, the search simply goes on."""
    if _settled(interview):
        opening = (f"{interview.label} is settled; put the energy into the next opportunities. "
                   "Every interview was practice for the one that works out.")
    else:
        opening = f"Don't give up or put your search on hold while you wait to hear from {interview.label}."
    return "\n".join(
        [
            opening,
            "- Send at least one new application today.",
            "- Keep your other interviews and applications moving.",
            "- Follow up on applications that have gone quiet.",
        ]
    )


def before_summary(interview: Interview) -> str:
    return f"Before the interview (ask about next steps): {interview.label}"


def before_description(interview: Interview) -> str:
    """What to find out while there: the follow-up needs a date to aim at and names to write to."""
    asks = []
    if interview.decision is None:
        asks.append("- When do they expect to decide? Ask who will let you know, and by when.")
    asks += [
        "- Ask each interviewer for a business card: name, title, e-mail, phone and the postal address.",
        "- Did not get one? The receptionist or the recruiter can give you names and titles on the way out.",
    ]
    return "\n".join(
        [
            f"Next: the interview with {interview.label}. Two things to come away with besides a good impression:",
            *asks,
            "",
            "Afterwards add them to the interview event, e.g. 'Decision: Friday' and one "
            "'Interviewer: <name>, <title>, <e-mail>, <phone>' line per person; the thank-you and the call "
            "are then addressed and timed right.",
        ]
    )
