"""Interviews for the trades, shops, kitchens and wards, which the notes name by the post alone ("per il posto da
praticante", "Kaarna etsii tarjoilijaa"), and the look-alikes that hold the same words; the outside reviews of
those readings."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followup_sync.company import resolve
from followup_sync.detect import Outcome, classify
from followup_sync.model import SourceEvent
from followup_sync.rules import DetectionRules, Identity
from tests.detect_session16_review_cases import CASES as SESSION16_VERDICT_CASES
from tests.detect_session17_review_cases import CASES as SESSION17_VERDICT_CASES
from tests.trade_posts_review_cases import CASES

START = datetime(2026, 12, 3, 10, tzinfo=timezone.utc)


def event(summary: str, description: str = "", location: str = "") -> SourceEvent:
    return SourceEvent("k", "u", summary, START, START + timedelta(hours=1), description=description,
                       location=location)


def interview(summary: str, description: str = "", location: str = "") -> bool:
    verdict = classify(event(summary, description, location), DetectionRules(), Identity(emails=("me@example.com",)))
    return verdict.outcome is Outcome.INTERVIEW


@pytest.mark.parametrize(("summary", "description", "location", "expected", "employer"), CASES)
def test_the_outside_reviews_posts_and_look_alikes(summary: str, description: str, location: str, expected: bool,
                                                    employer: str | None) -> None:
    assert interview(summary, description, location) is expected
    if employer is not None:
        found = resolve(event(summary, description, location), frozenset({"me@example.com"}))
        assert found is not None and found.name == employer


@pytest.mark.parametrize(("summary", "description"), [
    ("Studio Bellini h15", "per il posto da praticante, il dott. Bellini vuole conoscermi; decide entro fine mese"),
    ("Cita 8 am", "Para el cargo de conductor de ruta escolar. Llevar licencia C2. Me dicen algo el viernes."),
    ("Cocinero - Restaurante Lhardy", "cargo de cocinero, me dicen algo el viernes"),
    ("K-Market Tikkurila 16:00", "kauppiaan kanssa juttelemaan iltavuoron myyjän paikasta, ilmoittaa perjantaina"),
    ("Krüger", "Hausmeisterservice Krüger wg. der Objektbetreuer-Stelle. Er sagt bis 18.12. Bescheid."),
    # a post in the title, another sign, and a promised answer: the job and the answer weigh as one sign
    ("Call w/ Dr. Okafor - Mass General Radiology (research coordinator)",
     "Clinical Research Coordinator II posting / she'll call my cell / \"we're hoping to make a decision before Christmas\""),
])
def test_a_post_named_in_the_notes_with_an_answer_due_is_an_interview(summary: str, description: str) -> None:
    assert interview(summary, description)


@pytest.mark.parametrize(("summary", "description"), [
    ("Reset HR portal psw", "IT said new psw needs 12 chars + symbol"),
    ("Hire PSW for dad", "interview 2 personal support workers from the agency at dad's place"),
    ("Camp counselor meet & greet", "parents meet Liam's counselors before winter camp. bring forms + meds"),
    ("Friseur 14 Uhr", "Strähnchen, danach Termin beim Bäcker"),
])
def test_posts_one_hires_at_home_or_a_password_are_no_interview(summary: str, description: str) -> None:
    assert not interview(summary, description)


def test_a_school_the_title_names_alone_is_the_employer_where_the_notes_apply_for_a_post_there() -> None:
    notes = "Candidature pour le poste d'auxiliaire de puériculture. Entretien avec la directrice, apporter CV."
    assert interview("Crèche Les Petits Loups", notes)
    assert not interview("Crèche Les Petits Loups", "Réunion des parents, apporter le carnet de santé")
    assert not interview("Jobcentre Plus – work search review",
                         "Bring evidence of job applications (Hays, Reed) + interview invites.")


@pytest.mark.parametrize(("summary", "description", "location", "expected"), SESSION16_VERDICT_CASES)
def test_the_outside_review_of_the_verdicts_newer_readings(summary: str, description: str, location: str,
                                                           expected: bool) -> None:
    assert interview(summary, description, location) is expected


@pytest.mark.parametrize(("summary", "description", "location", "expected"), SESSION17_VERDICT_CASES)
def test_the_outside_review_of_trials_of_work_and_their_look_alikes(summary: str, description: str, location: str,
                                                                     expected: bool) -> None:
    assert interview(summary, description, location) is expected
