"""The words of the generated tasks: summaries the user scans and descriptions that do the work.

Each description is a ready-to-use aid that carries the advice: the thank-you task holds a draft
letter and the channel to use; the call task says whom to call and what to say. Text taken from
events is cleaned to single lines before it is placed here.
"""

from __future__ import annotations

from datetime import date

from followup_sync.model import Interview, Interviewer, Outcome, Style


def _day(value: date) -> str:
    return f"{value:%A, %B} {value.day}"


def _contact(person: Interviewer) -> str:
    title = f", {person.title}" if person.title else ""
    ways = ", ".join(w for w in (person.email, person.phone) if w)
    return f"{person.name}{title}" + (f" ({ways})" if ways else "")


def _people(interview: Interview) -> list[str]:
    return [f"- {_contact(p)}" for p in interview.interviewers] or ["- (no interviewer recorded)"]


def _what(interview: Interview) -> str:
    role = f"the {interview.role} position" if interview.role else "the position"
    return f"{role} at {interview.company}" if interview.company else role


def details_summary(interview: Interview) -> str:
    return f"Record interview details: {interview.label}"


def details_description(interview: Interview) -> str:
    missing = missing_details(interview)
    return "\n".join(
        [
            "While the interview is fresh, write down what the follow-up needs. Add these lines to the "
            "interview event's description:",
            "  Decision: <when they will decide, e.g. Friday, 12/11, in 2 weeks>",
            "  Interviewer: <name>, <title>, <e-mail>, <phone>   (one line per interviewer)",
            "",
            "Still missing:",
            *[f"- {item}" for item in missing],
            "",
            "With them, the thank-you letter is addressed correctly and the follow-up call is timed to "
            "the employer's decision.",
        ]
    )


def missing_details(interview: Interview) -> list[str]:
    """What the advice asks the candidate to learn during the interview that the event lacks."""
    missing = []
    if interview.decision is None:
        missing.append("the employer's decision time frame")
    if not interview.interviewers:
        missing.append("each interviewer's name, title and contact")
    for person in interview.interviewers:
        gaps = [w for w, have in (("title", person.title), ("e-mail or phone", person.email or person.phone)) if not have]
        if gaps:
            missing.append(f"{' and '.join(gaps)} of {person.name}")
    return missing


def channel(interview: Interview, default: Style | None) -> str:
    """E-mail for a relaxed or creative company, a letter on good paper otherwise (and when in doubt)."""
    style = interview.style or default
    return "e-mail" if style is Style.CREATIVE else "letter"


def thank_you_summary(interview: Interview, default: Style | None) -> str:
    return f"Send thank-you {channel(interview, default)}: {interview.label}"


def thank_you_description(
    interview: Interview, default: Style | None, when: date, urgent: bool, signature: str | None
) -> str:
    medium = channel(interview, default)
    if medium == "e-mail":
        how = "By e-mail: the company comes across as relaxed or creative, so a prompt e-mail fits."
    elif (interview.style or default) is Style.TRADITIONAL:
        how = "By mailed letter on good paper (fax if time is short): the company comes across as traditional."
    else:
        how = ("By mailed letter on good paper: the company's style is not recorded, and when in doubt, "
               "the letter. (Add 'Style: creative' to the interview event to switch to e-mail.)")
    timing = ("Send it today: the decision is only days away." if urgent
              else "Send it within a day or two of the interview.")
    names = " and ".join(p.name for p in interview.interviewers) or "[interviewer's name]"
    draft = [
        f"Dear {names},",
        "",
        f"Thank you for meeting with me on {_day(when)} to discuss {_what(interview)}. "
        "I enjoyed our conversation and appreciate the time you took.",
        "",
        "[Optional: restate in a sentence why you are a strong fit.]",
        "[Optional: add a skill or experience you forgot to mention.]",
        "[Optional: clarify an answer you would like to improve.]",
        "",
        "Thank you again for your time and consideration. I look forward to hearing from you.",
        "",
        "Sincerely,",
        signature or "[Your name]",
    ]
    return "\n".join(
        [
            timing,
            how,
            "",
            "To:",
            *_people(interview),
            "",
            "Draft:",
            *draft,
            "",
            "Before you send it:",
            "- Thanks is the main point; keep it short.",
            "- Free of errors: check spelling and grammar, and spell each name, title and address exactly right.",
            "- One letter per interviewer if you met several.",
        ]
    )


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
    return "\n".join(
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
