"""The words of the thank-you and details tasks: greetings, channels, mailto links, letterheads, limits."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from followup_sync import drafts, ics
from followup_sync.details import read_interview
from followup_sync.company import resolve
from followup_sync.google.backend import open_google
from followup_sync.config import load_config
from followup_sync.model import Attendee, Interview, Interviewer, Outcome, SourceEvent, Style, TaskKind
from followup_sync.planner import plan
from followup_sync.rules import Identity, PlanRules
from followup_sync.service import run_pass, written
from tests.fake_google import MAX_DESCRIPTION, FakeGoogle
from tests.icslint import lint
from tests.test_google import FAST, google_config

NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
ME = Identity(emails=("alex@example.com",), name="Alex Candidate")
CHEN = Interviewer("Wei Chen", "Head of Research", "chen@acme.example", honorific="Dr.")
JANE = Interviewer("Jane Doe", "Engineering Manager", "jane@acme.example", "+1 555 0100")


def event(summary: str = "Interview - Acme", start: datetime | None = None, minutes: int = 60,
          **extra: object) -> SourceEvent:
    start = start or datetime(2026, 11, 30, 10, tzinfo=NY)
    return SourceEvent("acme-1", "acme-1@example.com", summary, start, start + timedelta(minutes=minutes),
                       **extra)  # type: ignore[arg-type]


def interview(*people: Interviewer, summary: str = "Interview - Acme", **details: object) -> Interview:
    details.setdefault("company", "Acme Corp")
    details.setdefault("role", "Backend Engineer")
    source = details.pop("event", None) or event(summary)
    return Interview(event=source, interviewers=people, **details)  # type: ignore[arg-type]


def thank_you(item: Interview, default: Style | None = None, urgent: bool = False, **kw: object) -> str:
    sent_on = kw.pop("sent_on", date(2026, 12, 1))
    return drafts.thank_you_description(item, default, sent_on, urgent, "Alex Candidate", **kw)  # type: ignore[arg-type]


def greetings(text: str) -> list[str]:
    return re.findall(r"^(?:Dear|Hi) .*,$", text, re.MULTILINE)


def links(text: str) -> list[str]:
    return re.findall(r"mailto:\S+", text)


# ------------------------------------------------------------------------------------- greetings


def test_a_given_honorific_opens_with_it_and_the_surname() -> None:
    assert greetings(thank_you(interview(CHEN))) == ["Dear Dr. Chen,"]


def test_without_an_honorific_the_full_name_and_no_guessed_gender() -> None:
    text = thank_you(interview(JANE))
    assert greetings(text) == ["Dear Jane Doe,"]
    assert "Ms." not in text and "Mrs." not in text


@pytest.mark.parametrize(
    ("person", "greeting"),
    [
        (Interviewer("Jan van der Berg", honorific="Prof."), "Dear Prof. van der Berg,"),
        (Interviewer("Martin Luther King Jr.", honorific="Dr."), "Dear Dr. King,"),
        (Interviewer("Anna Weber", honorific="Prof. Dr."), "Dear Prof. Dr. Weber,"),
        (Interviewer("Sam Lee", honorific="Mx."), "Dear Mx. Lee,"),
    ],
)
def test_surnames_keep_their_particles_and_drop_suffixes(person: Interviewer, greeting: str) -> None:
    assert greetings(thank_you(interview(person))) == [greeting]


def test_several_interviewers_get_a_draft_each() -> None:
    raj = Interviewer("Raj Patel", "Staff Engineer", "raj@acme.example")
    text = thank_you(interview(CHEN, JANE, raj))
    assert greetings(text) == ["Dear Dr. Chen,", "Dear Jane Doe,", "Dear Raj Patel,"]
    assert "Letter 1 of 3 to Dr. Wei Chen" in text and "Letter 3 of 3 to Raj Patel" in text
    assert " and " not in "".join(greetings(text))


def test_team_mailboxes_are_contacts_and_never_greeted() -> None:
    attendees = (
        Attendee("alex@example.com", "Alex", is_self=True),
        Attendee("recruiting@acme.example", "Acme Recruiting"),
        Attendee("no-reply@us.greenhouse-mail.io", "Greenhouse"),
        Attendee("scheduling@goodtime.io"),
        Attendee("jane.doe@acme.example", "Jane Doe"),
    )
    source = event(attendees=attendees, organizer="talent@acme.example")
    item = read_interview(source, PlanRules(), ME, NY)
    text = thank_you(item)
    assert greetings(text) == ["Dear Jane Doe,"]
    assert {c.email for c in item.contacts} == {"recruiting@acme.example", "no-reply@us.greenhouse-mail.io",
                                                "scheduling@goodtime.io", "talent@acme.example"}
    contacts = text.split("Contacts, not interviewers")[1]
    assert "recruiting@acme.example" in contacts and "Dear Acme" not in text


def test_a_relaxed_company_gets_first_names() -> None:
    text = thank_you(interview(CHEN, JANE, style=Style.CREATIVE))
    assert greetings(text) == ["Hi Wei,", "Hi Jane,"]
    assert "Sincerely" not in text


def test_no_interviewer_recorded_leaves_a_slot_for_the_name() -> None:
    assert greetings(thank_you(interview())) == ["Dear [name of the person you met],"]


# ----------------------------------------------------------------------------------- e-mail drafts


def test_mailto_link_decodes_back_to_the_subject_and_the_draft() -> None:
    raj = Interviewer("Raj Patel", "Staff Engineer", "raj+jobs@acme.example")
    text = thank_you(interview(CHEN, raj, style=Style.CREATIVE))
    subjects = re.findall(r"^Subject: (.*)$", text, re.MULTILINE)
    assert subjects == ["Thank you: Backend Engineer interview"] * 2
    found = links(text)
    assert len(found) == 2
    for link, person in zip(found, (CHEN, raj)):
        parts = urlsplit(link)
        assert parts.scheme == "mailto" and unquote(parts.path) == person.email
        assert not re.search(r"[ \n<>\"]", link)  # every reserved character is encoded
        query = parse_qs(parts.query, keep_blank_values=True)
        assert query["subject"] == [subjects[0]]
        body = query["body"][0]
        assert "\r\n" in body and "\n" not in body.replace("\r\n", "")  # RFC 6068 line breaks
        shown = text.split(link, 1)[1].split("\n\nE-mail", 1)[0].split("\n\nBefore you send it", 1)[0]
        assert body.replace("\r\n", "\n") == shown.strip("\n")
        assert body.startswith(f"Hi {person.name.split()[0]},") and body.endswith("Alex Candidate")


def test_an_interviewer_without_address_gets_a_link_to_fill_in() -> None:
    text = thank_you(interview(Interviewer("Kim Park", "CTO", phone="+1 555 0199"), style=Style.CREATIVE))
    assert "(add their address)" in text
    assert links(text)[0].startswith("mailto:?subject=")


def test_a_link_too_long_for_mail_programs_drops_the_body_not_the_subject() -> None:
    long_role = "Principal " + "Ü" * 190  # a hostile role, percent-encoded at 6 characters per letter
    text = thank_you(interview(JANE, role=long_role, style=Style.CREATIVE))
    link = links(text)[0]
    assert len(link) <= drafts.MAILTO_LIMIT
    assert "subject=" in link and "body=" not in link


# ------------------------------------------------------------------------------------- letters


def test_letter_has_the_date_and_the_inside_address_before_the_greeting() -> None:
    item = interview(CHEN, style=Style.TRADITIONAL, address="Acme Corp\n1 Main Street\nSpringfield, IL 62701")
    text = thank_you(item, sent_on=date(2026, 12, 1))
    block = text.split("Letter to Dr. Wei Chen, Head of Research (chen@acme.example):", 1)[1]
    head = block.split("Dear Dr. Chen,", 1)[0].strip().split("\n")
    assert head == ["December 1, 2026", "", "Dr. Wei Chen", "Head of Research", "Acme Corp", "1 Main Street",
                    "Springfield, IL 62701"]
    assert "mailto:" not in text and "good paper" in text
    assert "postal address is not recorded" not in text


def test_a_letter_planned_late_leaves_its_date_to_fill_in() -> None:
    text = thank_you(interview(CHEN, style=Style.TRADITIONAL, address="1 Main Street"), sent_on=None)
    assert "[today's date]" in text


def test_missing_address_is_asked_for_by_both_tasks() -> None:
    item = interview(CHEN, style=Style.TRADITIONAL)
    text = thank_you(item)
    assert "postal address is not recorded" in text and "'Address:'" in text
    assert "[street]" in text and "[city and postcode]" in text
    assert "the company's postal address, for the letter" in drafts.missing_details(item)
    assert "  Address: [street], [city and postcode]" in drafts.details_description(item)
    # an e-mail needs no postal address
    assert not any("postal" in m for m in drafts.missing_details(interview(CHEN, style=Style.CREATIVE)))


def test_the_details_task_exists_without_an_address_only_when_more_is_missing() -> None:
    start = datetime(2026, 11, 30, 10, tzinfo=NY)
    complete = interview(JANE, style=Style.TRADITIONAL, decision=date(2026, 12, 11))
    kinds = {t.kind for t in plan(complete, PlanRules(), start, NY, source="l")}
    assert TaskKind.DETAILS not in kinds
    unknown = interview(JANE, style=Style.TRADITIONAL)
    details = next(t for t in plan(unknown, PlanRules(), start, NY, source="l") if t.kind is TaskKind.DETAILS)
    assert "Decision: [" in details.description and "Address: [" in details.description


# --------------------------------------------------------------------------- time, rounds, outcome


def test_the_interview_is_given_in_its_own_zone_not_the_users() -> None:
    # Tue Dec 1 10:00 in Tokyo is Mon Nov 30 20:00 for a user in New York.
    source = event("Interview - Acme", start=datetime(2026, 12, 1, 10, tzinfo=TOKYO))
    item = interview(CHEN, event=source, style=Style.TRADITIONAL)
    task = next(t for t in plan(item, PlanRules(), datetime(2026, 11, 30, 8, tzinfo=NY), NY, source="l",
                                signature="Alex") if t.kind is TaskKind.THANK_YOU)
    assert "Interview: Tuesday, December 1, 10:00-11:00 JST (Asia/Tokyo)." in task.description
    assert "meeting with me on Tuesday, December 1 about" in task.description
    assert "November 30" not in task.description


def test_a_fixed_offset_start_is_shown_as_an_offset() -> None:
    from datetime import timezone
    source = event(start=datetime(2026, 12, 1, 10, tzinfo=timezone(timedelta(hours=5, minutes=30))))
    assert "10:00-11:00 UTC+05:30." in thank_you(interview(CHEN, event=source))


def test_an_all_day_interview_has_no_clock_time() -> None:
    source = SourceEvent("k", "u", "Onsite - Acme", date(2026, 12, 8), date(2026, 12, 10))
    assert "Interview: Tuesday, December 8 to Wednesday, December 9 (all day)." in thank_you(
        interview(CHEN, event=source))


def test_phone_screen_is_speaking_and_a_later_round_meeting_again() -> None:
    assert "Thank you for speaking with me on" in thank_you(interview(JANE, summary="Phone screen - Acme"))
    assert "Thank you for meeting with me again on" in thank_you(interview(JANE), later_round=True)
    assert "meeting with me again" in thank_you(interview(JANE, summary="Second round interview - Acme"))
    first = thank_you(interview(JANE, summary="Onsite interview - Acme"))
    assert "Thank you for meeting with me on" in first and "again" not in first


def test_every_draft_has_a_slot_for_a_topic_discussed() -> None:
    for style in (Style.TRADITIONAL, Style.CREATIVE):
        assert "[a topic you discussed]" in thank_you(interview(JANE, style=style))
    assert "[a topic you discussed]" in thank_you(interview(JANE, outcome=Outcome.REJECTED))


def test_a_rejection_gets_a_short_gracious_note() -> None:
    full = thank_you(interview(JANE, style=Style.TRADITIONAL, address="1 Main Street"))
    note = thank_you(interview(JANE, style=Style.TRADITIONAL, address="1 Main Street", outcome=Outcome.REJECTED))
    assert "considered again" in note and "chance to interview" in note
    assert "look forward to hearing" not in note and "[Optional" not in note
    assert len(note) < len(full)
    assert drafts.missing_details(interview(outcome=Outcome.REJECTED)) == []
    assert not drafts.details_needed(interview(outcome=Outcome.OFFER))


# ------------------------------------------------------------------------------------- channel


@pytest.mark.parametrize(
    ("details", "urgent", "medium", "phrase"),
    [
        ({}, False, "letter", "when in doubt"),
        ({"style": Style.CREATIVE}, False, "e-mail", "relaxed or creative"),
        ({"style": Style.TRADITIONAL}, False, "letter", "posted"),
        ({"channel": "e-mail", "style": Style.TRADITIONAL}, False, "e-mail", "Channel line"),
        ({"channel": "letter", "style": Style.CREATIVE}, False, "letter", "Channel line"),
        ({"channel": "fax"}, False, "letter", "by fax"),
        ({"event": event(conference="Zoom")}, False, "e-mail", "you met online"),
        ({"event": event(location="https://meet.google.com/abc-defg-hij")}, False, "e-mail", "you met online"),
        ({"event": event(conference="Zoom"), "style": Style.TRADITIONAL}, False, "letter", "traditional"),
        ({}, True, "e-mail", "too soon for a posted letter"),
        ({"style": Style.TRADITIONAL}, True, "letter", "by hand or faxed today"),
        ({"style": Style.CREATIVE}, True, "e-mail", "Send it today"),
    ],
)
def test_channel(details: dict[str, object], urgent: bool, medium: str, phrase: str) -> None:
    item = interview(JANE, **details)
    assert drafts.thank_you_summary(item, None, urgent) == f"Send thank-you {medium}: Acme Corp"
    text = thank_you(item, urgent=urgent)
    assert phrase in text
    assert ("mailto:" in text) == (medium == "e-mail")


def test_default_style_from_the_rules_applies_when_the_event_has_none() -> None:
    assert drafts.channel(interview(JANE), Style.CREATIVE) == "e-mail"
    assert drafts.channel(interview(JANE, style=Style.TRADITIONAL), Style.CREATIVE) == "letter"


# ------------------------------------------------------------------------------------- details


def test_details_task_asks_only_for_what_is_missing_prefilled() -> None:
    raj = Interviewer("Raj Patel", email="raj@acme.example")
    item = interview(JANE, raj, decision=date(2026, 12, 11), style=Style.CREATIVE)
    text = drafts.details_description(item)
    assert "  Interviewer: Raj Patel, [title], raj@acme.example" in text
    assert "Jane Doe" not in text  # complete already
    assert "Decision:" not in text and "Address:" not in text
    assert drafts.missing_details(item) == ["title of Raj Patel"]


def test_details_after_hearing_back_do_not_ask_for_the_decision() -> None:
    item = interview(Interviewer("Raj Patel"), outcome=Outcome.HEARD_BACK, style=Style.CREATIVE)
    assert drafts.missing_details(item) == ["title and e-mail or phone of Raj Patel"]
    assert "Decision:" not in drafts.details_description(item)


# ----------------------------------------------------------------------------- own words, limits

#: Phrases of the advice the product encodes, and of earlier drafts that copied it.
ADVICE_PHRASES = (
    "within a day or two of the interview",
    "one letter per interviewer",
    "thanks is the main point",
    "thank-you letter is addressed correctly",
    "free of errors",
    "restate in a sentence why you are a strong fit",
)


def test_no_draft_copies_the_advice_verbatim() -> None:
    texts = [thank_you(interview(CHEN, JANE, **kw), urgent=urgent)
             for kw in ({}, {"style": Style.CREATIVE}, {"style": Style.TRADITIONAL}, {"outcome": Outcome.REJECTED})
             for urgent in (False, True)]
    texts.append(drafts.details_description(interview(Interviewer("Raj Patel"))))
    for text in texts:
        for phrase in ADVICE_PHRASES:
            assert phrase not in text.lower()


def crowd(n: int) -> tuple[Interviewer, ...]:
    """A panel with names, titles and addresses as long as the event text allows."""
    return tuple(Interviewer(f"Person{i} " + "Ü<&>" * 17, "T&" * 40, f"{'p' * 50}{i}@{'c' * 40}.example", "+1 555 0100",
                             honorific="Dr.") for i in range(n))


@pytest.mark.parametrize("style", [Style.TRADITIONAL, Style.CREATIVE])
def test_a_crowded_panel_still_fits_the_description_limit(style: Style) -> None:
    item = interview(*crowd(60), style=style, address="\n".join(["Ä" * 100] * 8), company="C" * 80,
                     role="R" * 200, contacts=crowd(20))
    text = thank_you(item)
    assert drafts.stored_size(text) <= drafts.DESCRIPTION_LIMIT < MAX_DESCRIPTION
    assert text.count("Dear Dr. ") + text.count("Hi Person") >= 2  # full drafts for the first ones
    assert re.search(r"- and \d+ more on the invitation", text)  # and the rest are not silently lost
    details = drafts.details_description(interview(*(Interviewer(f"Person {i} " + "x" * 70) for i in range(200))))
    assert drafts.stored_size(details) <= drafts.DESCRIPTION_LIMIT


def test_drafts_export_to_ics_that_lints_and_reads_back() -> None:
    start = datetime(2026, 11, 30, 10, tzinfo=NY)
    items = [interview(CHEN, JANE, style=Style.CREATIVE), interview(*crowd(30), style=Style.TRADITIONAL),
             interview(JANE, outcome=Outcome.REJECTED, event=event("Phone screen - Acme", start=start))]
    tasks = []
    for n, item in enumerate(items):
        source = item.event
        item = Interview(**{**item.__dict__, "event": SourceEvent(f"k{n}", f"u{n}", source.summary, source.start,
                                                                    source.end, conference=source.conference)})
        tasks += plan(item, PlanRules(), start, NY, source="l", signature="Alex")
    gens = [written(t, None, start) for t in tasks]
    for fmt in ("vevent", "vtodo"):
        data = ics.calendar_bytes(gens, fmt)
        assert lint(data) == []
        parsed = {str(c["UID"]): str(c["DESCRIPTION"]) for c in icalendar.Calendar.from_ical(data).walk()
                  if c.name in ("VEVENT", "VTODO")}
        assert parsed == {f"{t.id}@followup-sync": t.description for t in tasks}


def test_a_crowded_panel_is_written_to_google(tmp_path: Path) -> None:
    """The real client against the fake, which refuses descriptions over Google's limit like Google does."""
    lines = [f"Interviewer: Dr. Person{i} {'Ü&' * 15}, {'Title ' * 6}, p{i}{'x' * 30}@acme.example" for i in range(50)]
    description = "Company: Acme Corp\nRole: Backend Engineer\nStyle: creative\nDecision: 12/11\n" + "\n".join(lines)
    assert len(description) <= MAX_DESCRIPTION
    with FakeGoogle(owner="alex@example.com", time_zone="America/New_York") as fake:
        config = google_config(fake, tmp_path)
        fake.user_insert("primary", {
            "summary": "Interview - Acme Corp", "description": description,
            "start": {"dateTime": "2026-11-30T10:00:00-05:00", "timeZone": "America/New_York"},
            "end": {"dateTime": "2026-11-30T11:00:00-05:00", "timeZone": "America/New_York"}})
        loaded = load_config(config, {"HOME": str(tmp_path)})
        report = run_pass(loaded, open_google(loaded, FAST), datetime(2026, 11, 30, 12, tzinfo=NY))
        assert not report.failed
        stored = {e["summary"]: e["description"] for e in fake.events("primary")
                  if (e.get("extendedProperties") or {}).get("private", {}).get("followupSync") == "1"}
        letter = stored["Send thank-you e-mail: Acme Corp"]
        assert len(letter) <= MAX_DESCRIPTION and letter.count("mailto:") >= 2
        assert "more on the invitation" in letter or all(f"Person{i} " in letter for i in range(50))
        # and the fake does refuse what Google refuses
        with pytest.raises(Exception, match="exceeds the allowed size limit"):
            fake.user_insert("primary", {"summary": "x", "description": "x" * (MAX_DESCRIPTION + 1),
                                         "start": {"date": "2026-12-01"}, "end": {"date": "2026-12-02"}})


# Without ":" so a name cannot read like a link itself ("mailto:"); the links are what is checked.
names = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters=":"),
                min_size=1, max_size=80)


@settings(max_examples=150, deadline=None)
@given(people=st.lists(st.builds(Interviewer, name=names, title=st.one_of(st.none(), names),
                                 email=st.one_of(st.none(), st.emails()),
                                 honorific=st.sampled_from([None, "Dr.", "Prof.", "Ms."])), max_size=30),
       style=st.sampled_from([None, Style.CREATIVE, Style.TRADITIONAL]), urgent=st.booleans(),
       outcome=st.sampled_from([None, Outcome.REJECTED]), role=st.one_of(st.none(), names))
def test_any_panel_gives_a_bounded_description_with_working_links(
        people: list[Interviewer], style: Style | None, urgent: bool, outcome: Outcome | None, role: str | None) -> None:
    item = interview(*people, style=style, outcome=outcome, role=role)
    text = thank_you(item, urgent=urgent)
    assert drafts.stored_size(text) <= drafts.DESCRIPTION_LIMIT
    for link in links(text):
        assert len(link) <= drafts.MAILTO_LIMIT
        query = parse_qs(urlsplit(link).query, keep_blank_values=True)
        assert query["subject"][0].startswith("Thank you")


def test_a_creative_default_style_from_the_rules_also_means_first_names() -> None:
    assert greetings(thank_you(interview(CHEN), default=Style.CREATIVE)) == ["Hi Wei,"]
    assert greetings(thank_you(interview(CHEN, outcome=Outcome.REJECTED, style=Style.CREATIVE))) == ["Hi Wei,"]


# ------------------------------------------------------------------------------- both backends

TOKYO_ROUND = (
    "Company: Acme Corp\nRole: Backend Engineer\n"
    "Interviewer: Dr. Wei Chen, Head of Research, chen@acme.example\n"
    "Interviewer: Jane Doe, Engineering Manager, jane@acme.example\n"
    "Decision: in 2 weeks\nStyle: traditional\nAddress: Acme K.K. / 1-2-3 Shibuya / Tokyo 150-0002"
)


def check_tokyo_letter(description: str) -> None:
    """A later round held at 10:00 in Tokyo (20:00 the evening before for the New York user)."""
    assert "Interview: Tuesday, December 1, 10:00-11:00 JST (Asia/Tokyo)." in description
    assert greetings(description) == ["Dear Dr. Chen,", "Dear Jane Doe,"]
    assert "Thank you for meeting with me again on Tuesday, December 1 about the Backend Engineer position" \
        in description
    letterhead = ["December 1, 2026", "", "Dr. Wei Chen", "Head of Research", "Acme Corp", "Acme K.K.",
                  "1-2-3 Shibuya", "Tokyo 150-0002", "", "Dear Dr. Chen,"]
    assert "\n".join(letterhead) in description
    assert "November 30" not in description and "- Print it on good paper and sign it by hand." in description


def test_tokyo_letter_from_a_local_calendar(workspace) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import vevent
    workspace.add("acme", vevent("acme-tokyo@example.com", "Second round interview - Acme Corp", "20261201T100000",
                                 "20261201T110000", TOKYO_ROUND, tzid="Asia/Tokyo"))
    code, _, err = workspace.cli("sync")
    assert code == 0, err
    found = [icalendar.Calendar.from_ical(text).walk("VEVENT")[0] for text in workspace.generated().values()]
    letter = next(e for e in found if str(e["SUMMARY"]) == "Send thank-you letter: Acme Corp")
    check_tokyo_letter(str(letter["DESCRIPTION"]))


def test_tokyo_letter_in_google(tmp_path: Path) -> None:
    import html
    with FakeGoogle(owner="alex@example.com", time_zone="America/New_York") as fake:
        config = google_config(fake, tmp_path)
        fake.user_insert("primary", {
            "summary": "Second round interview - Acme Corp", "description": TOKYO_ROUND,
            "start": {"dateTime": "2026-12-01T10:00:00+09:00", "timeZone": "Asia/Tokyo"},
            "end": {"dateTime": "2026-12-01T11:00:00+09:00", "timeZone": "Asia/Tokyo"}})
        loaded = load_config(config, {"HOME": str(tmp_path)})
        report = run_pass(loaded, open_google(loaded, FAST), datetime(2026, 12, 1, 8, tzinfo=NY))
        assert not report.failed
        stored = {e["summary"]: e["description"] for e in fake.events("primary")
                  if (e.get("extendedProperties") or {}).get("private", {}).get("followupSync") == "1"}
        check_tokyo_letter(html.unescape(stored["Send thank-you letter: Acme Corp"]))


def test_a_signature_with_a_lone_surrogate_does_not_break_the_budget() -> None:
    text = drafts.thank_you_description(interview(JANE, style=Style.CREATIVE), None, None, False, "Alex \ud800")
    assert drafts.stored_size(text) <= drafts.DESCRIPTION_LIMIT and "\ud800" not in text
    assert greetings(text) == ["Hi Jane,"] and "\nAlex\n" in text


def test_long_lists_are_shortened_in_the_middle_keeping_the_advice() -> None:
    panel = tuple(Interviewer(f"Person {i} " + "&" * 60, "Title", f"p{i}@acme.example") for i in range(200))
    call = drafts.call_description(interview(*panel), date(2026, 11, 30), 7)
    assert drafts.stored_size(call) <= drafts.DESCRIPTION_LIMIT
    assert call.startswith("Call about") and "Person 0 " in call and "not pushy" in call
    assert "[... shortened to fit the calendar ...]" in call and "Person 100 " not in call
    details = drafts.details_description(interview(*(Interviewer(f"P{i} " + "x" * 70) for i in range(300))))
    assert drafts.stored_size(details) <= drafts.DESCRIPTION_LIMIT
    assert details.startswith("While the interview is fresh") and details.rstrip().endswith("employer's decision.")


def test_once_they_have_answered_a_near_decision_no_longer_hurries_the_letter() -> None:
    item = interview(JANE, outcome=Outcome.REJECTED, decision=date(2026, 12, 2))
    assert drafts.channel(item, None, urgent=True) == "letter"
    assert "today" not in thank_you(item, urgent=True).split("\n\n")[0]


def test_an_unknown_employer_is_asked_for_by_the_details_task() -> None:
    """Issue 8: when nothing says which company it is, the drafts stay neutral and the details task asks."""
    known = Interview(SourceEvent("k", "u", "Interview", datetime(2026, 12, 1, 10, tzinfo=NY),
                                  datetime(2026, 12, 1, 11, tzinfo=NY)), company="Acme",
                      decision=date(2026, 12, 11), interviewers=(Interviewer("Jane Doe", "CTO", "jane@acme.example"),))
    unknown = replace(known, company=None)
    assert not drafts.details_needed(known)
    assert drafts.details_needed(unknown)
    text = drafts.details_description(unknown)
    assert "  Company: [the employer's name" in text and "the employer's name" in text.split("Still missing:")[1]
    assert "Company:" not in drafts.details_description(replace(known, decision=None))


def test_a_guessed_employer_is_checked_by_the_details_task_and_before_the_letter() -> None:
    """Issue 8: a name read only from the place, an agency or a bare domain is right far less often than one the
    interviewers' domain confirms: the details task asks the user to check it, prefilled, and the thank-you says so.
    Keeping the prefilled line makes it the event's own Company: line, which ends the asking."""
    confirmed = Interview(SourceEvent("k", "u", "Interview", datetime(2026, 12, 1, 10, tzinfo=NY),
                                      datetime(2026, 12, 1, 11, tzinfo=NY)), company="Acme",
                          company_source="text confirmed by attendee domain", decision=date(2026, 12, 11),
                          interviewers=(Interviewer("Jane Doe", "CTO", "jane@acme.example"),))
    guessed = replace(confirmed, company="Croydon", company_source="location")
    assert not drafts.details_needed(confirmed) and drafts.details_needed(guessed)
    text = drafts.details_description(guessed)
    line = next(l for l in text.splitlines() if l.strip().startswith("Company:"))
    assert "Croydon" in line and "a guess from the location" in line
    assert "Check the employer's name: 'Croydon'" in thank_you(guessed)
    assert "Check the employer's name" not in thank_you(confirmed)
    kept = SourceEvent("k", "u", "Interview", confirmed.event.start, confirmed.event.end, description=line)
    found = resolve(kept, frozenset())
    assert found is not None and (found.name, found.source) == ("Croydon", "company line")
