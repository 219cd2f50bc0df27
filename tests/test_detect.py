"""Interview detection: each family of evidence, the absolute rules, and how the verdict reads."""

from __future__ import annotations

import inspect
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from followup_sync import drafts
from followup_sync.detect import Outcome, Verdict, classify
from followup_sync.model import Attendee, Interview, Interviewer, SourceEvent, Style
from followup_sync.rules import DetectionRules, Identity

RULES = DetectionRules()
ME = Identity(emails=("me@example.com",))
START = datetime(2026, 12, 1, 15, tzinfo=timezone.utc)


def event(summary: str, description: str = "", status: str = "confirmed", **fields: Any) -> SourceEvent:
    base = SourceEvent(key="k", uid="u", summary=summary, start=START, end=START + timedelta(hours=1),
                       description=description, status=status)
    return replace(base, **fields)


def is_interview(event: SourceEvent, rules: DetectionRules, identity: Identity = ME) -> bool:
    return classify(event, rules, identity).is_interview


def verdict(summary: str, description: str = "", rules: DetectionRules = RULES, **fields: Any) -> Verdict:
    return classify(event(summary, description, **fields), rules, ME)


def names(v: Verdict) -> set[str]:
    return {e.name for e in v.evidence}


# ------------------------------------------------------------------------------ positive evidence

INTERVIEWS = [
    # titles that say interview, in the eight languages
    "Interview with Acme Corp", "Phone screen - Acme Corp", "Phone-screen: Globex", "Tech screen with Umbrella",
    "Technical screen (Initech)", "HR screen Hooli", "Recruiter screen — Pied Piper",
    "Recruiter call with Stark Industries", "Onsite at Wayne Enterprises", "On-site loop, Cyberdyne",
    "Panel with the Globex data team", "Final round - Initech", "Case interview McKinsey",
    "Hiring manager chat: Hooli", "2nd interview – Soylent", "INTERVIEW: Tyrell Corp", "Interviews at Acme (3 rounds)",
    "Vorstellungsgespräch bei Siemens", "Zweites Bewerbungsgespräch SAP", "Entretien d'embauche chez Airbus",
    "Entrevista de trabajo - Telefónica", "Colloquio con Ferrero", "Sollicitatiegesprek Philips",
    "Työhaastattelu – Wolt", "最終面接 トヨタ",
    # stages without the word "interview"
    "Datadog – round 2", "R2 - Datadog", "Superday – Goldman Sachs", "Virtual loop – Amazon",
    "HM chat – Plaid", "Take-home walkthrough – Linear", "Assessment centre: Unilever", "Fit interview BCG",
    "Zweitgespräch Bosch", "Kennenlerngespräch Zalando", "Deuxième entretien Doctolib", "Segunda ronda – Glovo",
    "Secondo colloquio Satispay", "Tweede gesprek ING", "Jatkohaastattelu Supercell", "二次面接 メルカリ",
    "Coffee with Jane #interview",
    # words against an interview that here name the employer or the job, after the stage
    "Interview – Slaughter and May (training contract)", "2e sollicitatiegesprek – Gemeente Rotterdam",
    "Interview day – Y4 class teacher – St Mary's Primary", "HM chat - Nordstrom (Merch Planner, Women's Shoes)",
    "Entrevue – Desjardins (conseiller en finances personnelles)", "Loop – Amazon (L6 PMT, Alexa Shopping)",
    "Interview – Practice Nurse, Elm Tree Surgery", "看護師採用面接（聖路加国際病院）", "2e gesprek Coolblue",
    "Jury de recrutement – Ville de Lyon", "SMBC 最終（役員）", "call w hannah @ kaiser re RN job",
    "Intesa – 2° step col responsabile", "Rabobank – 2e gesprek", "haastis Fiskars 🪓",
    "DPS RK Puram – PGT Chemistry interview + demo lesson", "Entrevista – maestra Educación Infantil, Colegio Arcángel Rafael",
    "Agallamh – Gaelscoil Bhríde", "Sollicitatiegesprek bij Gemeente Utrecht (beleidsadviseur)",
    "Training contract interview – Freshfields", "Kennismaking gemeente Utrecht – 2e gesprek",
    # academic appointments
    "Probevortrag + Kommissionsgespräch", "Prova didattica – Università di Trento", "Opetusnäyte ja haastattelu",
    # a topic word before a job title names the job; a city hall is the employer of its own interview
    "Interview with Nokia - Senior Radio Engineer", "Research Scientist interview – DeepMind",
    "Police Officer interview – Met Police", "横浜市役所 個別面接（社会人経験者採用）",
    # trial shifts, group discussions, a round with whom
    "Casa Paco – prueba en cocina", "居酒屋とりまる 体験入店",
    # a producer's job, an executive-search firm's conversation, a careers office as the place
    "Meet the team – Saltmarsh Studios (Sr Producer)", "Russell Reynolds – CFO mandate, first conversation",
    "On-campus interview: Procter & Gamble (Career Services, Room 4)",
    # a Flemish job talk, a French public competition's oral, a doctor's post after the stage
    "Jobgesprek AZ Groeninge – verpleegkundige spoed",
    "Sollicitatiegesprek – Belastingdienst (fiscaal medewerker)",
]


@pytest.mark.parametrize("summary", INTERVIEWS)
def test_interviews_are_detected(summary: str) -> None:
    assert is_interview(event(summary), RULES, ME)


def test_a_bland_title_with_a_hiring_description_is_an_interview() -> None:
    description = ("Hi Chris, thanks again for applying to the Senior Account Executive role at Vasion. "
                   "This call is with our VP of Sales. We will make a decision within two weeks.")
    found = verdict("Zoom meeting", description)
    assert found.outcome is Outcome.INTERVIEW
    assert {"hiring context (description)", "a job on offer (description)"} <= names(found)
    assert verdict("Zoom meeting").outcome is Outcome.NOT


def test_detail_lines_count_in_any_supported_language() -> None:
    for line in ("Role: Backend Engineer", "Interviewer: Jane Doe", "Stelle: Werkstudent", "Poste : Data analyst",
                 "Puesto: Diseñador", "Ruolo: Data Engineer", "Functie: Ontwikkelaar", "Rooli: Kehittäjä"):
        found = verdict("Call", f"Notes\n{line}\n")
        assert "interview detail lines" in names(found), line


def test_hiring_platforms_and_recruiting_mailboxes_are_evidence() -> None:
    guests = (Attendee("me@example.com", is_self=True), Attendee("no-reply@greenhouse.io"))
    found = verdict("Chat – Acme", attendees=guests)
    assert "hiring platform (guest)" in names(found)
    mailbox = verdict("Vincit / 13.00", attendees=(Attendee("rekry@vincit.fi"), Attendee("sami@vincit.fi")))
    assert "a recruiting mailbox" in names(mailbox)
    assert "a recruiting mailbox" not in names(verdict("x", attendees=(Attendee("jobs@gmail.com"),)))
    agency = verdict("Call mit Hays – Projektmanager Siemens Healthineers")
    assert agency.outcome is Outcome.INTERVIEW and "hiring platform (title)" in names(agency)


def test_the_users_own_categories_and_colours_mark_interviews() -> None:
    rules = DetectionRules(categories=("Job search",), colors=("11",))
    tagged = verdict("Brandon / P&G", rules=rules, categories=("Work", "JOB SEARCH"))
    assert tagged.outcome is Outcome.INTERVIEW and "your interview category" in names(tagged)
    coloured = verdict("Brandon / P&G", rules=rules, color="11")
    assert coloured.outcome is Outcome.INTERVIEW and "your interview colour" in names(coloured)
    assert verdict("Brandon / P&G", categories=("Job search",), color="11").outcome is Outcome.NOT


def test_your_keywords_add_your_own_words() -> None:
    rules = DetectionRules(keywords=("vibe check",), exclude=("lunch",), tag="#job", opt_out_tag="#skip")
    assert is_interview(event("Vibe check – Acme"), rules)
    assert not is_interview(event("Vibe check – Acme"), RULES)
    assert not is_interview(event("Lunch interview"), rules)
    assert is_interview(event("Lunch", "#job"), rules)
    assert not is_interview(event("Interview with Acme #skip"), rules)


# ------------------------------------------------------------------------------ negative evidence

NOT_INTERVIEWS = [
    # practice and preparation
    "Mock interview with Sam (practice)", "Practice interview with career coach", "Interview prep",
    "Prep for Acme interview", "Preparing for the Globex onsite", "Interviewing workshop at the library",
    "Interview skills webinar", "Pramp session", "interviewing.io practice", "Bewerbungstraining IHK",
    "Simulation d'entretien avec Pôle emploi", "Simulacro de entrevista", "Oefengesprek met coach", "模擬面接",
    # the user as interviewer
    "Interviewing candidate for our team", "Interview candidate: John Smith",
    "Candidate interview - backend role (I'm on the panel) scorecard", "Interview debrief",
    "Submit interview feedback", "Scorecard for Jane's onsite", "Hiring committee", "面接官トレーニング",
    # exit, media, research, civic, errands
    "Exit interview with HR", "Austrittsgespräch", "Entretien de sortie", "退職面談",
    "Podcast interview – The Changelog", "Press interview with Le Monde", "Radio interview (BBC)",
    "Customer interview – Northwind", "User research interview #4", "Usability test session",
    "Visa interview – US Embassy", "Citizenship interview USCIS", "Admissions interview – MIT Sloan",
    "Buy interview shoes", "Print résumés for interview", "Test Zoom + lighting for interview tmrw",
    "Ritirare giacca in tintoria per colloquio di giovedì",
    # lookalikes and ordinary events
    "Panel discussion: future of AI", "Screen repair – iPhone", "Final round of golf", "Offer call – Acme",
    "Reference check for Jane", "Entretien chaudière – Engie", "Colloquio con i professori – Sofia 3B",
    "三者面談（長女・高2）", "Dentist", "Lunch with Pat", "Team standup", "Pianola practice",
    "Panelling the kitchen", "Reinterviewing cats", "Canceled: Interview with Acme", "Acme interview #nofollowup",
    # ... the same words lead the title: that is what the event is
    "Practice with Sam – system design", "Case prep w/ Anika (Bain R1 next week)", "Hae puku pesulasta – työhaastattelu to",
    "Shoes for the interview – Acme onsite",
    # the follow-up work, as the user or a translating app words it
    "お礼メールを送る：株式会社ニトリ", "Registra i dettagli del colloquio: Ferrero", "Dankesmail an Siemens schicken",
    "Envoyer la lettre de remerciement – Airbus", "Haastattelupuku pesulasta + CV:t tulostukseen",
    "Phone screen repair – iPhone 15", "Print portfolio @ Officeworks for ANZ interview",
    "Talent Acquisition x Finance – Q1 headcount & interview capacity",
    "Offer call – Stripe (w/ Kenji, recruiter)", "IRCC interview – PR application",
    "最終日 送別会", "忘年会 2次会", "Embajada EE.UU. – entrevista visado H-1B",
    # the outside review's: numbered rounds of cups and elections, Title Case practice and civic events
    "DFB-Pokal 2. Runde: Bayern – Mainz", "Élections législatives – 2e tour", "Copa del Rey 2ª ronda",
    "Amazon Interview Practice", "Final Interview Prep", "Interview Coach Anna", "Police Interview Statement",
    "Interview Shopping Trip", "Interview at the embassy", "Interview practice Monday",
    "Interview panel – Band 5 Staff Nurse (Ward 7) – cand. 3: Marcus Bell",
    "Stichwahl 2. Runde", "KNVB beker 2e ronde", "Ajax vs PSV 2e ronde", "Kuntavaalit 2. kierros",
    "2e tour élection présidentielle", "Turnaus 2. kierros", "最終回 ドラマ", "忘年会 2次会 @新宿",
    "2e ronde – boekhouding herzien en naar Jan sturen vóór vrijdag",
    "Radio interview – BBC Radio 4", "Research interview with a product manager", "Hearing test", "Court hearing",
    "市役所 住民票", "Entrevistas candidatos prácticas – Sala 3", "Drop Jess at Clifton for her interview",
    "Ref check – HSBC calling Kelvin (my old boss)", "Vendor call – Wipro infra team",
    "Interview w/ farmer – Bikaner FPO (field research)", "Haastatteluharjoitus – Katja (TE-palvelut)",
    "Hays x Siemens Energy – Q4 account review & interview pipeline", "Doctor – annual check-up",
    "Prova orale di storia – 3B", "Cita oficina de empleo – entrevista con orientadora",
    "Maahanmuuttovirasto – haastattelu (perhesideoleskelulupa)", "IND-gesprek verblijfsaanvraag – loket Zwolle",
    "Aufnahmegespräch Gymnasium – Lena", "Entrevista de admisión – máster", "Wharton alumni conversation",
    "WG-Casting Friedrichshain", "Hospiteeravond Huize Kraaienest", "Flatmate interview – Clapham",
    "Rendez-vous OFII – visite médicale", "Cita huellas – comisaría", "Pre-op assessment", "Kela-haastattelu",
    "Entrevista de adopción – ICBF (idoneidad)", "面接（入管）",
]


@pytest.mark.parametrize("summary", NOT_INTERVIEWS)
def test_non_interviews_are_not(summary: str) -> None:
    assert classify(event(summary), RULES, ME).outcome is not Outcome.INTERVIEW


@pytest.mark.parametrize("summary", ["Rabobank 2e ronde 💼", "Wärtsilä 2. kierros", "2da ronda PwC 🇨🇱", "三井住友 最終 10:30",
                                     "デンソー 2次 @刈谷本社", "任天堂 / 2次 / 14:00", "Bosch Rexroth 2. Runde 9:30",
                                     "AXA Hong Kong – 2e tour avec le directeur"])
def test_a_numbered_round_beside_a_name_with_a_guest_from_elsewhere_is_an_interview(summary: str) -> None:
    v = verdict(summary, attendees=(Attendee("talent@employer.example"),))
    assert "a numbered round with a name" in names(v) and v.is_interview


def test_a_numbered_round_needs_a_name_beside_it_another_sign_and_nothing_against() -> None:
    with_guest = verdict("Rabobank 2e ronde", attendees=(Attendee("hr@rabobank.nl"),))
    assert "a numbered round with a name" in names(with_guest) and with_guest.is_interview
    assert not verdict("Rabobank 2e ronde").is_interview  # "Tarifverhandlungen 2. Runde" looks the same
    assert "a numbered round with a name" not in names(verdict("2e ronde"))
    assert "a numbered round with a name" not in names(verdict("Rabobank 2e ronde", "Daarna: hypotheekgesprek"))
    assert "a numbered round with a name" not in names(verdict("rabobank 2e ronde: hypotheek oversluiten"))


def test_negative_evidence_is_named() -> None:
    assert "exit interview (title)" in names(verdict("Exit interview with HR"))
    assert "media (title)" in names(verdict("Podcast interview – The Changelog"))
    assert "research (title)" in names(verdict("Customer interview – Northwind"))
    assert "civic or personal (title)" in names(verdict("Visa interview – US Embassy"))
    assert "errand (title)" in names(verdict("Buy interview shoes"))
    assert "about an interview (title)" in names(verdict("Test Zoom + lighting for interview tmrw"))
    assert "user as interviewer (title)" in names(verdict("Interview debrief"))
    assert "practice platform (title)" in names(verdict("Pramp session"))


def test_the_interviewer_side_shows_in_the_description_too() -> None:
    found = verdict("Interview – backend", "Please submit your feedback in Greenhouse within 24h.")
    assert found.outcome is Outcome.NOT and "user as interviewer (description)" in names(found)


def test_a_candidate_invitation_that_mentions_candidates_is_still_an_interview() -> None:
    found = verdict("Interview - City of Austin (Planner II)",
                    "All candidates are asked to bring photo ID. Decision within 2 weeks.")
    assert found.outcome is Outcome.INTERVIEW


# --------------------------------------------------------------------------- people and shape


def test_a_declined_invitation_is_never_an_interview() -> None:
    guests = (Attendee("me@example.com", response="declined"), Attendee("jane@acme.com"))
    found = verdict("Interview with Acme", attendees=guests)
    assert found.outcome is Outcome.NOT and found.absolute == "declined by you"
    google_self = (Attendee("other@example.org", is_self=True, response="declined"),)
    assert verdict("Interview with Acme", attendees=google_self).absolute == "declined by you"
    assert verdict("Interview with Acme", attendees=(Attendee("jane@acme.com", response="declined"),)).is_interview


@pytest.mark.parametrize("kind", ["focusTime", "outOfOffice", "workingLocation"])
def test_blocks_are_never_interviews(kind: str) -> None:
    found = verdict("Interview prep block – Acme onsite", event_type=kind)
    assert found.outcome is Outcome.NOT and found.absolute == "event type"
    assert verdict("Interview with Acme", event_type=kind).outcome is Outcome.NOT


def test_the_user_organising_a_meeting_with_guests_counts_against() -> None:
    guests = (Attendee("me@example.com", is_self=True, is_organizer=True), Attendee("lukas.berger@stud.tu-berlin.de"))
    found = verdict("Vorstellungsgespräch: Lukas Berger (Werkstudent Backend)",
                    attendees=guests, organizer="me@example.com", organizer_self=True)
    assert {"you invited the guests", "the title names a guest you invited"} <= names(found)
    assert found.outcome is not Outcome.INTERVIEW
    alone = verdict("Vorstellungsgespräch Siemens", organizer_self=True)
    assert alone.is_interview and "you invited the guests" not in names(alone)


def test_colleagues_and_candidates_named_by_initial_mean_the_hiring_side() -> None:
    work = Identity(emails=("sam@acme.com",))
    guests = (Attendee("sam@acme.com", is_self=True), Attendee("lee@acme.com"), Attendee("recruiting@acme.com"))
    found = classify(event("Onsite – backend loop", attendees=guests, organizer="recruiting@acme.com"), RULES, work)
    assert "colleagues of yours invited" in names(found)
    alone = classify(event("Coffee chat – Hooli", organizer="sam@acme.com", organizer_self=True), RULES, work)
    assert "colleagues of yours invited" not in names(alone), "the user is not their own colleague"
    assert "a person named after the stage" in names(verdict("Phone screen: J. Alvarez (SDR)"))
    assert "a person named after the stage" in names(verdict("Loop – Priya S. (Staff Eng)"))
    assert "a person named after the stage" not in names(verdict("Phone screen with J. Alvarez – Acme"))
    assert "a person named after the stage" in names(verdict("Bewerbungsgespräch Frau Yilmaz – Buchhaltung"))
    assert "a person named after the stage" in names(verdict("Entretien : Mme Martin (stage marketing)"))
    hiring = verdict("Interview with Jane Doe for Backend Engineer")
    assert "a person and the job they apply for" in names(hiring) and not hiring.is_interview
    assert "a person and the job they apply for" not in names(verdict("Interview for Backend Engineer at Acme"))


def test_the_title_naming_you_or_the_guests_organisation_counts_for() -> None:
    me = (Attendee("shreya.k@gmail.com", name="Shreya Kulkarni", is_self=True), Attendee("talent@zomato.com"))
    found = verdict("Candidate Interview - Shreya Kulkarni (Associate, Strategy)", attendees=me)
    assert "the title names you" in names(found) and "a recruiting mailbox" in names(found)
    vincit = verdict("Vincit / 13.00", attendees=(Attendee("rekry@vincit.fi"), Attendee("sami@vincit.fi")))
    assert "the title names the guests' organisation" in names(vincit) and vincit.is_interview
    assert "the title names the guests' organisation" not in names(
        verdict("Lunch / 13.00", attendees=(Attendee("sami@vincit.fi"),)))


def test_an_invitation_from_another_organisation_counts_for() -> None:
    guests = (Attendee("me@example.com", is_self=True), Attendee("jane@acme.com", is_organizer=True))
    found = verdict("Acme", attendees=guests, organizer="jane@acme.com", conference="Zoom")
    assert {"invited by the other organisation", "the title names the guests' organisation"} <= names(found)
    assert found.is_interview
    ours = verdict("Acme", attendees=guests, organizer="me@example.com", organizer_self=True)
    assert "invited by the other organisation" not in names(ours)


def test_shape_evidence_free_time_all_day_crowds_and_video_calls() -> None:
    assert "marked free" in names(verdict("Recruiter call – Acme", transparency="transparent"))
    all_day = classify(replace(event("Interview week"), start=date(2026, 12, 1), end=date(2026, 12, 2)), RULES, ME)
    assert "all-day" in names(all_day)
    crowd = tuple(Attendee(f"p{i}@acme.com") for i in range(20))
    assert "many guests" in names(verdict("Panel", attendees=crowd))
    assert "video call" in names(verdict("Chat", conference="Zoom"))
    assert "very short" in names(verdict("Call", end=START + timedelta(minutes=5)))
    assert "very short" not in names(verdict("Call", end=START))  # no end given is not short


def test_thresholds_are_configurable_and_possible_sits_between() -> None:
    found = verdict("Coffee chat – Acme")
    assert found.outcome is Outcome.POSSIBLE, found
    strict = DetectionRules(interview_score=10, possible_score=9)
    assert verdict("Interview with Acme", rules=strict).outcome is Outcome.NOT
    lenient = DetectionRules(interview_score=1, possible_score=0.5)
    assert verdict("Coffee chat – Acme", rules=lenient).outcome is Outcome.INTERVIEW


# ------------------------------------------------------------------------------ absolute rules


def test_tag_in_description_counts_and_opt_out_wins() -> None:
    assert is_interview(event("Chat with Jane", "Notes\n#interview"), RULES)
    assert not is_interview(event("Interview with Acme", "#nofollowup"), RULES)
    assert not is_interview(event("Chat with Jane #interview #nofollowup"), RULES)
    tagged = verdict("Mock interview with the real hiring team #interview")
    assert tagged.is_interview and tagged.absolute == "interview tag"


def test_tag_must_be_the_whole_tag() -> None:
    assert not is_interview(event("Chat", "#interviewing-tips"), RULES)


def test_cancelled_event_is_not_an_interview() -> None:
    assert verdict("Interview with Acme", status="cancelled").absolute == "cancelled"


def _interview() -> Interview:
    base = event("Phone screen - Acme Corp")
    return Interview(event=base, company="Acme Corp", role="Backend Engineer",
                     interviewers=(Interviewer("Jane Doe", "Engineering Manager", "jane@acme.com"),),
                     decision=date(2026, 12, 11), decision_text="12/11", style=Style.TRADITIONAL)


def _own_summaries() -> list[str]:
    """Every summary drafts.py can write, by calling each ``*_summary`` function it has."""
    found = []
    for name, function in inspect.getmembers(drafts, inspect.isfunction):
        if not name.endswith("_summary"):
            continue
        params = list(inspect.signature(function).parameters.values())
        args: list[object] = [_interview()] + [None] * (len(params) - 1)
        for style in (Style.TRADITIONAL, Style.CREATIVE):
            if len(params) > 1:
                args[1] = style
            found.append(function(*args))
    return found


def test_every_summary_the_product_writes_is_recognised_as_its_own_task() -> None:
    summaries = _own_summaries()
    assert len(summaries) >= 4
    for summary in summaries:
        found = classify(event(summary, "Company: Acme Corp\nInterviewer: Jane Doe"), RULES, ME)
        assert found.outcome is Outcome.NOT and found.absolute == "the product's own task", summary


def test_a_copied_task_body_is_recognised_without_its_summary() -> None:
    interview = _interview()
    bodies = [
        drafts.thank_you_description(interview, None, date(2026, 12, 1), False, "Sam"),
        drafts.call_description(interview, date(2026, 12, 1), 7),
        drafts.details_description(interview),
        drafts.keep_searching_description(interview),
    ]
    for body in bodies:
        found = classify(event("Acme Corp interview follow-up", body), RULES, ME)
        assert found.absolute == "the product's own task", body[:60]


def test_a_real_interview_named_like_a_task_kind_is_still_an_interview() -> None:
    assert is_interview(event("Follow-up interview with Acme (round 2)"), RULES)


# ---------------------------------------------------------------------------------- the plumbing


def test_phrase_matching_folds_case_dashes_and_spaces() -> None:
    assert is_interview(event("PHONE\u2013SCREEN today"), RULES)
    assert is_interview(event("Acme final   round"), RULES)
    assert not is_interview(event("finalround"), RULES)


def test_evidence_quotes_the_text_it_matched() -> None:
    found = verdict("Datadog – Round 2", "Hi! Thanks for applying.")
    stage = next(e for e in found.evidence if e.name == "interview stage (title)")
    assert stage.text == "round 2" and stage.weight > 0
    assert found.score == round(sum(e.weight for e in found.evidence), 2)


def test_the_location_is_read_with_the_description() -> None:
    found = verdict("Acme", location="Acme HQ, 3rd floor – onsite interview, ask for the recruiter")
    assert found.is_interview and "interview stage (description)" in names(found)


def test_html_descriptions_are_read_as_text() -> None:
    found = verdict("Zoom meeting", "<p>Thanks for applying to the <b>Data Engineer</b> role</p>&amp; more")
    assert "a job on offer (description)" in names(found)


def test_hostile_text_does_not_break_detection() -> None:
    assert is_interview(event("Interview " + "(" * 10_000 + "\x00\r\nEND:VEVENT"), RULES)
    assert not is_interview(event("\ud800" * 100), RULES)
    huge = classify(event("x", "interview " * 200_000), RULES, ME)
    assert huge.outcome is not None


# ------------------------------------------------------------------ generalisation (issue 8 tuning)

def test_a_job_named_first_and_its_title_after_is_a_job_on_offer() -> None:
    # French, Spanish and Italian name the job first: "la vacante de Product Manager".
    spanish = verdict("Videollamada 18:30", "Primera plática con reclutamiento para la vacante de Product Manager.")
    assert "a job on offer (description)" in names(spanish) and spanish.is_interview
    french = verdict("Appel", "Échange sur le poste de développeur backend chez Qonto.")
    assert "a job on offer (description)" in names(french) and french.is_interview
    finnish = verdict("Puhelu", "Ensimmäinen keskustelu Senior Developer -paikasta.")
    assert "a job on offer (description)" in names(finnish)
    # without a joining word the title after it belongs to another sentence
    assert "a job on offer (description)" not in names(verdict("Sync", "Discuss the role. Engineers join later."))


def test_technical_alone_counts_in_every_language_but_not_a_car_inspection() -> None:
    guest = (Attendee("me@example.com", is_self=True), Attendee("a.conti@ynap.com", is_organizer=True))
    italian = verdict("Yoox – tecnico", attendees=guest, organizer="a.conti@ynap.com", conference="Microsoft Teams")
    assert "hiring hint (title)" in names(italian) and italian.is_interview
    garage = (Attendee("me@example.com", is_self=True), Attendee("atelier@peugeot.fr", is_organizer=True))
    car = verdict("Contrôle technique – Peugeot", attendees=garage, organizer="atelier@peugeot.fr")
    assert "lookalike (title)" in names(car) and not car.is_interview


def test_a_scholarship_selection_is_not_a_job_interview() -> None:
    found = verdict("Rhodes – final interviews (District 4)", "Scholarship selection committee.")
    assert "civic or personal (description)" in names(found) and not found.is_interview
    assert not verdict("Stipendiaten-Auswahlgespräch").is_interview


def test_a_title_that_is_just_the_guests_organisation_and_a_time() -> None:
    me = Attendee("me@example.com", is_self=True)
    stripe = (me, Attendee("jlaurent@stripe.com", name="Julie Laurent"))
    bare = verdict("Stripe 2pm", attendees=stripe, organizer_self=True)
    assert "the title is just the guests' organisation" in names(bare)
    assert "you invited the guests" not in names(bare) and bare.is_interview
    subject = verdict("Stripe – Q4 pricing review", attendees=stripe, organizer_self=True)
    assert "the title is just the guests' organisation" not in names(subject)
    assert "you invited the guests" in names(subject) and not subject.is_interview
    mixed = verdict("Stripe 2pm", attendees=(*stripe, Attendee("ops@adyen.com")), organizer_self=True)
    assert "you invited the guests" in names(mixed), "guests from two organisations: the user's own meeting"


def test_an_outsider_named_in_the_title_among_your_colleagues_is_your_candidate() -> None:
    work = Identity(emails=("sam@acme.com",))
    guests = (Attendee("sam@acme.com", is_self=True), Attendee("bob@acme.com", is_organizer=True),
              Attendee("jane.doe@gmail.com", name="Jane Doe"))
    found = classify(event("Interview: Jane Doe", "Role: Backend Engineer", attendees=guests,
                           organizer="bob@acme.com"), RULES, work)
    assert "the title names an outsider among your colleagues" in names(found)
    assert found.outcome is Outcome.NOT
    colleague = classify(event("Interview: Bob Stone", attendees=(*guests, Attendee("bob.stone@acme.com")),
                               organizer="bob@acme.com"), RULES, work)
    assert "the title names an outsider among your colleagues" not in names(colleague)


def _from(organisation: str) -> dict[str, Any]:
    """An event a person at ``organisation`` invited the user to: the people evidence of an employer."""
    host = f"jane@{organisation}"
    return {"attendees": (Attendee("me@example.com", is_self=True), Attendee(host, is_organizer=True)),
            "organizer": host}


def test_job_titles_beyond_tech_count_next_to_the_employer() -> None:
    for title in ("Acme – Paralegal", "Acme – Crew Member", "Acme – Analista de compras", "Acme – Sairaanhoitaja"):
        found = verdict(title, **_from("acme.com"))
        assert "job title (title)" in names(found) and found.is_interview, title


@pytest.mark.parametrize("title", [
    "Llamada oferta – Kavak", "Referenzgespräch – Kavak", "Appel offre – Kavak", "Proposta economica – Kavak",
    "Referentiecheck – Kavak", "Työtarjous – Kavak", "Verbal offer – Kavak", "リファレンスチェック Kavak",
])
def test_offers_and_reference_checks_are_lookalikes_in_every_language(title: str) -> None:
    found = verdict(title, **_from("kavak.com"))
    assert names(found) & {"lookalike (title)", "an offer (title)"} and not found.is_interview


def test_an_offer_outweighs_a_recruiter_in_the_title() -> None:
    found = verdict("Offer call – Stripe (w/ Kenji, recruiter)", **_from("stripe.com"))
    assert "an offer (title)" in names(found) and not found.is_interview


def test_border_programmes_are_civic_and_business_reviews_ordinary() -> None:
    assert "civic or personal (title)" in names(verdict("Global Entry interview – JFK T4"))
    assert not verdict("Global Entry interview – JFK T4").is_interview
    review = verdict("QBR – Deloitte", **_from("deloitte.com"))
    assert "ordinary meeting (title)" in names(review) and review.outcome is Outcome.NOT


@pytest.mark.parametrize(("summary", "notes"), [
    ("Entrevue d'admission – maîtrise en éducation", "Comité d'admission, 20 min sur Zoom."),
    ("Entrance interview – St Mary's", "Parents wait in the hall. Bring her reading record."),
    ("Entrevista admisión – Colegio Británico", "Entrevista con los padres."),
    ("Colloquio ammissione – Master in Finanza", "Colloquio motivazionale in inglese."),
    ("Selectiegesprek master – Erasmus", "Gesprek met de toelatingscommissie via Teams."),
    ("Gespräch – Hochschule Hannover", "Zulassungsgespräch für den Master, 20 Minuten."),
    ("面接 – ひまわり", "入園面接。母子手帳を持っていく。"),
    ("H-1B stamping interview – US Consulate", "Bring DS-160 confirmation and I-797."),
    ("Phone appt – IDES", "RESEA: Reemployment Services and Eligibility Assessment. Bring the work search log."),
])
def test_admissions_fostering_visa_stamping_and_benefit_checks_are_civic(summary: str, notes: str) -> None:
    assert not verdict(summary, notes).is_interview


@pytest.mark.parametrize("summary", [
    "Interview – Supervising Social Worker (Fostering), Kent County Council",
    "Interview for Foster Care Case Manager – Catholic Charities",
    "Interview: Admissions Committee Coordinator, Stanford GSB",
    "Sollicitatiegesprek medewerker pleegzorg – Jeugdbescherming",
    "Entrevista – técnico de acogimiento familiar, Cruz Roja",
    "Interview: Claims Specialist (Unemployment Benefits) – State of Ohio",
    "保育士 面接 – こども園 ひまわり",
    "Interview – Unemployment Claims Examiner, State of Oregon",
    "Phone screen – Workforce Solutions (RESEA facilitator)",
])
def test_a_post_in_fostering_admissions_or_a_nursery_school_is_still_a_job(summary: str) -> None:
    assert verdict(summary).is_interview


@pytest.mark.parametrize(("summary", "notes"), [
    ("Onsite – Stripe", "Agenda:\n10:00 Priya S. (Eng Manager) – behavioural\n10:45 Tom R. – system design\n12:30 Ana K. – coding"),
    ("Onsite interview – Stripe", "Your onsite schedule: 10:00 Priya S. / 10:45 Tom K. / 11:30 Lena W."),
    ("Colloquio finale – Satispay", "10:00 Giulia M. / 10:45 Davide R. / 11:30 Samir B."),
    ("最終面接（株式会社メルカリ）", "14時 高橋さん、15時 田中さん、16時 佐藤さん / 履歴書持参"),
    ("Superday – Evercore", "9:00 – 9:30 A. Patel (VP)\n9:45 – 10:15 J. Romero (MD)\n10:30 – 11:00 K. Lee (Associate)"),
])
def test_a_candidates_own_agenda_of_interviewers_is_still_an_interview(summary: str, notes: str) -> None:
    # (a timetable of names with initials was tried as the user interviewing candidates: an outside review's
    # candidate agendas written just so were lost, 14 of them)
    assert verdict(summary, notes).is_interview


@pytest.mark.parametrize("line", [
    "Si todo va bien pasas a la siguiente ronda.", "Bei Erfolg geht es in die nächste Runde.",
    "Ensuite, prochain tour avec l'équipe.", "Se va bene, prossimo colloquio con il CTO.",
    "Daarna volgt de volgende ronde.", "Sen jälkeen seuraava kierros.", "通過者は次の選考へ。",
])
def test_the_next_round_counts_in_every_language(line: str) -> None:
    found = verdict("Llamada – Kavak", line, **_from("kavak.com"))
    assert "an employer's invitation (description)" in names(found) and found.is_interview


@pytest.mark.parametrize("title", [
    "Coding challenge – Kavak", "Technischer Test – Kavak", "Telefonisch gesprek – Kavak", "電話面談 Kavak",
    "Journée d'essai – Kavak", "Día de prueba – Kavak", "Giornata di prova – Kavak", "Työkokeilu – Kavak",
])
def test_the_same_formats_count_in_every_language(title: str) -> None:
    found = verdict(title)
    assert "interview stage (title)" in names(found) and found.is_interview


@pytest.mark.parametrize("title", [
    "Entrevista para el puesto de Analista – BBVA", "Entrevista para Mercado Libre",
    "Interview pour le poste de PM – Alan",
])
def test_an_interview_for_a_job_is_not_read_as_a_press_interview(title: str) -> None:
    found = verdict(title)
    assert not {"media (title)", "media (description)"} & names(found) and found.is_interview


@pytest.mark.parametrize("title", [
    "Interview für meine Masterarbeit", "Entretien pour mon mémoire", "Entrevista para mi TFG",
    "Interview voor mijn scriptie", "Gradu-haastattelu", "卒論インタビュー", "Oral history interview w/ Grandma",
    "Documentary interview", "Mortgage interview – Halifax", "Hypotheekgesprek Rabobank",
    "Entretien prêt immobilier",
])
def test_academic_media_and_personal_affairs_interviews_are_not_job_interviews(title: str) -> None:
    found = verdict(title)
    assert {"academic work (title)", "media (title)", "civic or personal (title)"} & names(found)
    assert not found.is_interview


def test_a_candidates_own_thesis_or_a_mortgage_job_does_not_sink_a_real_interview() -> None:
    thesis = verdict("Interview – Siemens", "Talk through my master's thesis on battery models.")
    assert "academic work (description)" in names(thesis) and thesis.is_interview
    assert verdict("Interview – Halifax (Mortgage Advisor)").is_interview


def test_a_passport_to_bring_for_right_to_work_checks_is_no_civic_appointment() -> None:
    checks = "Please bring your passport and original certificates for pre-employment checks."
    assert is_interview(event("2nd interview – PwC", checks), RULES)
    assert not is_interview(event("Passport appointment – interview at the office"), RULES)


def test_a_gender_form_for_all_applicants_is_not_a_candidate_line() -> None:
    note = "Laut Fr. Öztürk bekommen alle Bewerber:innen innerhalb von drei Wochen eine Rückmeldung."
    assert is_interview(event("Vorstellungsgespräch bei der Deutschen Bahn", note), RULES)
    assert not is_interview(event("Vorstellungsgespräch", "Bewerber: Max Mustermann\nBewertungsbogen ausfüllen"), RULES)


def test_a_meeting_outlook_retitled_as_cancelled_is_never_an_interview() -> None:
    guests = (Attendee("talent.scheduling@booking.com", is_organizer=True),)
    found = verdict("Cancelled: Interview with Sam – Booking.com – Senior Data Scientist",
                    "We'll be in touch about a new time.", attendees=guests)
    assert found.outcome is Outcome.NOT and found.absolute == "cancelled"
    assert verdict("Abgesagt: Vorstellungsgespräch Siemens").outcome is Outcome.NOT


def test_a_german_pay_scale_and_the_selection_committee_are_no_evidence_against() -> None:
    note = ("Bewerbungsgespräch mit der Auswahlkommission (3 Personen). Stelle nach TV-L E13, "
            "befristet. Thema meiner Masterarbeit kurz vorstellen.")
    assert is_interview(event("Kennenlernen @ Fraunhofer IKTS", note), RULES)


def test_paperwork_in_the_notes_does_not_undo_a_stage_in_the_title() -> None:
    assert is_interview(event("SBI PO – Phase III interview", "Bring two passport photos. Final selection list follows."),
                        RULES)
    assert is_interview(event("Rabobank – 2e gesprek (klantadviseur)", "Hypotheekgesprekken voeren met klanten. HR sluit aan."),
                        RULES)
    assert not is_interview(event("Visa interview", "US consulate, bring your passport photo"), RULES)


def test_a_plain_title_over_notes_describing_the_interview_is_one_when_nothing_is_against() -> None:
    notes = "Telefoninterview mit Frau Albrecht (Pflegedirektion) zur Stelle Stationsleitung."
    found = verdict("Telefonat Frau Albrecht", notes)
    assert found.is_interview and "an interview under a plain title" in names(found)
    assert not verdict("Lunch with Pat", "She told me about her interview at Google.").is_interview
    assert not verdict("Paneldiscussie DDW – circulair ontwerp", "Panel met drie ontwerpers.").is_interview


def test_an_initial_inside_an_employers_name_is_no_candidate_named_by_the_hiring_side() -> None:
    assert is_interview(event("Teaching interview - Francis W. Parker School (3rd grade)"), RULES)
    assert not is_interview(event("Phone screen: J. Alvarez (SDR)"), RULES)
    assert is_interview(event("Callback – Kirkland & Ellis (Chicago)", "OCI callback: 4 x 30 min with partners."), RULES)
    assert is_interview(event("Ville de Lyon – passage devant le jury (attaché contractuel)"), RULES)


def test_two_letter_phrases_take_no_plural() -> None:
    assert "interview stage (description)" not in names(verdict("Visio – Mme Lefèvre", "Merci pour vos disponibilités."))


@pytest.mark.parametrize("summary", ["2e ronde", "2. kierros klo 14", "2ª ronda 10:30", "最終 10:30"])
def test_a_numbered_round_without_a_name_is_a_possible_interview_to_confirm(summary: str) -> None:
    assert verdict(summary).outcome is Outcome.POSSIBLE  # cup ties and elections are numbered the same way


def test_notes_about_someone_elses_interview_under_a_plain_title_stay_possible() -> None:
    assert not verdict("Coffee with Mark", "Mark has a job interview at Google next week and wants advice").is_interview
    assert not verdict("Call Mum", "Ask about her interview yesterday").is_interview


def test_a_job_named_before_the_word_for_a_job_is_a_job_on_offer_whatever_its_title() -> None:
    v = verdict("Copper Kettle – talk w/ head chef", "my application for the CDP job. bring knives.")
    assert "a job on offer (description)" in names(v) and v.is_interview
    assert "a job on offer (description)" not in names(verdict("Dinner", "my application for the same job as last year"))
    # without words of applying or hiring, "for the X job" is an errand's ("for the kitchen job")
    assert "a job on offer (description)" not in names(verdict("Contractor visit", "Quote for the kitchen job."))


def test_an_immigration_service_is_named_as_one_not_found_inside_a_code() -> None:
    assert "civic or personal (description)" not in names(verdict("Seminario", "SSD ING-IND/31 – Dipartimento"))
    assert "civic or personal (title)" in names(verdict("Afspraak bij de IND"))


def test_the_committee_a_candidate_meets_is_no_sign_of_sitting_on_it() -> None:
    v = verdict("Gemeente Rotterdam – sollicitatie beleidsadviseur",
                "Sollicitatiecommissie: afdelingshoofd, senior beleidsadviseur, HR-adviseur.")
    assert "user as interviewer (description)" not in names(v)
    assert "user as interviewer (title)" in names(verdict("Zitting in de sollicitatiecommissie – beleidsadviseur"))


def test_a_platforms_sender_is_a_platform_not_another_organisation() -> None:
    v = verdict("Interview: Daniel Okafor – Technical Deep Dive", "You're interviewing Daniel for Senior Data Engineer.",
                attendees=(Attendee("no-reply@greenhouse.io"),))
    assert "guests from another organisation" not in names(v) and not v.is_interview


def test_in_doubt_notes_that_say_when_the_employer_answers_tip_the_balance() -> None:
    said = verdict("Kennismaking Van Dijk & Zonen", "Vacature monteur, gesprek met Gert. Je hoort uiterlijk vrijdag van ons.")
    # the post the notes name ("Vacature monteur") makes the answer a job's: the stronger of the two readings
    assert "a job or a trial, and when they will answer" in names(said) and said.is_interview
    silent = verdict("Kennismaking Van Dijk & Zonen", "Vacature monteur, gesprek met Gert.")
    assert not any(n.endswith("when they will answer") for n in names(silent)) and not silent.is_interview
    # nothing is read when anything speaks against the event, nor when it is decided already
    for decided in (verdict("Mock interview – Acme", "They will decide by Friday."),
                    verdict("Interview – Acme", "They will decide by Friday.")):
        assert not any(n.endswith("when they will answer") for n in names(decided))


def test_an_agencys_business_and_screening_script_are_no_interview_of_the_users() -> None:
    assert not verdict("Harvey Nash intro call – recruitment support for our data team",
                       "Agenda: rate card and PSL terms, how we run interviews").is_interview
    assert not verdict("Screening: Aisha Bello – Customer Service Advisor",
                       "Candidate screening call. Use screening script v3, log outcome in Avature.").is_interview


def test_beside_signs_that_the_user_interviews_a_platform_says_nothing_about_the_side() -> None:
    v = verdict("Interview: Daniel Okafor (Senior Data Engineer) – Technical Deep Dive",
                "You're interviewing Daniel Okafor. Interview kit: https://app.greenhouse.io/interview_kits/1",
                attendees=(Attendee("no-reply@greenhouse.io"),), conference="Google Meet")
    assert not any(e.name.startswith("hiring platform") for e in v.evidence) and not v.is_interview


def test_a_scholarship_in_the_notes_is_no_jobs_paperwork() -> None:
    assert not verdict("Rhodes – final interviews (District 4)", "Scholarship committee, 20 minutes each.").is_interview


def test_an_institution_named_beside_a_hint_of_a_stage_is_the_employer() -> None:
    assert verdict("Kennismaking Gemeente Utrecht", "Eerste gesprek voor de vacature beleidsadviseur.").is_interview
    assert not verdict("Kennismaking gemeente – nieuwe buurtregels").is_interview


def test_a_plain_title_over_notes_with_three_signs_of_hiring_is_an_interview() -> None:
    v = verdict("Alex / Dana", "Intro call with the recruiter about the role; they are hiring for the platform team.")
    assert "an interview under a plain title" in names(v) and v.is_interview
    assert not verdict("Alex / Dana", "Intro call about the role.").is_interview


@pytest.mark.parametrize(("summary", "description"), [
    ("Vorstellungsgespräch Ausländerbehörde (SB Aufenthaltsrecht)", "Ihre Bewerbung auf die Stelle als Sachbearbeiter/in."),
    ("Entrevista SEPE – técnico/a de empleo", "Convocatoria del proceso de selección."),
    ("Entretien Préfecture du Rhône – agent d'accueil", "Suite à votre candidature, le recrutement pour le poste."),
])
def test_an_office_that_hires_is_the_employer_when_the_notes_speak_of_the_job(summary: str, description: str) -> None:
    assert verdict(summary, description).is_interview
    assert not verdict(summary.split(" (")[0].replace("Vorstellungsgespräch", "Termin")).is_interview


@pytest.mark.parametrize("summary", ["Interview Agenzia delle Entrate – DP Roma 2", "Vorstellungsgespräch Finanzamt Köln-Mitte",
                                     "2e gesprek gemeente", "Sollicitatiegesprek Belastingdienst"])
def test_a_tax_office_or_a_town_hall_beside_an_interview_is_the_employer(summary: str) -> None:
    """A citizen has no interview at the tax office, and "gemeente" is as often the employer as the town hall: their
    names alone say nothing against a stage in the title."""
    assert verdict(summary).is_interview


def test_a_buzzer_to_press_is_no_press_and_the_signs_of_trades_and_academia_count() -> None:
    buzzer = verdict("Chat w/ Priya + Tom — ops mgr",
                     "You'll sit down with Priya (Operations Director). Press the buzzer marked 'office'. "
                     "They hope to decide within two weeks; it's part of the recruitment.")
    assert "media (description)" not in names(buzzer) and buzzer.is_interview
    assert verdict("Laboratorio CPI: come affrontare il colloquio").outcome is Outcome.NOT
    assert verdict("Proefdraaien bakkerij (6u!)", "Jan wil zien hoe ik werk, kort gesprek daarna.").outcome is not Outcome.NOT
    assert verdict("Lakehead – job talk").is_interview
    mailbox = verdict("Alexis / Hartwell Group", attendees=(Attendee("talentacquisition@hartwellgroup.com"),))
    assert "a recruiting mailbox" in names(mailbox)
    cv = verdict("Coffee – Tomás", "Informal first chat about the ops job. Printed CV in bag.")
    assert cv.score > verdict("Coffee – Tomás", "Informal first chat about the ops job.").score


@pytest.mark.parametrize(("summary", "description", "attendees"), [
    # A recruiter selling the user's company a search, in two languages.
    ("Intro: TalentBridge x LedgerLane – hiring support for your eng team",
     "I'd love to understand your hiring plans for Q1. Our fees from 15%.",
     (Attendee("oliver@talentbridge.co.uk", is_organizer=True),)),
    ("Vauban Search – vos besoins de recrutement équipe data",
     "Je vous propose un échange afin de mieux comprendre vos besoins de recrutement.",
     (Attendee("h.roussel@vauban-search.fr", is_organizer=True),)),
    # The user's first day in the new job.
    ("Tulpstra Verzekeringen – introductieprogramma", "Dag 1: kennismaking met je buddy, laptop ophalen. Welkom aan boord!",
     (Attendee("hr@tulpstra.nl", is_organizer=True),)),
    # The user interviewing: the Spanish "a" before a person, evaluation sheets for several.
    ("Entrevista a Carlos R. – camarero extra fines de semana", "", ()),
    ("Colloqui magazzino – 3 persone (turno notte)", "Schede di valutazione da compilare entro venerdì.", ()),
    # Someone else's interview the user takes them to.
    ("Llevar a Andrés a su entrevista en Mercadona", "", ()),
])
def test_look_alikes_of_a_candidates_interview(summary: str, description: str, attendees: tuple[Attendee, ...]) -> None:
    assert not verdict(summary, description, attendees=attendees).is_interview


def test_an_interview_with_a_company_in_spanish_stays_one() -> None:
    assert verdict("Entrevista en Mercadona – camarero (RRHH)").is_interview
    assert verdict("Entrevista a las 10 – Mercadona").is_interview


@pytest.mark.parametrize("summary", [
    "Hearing Teamleiter:in Kundenservice – ÖBB", "HKU selection committee – Lecturer (Public Health)",
    "Aya – manager call, ICU staff nurse", "Ayuntamiento de Madrid / 2ª fase – técnico de empleo",
])
def test_a_hearing_a_selection_committee_a_managers_call_and_a_numbered_phase_beside_a_job(summary: str) -> None:
    assert verdict(summary).is_interview


@pytest.mark.parametrize("summary", ["Court hearing – custody", "Hearing test – audiologist", "Hearing aid fitting"])
def test_hearings_that_are_no_interviews(summary: str) -> None:
    assert not verdict(summary).is_interview


@pytest.mark.parametrize(("summary", "description"), [
    ("Panel: Future of Civil Engineering (ICE Yorkshire)", "I'm on the panel with 3 others, 45 min + audience Q&A."),
    ("Interview mit der Rheinischen Post (Gründerserie)", "Redakteurin kommt ins Büro, Fotograf ab 11:30."),
    ("Call w/ Fatima (Harbor Talent)", "Wants 30 min to walk through their fees (18%, 90-day rebate) and candidates ready to go."),
    ("Onsite @ Dunmore Pharma", "Client onsite wk 3 – validation workshop with QA. Timesheet code DUN-0412."),
])
def test_a_panel_the_user_sits_on_a_press_visit_an_agency_pitch_and_a_client_onsite(summary: str, description: str) -> None:
    assert not verdict(summary, description).is_interview


@pytest.mark.parametrize(("summary", "description"), [
    ("Dave – Northside Plumbing 7am", "He wants to see if I'm any good for the apprentice spot. Said he'll ring me Friday."),
    ("Kahvila Aalto, Sanna 14:00", "Etsivät viikonloppuihin tekijää, kesätyöpaikka. Sanna lupasi vastata perjantaihin mennessä."),
    ("Anruf Pflegedienst Sonnenschein – Fr. Öztürk", "Wg. Minijob Hauswirtschaft. Will sich bis Mitte nächster Woche entscheiden."),
    ("pop into Hartigan's – Siobhán", "re the weekend bar job. she'll text me by Thursday"),
])
def test_a_post_or_a_trial_of_work_and_a_promised_answer_make_an_interview(summary: str, description: str) -> None:
    found = verdict(summary, description)
    assert found.is_interview and "a job or a trial, and when they will answer" in names(found)


@pytest.mark.parametrize(("summary", "description"), [
    ("Builder visit", "Quote for the extension job. Decision by Friday."),
    ("Test drive – Peugeot 208", "Essai routier, réponse du financement vendredi."),
    ("Mock interview with Sarah", "Minijob practice. She'll give feedback by Friday."),
])
def test_everyday_jobs_and_trials_with_an_answer_stay_no_interview(summary: str, description: str) -> None:
    assert not verdict(summary, description).is_interview


@pytest.mark.parametrize("summary", [
    "Samaritans – volunteer selection interview", "Entrevista voluntariado Cruz Roja", "Colloquio volontari Emergency",
    "Kennismakingsgesprek vrijwilliger Voedselbank", "SPR – vapaaehtoisten haastattelu", "Entretien coloc – Croix-Rousse",
    "Agentur für Arbeit – Erstgespräch", "Service Canada – entrevue AE", "Occupational health assessment",
    "Sesión outplacement LHH – entrevista final",
])
def test_volunteering_flatshares_job_offices_and_occupational_health_are_no_job_interviews(summary: str) -> None:
    assert not verdict(summary).is_interview


@pytest.mark.parametrize("summary", [
    "Interview – Volunteer Coordinator, Red Cross", "Entretien chargé de mission bénévolat – Secours populaire",
    "Haastattelu: vapaaehtoistoiminnan koordinaattori, SPR", "Interview – Occupational Health Nurse, Siemens",
])
def test_a_job_in_volunteering_or_occupational_health_is_an_interview(summary: str) -> None:
    assert verdict(summary).is_interview


#: Appointments with offices, advisers, the press and researchers, in the eight languages, each with a word a
#: hiring stage shares ("Erstgespräch", "entretien", "colloquio", "haastattelu", "面談"): none is the user's own job interview.
CIVIC_AND_PERSONAL = [
 "Jobcentre Plus – work coach interview", "Interview at UKVCAS – biometrics", "Job club interview practice – library",
 "CV clinic – interview tips", "Radio interview – BBC Radio 4", "TV interview – Channel 4 News", "Leavers interview with HR",
 "Therapy intake interview", "ADHD assessment – first appointment", "Occupational therapy assessment", "Exit meeting with manager",
 "Paid study – 60 min interview (Respondent.io)", "Erstgespräch Psychotherapie", "Schuldnerberatung Erstgespräch",
 "Erstgespräch ABH – Niederlassungserlaubnis", "Gespräch bei der Ausländerbehörde – Fiktionsbescheinigung", "Meldetermin Arbeitsamt – Gespräch mit Vermittler",
 "Radiointerview WDR 5", "Austrittsinterview mit HR", "Bewerbungswerkstatt – Vorstellungsgespräch üben", "Interview Marktforschung (50 € Gutschein)",
 "Entretien APEC – bilan de compétences", "Entretien Parcoursup", "Entretien Mission locale", "Entretien de fin de contrat",
 "Interview radio France Bleu", "Atelier TRE – entretien d'embauche", "Entretien préfecture – récépissé", "Entretien Cap emploi",
 "Entrevista en la radio – Cadena SER", "Entrevista de despedida RRHH", "Entrevista orientación laboral – SEPE", "Cita extranjería – toma de huellas",
 "Entrevista arraigo social – Oficina de Extranjería", "Taller de empleo – entrevista",
 "Colloquio con le maestre", "Colloquio Questura – rinnovo permesso", "Colloquio di fine rapporto", "Intervista radio – Radio24",
 "Colloquio orientamento al lavoro", "Colloquio NASpI – patronato",
 "Gesprek UWV werkplein", "Persinterview Volkskrant", "Exit-gesprek met manager", "Sollicitatietraining – oefeninterview", "Rapportgesprek groep 7",
 "Gesprek IND – verblijfsvergunning", "Intakegesprek GGZ",
 "TE-toimisto – alkuhaastattelu", "Työllisyyspalvelut – työnhakukeskustelu", "Radiohaastattelu Yle Puhe", "Lähtökeskustelu esihenkilön kanssa",
 "Työnhakuvalmennus – haastatteluharjoitus", "Migri – oleskelulupa haastattelu",
 "ハローワーク 職業相談 面談", "取材 面談（日経新聞）", "退職前面談", "入学面接（息子）", "ES添削 面談 キャリア相談", "模擬面談",
]


@pytest.mark.parametrize("summary", CIVIC_AND_PERSONAL)
def test_offices_advisers_press_and_research_with_a_stage_word_are_no_job_interviews(summary: str) -> None:
    assert not verdict(summary).is_interview


@pytest.mark.parametrize("summary", [
    'Vorstellungsgespräch Ausländerbehörde Leipzig (Sachbearbeiter)',
    'Entretien – Préfecture du Rhône, attaché',
    'Interview – Jobcentre Plus, Work Coach',
    'Interview – Citizens Advice, Adviser',
    'Interview – Careers Adviser, University of Leeds',
    'Vorstellungsgespräch Finanzamt München (Sachbearbeiterin)',
    'Vorstellungsgespräch Notariat Müller – Notarfachangestellte',
    'Entretien – CPAM de Paris, gestionnaire',
    "Entretien d'embauche – OFII, chargé de mission",
    'Entrevista de trabajo – SEPE Madrid, técnico de empleo',
    'Entrevista – Agencia Tributaria, técnico de Hacienda',
    'Colloquio di lavoro – INPS, funzionario',
    'Colloquio – Questura di Milano, assistente amministrativo',
    'Sollicitatiegesprek IND – beslismedewerker',
    'Sollicitatiegesprek – Rechtbank Amsterdam (griffiemedewerker)',
    'Työhaastattelu – Migri, ylitarkastaja',
    'Työhaastattelu: Kela, etuuskäsittelijä',
    'Työhaastattelu – TE-toimisto, asiantuntija',
    '出入国在留管理庁 採用面接（事務職）',
    'Interview – User Researcher, Monzo',
    'Interview – Apec, consultant', 'Interview – Loss Adjuster, Crawford & Co',
])
def test_a_job_interview_at_a_public_body_court_or_notary_is_an_interview(summary: str) -> None:
    assert verdict(summary).is_interview


def test_an_ats_invitation_that_names_the_candidate_profile_and_a_citizens_office_that_hires() -> None:
    invite = verdict("Interview Scheduled - R-0188723", "Please review your candidate profile before the interview for the "
                     "position of Clinical Research Coordinator II.")
    assert "user as interviewer (description)" not in names(invite) and invite.is_interview
    assert verdict("Vorstellungsgespräch Stadt Leipzig – Sachbearbeitung Bürgeramt (EG 9a)").is_interview
    assert not verdict("Termin Bürgeramt – Personalausweis abholen").is_interview
    assert not verdict("Interview debrief", "Review the candidate profile attached and submit your scorecard.").is_interview


@pytest.mark.parametrize(("summary", "description", "location"), [
    # a job title in the title, or a post named in the notes, and a promised answer: trades hire so
    ("RDV Decathlon 14h", "poste vendeur rayon cycle, magasin de Lille. Réponse sous huit jours d'après le responsable.", ""),
    # a civic word in a street's name says nothing of the event
    ("Journée d'immersion – EHPAD Les Tilleuls", "Poste aide-soignante de jour. La cadre me dira la semaine prochaine si c'est bon.",
     "EHPAD Les Tilleuls, 12 rue des Écoles, Angers"),
])
def test_a_job_or_a_post_and_a_promised_answer_without_the_word(summary: str, description: str, location: str) -> None:
    assert verdict(summary, description, location=location).outcome is Outcome.INTERVIEW


def test_a_candidate_line_that_names_the_user_is_no_sign_the_user_interviews() -> None:
    invite = ("Candidate: Luis Ortega\nJob Requisition: R-44817 Night Dispatcher\nHost: Terrence Bell, Terminal Manager\n"
              "To view or change this event, sign in to your candidate home account.")
    me = Attendee("luis.ortega.va@gmail.com", is_self=True)
    other = Attendee("dominionfreight@myworkday.com")
    mine = verdict("Your meeting with Dominion Freightways is confirmed", invite, attendees=(me, other))
    assert "user as interviewer (description)" not in names(mine)
    theirs = verdict("Your meeting with Dominion Freightways is confirmed", invite.replace("Luis Ortega", "Dana Reyes"),
                     attendees=(me, other))
    assert "user as interviewer (description)" in names(theirs) and not theirs.is_interview


def test_a_post_without_a_joining_word_in_a_title_is_not_read_as_the_users_job() -> None:
    found = verdict("Entrevista candidata puesto Contable – Sra. Ruiz",
                    "Rellenar la ficha de evaluación al terminar y mandarla a RRHH. Decidimos el viernes.")
    assert "a job on offer (title)" not in names(found)


@pytest.mark.parametrize(("summary", "description"), [
    # a word that names the employer beside a stage, over a job title in the notes, is not against it
    ("Lezione dimostrativa – Istituto Maria Ausiliatrice", "Poi chiacchierata con la preside. Scuola paritaria. "
                                                           "Mi fanno sapere entro il 10 dicembre."),
    # a post in Japanese and a promised answer
    ("職場見学 – 株式会社ミドリ精機", "工場見学のあと製造部長と面談（正社員・品質管理）。結果は1週間以内に連絡とのこと。"),
])
def test_an_employers_word_and_a_post_beside_a_stage_or_an_answer(summary: str, description: str) -> None:
    assert verdict(summary, description).is_interview


def test_a_trial_of_work_put_in_as_free_days_is_still_a_trial() -> None:
    days = {"start": START.date(), "end": START.date() + timedelta(days=3), "transparency": "transparent"}
    trial = verdict("Työkokeilu – K-Citymarket Tampere Lielahti", "3 päivää hedelmäosastolla.", **days)
    assert trial.is_interview and not names(trial) & {"all-day", "marked free"}
    assert {"all-day", "marked free"} <= names(verdict("Haastattelu – K-Citymarket", "", **days))


def test_a_parents_childcare_meeting_stays_civic() -> None:
    assert not verdict("Intakegesprek kinderopvang Het Bolletje", "Voor Noor, groep Dolfijn. Ze bellen overmorgen.").is_interview


@pytest.mark.parametrize("summary", [
    "Entrevista con la Universidad de Salamanca – Profesor Ayudante Doctor, Física Aplicada",
    "Entrevista con la comisión – Contratado Doctor",
])
def test_a_doctor_in_a_job_title_beside_a_stage_is_the_job(summary: str) -> None:
    assert verdict(summary).is_interview


def test_a_doctors_appointment_is_still_no_interview() -> None:
    assert not verdict("Doctor appointment – Dr. Patel").is_interview


@pytest.mark.parametrize(("summary", "description"), [
    ("Coffee with Tom", "He has an interview for a developer role next week, help him prep."),
    ("Catch-up Sarah", "Her interview at Google went well - software engineer position."),
    ("Papa", "Hij heeft een sollicitatiegesprek voor de functie van chauffeur."),
])
def test_notes_about_another_persons_interview_are_no_interview(summary: str, description: str) -> None:
    assert not verdict(summary, description).is_interview



ME_AS_CANDIDATE = (Attendee("luis.ortega.va@gmail.com", name="Luis Ortega", is_self=True),
                   Attendee("sourav.dutta@gds.example.com", name="Sourav Dutta"))


@pytest.mark.parametrize("subject", [
    "Northwind GDS | Interview for Senior Consultant - SAP FICO | Round 2 | Candidate: Luis Ortega",
    "Acme | Technical Interview | Candidate: Luis Ortega | Panel: Sourav Dutta",
    "Interview for Data Analyst | Candidate: LUIS ORTEGA",
    "| Position: | Data Analyst |\n| Candidate: | Luis Ortega |",  # a table's cells
])
def test_an_ats_subject_whose_candidate_field_names_the_user_is_the_users_interview(subject: str) -> None:
    found = verdict("Technical round 2", f"{subject}\nMicrosoft Teams meeting\nJoin the meeting now",
                    attendees=ME_AS_CANDIDATE)
    assert "user as interviewer (description)" not in names(found) and found.is_interview


@pytest.mark.parametrize("subject", [
    # the same subject lines naming someone else: the user sits on the panel
    "Northwind GDS | Interview for Senior Consultant - SAP FICO | Round 2 | Candidate: Ananya Ghosh",
    "Acme | Technical Interview | Candidate: Luis Martínez | Panel: Luis Ortega",
    "Interview for Data Analyst | Candidate: Luis",  # a first name alone proves nothing
    "Kandidat | Candidate: Dana Reyes | Interviewer: Luis Ortega",
])
def test_an_ats_subject_whose_candidate_field_names_another_keeps_the_user_on_the_panel(subject: str) -> None:
    found = verdict("Technical round 2", f"{subject}\nMicrosoft Teams meeting", attendees=ME_AS_CANDIDATE)
    assert "user as interviewer (description)" in names(found) and not found.is_interview


@pytest.mark.parametrize(("summary", "description"), [
    # "panel member" and "score card" alone are the interviewer's far more often than a candidate's (an outside
    # review's inputs, after a rule that read them as a candidate's was tried and taken back)
    ("Interviews – Band 6 Physio", "Panel member briefing pack attached. Candidates: J. Smith 10:00, K. Patel 11:00."),
    ("Interview panel – Finance Manager", "Score card attached – please return to HR after the interviews."),
    ("Interviews – Analyst", "Use the attached score card template to rate each candidate."),
    ("Interview panel", "Panel member guidance notes attached; candidate CVs to follow."),
])
def test_a_panel_member_or_a_score_card_alone_is_the_interviewers(summary: str, description: str) -> None:
    found = verdict(summary, description)
    assert "user as interviewer (description)" in names(found) and not found.is_interview


@pytest.mark.parametrize(("summary", "description"), [
    # the interviewer sits on the panel and fills the score card in, in the eight languages
    ("Interview – Band 5 Staff Nurse", "Thanks for agreeing to be a panel member. Fill in the score card after each one."),
    ("Panel interview – Policy Officer", "Complete the score card by 5pm and send it to HR."),
    ("Interviews – Backend Engineer", "You have been added as a panel member for Thursday."),
    ("Interview loop – SRE", "Score cards due by EOD."),
    ("Vorstellungsgespräche Werkstudent", "Bewertungsbogen ausfüllen."),
    ("Entretien – stagiaire", "Grille d'évaluation à remplir."),
    ("Entrevista – becario", "Rellenar las hojas de evaluación."),
    ("Colloquio – stagista", "Scheda di valutazione da compilare."),
    ("Sollicitatiegesprek – stagiair", "Beoordelingsformulier invullen na afloop."),
    ("Haastattelu – kesätyöntekijä", "Täytä arviointilomake."),
    ("面接 – 中途採用", "評価シートの提出をお願いします。"),
])
def test_the_interviewers_panel_and_score_card_stay_the_interviewers(summary: str, description: str) -> None:
    found = verdict(summary, description)
    assert "user as interviewer (description)" in names(found) and not found.is_interview


@pytest.mark.parametrize("summary", [
    "Entretien conseillère beauté – flagship Champs", "Entretien conseiller de vente – Decathlon Wagram",
    "Entretien d'embauche – conseillère de vente, Fnac Ternes", "2e entretien conseiller beauté – Marionnaud",
])
def test_a_sales_or_beauty_advisor_is_a_shop_floor_job_not_a_career_adviser(summary: str) -> None:
    assert verdict(summary).is_interview


@pytest.mark.parametrize("summary", [
    "Entretien avec ma conseillère bancaire", "Entretien conseillère emploi – France Travail",
    "RDV conseillère beauté – maquillage mariage", "Entretien annuel – conseillère de vente",
    "Atelier conseillère beauté – soin visage", "Entretien Mme Dubois – conseillère de vente",
    "Entretien candidate – conseillère de vente",
])
def test_a_career_adviser_a_bank_adviser_and_the_users_own_staff_stay_no_interview(summary: str) -> None:
    assert not verdict(summary).is_interview


@pytest.mark.parametrize("summary", ["Invitation to interview – Acme Ltd", "Interview schedule - Acme",
                                     "Technical assessment – Acme", "Kutsu haastatteluun – Ilmatieteen laitos",
                                     "Prossimo colloquio Enel", "次回選考 ソニー", "面接の日程 ソニー"])
def test_an_invitations_phrase_with_a_stage_inside_still_names_the_stage(summary: str) -> None:
    v = verdict(summary)
    assert v.is_interview and "interview stage (title)" in names(v)


def test_no_weaker_positive_phrase_hides_a_stage_inside_it() -> None:
    """The lexicon matches the longest phrase only: a positive family's phrase with a stage's phrase inside must be a
    stage too, or "Invitation to interview – Acme" would count as a hint of hiring and not as an interview."""
    from followup_sync import detect, evidence_words as words
    stage = detect._lexicon((words.STAGES,))
    stages = {detect._key(detect.normalise(p.rstrip("*"))) for p in words.STAGES}
    weaker_on_purpose = {"selection panel", "rekrytointitoimikunta", "rekrytointiyritys", "karat.io"}
    hiding = []
    for phrases in (words.RECRUITERS, words.HINTS, words.HIRING_CONTEXT, words.INVITATION, words.HIRING_PLATFORMS):
        for phrase in phrases:
            text = detect.normalise(phrase.rstrip("*"))
            pattern = stage.spaced if text[:1] < "\u2e80" else stage.unspaced
            if (detect._key(text) not in stages and phrase not in weaker_on_purpose and pattern is not None
                    and pattern.search(f" {text} ")):
                hiding.append(phrase)
    assert hiding == []


@pytest.mark.parametrize(("summary", "description"), [
    ("Interview LVZ – Wohnungsnot in Sachsen", "Reporterin Frau Kühn ruft an, ca. 20 min, evtl. Foto."),
    ("Interview France 3 – grève des soignants", "Tournage devant l'hôpital, 2 min à l'antenne ce soir."),
    ("Cita LABORA – entrevista con la orientadora", "Renovar la demanda de empleo. Llevar DNI."),
    ("Services Québec - rencontre", "Suivi de mon plan d'action avec l'agente d'aide à l'emploi."),
    ("Entretien Mme Roux (usagère) – évaluation", "Dossier dans le classeur bleu."),
])
def test_a_reporter_a_film_crew_a_job_centre_and_a_service_user_are_no_job_interview(summary: str, description: str) -> None:
    assert not verdict(summary, description).is_interview


def test_the_recruitment_group_a_candidate_teaches_before_is_no_sign_of_sitting_on_it() -> None:
    v = verdict("Opetusnäyte TAMK", "Aihe: tietokannat, 15 min + kysymykset. Yleisönä opiskelijoita + rekrytointiryhmä.")
    assert v.is_interview


@pytest.mark.parametrize(("summary", "description"), [
    # with when the answer comes, as such notes say
    ("Telefonat Frau Berger", "Fr. Berger (Pflegedirektion) ruft mich an wg. meiner Bewerbung als Stationsleitung.\n"
                              "Rückmeldung bis Ende nächster Woche."),
    ("Praktijk Oosterpark 9:15", "Gesprek voor de functie doktersassistent met de praktijkmanager.\n"
                                 "Ze hopen binnen een week te beslissen."),
    ("Auberge du Port", "Shift d'essai avec Jocelyn à la réception. Il me redonne des nouvelles lundi."),
    ("Stagecoach – assessment drive", "Bring licence + CPC card."),
])
def test_a_meeting_about_the_users_application_or_a_trial_is_an_interview(summary: str, description: str) -> None:
    assert verdict(summary, description).is_interview


@pytest.mark.parametrize(("summary", "description"), [
    # the session-10 review's: a second meeting of any kind, a car's test drive, a subscription's free trial
    ("2e rencontre parents-professeurs", "Classe de 5e B"),
    ("2e rdv banque - prêt immo", "Apporter avis d'imposition"),
    ("2e rdv kiné", ""),
    ("Trial drive Tesla Model 3", "Test drive booked online"),
    ("Appel Free - service d'essai", "Résilier avant la fin du service d'essai gratuit"),
    # talking about one's application with a friend, a parent or a mentor
    ("友達とランチ", "応募の件で相談"),
    ("Call with Mum", "talk about my application to Cambridge"),
    ("Gesprek met mentor", "Gesprek over mijn sollicitatie, cv doorlopen"),
])
def test_a_second_meeting_a_test_drive_a_free_trial_and_a_chat_about_an_application_are_no_interview(summary: str, description: str) -> None:
    assert not verdict(summary, description).is_interview


@pytest.mark.parametrize(("summary", "description"), [
    ("Café avec Hélène", "Hélène tient la pharmacie du marché : elle veut me voir pour le poste avant de décider. "
                         "Elle me dit quoi d'ici vendredi."),
    ("Werkstatt 7:30", "Meister Huber zeigt mir die Werkstatt, es geht um die Gesellenstelle. Er meldet sich nächste Woche."),
    ("Koffie met Pieter", "Pieter zoekt iemand voor de functie van planner. Hij laat het me vrijdag weten."),
])
def test_a_post_in_more_words_and_when_the_answer_comes_is_an_interview(summary: str, description: str) -> None:
    assert verdict(summary, description).is_interview


@pytest.mark.parametrize(("summary", "description"), [
    # a round of comments on work, an audit of controls, an adviser's appointment, a supplier's meeting
    ("Lakeshore CU – logo concepts, feedback round 2", "Round 2 review of the three directions; decision by 10/9."),
    ("IKS-Assessment Purchase-to-Pay – Walkthrough mit Revision", "Bitte Stichproben bereithalten."),
    ("税理士面談 – 年末調整の件", "年末調整についてご相談させてください。"),
    ("仕入れ打ち合わせ – 関東製粉", "価格改定のご説明にお伺いします。"),
])
def test_ordinary_meetings_with_another_organisation_are_not_interviews(summary: str, description: str) -> None:
    guests = (Attendee("me@example.com", is_self=True), Attendee("ann@supplier.example"), Attendee("bo@supplier.example"))
    verdict = classify(event(summary, description, attendees=guests, organizer="ann@supplier.example",
                             conference="Microsoft Teams"), RULES, ME)
    assert verdict.outcome is not Outcome.INTERVIEW, verdict.evidence


def test_the_title_naming_the_user_after_the_stage_is_their_own_invitation() -> None:
    me = Attendee("me@example.com", name="Lena Vogt", is_self=True)
    verdict = classify(event("Interview: Lena Vogt – Finance Manager (m/w/d)", "Powered by Personio",
                             attendees=(me, Attendee("hr@vogel-logistik.example"))), RULES, ME)
    assert verdict.is_interview, verdict.evidence


@pytest.mark.parametrize(("summary", "description", "expected"), [
    # a trade's post named in the notes, and when the answer comes
    ("Riverside Farm 6am", "relief tractor driver for the harvest. Tom said he'll text me by Monday", True),
    ("Appel de Nadia", "serveuse en salle, soirées. Elle me recontacte d'ici vendredi.", True),
    # the user judging another's trial, in the same words
    ("Jess trial 9-1", "new barista? she's on with me. Let Sam know how she went by Fri", False),
    ("Line cook tryouts – Ana + Leo", "both on grill at lunch. Decide by Weds.", False),
])
def test_a_post_in_the_notes_and_a_promised_answer(summary: str, description: str, expected: bool) -> None:
    assert verdict(summary, description).is_interview is expected


@pytest.mark.parametrize(("summary", "description"), [
    # the second session-11 review's inputs: the post is a person who came, or a title's post beside an everyday word
    ("Boiler", "Plumber came to look at the boiler. He'll let me know by Friday about the part."),
    ("Tractor service", "The tractor driver from the co-op brings the baler back. Tom said he'll text me by Monday when it's fixed."),
    ("Nurse visit – Dad", "District nurse came. Results by Monday."),
    ("Manager meeting – bank loan", "Branch manager reviewed the business plan. Decision by next Friday."),
])
def test_a_post_that_came_or_answers_is_no_job_on_offer(summary: str, description: str) -> None:
    found = verdict(summary, description)
    assert not found.is_interview, found.evidence


@pytest.mark.parametrize(("summary", "description", "expected"), [
    # a meal the hiring process holds: the notes name the stage
    ("Lunch with partners", "Second-round interview over lunch with two partners. They decide by Friday.", True),
    ("Lunch - Gary Simmons", "Final interview for the yard foreman role, at the diner. He decides this week.", True),
    # a meal is still a meal when the notes say nothing of hiring, or speak of someone else's interview
    ("Lunch with Priya", "Catch up, she's back from leave.", False),
    ("Dinner w/ Tom", "Celebrating his new job!", False),
])
def test_a_meal_with_a_stage_in_the_notes(summary: str, description: str, expected: bool) -> None:
    found = verdict(summary, description)
    assert found.is_interview is expected, found.evidence


@pytest.mark.parametrize(("address", "expected"), [("sam.lee@gmail.com", True), ("sam.lee@valio.fi", False)])
def test_one_outsider_invited_from_a_private_address_weighs_less_against(address: str, expected: bool) -> None:
    # the candidate put the interviewer in their own event; from a work address, the user runs a meeting
    guests = (Attendee(address, is_self=True, is_organizer=True), Attendee("deb.okafor@tfl.gov.uk"))
    found = classify(event("Call w/ Deb – ST planner", "Telephone sift call re Senior Transport Planner, 30 min.",
                           attendees=guests, organizer=address, organizer_self=True), RULES, Identity(emails=(address,)))
    assert "you invited the guests" in names(found)
    assert found.is_interview is expected, found.evidence


@pytest.mark.parametrize(("summary", "description", "expected"), [
    # a trade's post in the notes, in the languages of the trades, and when the answer comes
    ("Sähkö-Saarisen Jarmo klo 7.30", "asentajan paikka. Kortit mukaan. Jarmo soittaa huomenna.", True),
    ("Dunmore Farms 7am", "relief herdsperson, milking parlour. Liam said he'll text me by Monday", True),
    ("Patrice 7h", "journée comme déménageur. Il me revient d'ici vendredi.", True),
    # the same words for someone who comes or answers
    ("Boiler", "The mechanic came to look at the van. He'll let me know by Friday about the part.", False),
])
def test_trades_in_the_notes_and_a_promised_answer(summary: str, description: str, expected: bool) -> None:
    found = verdict(summary, description)
    assert found.is_interview is expected, found.evidence


@pytest.mark.parametrize(("summary", "description"), [
    ("Kees – kas", "Kwekerij Van Os. Ochtendje meelopen in de kas, daarna hoor ik het binnen 3 werkdagen."),
    ("Harbour Café", "Paid trial on Saturday, 4 hours on the floor. Jo decides by Monday."),
    ("Bunnings chat w Kylie (store mgr)", "casual team member – weekends + over summer. she'd let me know in a couple of days"),
    ("Roscioli 🍝", "Prova in cucina, portare coltelli. Pierluigi mi fa sapere dopodomani."),
])
def test_a_trial_of_work_in_more_words_and_a_promised_answer(summary: str, description: str) -> None:
    found = verdict(summary, description)
    assert found.is_interview, found.evidence


@pytest.mark.parametrize(("summary", "description"), [
    # practice, research, a study-abroad agency, a student paper and an errand, in words the lists lacked
    ("Ensayar entrevista con Laura (preguntas de comportamiento)", ""),
    ("Sparren met Joris over system design (voor Adyen)", ""),
    ("Entrevistas a clientas – estudio de marca (cámara Gesell)", ""),
    ("Entretien Campus France", ""),
    ("Student paper interview – internship piece", ""),
    ("M&S - interview blouse + print NMC docs at library", ""),
])
def test_more_lookalikes_in_their_own_words(summary: str, description: str) -> None:
    found = verdict(summary, description)
    assert not found.is_interview, found.evidence


@pytest.mark.parametrize(("summary", "description"), [
    # the user hiring for their own team through an agency, a reference for someone else, a vendor's demo, an offer
    ("Catch-up w/ Tom (Harvey Nash) – DE hiring", "Tom's sending 3 more CVs for the reqs on my team. Agree fee (20% vs 18%)."),
    ("Kennismaking Randstad – vacatures voor mijn team", "Bespreken: 2 vacatures planner, tarieven."),
    ("Referentiegesprek over Tom de Vries (voor Picnic)", "Tom heeft jou opgegeven als referent voor de functie bij Picnic."),
    ("Échange Doctolib <> Clinique Saint-Jean", "Présentation de l'offre Doctolib et proposition tarifaire."),
    ("Trattativa offerta – Enel", "Offerta ricevuta: RAL 52k. Chiedere 56k."),
])
def test_the_hiring_side_references_vendors_and_offers_are_no_interview(summary: str, description: str) -> None:
    found = verdict(summary, description)
    assert not found.is_interview, found.evidence


@pytest.mark.parametrize(("summary", "description", "expected"), [
    # the user hiring help at home, a student's project about the user, a mortgage, a brother's interview
    ("interview nannies 🍼", "1pm Ana (referred by Kim), 2pm Brooke from care.com", False),
    ("Entrevistar chicas para limpieza", "María 10h, Rocío 11h", False),
    ("Interview für Uni-Projekt (Lina) 🎙️", "Lina will mich 30 min interviewen", False),
    ("Colloquio in banca per il mutuo", "portare buste paga", False),
    ("面接の付き添い（弟）", "弟のバイト面接、車で送る", False),
    # "3 Pers." in German notes is no Dutch press
    ("Vorstellungsgespräch Stadtwerke Münster (Zoom)", "Auswahlkommission 3 Pers. + Personalrat. Ergebnis Ende Oktober", True),
    # the owner deciding whether to take the candidate on, and a trial in the candidate's words
    ("swing by Rosa's 🌮", "she wants to meet me before she hires for the counter. she'll let me know by saturday", True),
    ("Schnuppertag Zimmerei Huber", "Lehrstelle Zimmermann. Hr. Huber gibt Bescheid bis Freitag.", True),
])
def test_terse_notes_typed_on_a_phone(summary: str, description: str, expected: bool) -> None:
    found = verdict(summary, description)
    assert found.is_interview is expected, found.evidence


@pytest.mark.parametrize(("summary", "description", "expected"), [
    # the session-12 review's inputs: a social meal whose notes speak of another's interview or of preparing for one
    ("Dinner with Anna", "Prep for my second-round interview on Thursday, ask about case questions", False),
    ("Lunch with Raj", "He's interviewing for a PM job at Monzo (second round Friday).", False),
    ("Drinks after work", "Leaving do for Priya. HR says the second-round interviews for her replacement are next week.", False),
    # hours and a taking-on that are a childminder's, a client's or a student's
    ("Childminder for Mia", "part-time, 20 hrs/week, she'll let me know by Friday if she has a space", False),
    ("Call w/ piano teacher", "asked if she'd take me on as a student, she'll let me know next week", False),
    ("Personal trainer", "vediamo se mi prende come cliente, mi fa sapere lunedì", False),
    # a hiring manager's "my team" and a nanny's own interview, in real interviews
    ("Interview - Pret", "Team member role. The manager said 'you'd be on my team, doing opens'. Bring ID.", True),
    ("面接 株式会社リクルート", "自チームの話をしてくれるとのこと。結果は1週間以内。", True),
    ("Entretien - Nounou Express", "Entretien d'embauche pour devenir nounou chez eux. Réponse sous une semaine.", True),
    # a family celebration's notes, which no interview has
    ("Hotel Excelsior ore 15", "matrimonio di Chiara, portare il regalo, vestito scuro", False),
])
def test_session_12_review_inputs(summary: str, description: str, expected: bool) -> None:
    found = verdict(summary, description)
    assert found.is_interview is expected, found.evidence


@pytest.mark.parametrize("summary", ["Interview at school", "Interview @ school"])
def test_session_13_an_institution_after_an_at_sign_names_the_employer(summary: str) -> None:
    # "@" with a blank before it is "at": the school is where the user interviews, as with the word
    found = verdict(summary)
    assert found.is_interview, found.evidence
    assert "lookalike (names the employer or role)" in names(found)


@pytest.mark.parametrize(("summary", "description", "expected"), [
    # a public employer hires by exam and interview; a student's entrance exam has no word of hiring
    ("横浜市 社会人経験者採用 二次試験（個別面接）", "市庁舎。受験票持参。最終合格発表は12月11日（金）予定。", True),
    ("さいたま市職員採用 最終面接（第3次試験）", "受験番号 2031-0457 / 面接カード持参", True),
    ("大学入試 二次試験（面接）", "受験票持参", False),
])
def test_session_13_hiring_by_exam(summary: str, description: str, expected: bool) -> None:
    found = verdict(summary, description)
    assert found.is_interview is expected, found.evidence


@pytest.mark.parametrize("summary", [
    # (the session-13 outside review's) a course on recruiting and an apprentice's own review stay exams
    "Examen UE Recrutement et entretien d'embauche",
    "Esame Reclutamento e selezione del personale – orale (colloquio)",
])
def test_session_13_a_course_on_hiring_is_an_exam(summary: str) -> None:
    assert not verdict(summary).is_interview


@pytest.mark.parametrize(("summary", "description"), [
    # (the session-13 second review's) a hint everyday meetings share, notes that open with a post and a promised
    # answer: a patient's, a bank's, a parent's, a manager's and a hirer's own meetings, not interviews
    ("Intro call", "Nurse practitioner at the new GP surgery. They'll let me know by Friday if they can take me as a patient."),
    ("Gespräch mit Sparkasse", "Berater: Herr Vogel, Baufinanzierung. Entscheidung über den Kredit bis Freitag."),
    ("Tapaaminen koululla", "Opettaja Virtanen, Eetun arviointi. Päätös erityistuesta perjantaihin mennessä."),
    ("Coffee chat w/ Priya", "Manager check-in. She'll let me know about the promotion decision by end of month."),
    ("Intro call", "Software Engineer candidate, referral from Tom. I'll send my decision by Friday."),
    ("Vorstellung", "Projektvorstellung beim Kunden, der Projektleiter gibt Rückmeldung bis Freitag."),
    ("Screening", "Mammogram screening with the nurse. Results in 2 weeks."),
])
def test_session_13_a_shared_hint_over_a_post_and_an_answer_is_no_interview(summary: str, description: str) -> None:
    found = verdict(summary, description)
    assert not found.is_interview, found.evidence


def test_session_13_a_team_after_the_post_names_the_job() -> None:
    # "Onboarding" after "Product Designer," is the team the job is in, not the user's first days at a new job
    found = verdict("Take-home walkthrough – Canva (Product Designer, Onboarding)")
    assert found.is_interview, found.evidence
    assert not verdict("Onboarding – Canva (day 1)").is_interview


@pytest.mark.parametrize("summary", [
    # (the second review's) after the post and a comma, being cancelled, an offer, an exit, practice or the user
    # interviewing says what the event is
    "Phone screen – Product Designer, cancelled", "Vorstellungsgespräch Projektmanager, abgesagt",
    "Final round – Product Manager, offer call", "Interview – Software Engineer, exit interview",
    "Interview – Account Manager, prep for tomorrow", "Interview – Research Scientist, user research",
])
def test_session_13_what_follows_the_post_may_say_what_the_event_is(summary: str) -> None:
    assert not verdict(summary).is_interview


@pytest.mark.parametrize(("summary", "description", "expected"), [
    # fresh_yh's look-alikes: a relative's care needs assessment and a mortgage adviser
    ("Mum – care needs assessment", "Assessor: Karen Doyle (Adult Social Care). Decision on the care package within 28 days.",
     False),
    ("Sparkasse – Beratungsgespräch Baufinanzierung", "Berater: Hr. Lehmann. Kreditentscheidung in 3 Werktagen.", False),
    # the same words, and their neighbours, where they name who hires or the post (the third review's jobs)
    ("Entrevista – Técnico/a de Admisiones (Universidad Europea)", "Entrevista con RRHH. Respuesta en una semana.", True),
    ("健診センター 看護師 採用面接", "結果は1週間以内", True),
    ("面接 人間ドック受付スタッフ", "結果は1週間以内", True),
    ("面接 二次検査担当 臨床検査技師（○○病院）", "採用面接です。結果は1週間後。", True),
    ("株式会社ABC 面接", "採用が決まった場合は健康診断（精密検査を含む）を受けていただきます。", True),
    ("Vorstellungsgespräch – Berater Baufinanzierung (Sparkasse)", "Rückmeldung bis Freitag.", True),
    ("Vorstellungsgespräch Baufinanzierung Sparkasse KölnBonn", "Stelle: Berater/in Baufinanzierung.", True),
    ("Zweitgespräch Kreditentscheidung Privatkunden – ING Deutschland", "", True),
    ("Vorstellungsgespräch Gutachter/in Pflegegrad – Medizinischer Dienst Nordrhein", "", True),
    ("Interview – Social Worker (adult care assessment team)", "Panel interview. Decision within 2 weeks.", True),
    ("Interview: Social Worker (Care Needs Assessment team) – Leeds City Council", "", True),
    ("Sollicitatiegesprek – Medewerker Klantenservice – Coolblue",
     "Je wordt beoordeeld aan de hand van een scorekaart. Je hoort binnen 5 werkdagen van ons.", True),
])
def test_session_13_look_alikes_and_their_jobs(summary: str, description: str, expected: bool) -> None:
    found = verdict(summary, description)
    assert found.is_interview is expected, found.evidence


@pytest.mark.parametrize(("summary", "description", "expected"), [
    # an agency selling its candidates to the user's team, beside an agency screening the user
    ("Robert Half – intro re: our open reqs", "Hi Sam, I'd love to learn about the 3 accounting roles you're hiring for "
     "and share some candidates we have on the bench. — Tyler, Robert Half", False),
    ("Recruiter screen – Robert Half", "Tyler will share my profile with 2 clients hiring accountants. He will call back Friday.",
     True),
])
def test_session_13_an_agency_selling_candidates(summary: str, description: str, expected: bool) -> None:
    found = verdict(summary, description)
    assert found.is_interview is expected, found.evidence


def test_the_hiring_committee_inviting_the_user_is_the_employers() -> None:
    notes = ("Dear Mr. Castellanos,\nThank you for your application. The hiring committee would like to invite you to a "
             "first-round interview for the associate position.")
    found = verdict("Zoom w/ Rachel", notes)
    assert not any(e.name.startswith("user as interviewer") for e in found.evidence) and found.is_interview
    debrief = verdict("Debrief – Sr PM", "Hiring committee debrief. Please have your scorecard submitted in Lever.")
    members = verdict("Search committee interviews",
                      "Hiring committee: please join us, invitation to all members to the candidate presentations.")
    assert not debrief.is_interview and not members.is_interview


@pytest.mark.parametrize("summary", ["Zweites Gespräch – Bank Hauskredit", "Zweites Gespräch Vermieter",
                                     "Therapie – zweites Gespräch"])
def test_a_second_talk_alone_is_only_a_hint(summary: str) -> None:
    assert not verdict(summary).is_interview


@pytest.mark.parametrize(("summary", "notes"), [
    ("Prueba de cocina – Casa Lola", "Jefe de partida, prueba en servicio de mediodía. Llevar chaquetilla."),
    ("Koevuoro – Ravintola Savotta", "Kokki, iltavuoro 15–22. Oma veitsi mukaan."),
])
def test_second_talks_kitchen_trials_and_trial_shifts_are_stages(summary: str, notes: str) -> None:
    assert verdict(summary, notes).is_interview


def test_an_owner_who_wants_to_meet_before_hiring_anyone_in_dutch() -> None:
    notes = ("Joris = eigenaar Installatiebedrijf Van Dijk. Hij zoekt een servicemonteur en wil eerst kennismaken "
             "voordat hij iemand aanneemt. Hij belt me overmorgen of ik een dag mee mag draaien.")
    assert verdict("Koffie met Joris", notes).is_interview
    assert not verdict("Koffie met Joris", "Hij belt me overmorgen over de verbouwing.").is_interview


def test_a_post_and_candidate_in_the_title_is_the_candidate_the_user_meets() -> None:
    found = verdict("[Interviewer] Panel – Senior PM candidate: Emily Zhao",
                    "Thanks for joining Emily's panel. Please submit feedback in Greenhouse by EOD tomorrow.")
    assert "user as interviewer (title)" in names(found) and not found.is_interview


@pytest.mark.parametrize("summary", ["Vorstellungsgespräch – Vertragsmanager (m/w/d), Allianz",
                                     "Interview: Contract Manager – Siemens", "Contract call – Hays (6-month Java contract)",
                                     "Entretien contrat pro – Decathlon",
                                     # (the contract talk after an offer was tried as an offer word: a review's job
                                     # titles with it were lost)
                                     "Työhaastattelu: sopimuskeskustelu-asiantuntija, Kela",
                                     "Vorstellungsgespräch Vertragsgesprächsführung Vertrieb – Telekom",
                                     "Software Engineer candidate: onsite loop (me)",
                                     "Data Analyst candidate: technical interview – Klarna"])
def test_a_contract_managers_or_a_candidates_own_interview_is_still_one(summary: str) -> None:
    assert verdict(summary).is_interview


@pytest.mark.parametrize("summary", ["Probespiel Jugendorchester – Leon (Geige)",
                                     "Probespiel Blasorchester Musikverein Feldkirchen (Laienorchester)"])
def test_a_youth_or_amateur_orchestras_audition_is_no_job(summary: str) -> None:
    assert not verdict(summary).is_interview


@pytest.mark.parametrize(("summary", "notes"), [
    ("Probespiel Staatskapelle – Cello", "Tutti-Cello, 1. Runde hinter Vorhang 9:40. Ergebnis nach der Finalrunde."),
    ("Audizione Teatro Regio – violino di fila", "Prima prova dietro sipario ore 10, passi orchestrali."),
])
def test_an_orchestras_audition_for_a_seat_is_a_job_interview(summary: str, notes: str) -> None:
    assert verdict(summary, notes).is_interview


def test_a_japanese_information_session_that_opens_a_selection_day_is_no_look_alike() -> None:
    assert verdict("【説明会・一次選考】カワセ電機", "会社説明会（60分）→ 一次面接（個人・15分）").is_interview
    assert not verdict("会社説明会 カワセ電機", "オンライン、60分").is_interview


def test_a_finnish_work_sample_is_a_stage() -> None:
    assert verdict("Työnäyte – Rakennusliike Hakala", "Päätös tehdään 11.12.").is_interview


@pytest.mark.parametrize(("summary", "description"), [
    # the third outside review of session 16: another person's interview the user drives or goes along to
    ("Tom's interview at Tesco", "drive Tom to his interview for the shelf stacker job, 4pm. They'll let him know by Friday"),
    ("Entretien de Lucas", "accompagner Lucas (mon fils) à son entretien pour l'apprentissage boulanger, réponse vendredi"),
    ("Colloquio di Marco", "accompagno Marco (mio figlio) al colloquio per il posto da cameriere, gli fanno sapere venerdì"),
])
def test_a_stage_a_persons_name_owns_is_their_interview(summary: str, description: str) -> None:
    assert not verdict(summary, description).is_interview


def test_a_brand_with_a_given_names_possessive_is_still_an_interview() -> None:
    assert verdict("Wendy's interview", "crew member, bring ID, they will let me know by Friday").is_interview


def test_in_doubt_a_post_the_notes_name_makes_a_promised_answer_a_jobs() -> None:
    # a plain title, a post after "poste" that no job title list holds, and when they answer
    v = verdict("Mme Roussel 9h15", "Étude Roussel & Fils – le poste de clerc (CDI). Apporter CV. "
                "Décision fin de semaine prochaine")
    assert "a job or a trial, and when they will answer" in names(v) and v.is_interview
    # the one who answers is no post on offer
    v = verdict("Rdv Mme Roussel", "Apporter les papiers. Réponse de la banque fin de semaine prochaine")
    assert not v.is_interview


def test_a_trial_shift_as_each_trade_says_it_with_a_promised_answer() -> None:
    for title, notes in (("Essai en salle – Le Comptoir", "service du soir, chemise blanche. Il me dit jeudi si c'est bon."),
                         ("Prova pizzaiolo – Da Ciro", "portare la divisa. Mi dicono venerdì."),
                         ("Passer voir le patron – Garage Dubois", "Poste de mécano, CDI. Il me dit avant Noël."),
                         ("Turno de prueba – Casa Lola", "llevar cuchillos. Me dicen algo el lunes."),
                         ("Probeschicht Café Lotte", "schwarze Hose. Sie meldet sich bis Freitag."),
                         ("トライアル勤務 – 喫茶ひかり", "エプロン持参。結果は3日以内に連絡あり。")):
        v = verdict(title, notes)
        assert "a job or a trial, and when they will answer" in names(v) and v.is_interview, title
    # the same café, a table booked: no trial, no job
    assert not verdict("Café Lotte – Tisch", "Sie meldet sich bis Freitag wegen der Reservierung.").is_interview


def test_a_stage_only_hiring_has_makes_the_school_beside_it_the_employer() -> None:
    v = verdict("さくら保育園 採用面接", "園長と面接。履歴書持参。")
    assert v.is_interview and any(n.endswith("(names the employer or role)") for n in names(v))
    assert verdict("Sollicitatiegesprek basisschool De Linde", "Met de directeur, groep 3.").is_interview
    # a parent's meeting at the same school stays what it is
    assert not verdict("さくら保育園 面談", "担任の先生と面談。子どもの様子について。").is_interview
    assert not verdict("Gesprek basisschool De Linde", "Met de juf over Sem, groep 3.").is_interview


def test_a_cafe_named_for_daily_bread_is_no_newspaper() -> None:
    v = verdict("Café avec Lucie – Studio Nord", "Lucie (DRH) – 1er échange pour le poste de chargée de projet. "
                "Le Pain Quotidien, rue Sainte-Catherine. Réponse sous quinze jours")
    assert not any(n.startswith("media") for n in names(v)) and v.is_interview
    assert any(n.startswith("media") for n in names(verdict("Interview – Sud Ouest", "un quotidien régional, 20 min")))


def test_an_id_card_or_a_hair_tie_in_the_notes_is_no_residence_appointment() -> None:
    # the Spanish NIE and TIE are papers a job asks for, and a tie holds hair back: only an appointment for them is civic
    v = verdict("Probetag Bäckerei Sonne", "Schürze + hair tie mitbringen. Sie sagt mir Freitag Bescheid.")
    assert not any(n.startswith("civic") for n in names(v))
    assert not any(n.startswith("civic") for n in names(verdict("Prueba de cocina – Casa Lola", "llevar NIE y cuchillos")))
    assert any(n.startswith("civic") for n in names(verdict("Cita NIE – comisaría", "")))


def test_in_doubt_an_academic_post_or_a_stelle_with_a_promised_answer_is_an_interview() -> None:
    for title, notes in (("Probevortrag Uni Kassel", "W3-Professur für Robotik, danach Berufungskommission. "
                                                     "Die Kommission entscheidet am 10.12."),
                         ("Leiden 14u", "Universitair docent bestuursrecht, proefcollege + gesprek. "
                                        "De commissie beslist eind van de maand."),
                         ("Hr. Kraus 9:00", "Kraus Haustechnik – Stelle Anlagenmechaniker. Zeugnisse mitnehmen. "
                                            "Entscheidung bis Freitag.")):
        v = verdict(title, notes)
        assert "a job or a trial, and when they will answer" in names(v) and v.is_interview, title
    # the same committee's own meeting names no post
    assert not verdict("Sitzung der Berufungskommission", "Die Kommission entscheidet am 10.12.").is_interview
    # "an dieser Stelle" is a place in the text, not a post
    assert not verdict("Hr. Kraus 9:00", "An dieser Stelle den Zählerstand notieren. Entscheidung bis Freitag.").is_interview


def test_a_japanese_round_beside_a_well_known_employer_alone_is_an_interview() -> None:
    for title in ("最終 三菱商事 14:00", "キーエンス / 2次 / 10:30"):
        v = verdict(title)
        assert "a numbered round with a name" in names(v) and v.is_interview, title
    # an unknown name or a team still asks for another sign
    assert not verdict("二次 田中 14:00").is_interview


def test_the_last_step_before_the_employer_decides_makes_a_meal_part_of_the_hiring() -> None:
    v = verdict("Lunch w/ the team", "Last step before they decide – lunch with the product team. Decision by Friday.")
    assert v.is_interview
    assert not verdict("Lunch w/ the team", "Last step before the sprint ends – team lunch.").is_interview


def test_in_doubt_a_trade_post_in_the_notes_opens_the_answer_reader() -> None:
    v = verdict("Kaisa klo 13 – tapaaminen", "Kahvilan omistaja etsii tarjoilijaa viikonloppuihin. Ilmoittaa perjantaina.")
    assert "a job or a trial, and when they will answer" in names(v) and v.is_interview
    # a job title in the notes that is the person one meets does not
    assert not verdict("Tapaaminen koululla", "Opettaja Virtanen, Eetun arviointi. Päätös perjantaihin mennessä.").is_interview


def test_a_trial_day_at_a_named_place_is_a_jobs_and_alone_an_exams() -> None:
    for title in ("Koepäivä Ravintola Kuu", "Koepäivä – Leipomo Onni"):
        v = verdict(title)
        assert "a trial day with a name" in names(v) and v.is_interview, title
    assert not verdict("Koepäivä").is_interview
    assert not verdict("Koepäivä – matikka ja fysiikka").is_interview


def test_the_contract_a_post_comes_with_makes_a_promised_answer_a_jobs() -> None:
    v = verdict("Kennismaken eigenaar – Kapsalon Knip", "Stoel vrij in januari, in loondienst. Ze wil voor de kerst beslissen.")
    assert "a job or a trial, and when they will answer" in names(v) and v.is_interview


def test_a_japanese_round_of_a_ticket_lottery_or_held_at_the_head_office() -> None:
    assert verdict("三井物産 二次 本社").is_interview and verdict("トヨタ 最終 14:00").is_interview
    assert not verdict("ソフトバンク / 2次", "抽選").is_interview  # a ticket lottery's second round
    assert not verdict("最終回 ソニー").is_interview


def test_a_house_being_built_is_no_workplace_visit() -> None:
    assert not verdict("現場見学 新築", "ハウスメーカー担当と").is_interview


def test_someone_elses_trial_shift_is_theirs() -> None:
    assert not verdict("Tom's trial shift at Nando's", "Pick him up at 10pm, they'll tell him Friday.").is_interview
    # the user's own, with the notes in the first person, stays one
    assert verdict("Trial shift – Nando's Leeds", "Bring black shoes. They'll tell me Friday.").is_interview


def test_the_user_on_the_committee_or_receiving_the_candidates_is_no_candidate() -> None:
    assert not verdict("Berufungskommission W2-Professur", "Ich sitze in der Kommission. Entscheidung am 10.12.").is_interview
    assert not verdict("Réunion recrutement – le poste de comptable", "On reçoit 3 candidats, décision vendredi.").is_interview
