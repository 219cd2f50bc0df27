"""Reading company, role, interviewers, decision, style and outcome from an interview event."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup_sync.details import last_day, read_interview
from followup_sync.model import Attendee, Outcome, SourceEvent, Style
from followup_sync.rules import DetectionRules, Identity, PlanRules

NY = ZoneInfo("America/New_York")
ME = Identity(emails=("alex@example.com",))


def read(summary: str, description: str = "", attendees: tuple[Attendee, ...] = (), zone: ZoneInfo = NY):
    start = datetime(2026, 11, 30, 10, tzinfo=NY)
    event = SourceEvent("k", "u", summary, start, start.replace(hour=11), description=description, attendees=attendees)
    return read_interview(event, DetectionRules(), PlanRules(), ME, zone)


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
