"""Reading company, role, interviewers, decision, style and outcome from an interview event."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup_sync.details import last_day, read_interview
from followup_sync.model import Attendee, Outcome, SourceEvent, Style
from followup_sync.rules import Identity, PlanRules

NY = ZoneInfo("America/New_York")
ME = Identity(emails=("alex@example.com",))


def read(summary: str, description: str = "", attendees: tuple[Attendee, ...] = (), zone: ZoneInfo = NY):
    start = datetime(2026, 11, 30, 10, tzinfo=NY)
    event = SourceEvent("k", "u", summary, start, start.replace(hour=11), description=description, attendees=attendees)
    return read_interview(event, PlanRules(), ME, zone)


def test_description_lines_win() -> None:
    interview = read(
        "Interview",
        "Agenda...\nCompany: Acme Corp\nrole: Backend Engineer\n"
        "Interviewer: Jane Doe, Engineering Manager, jane@acme.com, +1 555 0100\n"
        "INTERVIEWER: Raj Patel, Staff Engineer, raj@acme.com\n"
        "Decision: Friday\nStyle: traditional\nStatus: heard back\n",
    )
    assert interview.company == "Acme Corp"
    assert interview.role == "Backend Engineer"
    assert [p.name for p in interview.interviewers] == ["Jane Doe", "Raj Patel"]
    jane = interview.interviewers[0]
    assert (jane.title, jane.email, jane.phone) == ("Engineering Manager", "jane@acme.com", "+1 555 0100")
    assert jane.complete
    assert interview.decision == date(2026, 12, 4)  # the Friday on or after Mon Nov 30
    assert interview.style is Style.TRADITIONAL
    assert interview.outcome is Outcome.HEARD_BACK
    assert interview.problems == ()


@pytest.mark.parametrize(
    ("summary", "company"),
    [
        ("Interview with Acme", "Acme"),
        ("Interview at Globex Corporation", "Globex Corporation"),
        ("Phone screen - Acme Corp", "Acme Corp"),
        ("Hiring manager call — Hooli", "Hooli"),
        ("Final round - Initech (all day)", "Initech"),
        ("Onsite interview at Globex #interview", "Globex"),
        ("Stark Industries: panel interview", "Stark Industries"),
        ("Tech screen with Umbrella", "Umbrella"),
        ("Interview", None),
    ],
)
def test_company_from_summary(summary: str, company: str | None) -> None:
    assert read(summary).company == company


def test_company_and_interviewers_from_attendees() -> None:
    attendees = (
        Attendee("alex@example.com", "Alex"),
        Attendee("recruiting@careers.initech.co.uk", "Pat Recruiter"),
        Attendee("bill.lumbergh@initech.co.uk"),
        Attendee("room-4@resource.calendar.google.com", "Room 4", is_resource=True),
    )
    interview = read("Final round", attendees=attendees)
    assert interview.company == "Initech"
    # the recruiting mailbox is a way to reach the company, not a person to thank
    assert [p.name for p in interview.interviewers] == ["Bill Lumbergh"]
    assert [c.email for c in interview.contacts] == ["recruiting@careers.initech.co.uk"]
    assert all(p.title is None for p in interview.interviewers)


def test_free_mail_domains_are_not_companies() -> None:
    interview = read("Interview", attendees=(Attendee("someone@gmail.com", "Someone"),))
    assert interview.company is None


def test_html_descriptions_from_google_are_read() -> None:
    interview = read("Interview", "Company: Acme &amp; Sons<br>Decision: in 2 weeks<br/><b>Style:</b> creative")
    assert interview.company == "Acme & Sons"
    assert interview.decision == date(2026, 12, 14)


def test_unusable_values_become_problems_not_errors() -> None:
    interview = read("Interview", "Decision: when the stars align\nStyle: wild\nStatus: maybe")
    assert interview.decision is None
    assert interview.style is None and interview.outcome is None
    assert len(interview.problems) == 3
    assert any("decision" in p for p in interview.problems)


def test_hostile_text_is_reduced_to_single_safe_lines() -> None:
    interview = read("Interview", "Company: Evil\x00\rEND:VEVENT" + "x" * 10_000 + "\nInterviewer: Bob\x0b\x00, CEO")
    assert interview.company is not None and "\r" not in interview.company and "\x00" not in interview.company
    assert len(interview.company) <= 200
    assert interview.interviewers[0].name == "Bob"


def test_last_day_in_the_users_zone() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    start = datetime(2026, 11, 30, 20, tzinfo=NY)  # Tue 10:00 in Tokyo
    event = SourceEvent("k", "u", "Interview", start, start.replace(hour=21))
    assert last_day(event, NY) == date(2026, 11, 30)
    assert last_day(event, tokyo) == date(2026, 12, 1)
    all_day = SourceEvent("k", "u", "Interview", date(2026, 12, 8), date(2026, 12, 10))
    assert last_day(all_day, NY) == date(2026, 12, 9)


# ---------------------------------------------------------------------- people, honorifics, contacts


@pytest.mark.parametrize(
    ("line", "honorific", "name", "title"),
    [
        ("Dr. Wei Chen, Head of Research, chen@acme.com", "Dr.", "Wei Chen", "Head of Research"),
        ("Prof. Dr. Anna Weber, CTO", "Prof. Dr.", "Anna Weber", "CTO"),
        ("Wei Chen, PhD, Head of Research", "Dr.", "Wei Chen", "Head of Research"),
        ("Ms Priya Shah, Recruiter", "Ms.", "Priya Shah", "Recruiter"),
        ("mx. Sam Lee", "Mx.", "Sam Lee", None),
        ("Jane Doe, Engineering Manager", None, "Jane Doe", "Engineering Manager"),
        ("Drew Barrymore, Director", None, "Drew Barrymore", "Director"),  # "Dr" only as a whole word
    ],
)
def test_interviewer_lines_with_honorifics(line: str, honorific: str | None, name: str, title: str | None) -> None:
    person = read("Interview", f"Interviewer: {line}").interviewers[0]
    assert (person.honorific, person.name, person.title) == (honorific, name, title)


def test_attendee_display_names_keep_their_honorific() -> None:
    person = read("Interview", attendees=(Attendee("wchen@acme.com", "Dr. Wei Chen"),)).interviewers[0]
    assert (person.honorific, person.name, person.full_name) == ("Dr.", "Wei Chen", "Dr. Wei Chen")


@pytest.mark.parametrize(
    ("email", "name", "team"),
    [
        ("recruiting@acme.com", None, True),
        ("Careers@acme.com", None, True),
        ("jobs@acme.com", None, True),
        ("talent-acquisition@acme.com", None, True),
        ("hr@acme.com", None, True),
        ("no-reply@acme.com", None, True),
        ("noreply+abc@acme.com", None, True),
        ("do_not_reply@acme.com", None, True),
        ("calendar-bot@acme.com", None, True),
        ("scheduling@acme.com", None, True),
        ("interviews@acme.greenhouse.io", None, True),
        ("jane@hire.lever.co", None, True),
        ("someone@calendly.com", None, True),
        ("j.smith@acme.com", "Acme Recruiting Team", True),
        ("steve.jobs@apple.com", "Steve Jobs", False),  # a surname, not a mailbox
        ("jane.doe@acme.com", "Jane Doe", False),
        ("hrishikesh@acme.com", None, False),
    ],
)
def test_team_mailboxes(email: str, name: str | None, team: bool) -> None:
    interview = read("Interview", attendees=(Attendee(email, name),))
    assert bool(interview.contacts) is team
    assert bool(interview.interviewers) is not team


def test_interviewer_line_naming_only_a_mailbox_is_a_contact_but_a_named_recruiter_stays() -> None:
    interview = read("Interview", "Interviewer: recruiting@acme.com\nInterviewer: Jane Doe, Recruiter, "
                                  "recruiting@acme.com\nContact: Acme Talent, talent@acme.com")
    assert [p.name for p in interview.interviewers] == ["Jane Doe"]
    assert sorted(c.email for c in interview.contacts) == ["recruiting@acme.com", "talent@acme.com"]


def test_team_organizer_is_a_contact_even_when_not_a_guest() -> None:
    start = datetime(2026, 11, 30, 10, tzinfo=NY)
    event = SourceEvent("k", "u", "Interview", start, start.replace(hour=11), organizer="recruiting@globex.example",
                        attendees=(Attendee("hank@globex.example", "Hank Scorpio"),))
    interview = read_interview(event, PlanRules(), ME, NY)
    assert [p.name for p in interview.interviewers] == ["Hank Scorpio"]
    assert [c.email for c in interview.contacts] == ["recruiting@globex.example"]


# ------------------------------------------------------------------------ address, channel, zone


@pytest.mark.parametrize(
    ("description", "address"),
    [
        ("Address: Acme Corp\n   1 Main Street\n   Suite 400\n   Springfield, IL 62701\nDecision: Friday",
         "Acme Corp\n1 Main Street\nSuite 400\nSpringfield, IL 62701"),
        ("Address:\n\t1 Main Street\n\tSpringfield", "1 Main Street\nSpringfield"),
        ("Address: 1 Main Street, Suite 400, Springfield, IL 62701, USA",
         "1 Main Street\nSuite 400\nSpringfield, IL 62701\nUSA"),
        ("Address: Globex GmbH / Torstraße 1 / 10119 Berlin", "Globex GmbH\nTorstraße 1\n10119 Berlin"),
        ("Address: 100 King St W, Toronto, ON M5X 1A9", "100 King St W\nToronto, ON M5X 1A9"),
        ("Address: 1 Main Street\nnot part of it", "1 Main Street"),
        ("<b>Address:</b> Acme Corp<br>&nbsp;&nbsp;1 Main Street<br>Style: traditional", "Acme Corp\n1 Main Street"),
        ("Address:", None),
    ],
)
def test_address_lines(description: str, address: str | None) -> None:
    assert read("Interview", description).address == address


def test_address_is_bounded() -> None:
    interview = read("Interview", "Address: start\n" + "\n".join(" line " + "x" * 500 for _ in range(400)))
    assert interview.address is not None
    lines = interview.address.split("\n")
    assert len(lines) <= 8 and all(len(line) <= 100 for line in lines)


@pytest.mark.parametrize(
    ("text", "channel"),
    [("E-mail", "e-mail"), ("email", "e-mail"), ("post", "letter"), ("Letter", "letter"), ("by hand", "by hand"),
     ("fax", "fax")],
)
def test_channel_lines(text: str, channel: str) -> None:
    interview = read("Interview", f"Channel: {text}")
    assert interview.channel == channel and interview.problems == ()


@pytest.mark.parametrize(
    ("line", "zone"),
    [("Time zone: Asia/Tokyo", "Asia/Tokyo"), ("Timezone: JST", "Asia/Tokyo"), ("TZ: CET", "Europe/Berlin"),
     ("Time-zone: pacific time", "America/Los_Angeles"), ("Time zone: Tokyo", "Asia/Tokyo"),
     ("TZ: new york", "America/New_York"), ("TZ: UTC+9", "Etc/GMT-9"), ("TZ: GMT-5", "Etc/GMT+5"),
     ("Time zone: asia/kolkata", "Asia/Kolkata")],
)
def test_time_zone_lines(line: str, zone: str) -> None:
    interview = read("Interview", line)
    assert interview.interviewer_zone == zone and interview.problems == ()
    ZoneInfo(zone)  # a name zoneinfo knows


def test_unknown_channel_and_zone_are_problems_not_errors() -> None:
    interview = read("Interview", "Channel: carrier pigeon\nTime zone: Mars/Olympus")
    assert interview.channel is None and interview.interviewer_zone is None
    assert len(interview.problems) == 2
    assert "channel" in interview.problems[0] and "e-mail" in interview.problems[0]
    assert "time zone" in interview.problems[1]


def test_the_decision_is_read_from_prose_and_its_words_are_kept() -> None:
    interview = read("Onsite - Acme", "<p>Thanks for coming in!</p><p>We'll be making a final decision within two weeks.</p>")
    assert interview.decision == date(2026, 12, 14)
    assert interview.decision_text == "We'll be making a final decision within two weeks."
    assert interview.problems == ()


def test_the_title_can_carry_the_decision() -> None:
    interview = read("Acme final round (decision by Friday)")
    assert interview.decision == date(2026, 12, 4)


@pytest.mark.parametrize(("zone", "expected"), [
    ("America/New_York", date(2026, 12, 11)),  # 12/11: December 11 in the USA
    ("Europe/London", date(2027, 1, 12)),  # and 12 January in the UK (11 January... is 12/01)
    ("Asia/Tokyo", date(2026, 12, 11)),
])
def test_date_order_auto_reads_a_date_as_people_write_it_in_the_users_zone(zone: str, expected: date) -> None:
    text = "Decision: 12/11" if zone != "Europe/London" else "Decision: 12/01"
    assert read("Interview - Acme", text, zone=ZoneInfo(zone)).decision == expected
    configured = read_interview(SourceEvent("k", "u", "Interview - Acme", datetime(2026, 11, 30, 10, tzinfo=NY),
                                            datetime(2026, 11, 30, 11, tzinfo=NY), description="Decision: 12/11"),
                                PlanRules(date_order="dmy"), ME, ZoneInfo(zone))
    assert configured.decision is None and configured.problems  # 12 November had passed: a slip, said as a problem
