"""Interview detection over a table of realistic event titles."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from followup_sync.detect import contains_phrase, is_interview
from followup_sync.model import SourceEvent
from followup_sync.rules import DetectionRules

RULES = DetectionRules()
START = datetime(2026, 12, 1, 15, tzinfo=timezone.utc)


def event(summary: str, description: str = "", status: str = "confirmed") -> SourceEvent:
    return SourceEvent(key="k", uid="u", summary=summary, start=START, end=START, description=description, status=status)


INTERVIEWS = [
    "Interview with Acme Corp",
    "Phone screen - Acme Corp",
    "Phone-screen: Globex",
    "Tech screen with Umbrella",
    "Technical screen (Initech)",
    "HR screen Hooli",
    "Recruiter screen — Pied Piper",
    "Recruiter call with Stark Industries",
    "Onsite at Wayne Enterprises",
    "On-site loop, Cyberdyne",
    "Panel with the Globex data team",
    "Final round - Initech",
    "Case interview McKinsey",
    "Hiring manager chat: Hooli",
    "2nd interview – Soylent",
    "INTERVIEW: Tyrell Corp",
    "Interviews at Acme (3 rounds)",
    "Vorstellungsgespräch bei Siemens",
    "Zweites Bewerbungsgespräch SAP",
    "Entretien d'embauche chez Airbus",
    "Entrevista de trabajo - Telefónica",
    "Colloquio con Ferrero",
    "Sollicitatiegesprek Philips",
    "最終面接 トヨタ",
    "Coffee with Jane #interview",
]

NOT_INTERVIEWS = [
    "Mock interview with Sam (practice)",
    "Practice interview with career coach",
    "Interview prep",
    "Prep for Acme interview",
    "Preparing for the Globex onsite",
    "Interviewing workshop at the library",
    "Interview skills webinar",
    "Interviewing candidate for our team",
    "Interview candidate: John Smith",
    "Candidate interview - backend role (I'm on the panel) scorecard",
    "Interview debrief",
    "Submit interview feedback",
    "Scorecard for Jane's onsite",
    "Hiring committee",
    "Dentist",
    "Lunch with Pat",
    "Team standup",
    "Pianola practice",  # "panel"-like letters inside a word do not count
    "Panelling the kitchen",
    "Reinterviewing cats",  # a keyword inside a longer word does not count
    "Acme interview #nofollowup",
]


@pytest.mark.parametrize("summary", INTERVIEWS)
def test_interviews_are_detected(summary: str) -> None:
    assert is_interview(event(summary), RULES)


@pytest.mark.parametrize("summary", NOT_INTERVIEWS)
def test_non_interviews_are_not(summary: str) -> None:
    assert not is_interview(event(summary), RULES)


def test_tag_in_description_counts_and_opt_out_wins() -> None:
    assert is_interview(event("Chat with Jane", "Notes\n#interview"), RULES)
    assert not is_interview(event("Interview with Acme", "#nofollowup"), RULES)
    assert not is_interview(event("Chat with Jane #interview #nofollowup"), RULES)


def test_tag_must_be_the_whole_tag() -> None:
    assert not is_interview(event("Chat", "#interviewing-tips"), RULES)


def test_cancelled_event_is_not_an_interview() -> None:
    assert not is_interview(event("Interview with Acme", status="cancelled"), RULES)


def test_tag_overrides_an_exclusion() -> None:
    assert is_interview(event("Mock interview with the real hiring team #interview"), RULES)


def test_rules_are_configurable() -> None:
    rules = DetectionRules(keywords=("chat",), exclude=("lunch",), tag="#job", opt_out_tag="#skip")
    assert is_interview(event("Chat with Acme"), rules)
    assert not is_interview(event("Interview with Acme"), rules)
    assert not is_interview(event("Lunch chat"), rules)
    assert is_interview(event("Lunch", "#job"), rules)


def test_phrase_matching_folds_case_dashes_and_spaces() -> None:
    assert contains_phrase("PHONE\u2013SCREEN today", "phone screen")
    assert contains_phrase("final   round", "final round")
    assert not contains_phrase("finalround", "final round x")


def test_hostile_text_does_not_break_detection() -> None:
    assert is_interview(event("Interview " + "(" * 10_000 + "\x00\r\nEND:VEVENT"), RULES)
    assert not is_interview(event("\ud800" * 100), RULES)
