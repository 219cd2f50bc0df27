"""Found by an outside review of session 4's judgement changes (issue 8), each a case the new rules got
wrong before these fixes: a slow company line, answers and rounds that proved nothing, job words in
errands, stages that are exams or committee meetings, a client in a job title, a café or "Online" as
the employer, a country cut off a name, a team or city after a job title, "Board of Education", and an
answer date "for the next round"."""

from __future__ import annotations

import datetime as dt
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from followup_sync.company import resolve
from followup_sync.decision_prose import find_decision
from followup_sync.detect import Outcome, classify
from followup_sync.details import date_order_for
from followup_sync.model import SourceEvent
from followup_sync.rules import DetectionRules

START = datetime(2024, 11, 12, 10, tzinfo=timezone.utc)


def event(summary: str, description: str = "", location: str = "", **fields: object) -> SourceEvent:
    return SourceEvent("k", "u", summary, START, START + timedelta(hours=1), description=description,
                       location=location, **fields)  # type: ignore[arg-type]


def outcome(summary: str, description: str = "", **fields: object) -> Outcome:
    return classify(event(summary, description, **fields), DetectionRules()).outcome


def employer(summary: str, description: str = "", location: str = "") -> str | None:
    found = resolve(event(summary, description, location), frozenset())
    return found.name if found else None


def test_a_company_line_before_a_run_of_blanks_is_read_at_once() -> None:
    started = time.process_time()
    assert employer("Interview", "Company: Acme" + " " * 19_000 + "x") == "Acme"
    assert time.process_time() - started < 5  # it took 2-3 s, and 60 s on 100k blanks; now about a millisecond


@pytest.mark.parametrize(("summary", "description"), [
    ("Screening", "Results in 2 weeks."), ("HR – payroll question", "They'll get back to me by Friday."),
    ("PIP hearing", "Decision within 2 weeks."), ("Vorstellung Projekt", "Entscheidung bis Freitag."),
    ("Tarifverhandlungen 2. Runde", ""), ("YT-neuvottelut 2. kierros", ""), ("Législatives 2e tour", ""),
    ("Alcaraz 2. Runde", ""), ("東大 2次", ""), ("Call Mum", "Ask about the cleaning job she got. She'll let me know by Friday."),
    ("Voice over session", "Recording for the narrator role."), ("Koepäivä", ""), ("Sitzung der Berufungskommission", ""),
    ("Probevortrag für die DPG-Tagung", ""), ("Sollicitatiecommissie", "We besluiten vrijdag."),
])
def test_a_hint_with_an_answer_date_a_numbered_round_or_an_errand_is_no_interview(summary: str, description: str) -> None:
    assert outcome(summary, description, conference="Zoom") is not Outcome.INTERVIEW


@pytest.mark.parametrize(("summary", "description", "location", "name"), [
    ("Interview – Salesforce", "We're hiring a Customer Success Manager for EMEA.", "", "Salesforce"),
    ("Entretien – Capgemini", "Étude de cas : mon client Renault souhaite réduire ses coûts.", "", "Capgemini"),
    ("Interview – Hays", "", "Online, Teams", "Hays"),
    ("Interview – Air France", "", "45 rue de Paris, 95747 Roissy CDG, France", "Air France"),
    ("Colloquio – Telecom Italia", "", "Via Gaetano Negri 1, Milano, Italia", "Telecom Italia"),
    ("Interview – Wells Fargo", "", "4101 Wiseman Blvd, Fargo, ND", "Wells Fargo"),
    ("Interview – Board of Education", "", "", "Board of Education"), ("Interview – The Home Depot", "", "", "The Home Depot"),
])
def test_names_the_new_rules_took_apart(summary: str, description: str, location: str, name: str) -> None:
    assert employer(summary, description, location) == name


@pytest.mark.parametrize(("description", "location"), [
    ("", "Online, Teams"), ("", "Starbucks, 1390 Market St, San Francisco"), ("", "To Be Confirmed, Manchester"),
    ("Panel:\nJane Doe – Senior Engineer, Payments\nTom Lee – Engineering Manager, Platform", ""),
    ("You'll meet Priya Shah – Head of Design, London.", ""),
])
def test_a_venue_a_team_or_a_city_is_no_employer(description: str, location: str) -> None:
    assert employer("Interview", description, location) is None


@pytest.mark.parametrize("text", [
    "We'll let you know on Friday for the next round.", "Ti faremo sapere venerdì per il secondo colloquio.",
    "Wir melden uns am Freitag für die zweite Runde.", "Decision on Friday for the final round.",
])
def test_an_answer_for_the_next_round_is_a_decision_date(text: str) -> None:
    assert find_decision(text, dt.date(2024, 11, 12)).date == dt.date(2024, 11, 15)
    assert find_decision("We talk on Tuesday for the second interview.", dt.date(2024, 11, 12)).date is None


def test_hong_kong_writes_the_day_first() -> None:
    assert date_order_for(ZoneInfo("Asia/Hong_Kong")) == "dmy" and date_order_for(ZoneInfo("Asia/Tokyo")) == "mdy"


# -- the second review -----------------------------------------------------------------------------


def test_a_megabyte_display_name_from_a_platform_is_read_at_once() -> None:
    from followup_sync.model import Attendee
    started = time.process_time()
    resolve(event("Interview", attendees=(Attendee("noreply@teamtailor.com", name="teaching " * 55_000 + "interview"),)),
            frozenset())
    assert time.process_time() - started < 5  # 6-32 s before the name was capped


@pytest.mark.parametrize(("description", "name"), [
    ("Important – please read before your interview\nThank you for applying to the Backend Engineer position at "
     "Northwind Labs.", "Northwind Labs"),
    ("Wichtig – Vorstellungsgespräch morgen\nvielen Dank für Ihre Bewerbung bei Siemens Healthineers.", "Siemens Healthineers"),
    ("Best,\nJane Doe – Talent Partner, Klarna", "Klarna"),
])
def test_a_notice_heading_is_no_employer_and_a_one_word_employer_after_a_job_title_is(description: str, name: str) -> None:
    assert employer("Phone screen", description) == name


@pytest.mark.parametrize(("summary", "name"), [
    ("Interview at Axel Springer", "Axel Springer"), ("Interview @ Charlotte Tilbury", "Charlotte Tilbury"),
    ("Interview – Anton Paar", "Anton Paar"), ("Teaching Assistant interview Harris Academy", "Harris Academy"),
])
def test_employers_named_for_people_and_kinds_of_job_before_the_stage(summary: str, name: str) -> None:
    assert employer(summary) == name


@pytest.mark.parametrize(("summary", "description"), [
    ("Interview – Spotify", "We offer relocation support and help with your residence permit."),
    ("Interview – National Theatre", ""), ("Interview – Parole Officer", ""), ("Sollicitatiegesprek werkcoach", ""),
    ("Entrevista personal – oposiciones Policía Nacional", ""),
])
def test_paperwork_and_employers_that_share_civic_words_stay_interviews(summary: str, description: str) -> None:
    assert outcome(summary, description) is Outcome.INTERVIEW


@pytest.mark.parametrize(("summary", "description"), [
    ("Coffee chat with Sam", "She'll let me know next week whether she can make the wedding."),
    ("Callback – Les Mis", "Casting will let me know by Friday."), ("Tapaaminen pankissa", "Pankki ilmoittaa päätöksestä perjantaina."),
    ("Échange avec le notaire", "Il nous fera un retour vendredi."), ("Colloquio – medico di base", "Portare le analisi."),
    ("Builder visit", "Quote for the extension job. Decision by Friday."), ("Épreuve orale d'admission – Sciences Po", ""),
])
def test_an_answer_date_or_a_job_word_does_not_make_an_everyday_meeting_an_interview(summary: str, description: str) -> None:
    assert outcome(summary, description) is not Outcome.INTERVIEW


def test_the_next_events_date_after_an_answer_cue_is_not_the_decision() -> None:
    day = dt.date(2024, 11, 12)
    assert find_decision("Feedback is shared with shortlisted candidates, who come in on 25 November for the final "
                         "interview.", day).date is None
    assert find_decision("Shortlisted candidates will hear from us and attend on 25 November for the assessment centre.",
                         day).date is None


# ---------------------------------------------------------------------------------------------------------
# Found by an outside review of session 5's changes: Finnish genitives that are people or places, names
# completed with words not theirs, an agency or a former employer taken for the employer, a city taken for
# an agency's client, and stage and look-alike words that went too far.


@pytest.mark.parametrize("description", [
    "Haastattelu Mikon kanssa Teamsissa", "Tapaat Jukan ja Matin. Jukan esihenkilö on mukana.",
    "Haastattelu Virtasen tiimiin", "Haastattelu Tampereen toimistolla", "Haastattelu klo 10 Helsingin toimistossa",
    "Tapaat Oulun myymäläpäällikön haastattelussa.",
    "Proceso de selección de Técnico de Mantenimiento", "Nos vemos con el equipo de selección en Madrid",
    "Ufficio Risorse Umane di Milano", "Meet Per Lind (former CTO of Spotify), now our advisor",
    "Nuestro cliente de Valencia, empresa líder del sector", "Notre client de Lyon, acteur majeur",
])
def test_people_places_roles_and_past_employers_in_prose_are_no_employer(description: str) -> None:
    assert employer("Työhaastattelu", description) is None


@pytest.mark.parametrize(("summary", "description", "name"), [
    ("Interview – Wolt", "Position: Wolt Software Engineer", "Wolt"),
    ("McKinsey – Partner interview", "McKinsey Partner interview, 45 min", "McKinsey & Company"),
    ("Interview – Tesco", "Tesco and Sainsbury's Bank both applied for", "Tesco"),
    ("Interview: Data Engineer - Klarna", "Recruiter from Tiger Recruitment (Emma). Tiger Recruitment will send feedback.",
     "Klarna"),
    ("Call", "Head of Talent at Klarna; Per is ex-CFO of Spotify", "Klarna"),
    ("Työhaastattelu", "Reaktorin rekrytoija soittaa – ensimmäinen keskustelu.", "Reaktor"),
])
def test_a_name_is_not_completed_or_replaced_by_words_not_its_own(summary: str, description: str, name: str) -> None:
    assert employer(summary, description) == name


@pytest.mark.parametrize(("summary", "description", "expected"), [
    ("Entrevista a Mercadona", "", Outcome.INTERVIEW), ("Trial shift - Dishoom", "Think of it as your first day.", Outcome.INTERVIEW),
    ("Final interview - Finnair cabin crew", "Welcome aboard!", Outcome.INTERVIEW),
    ("Colloquio di gruppo + simulazioni", "", Outcome.INTERVIEW),
    ("Proefwerken nakijken 3B", "", Outcome.NOT), ("Interview with local press", "", Outcome.NOT),
    ("Pre-employment drug screening", "", Outcome.NOT),
])
def test_new_stage_and_look_alike_words_stay_in_their_lane(summary: str, description: str, expected: Outcome) -> None:
    assert outcome(summary, description) is expected


@pytest.mark.parametrize("summary", ["Proefcollege Psychologie (open dag)", "Meedraaien met de nachtdienst"])
def test_a_taster_lecture_or_a_shift_alongside_is_at_most_possible(summary: str) -> None:
    assert outcome(summary) is not Outcome.INTERVIEW


def test_a_name_repeated_in_long_notes_is_counted_without_a_pattern_per_candidate() -> None:
    started = time.process_time()
    employer("Interview: Planner - Baytown Plant", " ".join(f"Xyz{i} Inc is here." for i in range(6000)))
    assert time.process_time() - started < 5  # a regex per candidate over 20k characters took about a second


# ---------------------------------------------------------------------------------------------------------
# Found by a second outside review of session 5: an invitation's "We" or a greeting as the inviter, a
# department or a contract type after an anchor, a note's first word as the employer, "Cook" as a role,
# Finnish city stems, someone else's job or a builder's answer as the user's interview, volunteers and
# jobs in occupational health.


@pytest.mark.parametrize(("summary", "description", "name"), [
    ("Interview", "Dear Sam,\nWe would like to invite you to an interview at Acme Ltd for the Analyst role.", "Acme"),
    ("Interview", "Thank you for applying to Brightwave. We would like to invite you to interview.", "Brightwave"),
    ("Colloquio", "Buongiorno, sono Giulia della Risorse Umane di Ferrero", "Ferrero"),
    ("Llamada", "Hola, soy Lucía de Recursos Humanos de Mercadona", "Mercadona"),
    ("Gesprek", "Goedemiddag Sanne,\nMet Pieter van Dijk, recruiter bij Coolblue.", "Coolblue"),
    ("Entretien", "Il s'agit de CDI chez Decathlon.", "Decathlon"),
    ("Gespräch", "Es handelt sich um Vollzeit bei der Firma Klein.", "Firma Klein"),
    ("Interview – Cook Medical", "", "Cook Medical"),
])
def test_greetings_departments_and_contracts_are_no_employer(summary: str, description: str, name: str) -> None:
    assert employer(summary, description) == name


@pytest.mark.parametrize("description", [
    "Liebe Anna,\nDas Team freut sich auf Sie!", "Bring ID / arrive 10 min early", "Thanks, team",
    "Kiitos, tiimi", "Remember, senior role so prep system design", "Vollzeit, Entwickler", "LinkedIn / recruiter",
    "Kiitos hakemuksestasi Espoolle.", "Kiitos hakemuksestasi Tuomakselle.",
])
def test_a_notes_first_word_a_team_or_a_city_names_no_employer(description: str) -> None:
    assert employer("Interview", description) is None


@pytest.mark.parametrize(("summary", "description"), [
    ("Autowerkstatt", "Rost an einer Stelle hinten – Werkstatt meldet sich bis Mittwoch."),
    ("Check vacancy at the B&B", "They will confirm by tomorrow."),
    ("Kitchen renovation", "Kitchen work starts; builder will let us know by Friday."),
    ("Peugeot 208", "À l'essai; le vendeur me donne sa réponse lundi."),
    ("Tom's apprenticeship with the electrician", "They'll let him know by Friday."),
    ("Volunteer interview – Shop Assistant, Oxfam", ""), ("Interview – volunteer driver, Red Cross", ""),
])
def test_everyday_answers_other_peoples_jobs_and_volunteers_are_no_interview(summary: str, description: str) -> None:
    assert outcome(summary, description) is not Outcome.INTERVIEW


@pytest.mark.parametrize("summary", [
    "Interview – Occupational Health Advisor", "Entretien – Médecine du travail, infirmière",
    "Interview – Volunteer Coordinator, Red Cross",
])
def test_jobs_in_occupational_health_and_volunteer_management_are_interviews(summary: str) -> None:
    assert outcome(summary) is Outcome.INTERVIEW


def test_a_long_capitalised_run_before_an_invitation_is_read_at_once() -> None:
    started = time.process_time()
    employer("Interview", "Interview at " + "A" * 100_000)
    assert time.process_time() - started < 5  # the inviter's pattern once tried every start inside the run


# Session 6's outside review: a job-title word in a title and a promised answer, trial lessons, a parent's
# settling-in day, a team named like an organisation, a place that is part of the name, a site word inside one.
@pytest.mark.parametrize(("summary", "description"), [
    ("Termin Verkäufer Autohaus", "Er meldet sich bis Freitag mit dem Angebot."),
    ("Asentaja käy mittaamassa", "Ilmoittaa tarjouksen viikon kuluttua."),
    ("Reunión con jefe de estudios", "Nos dirá antes del viernes si Pablo pasa de curso."),
    ("Operaio – preventivo caldaia", "Ci fanno sapere entro venerdì."),
    ("Kellner – Tischreservierung Restaurant", "Sie melden sich bis Freitag, ob der Tisch frei ist."),
    ("Gespräch Altenpflegerin für Oma", "Sie meldet sich bis Freitag, ob sie übernehmen kann."),
    ("Prueba cocinero – Javi", "Si va bien le digo algo el viernes."),
    ("Call w/ OSS maintainers", "They'll get back to us by Friday on the license."),
    ("Probestunde Klavier Lena", "Die Musikschule meldet sich bis Freitag, ob ein Platz frei ist."),
    ("Clase de prueba natación Lucía", "Nos dicen algo el viernes si hay plaza."),
    ("Lezione di prova chitarra", "Mi fanno sapere entro venerdì se c'è posto."),
    ("Näytetunti – tanssikoulu", "Kertovat perjantaina, onko tilaa."),
    ("Meeloopdag Kinderopvang Het Bolletje", "Sem gaat wennen. Pedagogisch medewerker Anne vangt hem op. "
                                            "Ze laten vrijdag weten of er plek is."),
])
def test_a_title_word_for_a_job_and_a_promised_answer_are_no_interview(summary: str, description: str) -> None:
    assert outcome(summary, description) is not Outcome.INTERVIEW


@pytest.mark.parametrize(("summary", "location", "name"), [
    ("Interview – Meta – Trust and Safety", "", "Meta"),
    ("Interview – UBS – Investment Bank Division", "", "UBS"),
    ("Interview – Spotify – Foundation Models Team", "", "Spotify"),
    ("Interview – Siemens Healthineers – Hospital Solutions", "", "Siemens Healthineers"),
    ("Interview – FC Barcelona", "Camp Nou, C. d'Arístides Maillol 12, Barcelona", "FC Barcelona"),
    ("Entrevista Real Madrid", "Av. de Concha Espina 1, Madrid", "Real Madrid"),
    ("Interview ETH Zürich", "Rämistrasse 101, Zürich", "ETH Zürich"),
    ("Interview – The Container Store Group", "", "The Container Store Group"),
    ("Interview – Corner Store Partners", "", "Corner Store Partners"),
])
def test_a_team_a_place_in_the_name_and_a_site_word_inside_it(summary: str, location: str, name: str) -> None:
    event = SourceEvent("k", "u", summary, START, START, location=location)
    found = resolve(event, frozenset())
    assert found is not None and found.name == name


# Session 6's second outside review: the newer rules' false interviews, lost interviews, and wrong names.
@pytest.mark.parametrize(("summary", "description"), [
    ("Gemeente Utrecht", "Gesprek met werkcoach over de vacature magazijnmedewerker en het sollicitatiegesprek bij PostNL"),
    ("Préfecture", "Titre de séjour salarié : apporter la promesse d'embauche et le compte rendu de l'entretien "
                   "d'embauche pour le poste"),
    ("Mama anrufen", "Frag nach dem Vorstellungsgespräch als Erzieherin"),
    ("Giulia", "Giulia mi racconta il colloquio per infermiera"),
    ("Colloquio con il dirigente medico", "Referti di papà"),
    ("Entrevista con el médico adjunto", "Resultados de la resonancia"),
])
def test_job_search_appointments_friends_interviews_and_ward_doctors_are_no_interview(summary: str, description: str) -> None:
    assert outcome(summary, description) is not Outcome.INTERVIEW


@pytest.mark.parametrize(("summary", "description"), [
    ("Interview - Stripe", "Notes from Priya (referrer): her interview for the same role was 45 min system design."),
    ("Entrevista Telefónica", "El proceso tiene una entrevista técnica después."),
    ("Colloquio Ferrero", "Il processo ha un colloquio tecnico e uno finale."),
    ("Interview – Acme", "Ask Tom, his interview at Acme last year had a take-home."),
])
def test_another_persons_interview_in_the_notes_does_not_undo_a_stage_in_the_title(summary: str, description: str) -> None:
    assert outcome(summary, description) is Outcome.INTERVIEW


@pytest.mark.parametrize(("summary", "location", "organizer", "name"), [
    ("Interview with Sarah, James & Tom (Acme)", "", None, "Acme"),  # people listed are no firm of partners
    ("Interview: Deloitte, Dublin and Cork", "", None, "Deloitte"),  # nor are cities
    ("Interview – Morgan, Lewis & Bockius", "", None, "Morgan, Lewis & Bockius"),
    ("Interview – Acme", "", "noreply@tbe.taleo.net", "Acme"),  # a platform's host beats no title
    ("Interview – Acme", "", "noreply@eni.avature.net", "Acme"),
    ("Interview – Radio France", "Maison de la Radio, 116 Avenue du Président Kennedy, 75016 Paris", None, "Radio France"),
    ("Interview – Career Centre, University of Leeds", "", None, "University of Leeds"),
    ("面接 – 山田 商店", "", None, "山田 商店"),  # a shop's word is part of its name
    ("Interview – Ruby Tuesday", "", None, "Ruby Tuesday"),
    ("Interview – UCI", "", None, "UCI"),  # a unit's letters alone may be a university's
    ("Colloquio Bando S.r.l.", "", None, "Bando S.r.l."),
])
def test_lists_platform_hosts_and_names_the_newer_rules_cut(summary: str, location: str, organizer: str | None,
                                                            name: str) -> None:
    event = SourceEvent("k", "u", summary, START, START, location=location, organizer=organizer)
    found = resolve(event, frozenset())
    assert found is not None and found.name == name


@pytest.mark.parametrize("location", ["Canary Wharf, London, E14 5AB", "Salesforce Tower, San Francisco, CA 94105",
                                      "Mall of America, Bloomington, MN 55425"])
def test_a_district_a_tower_or_a_mall_is_no_employer(location: str) -> None:
    assert resolve(SourceEvent("k", "u", "Interview – Product Designer", START, START, location=location),
                   frozenset()) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("We'll feed back by Friday.", dt.date(2024, 11, 15)),  # in an invite, "we" is the employer
    ("I need to feed back to Jack by Thursday on whether I want to proceed.", None),
])
def test_the_employers_we_feeds_back(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, START.date()).date == expected
