"""The decision parser: a table of phrasings, the calendar's edges, prose in eight languages, and that it never raises."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_sync import decision, decision_prose, decision_words
from followup_sync.decision import MAX_CHARS, DecisionParse, parse_decision
from followup_sync.decision_prose import DecisionFind, find_decision
from tests.conftest import Workspace, vevent
from tests.decision_relay_review_cases import CASES as RELAY_REVIEW_CASES

D = dt.date
MON = D(2026, 11, 30)  # a Monday; the README's example interview day
WED = D(2026, 12, 2)
THU = D(2026, 12, 3)
FRI = D(2026, 12, 4)
SAT = D(2026, 12, 5)
SUN = D(2026, 12, 6)
LATE_DEC = D(2026, 12, 28)  # a Monday whose week ends in January
NYE = D(2026, 12, 31)  # a Thursday
#: Decision accuracy on the corpus's held-out interviews, measured once, rounded down a little.
HELDOUT_FLOOR = 0.94  # 0.950 on 439 held-out interviews when set; 0.952 on 1,628 of 5,763 items (session 5); 0.957 on 1,779 of 6,213 (session 6)

# (text, interview day, date order, expected): a date, or a fragment of the expected problem.
CASES: list[tuple[str, dt.date, str, dt.date | str]] = [
    # ISO dates
    ("2026-12-04", MON, "mdy", D(2026, 12, 4)),
    ("2026/12/04", MON, "dmy", D(2026, 12, 4)),
    ("2026-11-30", MON, "mdy", MON),
    ("2026-11-29", MON, "mdy", "is before the interview (2026-11-30)"),
    ("2026-02-30", MON, "mdy", "is not a date"),
    # numeric dates and the date order
    ("12/04", MON, "mdy", D(2026, 12, 4)),
    ("12/4", MON, "mdy", D(2026, 12, 4)),
    ("12/04", MON, "dmy", D(2027, 4, 12)),
    ("04.12.", MON, "dmy", D(2026, 12, 4)),
    ("12.04.", MON, "mdy", D(2026, 12, 4)),
    ("12/04/2026", MON, "mdy", D(2026, 12, 4)),
    ("12/04/26", MON, "mdy", D(2026, 12, 4)),
    ("04/12/2026", MON, "dmy", D(2026, 12, 4)),
    ("12-04-2026", MON, "mdy", D(2026, 12, 4)),
    ("01/05", LATE_DEC, "mdy", D(2027, 1, 5)),
    ("05/01", LATE_DEC, "dmy", D(2027, 1, 5)),
    ("12/28", LATE_DEC, "mdy", LATE_DEC),
    ("12/27", LATE_DEC, "mdy", "'12/27' (2026-12-27) is before the interview (2026-12-28)"),  # not next year
    ("13/04", MON, "mdy", D(2027, 4, 13)),  # only the day-first reading is a date
    ("13/40", MON, "mdy", "'13/40' is not a date"),
    ("00/00", MON, "dmy", "is not a date"),
    ("11/01/2026", MON, "mdy", "(2026-11-01) is before the interview"),
    ("1-2", MON, "mdy", "cannot read"),
    # weekdays
    ("Friday", MON, "mdy", FRI),
    ("fri", MON, "mdy", FRI),
    ("by Friday", MON, "mdy", FRI),
    ("Monday", MON, "mdy", D(2026, 12, 7)),  # said on a Monday: the next one
    ("next Friday", MON, "mdy", D(2026, 12, 11)),
    ("next Monday", MON, "mdy", D(2026, 12, 7)),
    ("friday", SAT, "mdy", D(2026, 12, 11)),
    ("next friday", SAT, "mdy", D(2026, 12, 11)),
    ("next Friday", SUN, "mdy", D(2026, 12, 11)),
    ("Thurs.", FRI, "mdy", D(2026, 12, 10)),
    ("tuesday next week", MON, "mdy", D(2026, 12, 8)),
    ("Friday, December 11", MON, "mdy", D(2026, 12, 11)),
    ("Fri 12/11", MON, "mdy", D(2026, 12, 11)),
    ("Monday 12/11", MON, "mdy", "falls on a Friday, not a Monday"),
    # today, tomorrow
    ("today", FRI, "mdy", FRI),
    ("end of day", MON, "mdy", MON),
    ("EOD", MON, "mdy", MON),
    ("tomorrow", NYE, "mdy", D(2027, 1, 1)),
    # durations
    ("in 2 weeks", MON, "mdy", D(2026, 12, 14)),
    ("within 10 days", MON, "mdy", D(2026, 12, 10)),
    ("in 3 business days", FRI, "mdy", D(2026, 12, 9)),
    ("3 working days", THU, "mdy", D(2026, 12, 8)),
    ("1 business day", SAT, "mdy", D(2026, 12, 7)),
    ("a week", MON, "mdy", D(2026, 12, 7)),
    ("in a week", MON, "mdy", D(2026, 12, 7)),
    ("one week", MON, "mdy", D(2026, 12, 7)),
    ("two weeks", MON, "mdy", D(2026, 12, 14)),
    ("twelve days", MON, "mdy", D(2026, 12, 12)),
    ("a couple of weeks", MON, "mdy", D(2026, 12, 14)),
    ("a few days", MON, "mdy", D(2026, 12, 3)),
    ("a couple of days", MON, "mdy", D(2026, 12, 2)),
    ("1-2 weeks", MON, "mdy", D(2026, 12, 14)),
    ("2-3 weeks", MON, "mdy", D(2026, 12, 21)),
    ("2–3 weeks", MON, "mdy", D(2026, 12, 21)),
    ("7-10 days", MON, "mdy", D(2026, 12, 10)),
    ("one to two weeks", MON, "mdy", D(2026, 12, 14)),
    ("a week or two", MON, "mdy", D(2026, 12, 14)),
    ("in 2 weeks' time", MON, "mdy", D(2026, 12, 14)),
    ("in 2 weeks", NYE, "mdy", D(2027, 1, 14)),
    ("in a month", D(2027, 1, 31), "mdy", D(2027, 2, 28)),
    ("2 business weeks", MON, "mdy", "business days only in days"),
    # weeks
    ("this week", MON, "mdy", FRI),
    ("end of the week", WED, "mdy", FRI),
    ("end of this week", MON, "mdy", FRI),
    ("end of the week", NYE, "mdy", D(2027, 1, 1)),
    ("next week", MON, "mdy", D(2026, 12, 11)),
    ("end of next week", SUN, "mdy", D(2026, 12, 11)),
    ("next week", LATE_DEC, "mdy", D(2027, 1, 8)),
    ("early next week", MON, "mdy", D(2026, 12, 8)),
    ("early next week", SUN, "mdy", D(2026, 12, 8)),
    # months
    ("end of the month", MON, "mdy", MON),
    ("month end", WED, "mdy", D(2026, 12, 31)),
    ("by month-end", WED, "mdy", D(2026, 12, 31)),
    ("end of month", FRI, "mdy", D(2026, 12, 31)),
    ("end of this month", FRI, "mdy", D(2026, 12, 31)),
    ("end of next month", MON, "mdy", D(2026, 12, 31)),
    ("end of next month", FRI, "mdy", D(2027, 1, 31)),
    ("end of January", MON, "mdy", D(2027, 1, 31)),
    ("early January", MON, "mdy", D(2027, 1, 7)),
    ("mid-January", MON, "mdy", D(2027, 1, 15)),
    ("mid January", MON, "mdy", D(2027, 1, 15)),
    ("late January", MON, "mdy", D(2027, 1, 25)),
    ("end of November", MON, "mdy", MON),
    ("early December", D(2026, 12, 10), "mdy", D(2026, 12, 10)),  # already past: as soon as possible
    ("end of February", D(2027, 2, 10), "mdy", D(2027, 2, 28)),
    ("end of February", D(2028, 2, 10), "mdy", D(2028, 2, 29)),
    ("end of January 2027", MON, "mdy", D(2027, 1, 31)),
    ("end of January 2026", MON, "mdy", "is before the interview"),
    # month names with a day
    ("January 15", MON, "mdy", D(2027, 1, 15)),
    ("Jan 15th", MON, "dmy", D(2027, 1, 15)),
    ("15 January", MON, "mdy", D(2027, 1, 15)),
    ("the 15th of January", MON, "mdy", D(2027, 1, 15)),
    ("December 11", MON, "mdy", D(2026, 12, 11)),
    ("Dec. 11, 2026", MON, "mdy", D(2026, 12, 11)),
    ("December 11, 2025", MON, "mdy", "is before the interview"),
    ("November 31", MON, "mdy", "is not a date"),
    # leap days
    ("02/29", D(2027, 1, 10), "mdy", "is not a date in 2027"),
    ("02/29", D(2027, 3, 10), "mdy", D(2028, 2, 29)),  # none just past: the next one
    ("29.02.", D(2027, 3, 10), "dmy", D(2028, 2, 29)),
    ("Feb 29", D(2027, 12, 1), "mdy", D(2028, 2, 29)),
    ("02/29/2027", D(2027, 1, 10), "mdy", "is not a date"),
    ("2028-02-29", D(2027, 3, 10), "mdy", D(2028, 2, 29)),
    # filler words, case, spacing
    ("Approx. 2 weeks.", MON, "mdy", D(2026, 12, 14)),
    ("~2 weeks", MON, "mdy", D(2026, 12, 14)),
    ("They will decide within 10 days", MON, "mdy", D(2026, 12, 10)),
    ("should hear back by Friday", MON, "mdy", FRI),
    ("  BY   END OF  NEXT\tWEEK  ", MON, "mdy", D(2026, 12, 11)),
    ("expected around mid-January", MON, "mdy", D(2027, 1, 15)),
    ("Decision: next Friday", MON, "mdy", D(2026, 12, 11)),
    ("before 12/11.", MON, "mdy", D(2026, 12, 11)),
    ("2 weeks or so", MON, "mdy", D(2026, 12, 14)),
    # English words that are time words elsewhere (Italian "due" = 2, Dutch "na" = after) stay English
    ("due Friday", MON, "mdy", FRI),
    ("decision due 12/11", MON, "mdy", D(2026, 12, 11)),
    ("Sept 12", MON, "mdy", D(2027, 9, 12)),
    ("by Sept 12", MON, "dmy", D(2027, 9, 12)),
    ("fine by Friday", MON, "mdy", "cannot read"),
    # other languages, read through the same table
    ("in zwei Wochen", MON, "mdy", D(2026, 12, 14)),
    ("sous quinze jours", MON, "mdy", D(2026, 12, 14)),
    ("entro fine mese", MON, "mdy", MON),
    ("half december", MON, "mdy", D(2026, 12, 15)),
    ("am 12. November", MON, "mdy", "(2026-11-12) is before the interview"),
    ("am 12. Januar", MON, "mdy", D(2027, 1, 12)),
    ("12/11 まで", MON, "dmy", D(2026, 12, 11)),  # Japanese: month first
    ("week 48", MON, "mdy", "(2026-11-27) is before the interview"),  # this year's week 48 ended before it
    ("week 54", MON, "mdy", "is not a date"),
    # not understood
    ("sometime soonish", MON, "mdy", "cannot read decision time frame 'sometime soonish'"),
    ("January", MON, "mdy", "cannot read"),
    ("by", MON, "mdy", "cannot read"),
    ("asap", MON, "mdy", "cannot read"),
    ("x" * (MAX_CHARS + 1), MON, "mdy", "is too long"),
]


@pytest.mark.parametrize(("text", "day", "order", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_table(text: str, day: dt.date, order: str, expected: dt.date | str) -> None:
    result = parse_decision(text, day, order)  # type: ignore[arg-type]
    if isinstance(expected, dt.date):
        assert result == DecisionParse(expected, None)
    else:
        assert result.date is None
        assert result.problem is not None and expected in result.problem


#: Spellings of the table the cases above do not all hold, each of them read by a rule.
SPELLINGS = ["tmrw", "tmr", "tmw", "2moro", "2morrow", "eod", "cob", "eow", "eom", "eoy", "close of play tomorrow",
           "tonight", "this evening", "this afternoon", "the following morning", "a fortnight", "in an hour", "in 48h",
           "72 hrs", "mid-Sept", "Thurs", "weds", "end of wk", "wk 49", "49. KW", "month-end", "year end", "Monday 12/7",
           "the day after the interview", "same afternoon", "the same evening", "by the end of interview day",
           "next working day", "early March", "late April", "mid-May", "end of June", "beginning of July", "mid-Aug",
           "late Oct", "end of play", "the day after tomorrow", "Saturday", "Sunday", "next wk", "early next wk",
           "mid next wk", "the week after next", "the wk after next", "a day or two", "a month or two"]


def test_what_every_rule_reads_holds_one_of_the_words_it_needs() -> None:
    """``scan`` searches a sentence with a rule only when it holds one of the rule's ``needs``."""
    texts = [text for text, *_ in CASES] + [text for text, _ in PROSE + FALSE_FRIENDS] + SPELLINGS
    read = 0
    for text in texts:
        english = decision_words.to_english(decision_words.clean(text), MON)[0]
        for pattern, rule in decision._SEARCHES + decision._PREFIXED:
            for match in pattern.finditer(english):
                assert any(word in match.group() for word in rule.needs), (text, match.group())
                read += 1
    assert read > len(texts)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "TBD", "tba", "unknown", "n/a", "NA", "?", "-"])
def test_no_time_frame_is_not_a_problem(text: str) -> None:
    """Nothing to fix when the employer did not say: the planner's default applies silently."""
    assert parse_decision(text, MON) == DecisionParse(None, None)


def test_problem_message_quotes_the_users_words() -> None:
    assert parse_decision("sometime soonish", MON).problem == "cannot read decision time frame 'sometime soonish'"


def test_long_text_is_shortened_in_the_message() -> None:
    problem = parse_decision("word " * 1000, MON).problem
    assert problem is not None and len(problem) < 120


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (MON, FRI),
        (FRI, FRI),
        (SAT, SAT),  # this week's Friday is already past: the interview day itself
        (SUN, SUN),
    ],
)
def test_this_week_never_before_the_interview(day: dt.date, expected: dt.date) -> None:
    assert parse_decision("this week", day).date == expected
    assert parse_decision("end of the week", day).date == expected


def test_year_wrap() -> None:
    assert parse_decision("01/05", NYE).date == D(2027, 1, 5)
    assert parse_decision("early January", NYE).date == D(2027, 1, 7)
    assert parse_decision("end of next month", NYE).date == D(2027, 1, 31)
    assert parse_decision("next Friday", NYE).date == D(2027, 1, 8)
    assert parse_decision("in 3 business days", NYE).date == D(2027, 1, 5)


@pytest.mark.parametrize("text", ["tomorrow", "next week", "in 2 weeks", "01/04", "end of next month", "early January"])
def test_end_of_the_calendar_is_a_problem_not_a_crash(text: str) -> None:
    result = parse_decision(text, dt.date.max)
    assert result.date is None and result.problem is not None and "out of range" in result.problem


# ---------------------------------------------------------------------------------------------------
# Properties


def _check(result: object, text: str, day: dt.date) -> None:
    assert isinstance(result, DecisionParse)
    assert result.date is None or result.problem is None
    assert result.date is None or result.date >= day
    assert result.problem is None or isinstance(result.problem, str)
    if not text.strip():
        assert result == DecisionParse(None, None)


@pytest.mark.slow
@settings(max_examples=500)
@given(text=st.text(max_size=400), day=st.dates(), order=st.sampled_from(["mdy", "dmy"]))
def test_arbitrary_text_never_raises(text: str, day: dt.date, order: str) -> None:
    _check(parse_decision(text, day, order), text, day)  # type: ignore[arg-type]


#: Text every rule of the parser accepts, with filler words around it, so each handler meets odd numbers.
_MATCHING = st.one_of(*(st.from_regex(rule.pattern, fullmatch=True) for rule in decision._RULES))
_FILLER = st.sampled_from(["", "by ", "Approx. ", "~", "they will decide ", "should hear back ", "Friday "])
_PHRASES = st.builds(lambda before, core, after: before + core + after, _FILLER, _MATCHING, st.sampled_from(["", "."]))
_EXPLICIT_YEAR = re.compile(r"[0-9]{4}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2}")


_DAYS = st.one_of(st.dates(), st.sampled_from([dt.date.min, dt.date.max, D(9999, 12, 1), D(9998, 12, 30)]))


@pytest.mark.slow
@settings(max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
@given(text=_PHRASES, day=_DAYS, order=st.sampled_from(["mdy", "dmy"]))
def test_phrases_never_raise_and_never_go_back_in_time(text: str, day: dt.date, order: str) -> None:
    result = parse_decision(text, day, order)  # type: ignore[arg-type]
    _check(result, text, day)
    assert decision._HINT.search(text.lower()), "scan would skip a phrase of its own table"
    if not _EXPLICIT_YEAR.search(text) and result.problem and "before the interview" in result.problem:
        # without a year every rule looks forward, except to a date just past
        said = re.search(r"\(([0-9]{4}-[0-9]{2}-[0-9]{2})\) is before", result.problem)
        assert said is not None
        assert 0 < (day - dt.date.fromisoformat(said[1])).days <= decision.YEARLESS_DAYS_PAST


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=_PHRASES, day=_DAYS, order=st.sampled_from(["mdy", "dmy"]))
def test_phrases_inside_sentences_never_raise_and_never_go_back_in_time(text: str, day: dt.date, order: str) -> None:
    """The same phrasings inside a sentence, and in raw text that was never cleaned."""
    found = find_decision(f"We will decide {text} hopefully.", day, order)  # type: ignore[arg-type]
    assert found.date is None or found.date >= day
    assert all(span.end > span.start for span in decision.scan(text, day, order))  # type: ignore[arg-type]


@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), min_size=MAX_CHARS - 5, max_size=MAX_CHARS * 50),
    day=st.dates(),
)
def test_huge_and_control_text(text: str, day: dt.date) -> None:
    text = text + "\x00\u202e" + text
    _check(parse_decision(text, day), text, day)


def test_a_decision_more_than_a_year_away_is_a_typo_not_a_date() -> None:
    far = parse_decision("9999-12-31", dt.date(2026, 11, 30))
    assert far.date is None and "more than a year away" in (far.problem or "")
    assert parse_decision("2027-11-30", dt.date(2026, 11, 30)).date == dt.date(2027, 11, 30)


# ---------------------------------------------------------------------------------------------------
# The time frame in prose, in every language (find_decision); the interview is on Monday, Nov 30.

PROSE: list[tuple[str, dt.date | None]] = [
    # English, the issue's own examples and their neighbours
    ("Sarah said they'd get back to me in about ten days.", D(2026, 12, 10)),
    ("She said they're hoping to wrap up hiring by mid-month.", D(2026, 12, 15)),
    ("Next steps: the committee meets on the 12th.", D(2026, 12, 12)),
    ("You'll hear from us within 5 business days either way.", D(2026, 12, 7)),
    ("Decision within 48h of R1, R2 the following week.", D(2026, 12, 2)),
    ("Candidates will be informed on the day of interview or the following day.", D(2026, 12, 1)),
    ("She said she'd call back tomorrow or Wed latest", D(2026, 12, 2)),
    ("Offers usually by phone the following Monday.", D(2026, 12, 7)),
    ("HR said they'll come back to everyone a fortnight after the final round.", D(2026, 12, 14)),
    ("Decision timeline: we'll let you know by Friday 12/4.", D(2026, 12, 4)),
    ("The hiring team expects to make a decision by December 16.", D(2026, 12, 16)),
    ("We plan to make a hire by early January.", D(2027, 1, 7)),
    ("We'll decide after the hiring committee on December 9.", D(2026, 12, 9)),
    ("We'll be in touch, hopefully by Friday.", FRI),
    ("Recruiting will follow up with next steps by end of week.", FRI),
    ("Timeline: decision in ~2 wks", D(2026, 12, 14)),
    ("We will let you know at the end of January.", D(2027, 1, 31)),
    ("Results will be declared on the 9th on the careers portal.", D(2026, 12, 9)),
    ("Recruiter (Kate) says they want to close the req by late December.", D(2026, 12, 25)),
    ("Bain calls final-round candidates tomorrow evening with decisions.", D(2026, 12, 1)),
    ("You'll hear back by EOD Friday.", FRI),
    ("They're interviewing through the 10th and will decide after.", D(2026, 12, 10)),
    ("Recruiter will circle back next week", D(2026, 12, 11)),
    ("We'll get back to you within a week; please let us know if you have questions.", D(2026, 12, 7)),
    ("Offer call likely Tues/Wed next week", D(2026, 12, 9)),
    ("We aim to get back to all candidates by close of business Friday.", FRI),
    ("We're hoping to make a decision in the next week or two", D(2026, 12, 14)),
    # German
    ("Rückmeldung in zwei Wochen.", D(2026, 12, 14)),
    ("Eine Entscheidung fällt voraussichtlich bis Ende nächster Woche.", D(2026, 12, 11)),
    ("Wir werden Ihnen bis zum 11.12. eine Rückmeldung geben.", D(2026, 12, 11)),
    ("Du hörst spätestens eine Woche nach dem Interview von uns.", D(2026, 12, 7)),
    ("Wir melden uns innerhalb von 10 Werktagen.", D(2026, 12, 14)),
    ("Rückmeldung bis zum 15. Dezember.", D(2026, 12, 15)),
    ("Die Entscheidung fällt bis Mitte nächster Woche.", D(2026, 12, 9)),
    ("Wir geben Ihnen bis KW 50 Bescheid.", D(2026, 12, 11)),  # the Friday of ISO week 50
    ("Wir werden uns zeitnah, spätestens jedoch bis 15.12., bei Ihnen melden.", D(2026, 12, 15)),  # cue last
    # French
    ("Réponse sous quinze jours.", D(2026, 12, 14)),
    ("Retour prévu sous huitaine d'après la RH.", D(2026, 12, 7)),
    ("Décision d'ici le 20 déc.", D(2026, 12, 20)),
    ("Nous reviendrons vers vous d'ici la fin de la semaine prochaine.", D(2026, 12, 11)),
    ("Nous vous tiendrons informé sous 48h.", D(2026, 12, 2)),
    ("Nous vous recontacterons la semaine du 7 décembre.", D(2026, 12, 7)),
    # Spanish
    ("Nos comunicaremos contigo en un plazo de 10 días hábiles.", D(2026, 12, 14)),
    ("Me dijo que la devolución es en un par de semanas.", D(2026, 12, 14)),
    ("Le comunicaremos la decisión antes del 12 de diciembre.", D(2026, 12, 12)),
    ("Te contactaremos a mediados de diciembre.", D(2026, 12, 15)),
    ("La semana que viene te decimos algo.", D(2026, 12, 11)),
    # Italian
    ("Ci faranno sapere entro due settimane.", D(2026, 12, 14)),
    ("Le faremo sapere l'esito entro 15 giorni.", D(2026, 12, 15)),
    ("Ti daremo una risposta entro la prossima settimana.", D(2026, 12, 11)),
    ("La recruiter dice che rispondono sempre in pochi giorni.", D(2026, 12, 3)),
    ("Ti faremo sapere qualcosa in settimana.", FRI),
    # Dutch
    ("Uitslag binnen 5 werkdagen.", D(2026, 12, 7)),
    ("Uitslag in week 53.", D(2027, 1, 1)),  # 2026 has 53 ISO weeks
    ("We koppelen binnen 3 werkdagen terug.", D(2026, 12, 3)),
    ("De uitslag ontvang je uiterlijk 11-12 per e-mail.", D(2026, 12, 11)),
    ("Wij bellen je binnen een paar dagen met de terugkoppeling.", D(2026, 12, 3)),
    ("We laten je uiterlijk vrijdag 11 december weten of je door bent.", D(2026, 12, 11)),
    ("Je hoort eind volgende week van ons.", D(2026, 12, 11)),
    # Finnish
    ("Päätös ensi viikon loppuun mennessä.", D(2026, 12, 11)),
    ("Valintapäätös tehdään viimeistään 11.12.2026.", D(2026, 12, 11)),
    ("Rekrytoija sanoi että vastaus tulee muutaman päivän sisällä.", D(2026, 12, 3)),
    ("Saat vastauksen kahden viikon kuluessa.", D(2026, 12, 14)),
    ("Asiakas tekee päätöksen 12. joulukuuta, soitan sinulle heti.", D(2026, 12, 12)),
    ("Päätös tehdään ensi viikon puoliväliin mennessä.", D(2026, 12, 9)),
    ("Saat meiltä vastauksen viimeistään ensi viikon torstaina.", D(2026, 12, 10)),
    ("Päätös tehdään 2 viikossa.", D(2026, 12, 14)),
    ("Kerromme tuloksista kahden viikon sisällä.", D(2026, 12, 14)),
    # Japanese
    ("結果は1週間以内にご連絡します。", D(2026, 12, 7)),
    ("来週金曜日までに合否連絡", D(2026, 12, 11)),
    ("合否は月末までにご連絡します、とのこと。", MON),
    ("選考結果は3営業日以内にメールでお知らせします。", D(2026, 12, 3)),
    ("合否については12月中旬までにご連絡いたします。", D(2026, 12, 15)),
    ("面接後、2週間以内に結果をご連絡します。", D(2026, 12, 14)),
    # no time frame, or a vague one: nothing, and no complaint
    ("We'll be in touch soon.", None),
    ("Wir melden uns in den nächsten Tagen.", None),
    ("Nous reviendrons vers vous dans les prochains jours.", None),
    ("no timeline yet, they'll let me know", None),
    ("Bring your portfolio. The office is closed on Friday.", None),  # a date without a cue
]


@pytest.mark.parametrize(("text", "expected"), PROSE, ids=[p[0][:40] for p in PROSE])
def test_prose(text: str, expected: dt.date | None) -> None:
    found = find_decision(text, MON)
    assert found.date == expected
    assert found.problem is None
    assert (found.phrase is not None) == (expected is not None)


#: Dates in a decision sentence that belong to something else.
FALSE_FRIENDS: list[tuple[str, dt.date | None]] = [
    ("If we decide to move forward, the next round will be on the 12th.", None),
    ("Next steps: final round on Dec 10, decision by Dec 18", D(2026, 12, 18)),
    ("We'll let you know by Friday whether you move on to the onsite on December 12.", FRI),
    ("Start date would be January 5; we aim to make an offer by December 15.", D(2026, 12, 15)),
    ("Role was posted on 11/20, decision expected by mid-January.", D(2027, 1, 15)),
    ("Please send your availability by Friday so we can schedule the next step.", None),
    ("The take-home is due Friday; we will get back to you within a week of receiving it.", D(2026, 12, 7)),
    ("The hiring manager is out until Dec 14, so feedback will take a while.", None),
    ("Your interview is confirmed for Monday, Nov 30 at 10am. We'll be in touch.", None),
    ("They will decide between the 2 of us by Friday.", FRI),  # "the 2" is no day of the month in English
    ("二次面接は12月10日です。結果は来週お知らせします。", D(2026, 12, 11)),
    ("Der Start wäre am 1. Januar, die Entscheidung fällt nächste Woche.", D(2026, 12, 11)),
    ("Besluit over doorgang naar de laatste ronde: uiterlijk 13 december.", D(2026, 12, 13)),
    ("Rückmeldung am Freitag um 10.30 Uhr", FRI),  # 10.30 is a time, not October 30
    # the candidate's own logistics, in the words of a decision sentence
    ("If you need to reschedule, let us know at least 24 hours in advance.", None),
    ("ご不明な点がございましたら、前日までにご連絡ください。", None),
    ("Ilmoitathan viimeistään perjantaina, sopiiko aika.", None),
    ("Bitte geben Sie uns bis Freitag Bescheid, ob der Termin passt.", None),
    # a pasted job advert
    ("We offer 30 days of vacation and a hybrid schedule, 3 days in office.", None),
    ("You will update the roadmap every 2 weeks.", None),
    # a time of day written the French way is no span of hours; a day's worth or more is
    ("Salon : conférence « retours d'expérience » 14h, puis stands.", None),
    ("Retour de la RH : réponse 48h après l'entretien.", D(2026, 12, 2)),
]


@pytest.mark.parametrize(("text", "expected"), FALSE_FRIENDS, ids=[p[0][:40] for p in FALSE_FRIENDS])
def test_dates_of_other_things_are_not_the_decision(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Decision: end of next month", D(2026, 12, 31)),
        ("Entscheidung: 12.01.", D(2027, 1, 12)),  # German dates are day first, whatever date_order says
        ("Entscheidung: 11.12.", D(2026, 12, 11)),
        ("Décision : le 12 décembre", D(2026, 12, 12)),
        ("Decisión: el 12 de diciembre", D(2026, 12, 12)),
        ("Decisione: entro venerdì", FRI),
        ("Beslissing: volgende week vrijdag", D(2026, 12, 11)),
        ("Päätös: 12.12.", D(2026, 12, 12)),
        ("結果連絡: 12月11日", D(2026, 12, 11)),
        ("結果連絡: 12/11", D(2026, 12, 11)),  # Japanese dates are month first
    ],
)
def test_decision_lines_in_every_language(line: str, expected: dt.date) -> None:
    found = find_decision(f"Agenda\n{line}\nBring ID.", MON, "mdy")
    assert (found.date, found.problem) == (expected, None)
    assert found.phrase == line.split(":", 1)[1].strip()


def test_a_decision_line_wins_over_prose_and_an_unreadable_one_stays_a_problem() -> None:
    text = "We'll get back to you in 2 weeks.\nDecision: Friday"
    assert find_decision(text, MON).date == FRI
    unreadable = find_decision("We'll get back to you in 2 weeks.\nDecision: when the stars align", MON)
    assert unreadable.date is None
    assert unreadable.problem == "cannot read decision time frame 'when the stars align'"
    assert unreadable.phrase == "when the stars align"


def test_an_inconsistent_date_in_prose_is_a_problem_not_a_guess() -> None:
    found = find_decision("We'll get back to you by Monday 12/11.", MON)
    assert found.date is None
    assert found.problem is not None and "falls on a Friday, not a Monday" in found.problem
    assert found.phrase == "We'll get back to you by Monday 12/11."


#: Cues in odd places: one right after a cue that ends with a blank, at the text's start, after a letter past the
#: Basic Multilingual Plane or an emoji, and those found anywhere (inside a word, in Japanese).
ODD_CUES = ["get a call next steps by friday", "decide by friday", "x decide", "😀decide 𝐀decide _decide",
            "İ decide by friday", "die auswahlentscheidung fällt bis freitag", "they'll call you by friday",
            "she'll ring by friday", "he'll text you", "来週金曜日までに合否連絡", "he'd text me", "they will call you by friday",
            "gonna call you by friday", "we shall call you by friday", "they will ring by friday", "die kommission tagt",
            "yrityksen johtoryhmä päättävät perjantaina", "palaute perjantaina", "tulos perjantaina",
            "valinnasta perjantaina", "toimikunta kokoontuu", "lautakunta kokoontuu"]


def test_cues_are_found_alike_where_none_can_be_inside_a_word() -> None:
    """``_cue_spans`` finds what ``_CUES`` finds, in a whole text and in any part of it."""
    texts = [text for text, _ in PROSE + FALSE_FRIENDS] + ODD_CUES
    for text in texts:
        for folded in (text, decision_words.clean(text), decision_words.to_english(decision_words.clean(text), MON)[0]):
            for start, end in [(0, len(folded)), (1, len(folded)), (0, len(folded) // 2), (len(folded) // 3, len(folded))]:
                found = [match.span() for match in decision_prose._CUES.finditer(folded, start, end)]
                assert decision_prose._cue_spans(folded, start, end) == found, (folded, start, end)
    anywhere = re.compile(decision_prose._CUES_ANYWHERE)
    for text in texts:
        for match in anywhere.finditer(decision_words.clean(text)):
            context = decision_words.clean(text)[: match.end()]
            assert decision_prose._CJK.search(match.group()) or any(
                need in context for need in decision_prose._ANYWHERE_NEEDS), match.group()


def test_the_first_usable_sentence_wins_and_its_words_are_the_phrase() -> None:
    text = (
        "Hi Alex,\nThanks for your time today! The onsite would be on Dec 10.\n"
        "Our hiring committee meets weekly. We typically make decisions within a week of the onsite.\n"
        "Feedback on the take-home may take 2 weeks."
    )
    found = find_decision(text, MON)
    assert found == DecisionFind(D(2026, 12, 7), "We typically make decisions within a week of the onsite.", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("The panel expects to make a recommendation by the end of the month.", D(2026, 12, 31)),
    ("The hiring panel will make a selection within 30 days.", D(2026, 12, 31)),
    # the invitation's own date is the interview's, not the decision's
    ("We are pleased to inform you that the committee will meet you online on Tuesday, 1 December 2026. "
     "The outcome will be conveyed within a fortnight.", D(2026, 12, 15)),
])
def test_panels_recommend_and_select_and_an_invitation_date_is_not_the_decision(text: str, expected: dt.date) -> None:
    assert find_decision(text, D(2026, 12, 1)).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Online por Teams.\nResolución: 20/12", D(2026, 12, 20)),  # a label naming the answer, day first
    ("Esito: la settimana prossima.", D(2026, 12, 11)),
    ("Feedback: within 2 weeks", D(2026, 12, 15)),
    # a label whose value is no date leaves the prose to decide
    ("Feedback: please fill in the form.\nWe will decide by Friday.", D(2026, 12, 4)),
    ("Head said they'll phone the successful candidate this evening.", D(2026, 12, 1)),
    ("Me dijeron que en un par de semanas me dicen algo.", D(2026, 12, 15)),
    ("Camille dit qu'ils tranchent avant la fin du mois.", D(2026, 12, 31)),
    ("Recruiting said to expect a call tomorrow either way.", D(2026, 12, 2)),
    ("Jenni soittaa viimeistään perjantaina, jatketaanko asiakkaalle.", D(2026, 12, 4)),
    # a decision about the next round is still the decision; the next round itself is not
    ("Hij zei dat het besluit over de tweede ronde begin december valt.", D(2026, 12, 7)),
    ("We will let you know about the next round on Dec 12.", D(2026, 12, 12)),
    ("Mi hanno detto risposta entro la settimana prossima.", D(2026, 12, 11)),  # "mi" is no French "mid"
    ("Vi faremo sapere entro il 20 dicembre.", D(2026, 12, 20)),
    ("después de la técnica te damos feedback en una semana o dos.", D(2026, 12, 15)),
    ("Dijo que nos dirían algo la semana que viene como muy tarde.", D(2026, 12, 11)),
    ("教授面接＋セミナー発表30分。結果は年内に連絡します、とのこと", D(2026, 12, 31)),
    ("Board of Management will ratify on Thursday 3rd Dec, they phone the successful candidate after that.",
     D(2026, 12, 3)),
    ("All offers will be released after the computer match on 22 December 2026.", D(2026, 12, 22)),
    ("Ze laten het me over een week of twee weten.", D(2026, 12, 15)),
    ("Entrevista. Resolución a mediados de diciembre.", D(2026, 12, 15)),
    ("Our team typically follows up within 3 business days.", D(2026, 12, 4)),
    ("Recruiting office said offers go out by the end of the month.", D(2026, 12, 31)),
    ("Met de districtsmanager.\nUitslag: 17-12", D(2026, 12, 17)),
    ("個別面接。\n最終合格発表：12月18日（金）10時 横浜市ホームページにて", D(2026, 12, 18)),
    ("Decision: 12月上旬 / early December", D(2026, 12, 7)),
    # finishing the interviews this week is not the decision
    ("We're wrapping up the last few conversations this week and hope to extend offers by the end of next week.",
     D(2026, 12, 11)),
])
def test_outcome_lines_and_more_ways_to_say_who_decides_when(text: str, expected: dt.date) -> None:
    assert find_decision(text, D(2026, 12, 1)).date == expected


def test_the_next_rounds_own_date_is_still_no_decision() -> None:
    assert find_decision("If successful, the second round will be on 12 December.", D(2026, 12, 1)).date is None
    assert find_decision("If successful, induction is on 5th Dec at the Meadowhall store.", D(2026, 12, 1)).date is None
def test_long_descriptions_are_read_past_their_first_lines() -> None:
    filler = "We will talk about your background, the team and the role; bring questions. " * 60
    found = find_decision(filler + "We will get back to you within 5 business days.", MON)
    assert found.date == D(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("We'll get back to you by 12/11.", "mdy", D(2026, 12, 11)),
        ("We'll get back to you by 11/12.", "dmy", D(2026, 12, 11)),
        ("We'll get back to you by 13.12.", "mdy", None),  # in prose a dotted date is read in the configured order only
        # ... but a slash or a year is no time: the only possible reading is taken
        ("We'll get back to you by 13/12.", "mdy", D(2026, 12, 13)),
        ("Shortlisted candidates will be notified by 13/12/2026.", "mdy", D(2026, 12, 13)),
    ],
)
def test_numeric_dates_in_english_prose_follow_the_configured_order(text: str, order: str, expected: dt.date | None) -> None:
    assert find_decision(text, MON, order).date == expected  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------
# The labelled corpus: a floor under the decision accuracy on its held-out part.


def test_corpus_decision_accuracy_on_held_out_items() -> None:
    """Measured once after tuning on ``dev`` only (benchmarks/decision.py); the floor sits a little below."""
    from benchmarks.decision import accuracy, product
    from benchmarks.corpus import load

    items = [item for item in load(splits=("heldout",)) if item.label.is_interview]
    assert len(items) >= 80
    overall, per_lang, _ = accuracy(items, product)
    assert overall >= HELDOUT_FLOOR
    assert set(per_lang) == {"de", "en", "es", "fi", "fr", "it", "ja", "nl"}


def test_remembered_answers_are_per_text_day_and_order_and_bounded() -> None:
    text = "We'll get back to you by 12/1."
    assert find_decision(text, MON, "mdy").date == D(2026, 12, 1)
    assert find_decision(text, MON, "mdy").date == D(2026, 12, 1)  # from the memo, the same
    assert find_decision(text, MON, "dmy").date == D(2027, 1, 12)
    assert find_decision("We'll get back to you in 2 weeks.", MON).date == D(2026, 12, 14)
    assert find_decision("We'll get back to you in 2 weeks.", SAT).date == D(2026, 12, 19)
    for n in range(decision_prose._MEMO_SIZE + 50):
        find_decision(f"Decision in {n % 20 + 1} days ({n})", MON)
    assert len(decision_prose._MEMO) <= decision_prose._MEMO_SIZE
    assert find_decision(text, MON, "mdy").date == D(2026, 12, 1)  # forgotten, then read again


# ---------------------------------------------------------------------------------------------------
# Outside review, findings R8-R10: the day after tomorrow, a weekday named on that weekday, and a date
# without a year that has just passed. The interview is on Thursday, December 3.


@pytest.mark.parametrize("text", [
    "We'll get back to you the day after tomorrow.", "Decision the day after tomorrow", "Te respondemos pasado mañana.",
    "Nous vous donnerons une réponse après-demain.", "Vi daremo una risposta dopodomani.",
    "We laten het je overmorgen weten.", "Kerromme päätöksestä ylihuomenna.", "明後日までに結果をご連絡します。",
    "あさってまでに合否連絡します。", "Wir melden uns übermorgen.",
])
def test_r8_the_day_after_tomorrow_is_two_days_after(text: str) -> None:
    assert find_decision(text, THU, "mdy") == DecisionFind(D(2026, 12, 5), text, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("the day after tomorrow", D(2026, 12, 5)), ("day after tomorrow", D(2026, 12, 5)),
    ("pasado mañana", D(2026, 12, 5)), ("après-demain", D(2026, 12, 5)), ("明後日", D(2026, 12, 5)),
    ("tomorrow", FRI), ("mañana", FRI), ("demain", FRI), ("the day after", FRI),  # their neighbours keep their meaning
])
def test_r8_the_day_after_tomorrow_on_a_decision_line(text: str, expected: dt.date) -> None:
    assert parse_decision(text, THU) == DecisionParse(expected, None)
    assert parse_decision(text, NYE).date == expected + (NYE - THU)  # across the year's end


@pytest.mark.parametrize("text", [
    "We'll let you know by Thursday.", "Wir melden uns bis Donnerstag.", "Nous vous donnerons une réponse jeudi.",
    "Te responderemos el jueves.", "Ti daremo una risposta entro giovedì.", "We laten het je donderdag weten.",
    "Kerromme päätöksestä torstaina.", "木曜日までにご連絡します。", "Decision: Thursday", "Decision: Thurs EOD",
])
def test_r9_a_weekday_named_on_that_weekday_is_next_week(text: str) -> None:
    assert find_decision(text, THU, "mdy").date == D(2026, 12, 10)


@pytest.mark.parametrize(("text", "expected"), [
    ("We'll let you know today.", THU), ("Decision: EOD", THU), ("We'll let you know by end of day.", THU),
    ("We'll let you know by Friday.", FRI), ("We'll let you know by Wednesday.", D(2026, 12, 9)),
    ("We'll let you know next Thursday.", D(2026, 12, 10)), ("We'll let you know this week.", FRI),
])
def test_r9_today_stays_the_interview_day_and_other_weekdays_are_unchanged(text: str, expected: dt.date) -> None:
    assert find_decision(text, THU, "mdy").date == expected


def test_r10_a_date_days_before_the_interview_is_a_problem_not_next_year() -> None:
    found = find_decision("Expect to hear back by 12/1.", THU, "mdy")
    assert found.date is None
    assert found.problem == ("decision time frame 'Expect to hear back by 12/1.' (2026-12-01) "
                             "is before the interview (2026-12-03)")


@pytest.mark.parametrize(("text", "day", "order", "expected"), [
    # just past, in every form a date without a year takes
    ("12/1", THU, "mdy", "(2026-12-01) is before the interview"),
    ("1.12.", THU, "dmy", "(2026-12-01) is before the interview"),
    ("Dec 1", THU, "mdy", "(2026-12-01) is before the interview"),
    ("end of November", THU, "mdy", "(2026-11-30) is before the interview"),
    ("KW 48", THU, "mdy", "(2026-11-27) is before the interview"),
    ("9/29", THU, "mdy", "(2026-09-29) is before the interview"),  # 65 days back: its next one is 300 days off
    ("12/30", D(2027, 1, 4), "mdy", "(2026-12-30) is before the interview"),  # back across the new year
    # further back, or ahead across the year's end: the next one
    ("9/28", THU, "mdy", D(2027, 9, 28)),  # 66 days back: next year's, 299 days ahead
    ("by 1/5", THU, "mdy", D(2027, 1, 5)),
    ("by 1/5", NYE, "mdy", D(2027, 1, 5)),
    ("5.1.", LATE_DEC, "dmy", D(2027, 1, 5)),
    ("Jan 5", THU, "mdy", D(2027, 1, 5)),
    ("early January", NYE, "mdy", D(2027, 1, 7)),
    ("end of February", THU, "mdy", D(2027, 2, 28)),
    ("KW 2", LATE_DEC, "mdy", D(2027, 1, 15)),
    ("the 1st", THU, "mdy", D(2027, 1, 1)),  # a day of the month is the next one, never a problem
    ("12/3", THU, "mdy", THU),  # the interview's own day is not past
    ("early December", D(2026, 12, 10), "mdy", D(2026, 12, 10)),  # its own month: as soon as possible
    ("Feb 29", D(2027, 12, 1), "mdy", D(2028, 2, 29)),
    ("Feb 29", D(2028, 3, 10), "mdy", "(2028-02-29) is before the interview"),
    ("Feb 29", D(2029, 1, 10), "mdy", "is not a date in 2029"),  # 2028's is long past, 2029 has none
])
def test_r10_a_date_without_a_year_is_the_next_one_unless_it_has_just_passed(
        text: str, day: dt.date, order: str, expected: dt.date | str) -> None:
    result = parse_decision(text, day, order)  # type: ignore[arg-type]
    if isinstance(expected, dt.date):
        assert result == DecisionParse(expected, None)
    else:
        assert result.date is None and result.problem is not None and expected in result.problem


def test_r10_a_date_just_past_does_not_hide_a_time_frame_said_later() -> None:
    text = "Thanks for applying. We'll get back to you by 12/1.\nFeedback usually comes within 2 weeks."
    assert find_decision(text, THU, "mdy").date == D(2026, 12, 17)


def test_r10_status_reports_a_date_just_past(workspace: Workspace) -> None:
    workspace.add("globex", vevent("globex@example.com", "Interview at Globex", "20261203T130000",
                                   "20261203T140000", "Expect to hear back by 12/1."))
    code, out, _ = workspace.cli("status", now="2026-12-03T15:00")
    assert code == 0
    assert "(2026-12-01) is before the interview (2026-12-03)" in out and "2027-12-01" not in out


def test_the_interview_itself_is_not_the_decision() -> None:
    """"Today, as part of the selection, you will talk with the manager": 選考 (selection) is no cue."""
    text = "本日は選考として現場マネージャーとお話しいただきます。今月末までに次のステップについてご連絡いたします。"
    assert find_decision(text, D(2026, 11, 18)).date == D(2026, 11, 30)


@pytest.mark.parametrize("text", [
    "Response: please confirm your attendance by Friday", "Feedback: your take-home is due Monday",
    "Response: RSVP by Nov 1", "Result: 10/28", "Our candidate support team will respond 24/7.",
    "Selection day is on Friday 20 November.", "Successful completion of the background check by Nov 20 is required.",
    "Ci sentiamo martedì per il secondo colloquio.",
])
def test_the_outside_reviews_false_decisions_are_none(text: str) -> None:
    assert find_decision(text, D(2026, 11, 3)).date is None


def test_a_run_of_blank_lines_is_read_in_linear_time() -> None:
    # the line patterns once backtracked cubically over blank lines (42 s for 1,000); read in one go now
    from followup_sync.decision_prose import _DECISION_LINE, _OUTCOME_LINE
    for pattern in (_DECISION_LINE, _OUTCOME_LINE):
        assert pattern.pattern.startswith("^[ \\t]*(?:[-*•][ \\t]*)?")
    assert find_decision("Interview\n" + "\n" * 15_000 + "Decision: Friday", D(2026, 11, 3)).date == D(2026, 11, 6)


# ---------------------------------------------------------------------------------------------------
# An ordinal that counts floors, rounds or stages is no day of the month. The interview is on Monday, Nov 30.


@pytest.mark.parametrize(("text", "expected"), [
    ("Feedback from the panel on the 3rd floor comes within a week.", D(2026, 12, 7)),
    ("Shortlisted for the 2nd stage, where we decide within a week.", D(2026, 12, 7)),
    ("Meld je op de 2e verdieping; je hoort uiterlijk donderdag van ons.", THU),
    # the day of the month itself still reads
    ("We'll let you know on the 9th.", D(2026, 12, 9)),
    ("Wir melden uns am 9. bei Ihnen.", D(2026, 12, 9)),
])
def test_a_counted_floor_round_or_stage_is_no_day_of_the_month(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("parin päivän sisällä", WED),  # Finnish "pari" is a couple (+2), "muutama" a few (+3)
    ("muutaman päivän sisällä", THU),
    ("a metà della prossima settimana", D(2026, 12, 9)),
    ("a metà di gennaio", D(2027, 1, 15)),
    ("nei primi giorni di gennaio", D(2027, 1, 7)),
    ("en los primeros días de enero", D(2027, 1, 7)),
    ("el día 9", D(2026, 12, 9)),  # a day of the month, not the interview day
    ("il giorno 9", D(2026, 12, 9)),
    ("tmrw", D(2026, 12, 1)),
    ("2moro EOD", D(2026, 12, 1)),
    ("en el termini de 10 dies hàbils", D(2026, 12, 14)),  # Catalan
    ("divendres", FRI),
    ("teen Vrydag", FRI),  # Afrikaans
    ("binne 5 dae", D(2026, 12, 5)),
    ("3-4 din", FRI),  # Hindi units among English words
    ("2 hafte", D(2026, 12, 14)),
])
def test_time_words_of_more_idioms_and_languages(text: str, expected: dt.date) -> None:
    assert parse_decision(text, MON) == DecisionParse(expected, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("HR ne kaha final result 4-5 din mein mail karenge.", SAT),
    ("Us comunicarem la decisió en el termini de 10 dies hàbils.", D(2026, 12, 14)),
    ("Te damos la respuesta el día 11.", D(2026, 12, 11)),
    ("Palaute tulee parin viikon sisällä.", D(2026, 12, 14)),
])
def test_time_words_of_more_idioms_and_languages_in_prose(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize("text", ["Decision: teen years", "Noise and din all day, no feedback yet."])
def test_words_that_are_units_only_after_a_number_or_before_a_day_stay_unread(text: str) -> None:
    assert find_decision(text, MON).date is None


# ---------------------------------------------------------------------------------------------------
# More ways to say who decides when, in every language. The interview is on Monday, Nov 30.


@pytest.mark.parametrize(("text", "expected"), [
    ("The owner will text me yes or no by Wednesday.", WED),
    ("Said they would text by Friday.", FRI),
    ("Partners meet on the 3rd and she'll ring round afterwards.", THU),
    ("The governors confirm appointments at their meeting on the 10th.", D(2026, 12, 10)),
    ("We hope to conclude the process within two weeks.", D(2026, 12, 14)),
    ("Offer or rejection email within 5 days.", D(2026, 12, 5)),
    ("He calls me tomorrow either way.", D(2026, 12, 1)),
    ("Selection expected within 3 weeks.", D(2026, 12, 21)),
    ("Elle me dira oui ou non d'ici jeudi.", THU),
    ("Ils vous diront avant vendredi.", FRI),
    ("Me llamarán en diez días.", D(2026, 12, 10)),
    ("Definen la semana que viene.", D(2026, 12, 11)),
    ("El tribunal publicará las notas el 14 de diciembre.", D(2026, 12, 14)),
    ("Ci risentiamo entro venerdì.", FRI),
    ("Mi richiamano lunedì prossimo.", D(2026, 12, 7)),
    ("Mi fa sapere giovedì.", THU),
    ("La graduatoria esce entro 20 giorni.", D(2026, 12, 20)),
    ("La commissione si riunisce il 9 dicembre.", D(2026, 12, 9)),
    ("Der Beschluss fällt am 10. Dezember.", D(2026, 12, 10)),
    ("Die Berufungskommission tagt am 14.12.", D(2026, 12, 14)),
    ("Ons laat jou teen Donderdag weet.", THU),
    ("Olemme yhteydessä ensi viikolla.", D(2026, 12, 11)),
    ("Rekrytointitoimikunta kokoontuu tiistaina 8.12.", D(2026, 12, 8)),
    ("最終合格発表は12月9日です。", D(2026, 12, 9)),
])
def test_more_cues_for_the_decision(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize("text", [
    "Ci sentiamo martedì per fissare il secondo colloquio.",  # the date of what the call is for
    "Nous nous parlons jeudi pour le second entretien, ils vous diront l'heure.",
    "Remember to text Jane by Friday with the parking plate.",  # the candidate's own errand
    "I'll text Sam tomorrow to thank her.", "I will text the agency on Friday.",
])
def test_a_date_for_another_event_or_the_candidates_errand_is_no_decision(text: str) -> None:
    assert find_decision(text, MON).date is None


def test_a_deadline_before_the_next_round_is_still_the_decision() -> None:
    assert find_decision("Ci sentiamo entro giovedì per il secondo colloquio.", MON).date == THU


def test_every_candidate_is_no_job_advert_but_every_week_is() -> None:
    assert find_decision("We aim to get back to every applicant within 4 business days.", MON).date == FRI
    assert find_decision("You will present results to leadership every 2 weeks.", MON).date is None
    assert find_decision("The hiring committee meets every Friday.", MON).date is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Ergebnis laut Fr. Weber bis Ende nächster Woche.", D(2026, 12, 11)),
    ("Respuesta de la Sra. Gómez en una semana.", D(2026, 12, 7)),
    ("Risposta dal Sig. Conti entro venerdì.", FRI),
    ("Uitslag volgens Dhr. Jansen binnen 5 werkdagen.", D(2026, 12, 7)),
])
def test_a_title_before_a_name_does_not_end_the_sentence(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # published results are the decision in English as in the other languages ...
    ("Results will be published on the council website on 11 December.", D(2026, 12, 11)),
    ("The list of successful candidates will be posted on Dec 11.", D(2026, 12, 11)),
    ("De uitslag wordt op 11 december gepubliceerd.", D(2026, 12, 11)),
    ("Antwoord komt overmorgen.", WED),  # Dutch "antwoord" is an answer like German "Antwort"
    # ... a posted job advert is not
    ("Feedback: the job ad was published on 12/10", None),
])
def test_published_results_are_the_decision_a_published_advert_is_not(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the first days of" a month is early in it (the 7th), "the last days of" late (the 25th)
    ("dans les premiers jours de janvier", D(2027, 1, 7)), ("les derniers jours de décembre", D(2026, 12, 25)),
    ("in de eerste dagen van januari", D(2027, 1, 7)), ("de laatste dagen van december", D(2026, 12, 25)),
    ("in den ersten Tagen im Januar", D(2027, 1, 7)), ("in den letzten Tagen im Dezember", D(2026, 12, 25)),
    ("los últimos días de diciembre", D(2026, 12, 25)), ("negli ultimi giorni di dicembre", D(2026, 12, 25)),
    ("tammikuun alkupäivinä", D(2027, 1, 7)),
])
def test_the_first_and_last_days_of_a_month(text: str, expected: dt.date) -> None:
    assert parse_decision(text, MON) == DecisionParse(expected, None)


# ---------------------------------------------------------------------------------------------------
# Second round on fresh_m and fresh_n: time words of the English table. The interview is on Monday, Nov 30.


@pytest.mark.parametrize(("text", "expected"), [
    # a day with its month is one date, not "on 9th" followed by a month
    ("on 9th December", D(2026, 12, 9)), ("by 9th of December", D(2026, 12, 9)), ("by the 9th", D(2026, 12, 9)),
    # "within the week" is the end of this one
    ("within the week", FRI),
    # the day of the interview, said from the interview's side
    ("on the evening of the interview day", MON), ("by the end of interview day", MON), ("interview day", MON),
])
def test_a_named_date_this_week_and_the_interview_day(text: str, expected: dt.date) -> None:
    assert parse_decision(text, MON) == DecisionParse(expected, None)


@pytest.mark.parametrize("text", ["within the week of Dec 7", "the second interview day", "after the final interview day"])
def test_another_week_or_another_interview_day_is_not_read_as_ours(text: str) -> None:
    assert parse_decision(text, MON).date is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Results will be communicated after the board meets on 9th December.", D(2026, 12, 9)),
    ("The recruiter will let me know within the week.", FRI),
    ("Applicants hear the outcome on the evening of the interview day.", MON),
    ("We decide after the second interview day.", None),
])
def test_a_named_date_this_week_and_the_interview_day_in_prose(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, MON).date == expected


# ---------------------------------------------------------------------------------------------------
# Second round: time words of more languages and idioms. The interview is on Monday, Nov 30.


@pytest.mark.parametrize(("text", "expected"), [
    # about ten days, about a fortnight
    ("entro una decina di giorni", D(2026, 12, 10)), ("una quindicina di giorni", D(2026, 12, 14)),
    ("en una decena de días", D(2026, 12, 10)), ("over een dag of tien", D(2026, 12, 10)),
    # Malay and Indonesian
    ("dalam tempoh 2 bulan", D(2027, 1, 30)), ("dalam masa 3 hari bekerja", THU), ("dalam waktu dua minggu", D(2026, 12, 14)),
    ("dalam tempoh seminggu", D(2026, 12, 7)), ("minggu depan", D(2026, 12, 11)), ("besok", D(2026, 12, 1)),
    # Chinese, written with the characters Japanese shares
    ("下個月", D(2026, 12, 31)), ("下个月底", D(2026, 12, 31)), ("下星期五", D(2026, 12, 11)), ("下周三", D(2026, 12, 9)),
    ("這個星期", FRI), ("星期四", THU),
])
def test_time_words_of_about_ten_days_malay_and_chinese(text: str, expected: dt.date) -> None:
    assert parse_decision(text, MON) == DecisionParse(expected, None)


@pytest.mark.parametrize("text", ["Hari", "bulan purnama", "minggu"])
def test_malay_units_are_units_only_after_a_number(text: str) -> None:
    """"Hari" is also a name, "bulan" the moon and "minggu" Sunday."""
    assert parse_decision(text, MON).date is None


def test_the_japanese_below_is_no_chinese_next() -> None:
    def english(text: str) -> str:
        return decision_words.to_english(decision_words.clean(text), None)[0]

    assert "next" not in english("日程は以下月曜日から")
    assert english("下個月") == "next month"


# ---------------------------------------------------------------------------------------------------
# Second round: more ways to say the answer comes, and their neighbours that are no answer. Monday, Nov 30.


@pytest.mark.parametrize(("text", "expected"), [
    ("Selected candidates shall be intimated by email within 2 working days.", WED),  # Indian English
    ("She'll update me by next Wed.", D(2026, 12, 9)),
    ("HR said the final list comes out by the 9th.", D(2026, 12, 9)),
    ("The merit list will be published on 10 December.", D(2026, 12, 10)),
    ("Babalitaan ka nila within the week.", FRI),  # Tagalog
    ("Keputusan akan dimaklumkan dalam tempoh 2 minggu.", D(2026, 12, 14)),  # Malay
    ("Hasilnya akan diumumkan dalam waktu 3 hari kerja.", THU),  # Indonesian
    ("佢哋話下個月先有結果。", D(2026, 12, 31)),  # Cantonese
    ("我們會在下周三前回覆你。", D(2026, 12, 9)),
    ("Le chef me rappelle d'ici jeudi.", THU),
    ("Il me dit quoi d'ici vendredi.", FRI),
    ("La commission de sélection se réunit le 10 décembre ; réponse ensuite.", D(2026, 12, 10)),
    ("El encargado me dice algo el jueves.", THU),
    ("Ze belt me vrijdag.", FRI),
    ("Lupasivat vastata perjantaihin mennessä.", FRI),
    ("Ci fanno sapere entro una decina di giorni.", D(2026, 12, 10)),
])
def test_more_cues_of_the_second_round(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize("text", [
    "Shortlisted candidates go for the personal interview the same day.",  # who is on the list, and their next stage
    "Candidates will be intimated of the second round on Dec 10.",
    "Please update me on your availability by Friday.",
    "Please update us on your notice period by Friday.",  # the candidate updates them
    "Rappel : entretien jeudi à 10h.",  # a French reminder, not a call back
    "Je vous rappelle que l'entretien a lieu jeudi.",
    "Base salary plus commission paid on the 15th.",
    "Wear a belt on Friday.",
    "Vastaava hoitaja on paikalla perjantaina.",  # the nurse in charge, not an answer
    "Lowongan pengasuh balita, mulai 1/12.",  # an Indonesian toddler's carer, from December 1
    "Untuk maklumat lanjut sila hubungi HR sebelum 4/12.",  # the candidate's own contact
])
def test_neighbours_of_the_new_cues_are_no_decision(text: str) -> None:
    assert find_decision(text, MON).date is None


@pytest.mark.parametrize(("text", "expected"), [
    # a decision that is only a condition: the date before it is what happens otherwise, or then
    ("The role will be posted on Dec 7 if we don't decide.", None),
    ("The job is re-advertised on 14 December unless we reach a decision.", None),
    ("Start date is Jan 5 if we decide to hire you.", None),
    ("Stelle wird am 7.12. neu ausgeschrieben falls wir uns nicht entscheiden", None),  # a note, no comma
    # a condition elsewhere leaves the decision's date alone
    ("We'll get back to you by Friday unless we decide to reopen the search.", FRI),
    ("We will make a decision by 12/10 if the panel agrees.", D(2026, 12, 10)),
    ("Tomorrow if all goes well we'll let you know.", D(2026, 12, 1)),
])
def test_a_decision_named_only_as_a_condition_dates_nothing(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, MON).date == expected


# ---------------------------------------------------------------------------------------------------
# Third round: an agency or careers service passing the employer's answer on, and its neighbours. Monday, Nov 30.


@pytest.mark.parametrize(("text", "expected"), [
    # "gets back" is "get back" said of someone else
    ("The recruiter said the client usually gets back to them in 1-2 weeks.", D(2026, 12, 14)),
    # confirming with nothing to confirm named: the outcome
    ("The agency will confirm by Tuesday whether the store wants me.", D(2026, 12, 1)),
    ("The firm tends to confirm within a week or two.", D(2026, 12, 14)),
    ("They usually confirm within 10 days.", D(2026, 12, 10)),
    ("HR: selections are usually made within 2-3 weeks of the panel.", D(2026, 12, 21)),
    ("Selection will be made by 11 December.", D(2026, 12, 11)),
])
def test_the_employers_answer_passed_on_by_a_third_party(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize("text", [
    "Maria gets back from leave on Friday; the onsite is then.",  # back from a trip, not with an answer
    "When she gets back from Lisbon on Wednesday we set up the panel.",
    "Please confirm by Friday.",  # the candidate confirms
    "Can you confirm by Friday whether you can attend?",
    "I'll confirm by Wednesday whether I can make it.",
    "You need to confirm by Wednesday.",
    "Remember to confirm by Wednesday.",
    "Candidates must confirm by Wednesday.",
    "Confirm by Friday that you will attend.",
    "We will confirm the time of your onsite by Friday.",  # what is confirmed is named: the onsite's time
    "Your interview is confirmed for Friday.",
    "The selection panel made up of three partners meets on Dec 9.",
])
def test_neighbours_of_the_third_rounds_cues_are_no_decision(text: str) -> None:
    assert find_decision(text, MON).date is None


@pytest.mark.parametrize(("text", "expected"), [
    # a date inside "laten ... weten" keeps the cue whole, its dots notwithstanding
    ("We laten je uiterlijk 4-12 weten of je doorgaat.", FRI),
    ("We laten je uiterlijk 4.12. weten of je doorgaat.", FRI),
    # Finnish "tieto" (word, news) followed by when or of what
    ("Osastonhoitajan kanssa. Tieto viikon lopussa.", FRI),
    ("Tieto valinnasta ensi viikolla.", D(2026, 12, 11)),
    ("Tieto tulee kahden viikon sisällä.", D(2026, 12, 14)),
    # the German genitive "eines": within one month, one day
    ("Wir geben Ihnen innerhalb eines Monats Bescheid.", D(2026, 12, 30)),
    ("Sie erhalten binnen eines Tages eine Antwort.", D(2026, 12, 1)),
])
def test_a_dutch_date_inside_its_cue_finnish_tieto_and_german_eines(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize("text", [
    "Tieto Oyj, Keilaranta 1. Toinen haastattelu perjantaina.",  # the IT company, and the next round's day
    "Haastattelu Tieto perjantaina klo 10.",
    "TietoEVRY ensi viikolla.",
])
def test_the_company_tieto_is_no_news(text: str) -> None:
    assert find_decision(text, MON).date is None


@pytest.mark.parametrize(("text", "expected"), [
    # "if" in French and Spanish (si), Italian (se) and Dutch (als): the date before the condition is what happens then
    ("Le poste sera republié le 7 décembre si nous ne prenons pas de décision.", None),
    ("L'annonce sera republiée le 7 décembre s'il n'y a pas de décision.", None),
    ("Prise de poste le 4 janvier si nous décidons de vous recruter.", None),
    ("La vacante se publicará el 7 de diciembre si no decidimos.", None),
    ("Inicio el 4 de enero si decidimos contratarte.", None),  # the condition is in the cue's own word
    ("La posizione sarà ripubblicata il 7 dicembre se non decidiamo.", None),
    ("Inizio il 4 gennaio se decidiamo di assumerti.", None),
    ("De vacature wordt op 7 december opnieuw geplaatst als we niet beslissen.", None),
    ("Start op 4 januari als we besluiten je aan te nemen.", None),
    # the same words when they are no "if": the Italian impersonal "si", the Spanish "se", the Dutch "as"
    ("Il 10 dicembre si decide.", D(2026, 12, 10)),
    ("El 10 de diciembre se decide.", D(2026, 12, 10)),
    ("Uiterlijk vrijdag laten we het je weten, zo snel als we kunnen.", FRI),
    # a hedge is no alternative to the decision: its date stays
    ("Vrijdag als het goed is hoor je van ons.", FRI),
    ("Vendredi si tout va bien réponse.", FRI),
    ("El viernes si todo va bien te decimos algo.", FRI),
    ("Venerdì se tutto va bene ti facciamo sapere.", FRI),
    ("Friday if everything's fine we let you know.", FRI),
    ("By Friday if possible we'll let you know.", FRI),
])
def test_a_condition_in_french_spanish_italian_and_dutch_and_a_hedge(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # news of the answer, and knowing it, in the languages whose "know" was no cue yet (the English one is)
    ("They should have news for me by Friday.", FRI),
    ("Should get word by Wed.", WED),
    ("Wir kommen bis Ende der Woche auf Sie zu.", FRI),
    ("Ende nächster Woche wissen wir mehr.", D(2026, 12, 11)),
    ("On en saura plus vendredi.", FRI),
    ("Sabremos algo el viernes.", FRI),
    ("Sapremo qualcosa venerdì.", FRI),
    ("Ze weten het volgende week.", D(2026, 12, 11)),
])
def test_news_of_the_answer_and_knowing_it(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize("text", [
    "Interview at Sky News on Friday.",  # a news channel, and its desk
    "We have news anchors on Friday.",
    "Wie Sie wissen, ist das Zweitgespräch am 10.12.",  # "as you know", and the next round
    "Vous saurez gérer le planning du lundi au vendredi.",  # a job advert's "you will know how to"
    "Sabrás gestionar equipos desde el 4 de enero.",
    "Il candidato saprà gestire il team da gennaio.",
    "Ik weet nog niet of ik vrijdag kan.",  # the candidate does not know yet whether they can come
])
def test_a_news_desk_and_knowing_how_are_no_answer(text: str) -> None:
    assert find_decision(text, MON).date is None


@pytest.mark.parametrize(("text", "expected"), [
    # the British close of business, on a Decision: line and in prose
    ("close of play", MON), ("by end of play", MON), ("close of play Friday", FRI), ("end of play tomorrow", D(2026, 12, 1)),
])
def test_close_of_play_is_the_end_of_the_working_day(text: str, expected: dt.date) -> None:
    assert parse_decision(text, MON) == DecisionParse(expected, None)
    assert find_decision(f"We'll let you know {text}.", MON).date == expected


def test_a_play_is_no_close_of_play() -> None:
    assert find_decision("The play opens on Friday, then we'll decide.", MON).date is None


@pytest.mark.parametrize(("text", "expected"), [
    # within this week, within the day, in French and Italian
    ("Réponse dans la semaine.", FRI),
    ("Réponse dans la journée.", MON),
    ("Ti facciamo sapere in giornata.", MON),
    ("Ti richiamo in serata.", MON),
    # the week or day of another date keeps that date
    ("Réponse dans la semaine prochaine.", D(2026, 12, 11)),
    ("Réponse dans la journée de demain.", D(2026, 12, 1)),
    ("Ti facciamo sapere in giornata di domani.", D(2026, 12, 1)),
])
def test_within_the_week_and_within_the_day_in_french_and_italian(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON).date == expected


def test_the_week_of_another_date_is_not_this_week() -> None:
    english = decision_words.to_english(decision_words.clean("dans la semaine du 7 décembre"), None)[0]
    assert "within the week" not in english


@pytest.mark.parametrize(("text", "expected"), [
    # German abbreviations inside a sentence end none: the cue and its time frame stay together
    ("Antwort gem. Herrn Brandt bis Ende nächster Woche.", D(2026, 12, 11)),
    ("Entscheidung lt. Personalabteilung übernächste Woche.", D(2026, 12, 18)),
    ("Rückmeldung gibt es i. d. R. innerhalb von 2 Arbeitstagen.", D(2026, 12, 2)),
    ("Rückmeldung z. B. per Mail in 3 Tagen.", D(2026, 12, 3)),
])
def test_a_dotted_abbreviation_ends_no_sentence(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON, "dmy").date == expected


def test_a_single_letter_ending_a_sentence_still_ends_it() -> None:
    # "Plan B." ends its sentence: the next one's answer is not tied to the flight date before it
    text = "Flight on 3.12. is plan B. Wir melden uns nächste Woche."
    assert find_decision(text, MON, "dmy").date == D(2026, 12, 11)


@pytest.mark.parametrize(("text", "expected"), [
    ("結果：12/9までに連絡します", D(2026, 12, 9)),
    ("二次面接。結果：12/9までにメールで連絡", D(2026, 12, 9)),
])
def test_a_full_width_colon_labels_the_date_after_it(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON).date == expected


def test_a_full_width_time_is_still_no_date() -> None:
    assert find_decision("面接は10：30から。結果は後日連絡します。", MON).date is None


@pytest.mark.parametrize(("text", "expected"), [
    # the end of the month, as FORMAT.md has it in every language: "a finales de", "a fines de", "a fin de mes"
    ("La decisión se toma a finales de diciembre.", D(2026, 12, 31)),
    ("Te dirán algo finales de enero.", D(2027, 1, 31)),
    ("Resultados a fines de diciembre.", D(2026, 12, 31)),
    ("Resultados a finales de mes.", MON),  # this month's end: the interview day itself
])
def test_finales_de_a_month_is_its_end(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON, "dmy").date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Soitamme kolmen päivän päästä.", D(2026, 12, 3)),
    ("Palaamme asiaan parin päivän päästä.", D(2026, 12, 2)),
    ("Päätös kahden viikon päästä.", D(2026, 12, 14)),
    ("Vastaus viiden työpäivän päästä.", D(2026, 12, 7)),
])
def test_finnish_paasta_after_a_unit_is_in_that_time(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON, "dmy").date == expected


def test_finnish_paasta_to_get_somewhere_is_no_time() -> None:
    english = decision_words.to_english(decision_words.clean("Toivottavasti päästä jatkoon."), None)[0]
    assert "after" not in english


@pytest.mark.parametrize(("text", "expected"), [
    ("Elle m'appellera d'ici jeudi.", THU),
    ("Le recruteur vous appellera vendredi prochain.", D(2026, 12, 11)),
])
def test_french_the_employer_will_call(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON, "dmy").date == expected


def test_french_the_candidate_calling_is_no_answer() -> None:
    assert find_decision("Vous m'appellerez jeudi pour fixer la visite.", MON, "dmy").date is None


def test_finalizing_the_hire_after_a_meeting_is_the_decision() -> None:
    text = "They'll finalize the hire after the board meeting on Dec 9."
    assert find_decision(text, MON).date == D(2026, 12, 9)


def test_finalizing_something_else_is_no_decision() -> None:
    assert find_decision("We'll finalize the schedule on Dec 9.", MON).date is None
    assert find_decision("Please finalize your paperwork by Dec 9.", MON).date is None


def test_a_spanish_confirmed_interview_is_no_answer() -> None:
    # the recruiter confirms the interview itself, on the interview's own weekday
    text = "Te confirmo la entrevista con el cliente el lunes en su oficina. Feedback antes del 9/12."
    assert find_decision(text, MON, "dmy").date == D(2026, 12, 9)
    assert find_decision("Te confirmo la cita el jueves en la sede.", MON, "dmy").date is None


def test_a_spanish_confirmation_of_the_answer_still_counts() -> None:
    assert find_decision("Te confirmarán el jueves si pasas.", MON, "dmy").date == THU


def test_finnish_passive_call_is_the_employers() -> None:
    assert find_decision("Teille soitetaan parin päivän päästä.", MON, "dmy").date == D(2026, 12, 2)


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("Riceverà una risposta entro cinque giorni, massimo sette giorni.", "dmy", D(2026, 12, 7)),
    ("We will respond within 5 days, maximum 10 days.", "mdy", D(2026, 12, 10)),
    ("Expect an answer within a week, max 10 days.", "mdy", D(2026, 12, 10)),
])
def test_a_cap_after_a_time_frame_is_its_upper_bound(text: str, order: str, expected: dt.date) -> None:
    assert find_decision(text, MON, order).date == expected  # type: ignore[arg-type]


def test_massimo_the_name_caps_nothing() -> None:
    assert find_decision("Ti richiamerà Massimo entro venerdì.", MON, "dmy").date == FRI


def test_being_back_to_the_candidate_is_an_answer() -> None:
    assert find_decision("We hope to be back to you within 5 working days.", MON).date == D(2026, 12, 7)


def test_being_back_for_the_next_interview_is_no_answer() -> None:
    assert find_decision("She will be back with you on Thursday for the second interview.", MON).date is None


def test_spanish_the_employer_defines_its_choice() -> None:
    assert find_decision("La empresa define al candidato elegido el 10 de diciembre.", MON, "dmy").date == D(2026, 12, 10)


def test_spanish_a_job_advert_defining_is_no_decision() -> None:
    assert find_decision("Definirás la estrategia comercial antes del 10 de diciembre.", MON, "dmy").date is None


def test_spanish_published_marks_are_the_outcome() -> None:
    text = "Las calificaciones provisionales se publicarán el 14 de diciembre."
    assert find_decision(text, MON, "dmy").date == D(2026, 12, 14)


def test_spanish_required_qualifications_are_no_outcome() -> None:
    text = "Se valorarán calificaciones profesionales hasta el 14 de diciembre."
    assert find_decision(text, MON, "dmy").date is None


def test_dutch_hearing_it_with_the_verb_first() -> None:
    assert find_decision("Donderdag hoor ik het.", MON, "dmy").date == THU


def test_dutch_liking_to_hear_is_no_answer() -> None:
    assert find_decision("Ik hoor het graag als je donderdag kunt.", MON, "dmy").date is None


def test_feedback_from_every_round_is_this_rounds_too() -> None:
    assert find_decision("Feedback from each round comes within 2 business days.", MON).date == D(2026, 12, 2)


@pytest.mark.parametrize(("text", "order"), [
    ("The board meets on December 9, and we will have a decision for you after that.", "mdy"),
    ("Le jury se réunit le 9 décembre, réponse dans la foulée.", "dmy"),
    ("Valintaryhmä kokoontuu 9. joulukuuta, päätös heti sen jälkeen.", "dmy"),
])
def test_an_answer_right_after_the_deciders_meet_is_their_meeting_day(text: str, order: str) -> None:
    assert find_decision(text, MON, order).date == D(2026, 12, 9)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "The onsite is on December 9, and we will decide after that.",
    "Your final round is on December 9, and we will let you know after that.",
])
def test_an_answer_after_the_next_round_is_not_that_rounds_day(text: str) -> None:
    assert find_decision(text, MON).date is None


def test_the_employer_confirming_its_choice_is_an_answer() -> None:
    assert find_decision("They will confirm their choice by Friday.", MON).date == FRI


@pytest.mark.parametrize("text", [
    "They will confirm your start date by Friday.",
    "He will confirm the interview slot by Friday.",
])
def test_the_employer_confirming_an_arrangement_is_no_answer(text: str) -> None:
    assert find_decision(text, MON).date is None


@pytest.mark.parametrize(("text", "day", "expected"), [
    # a weekday with a bare day of the month names that day, as "Friday the 11th" does
    ("Respuesta a más tardar el viernes 11.", MON, D(2026, 12, 11)),
    ("Decision by Friday 11.", MON, D(2026, 12, 11)),
    # the weekday "of next week" is next week's
    ("On revient vers vous au plus tard vendredi de la semaine prochaine.", MON, D(2026, 12, 11)),
    ("We'll decide by Friday of next week.", MON, D(2026, 12, 11)),
    # before Christmas: by Christmas Eve, as a user reads it
    ("We'll have an outcome for you before Christmas.", MON, D(2026, 12, 24)),
    ("Réponse avant Noël.", MON, D(2026, 12, 24)),
    # the French "le lendemain" is the day after the interview
    ("Le comité délibère le soir même ; résultats communiqués le lendemain par mail.", MON, D(2026, 12, 1)),
    # the Spanish "before the month ends" is its end, and a ruling (dictamen) is the decision
    ("El dictamen del proceso se dará antes de que termine noviembre.", D(2026, 11, 11), D(2026, 11, 30)),
    # Flemish "ten laatste" (at the latest) and the Dutch ordinal "5de"
    ("Antwoord ten laatste op de 5de.", MON, D(2026, 12, 5)),
    # Dutch "na" (after) ties the time frame to this round, which is no other event
    ("De commissie neemt binnen 5 werkdagen na de tweede ronde contact met u op.", MON, D(2026, 12, 7)),
    ("Nous revenons vers chaque candidat sous 5 jours ouvrés.", MON, D(2026, 12, 7)),
    ("Jatkosta kuulemma parin päivän päästä.", MON, D(2026, 12, 2)),
    ("Kertoo torstaina, pääsenkö jatkoon.", MON, THU),
    ("We expect to make offers the week after next.", MON, D(2026, 12, 18)),
    # the employer's call with the answer, after the deciders' debrief
    ("Debrief is usually within 2 business days, then I'll call you.", MON, WED),
    ("He said they will call by Wed.", MON, WED),
])
def test_round_six_idioms_and_date_shapes(text: str, day: dt.date, expected: dt.date) -> None:
    assert find_decision(text, day, "dmy" if not text.isascii() else "mdy").date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Feedback on Friday 10:30.", FRI),  # a time, not the 10th
    ("Feedback Friday 2 pm.", FRI),
    ("I will call by Friday to confirm.", None),  # the candidate's own call
    ("We'll call you on Friday for the final interview.", None),  # the next round's arrangement
    ("The onsite is within 2 days, then I'll call you.", None),  # a next round before "then"
    ("The shop opens in 2 days, then I'll call you.", None),  # "then" after no deciders' meeting
    ("Hän kertoo yrityksestä torstaina.", None),  # tells about the company, not of the outcome
    ("We make offers to start on 4 January.", None),  # a start date
    ("We'll get back to you after the Christmas party.", None),  # the holiday alone is no time frame
])
def test_round_six_distractors_are_not_read_as_the_decision(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, MON).date == expected


# An outside review's findings, each read from an interview on Tuesday 10 November 2026.
TUE = D(2026, 11, 10)


@pytest.mark.parametrize(("text", "order"), [
    # the employer's call arranging the next round, or booked for a clock time, is no answer
    ("Phone screen: the recruiter will call you on Nov 10 at 2pm.", "mdy"),
    ("The recruiter will call you on Monday to set up the technical round.", "mdy"),
    ("Our hiring manager will call you tomorrow to arrange the second interview.", "mdy"),
    # confirming who interviews at the next stage is an arrangement, a few words on
    ("They'll confirm the panel for next week's final interview on Monday.", "mdy"),
    ("They will confirm the interviewers for the next stage by Thursday.", "mdy"),
    # the candidate's own next meeting is no deciders' meeting for "after that" or ", then"
    ("Next you'll meet the panel on Dec 3, then we'll decide.", "mdy"),
    ("You'll meet the CEO on December 3, and we will decide after that.", "mdy"),
    # "before Christmas" said of the start
    ("If all goes well, we'd like you to start before Christmas; we'll be in touch.", "mdy"),
    ("We hope to have the new hire in post before Christmas, and we'll let you know soon.", "mdy"),
    # an interview's length caps no time frame
    ("Vi faremo sapere; il secondo colloquio dura massimo due ore.", "dmy"),
])
def test_review_misreadings_are_no_decision(text: str, order: str) -> None:
    assert find_decision(text, TUE, order).date is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "order", "expected"), [
    # a weekday with a number that is no day of the month on that weekday: an hour, so the weekday alone
    ("Decision call Friday 9", "mdy", D(2026, 11, 13)),
    ("Feedback call booked: Thursday 4", "mdy", D(2026, 11, 12)),
    ("Te llamarán el viernes 9 con la respuesta.", "dmy", D(2026, 11, 13)),
    # ... and the day of the month when it is that weekday
    ("Decision by Friday 13.", "mdy", D(2026, 11, 13)),
    ("Respuesta a más tardar el viernes 20.", "dmy", D(2026, 11, 20)),
    ("Decision by Tuesday 1.", "mdy", D(2026, 12, 1)),  # next month's 1st, a Tuesday
])
def test_a_weekday_with_a_number_is_a_date_only_on_that_weekday(text: str, order: str, expected: dt.date) -> None:
    assert find_decision(text, TUE, order).date == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "order", "expected"), [
    # the rules the fixes narrowed still read what they were made for
    ("We will call you on Friday with our decision.", "mdy", D(2026, 11, 13)),
    ("Debrief is usually within 2 business days, then I'll call you.", "mdy", D(2026, 11, 12)),
    ("They'll confirm placements by month end.", "mdy", D(2026, 11, 30)),
    ("They will confirm their choice by Friday.", "mdy", D(2026, 11, 13)),
    ("The board meets on December 9, and we'll have a decision after that", "mdy", D(2026, 12, 9)),
    ("Le jury se réunit le 9 décembre, réponse dans la foulée.", "dmy", D(2026, 12, 9)),
    ("We'll have an outcome for you before Christmas.", "mdy", D(2026, 12, 24)),
    ("Vi faremo sapere entro una settimana, massimo dieci giorni.", "dmy", D(2026, 11, 20)),
])
def test_review_fixes_keep_the_readings_their_rules_were_made_for(text: str, order: str, expected: dt.date) -> None:
    assert find_decision(text, TUE, order).date == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "order", "expected"), [
    # informal notes from trades and small shops: who tells whom, in the words people write down
    ("Der Chef sagt, ich hör bis Donnerstag von ihm.", "dmy", D(2026, 12, 3)),
    ("Elle a dit qu'on se rappelle dans huit jours.", "dmy", D(2026, 12, 7)),
    ("Resolveremos en un plazo de 5 días hábiles.", "dmy", D(2026, 12, 7)),
    ("La titolare mi dice entro venerdì.", "dmy", D(2026, 12, 4)),
    ("Ze appt me morgen.", "dmy", D(2026, 12, 1)),
    ("Successful applicants get a call within 48 hours.", "mdy", D(2026, 12, 2)),
])
def test_informal_answer_cues_are_read(text: str, order: str, expected: dt.date) -> None:
    assert find_decision(text, MON, order).date == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "order"), [
    # the same words about the candidate's own plans, a job advert, a start date or a booked call
    ("Ich hör mir bis Freitag den Podcast an.", "dmy"),
    ("Il faut se rappeler de signer le contrat avant vendredi.", "dmy"),
    ("Resolverás incidencias de clientes en menos de 24 horas.", "dmy"),
    ("La titolare mi dice che si inizia lunedì.", "dmy"),
    ("Ik app hem morgen met mijn rooster.", "dmy"),
    ("You'll get a call tomorrow at 10am to book the trial shift.", "mdy"),
])
def test_informal_cue_lookalikes_read_no_decision(text: str, order: str) -> None:
    assert find_decision(text, MON, order).date is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    # a count from this interview counts from where every count starts
    ("within 5 working days after your interview", D(2026, 12, 7)),
    ("10 days of the interview", D(2026, 12, 10)),
    ("a week from the interview", D(2026, 12, 7)),
    ("10 días hábiles desde la entrevista", D(2026, 12, 14)),
    # ... and "the day after the interview" is still the next day, not the interview day
    ("the day after the interview", D(2026, 12, 1)),
])
def test_a_count_from_this_interview_is_read(text: str, expected: dt.date) -> None:
    assert parse_decision(text, MON, "dmy").date == expected


@pytest.mark.parametrize("text", [
    # counted from another round, whose date the text does not give
    "5 days after the final interview",
    "10 días hábiles desde la segunda entrevista",
])
def test_a_count_from_another_round_is_not_read(text: str) -> None:
    assert parse_decision(text, MON, "dmy").date is None


@pytest.mark.parametrize(("text", "expected"), [
    # the Italian "del 3" after the deciders' meeting is the 3rd, as FORMAT.md's "the committee meets on the 12th"
    ("Decidono dopo il consiglio del 3.", D(2026, 12, 3)),
    # a percentage is no day of the month
    ("Decidono entro fine mese; lo stipendio cresce del 20%.", D(2026, 11, 30)),
])
def test_italian_del_before_a_bare_day_is_that_day(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON, "dmy").date == expected


@pytest.mark.parametrize("text", [
    # the start, in Italian, is another event's date
    "Decidono presto; si inizia col turno del 7.",
    "Decidono presto; si comincia il 7.",
])
def test_italian_start_date_is_not_the_decision(text: str) -> None:
    assert find_decision(text, MON, "dmy").date is None


MON_MARCH = D(2025, 3, 10)  # the outside review's interview day, a Monday


@pytest.mark.parametrize(("text", "order", "expected"), [
    # a weak informal cue found first is outranked by the answer word after it
    ("Hij appt me morgen het adres. Beslissing over twee weken.", "dmy", D(2025, 3, 24)),
    ("Lei mi dice domani l'indirizzo. Esito entro fine mese.", "dmy", D(2025, 3, 31)),
    ("Ich hör morgen von ihm wegen Parken. Entscheidung bis Ende des Monats.", "dmy", D(2025, 3, 31)),
    ("On se rappelle demain pour l'adresse. Réponse fin mars.", "dmy", D(2025, 3, 31)),
    ("You'll get a call tomorrow from reception with parking directions. We'll decide within 2 weeks.", "mdy",
     D(2025, 3, 24)),
    ("En la entrevista resolveremos tus dudas sobre el puesto el próximo lunes. Te daremos una respuesta en 10 días "
     "hábiles.", "dmy", D(2025, 3, 24)),
    # the ranking alone, with no logistics to reject the weak cue
    ("Hij appt me morgen. Beslissing over twee weken.", "dmy", D(2025, 3, 24)),
    ("Lei mi dice domani. Esito entro fine mese.", "dmy", D(2025, 3, 31)),
    ("On se rappelle demain. Réponse fin mars.", "dmy", D(2025, 3, 31)),
    ("Hij appt me morgen, beslissing over twee weken.", "dmy", D(2025, 3, 24)),
])
def test_weak_informal_cues_rank_below_an_answer_word(text: str, order: str, expected: dt.date) -> None:
    assert find_decision(text, MON_MARCH, order).date == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "order"), [
    # what is passed on is logistics: the shift's hours, the address, parking, the candidate's questions
    ("mi dirà lunedì l'orario del turno di prova", "dmy"),
    ("Hij appt me morgen het adres.", "dmy"),
    ("Ich hör morgen von ihm wegen Parken.", "dmy"),
    ("On se rappelle demain pour l'adresse.", "dmy"),
    ("You'll get a call tomorrow from reception with parking directions.", "mdy"),
    ("En la entrevista resolveremos tus dudas sobre el puesto el próximo lunes.", "dmy"),
])
def test_weak_informal_cues_about_logistics_read_no_decision(text: str, order: str) -> None:
    assert find_decision(text, MON_MARCH, order).date is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "order", "expected"), [
    # alone and about the answer, the same cues still read
    ("Hij appt me overmorgen of ik het ben geworden.", "dmy", D(2025, 3, 12)),
    ("Lei mi dice domani se mi prendono.", "dmy", D(2025, 3, 11)),
    ("Ich hör morgen von ihm, ob ich die Stelle habe.", "dmy", D(2025, 3, 11)),
    ("On se rappelle demain pour la réponse.", "dmy", D(2025, 3, 11)),
    ("You'll get a call within 2 days if you got the job.", "mdy", D(2025, 3, 12)),
    ("Resolverán la candidatura el próximo lunes.", "dmy", D(2025, 3, 17)),
    ("Resolveremos el proceso en 10 días hábiles.", "dmy", D(2025, 3, 24)),
])
def test_weak_informal_cues_alone_and_about_the_answer_are_read(text: str, order: str, expected: dt.date) -> None:
    assert find_decision(text, MON_MARCH, order).date == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    # Dutch "voor de Kerst" (the article before the holiday) and Finnish "ennen joulua" / "jouluun mennessä"
    ("De boer beslist voor de Kerst.", D(2026, 12, 24)),
    ("Päätös ennen joulua.", D(2026, 12, 24)),
    ("Vastaus tulee jouluun mennessä.", D(2026, 12, 24)),
    # an event named after the holiday is no time frame: the date beside it is the answer's, or there is none
    ("The MD wants it decided before the Xmas shutdown, by the 18th.", D(2026, 12, 18)),
    ("We'll decide before the Christmas party.", None),
    ("Beslissing voor de kerstborrel.", None),  # one word: the party, not the holiday
])
def test_before_christmas_with_an_article_or_in_finnish(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, MON, "dmy").date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # with no number, "viikon kuluttua" / "kuukauden päästä" is one week / one month on
    ("Kauppias päättää jatkosta viikon kuluttua.", D(2026, 12, 7)),
    ("Päätös kuukauden päästä.", D(2026, 12, 30)),
    # a counted one keeps its count
    ("Kauppias päättää jatkosta kahden viikon kuluttua.", D(2026, 12, 14)),
    ("Päätös 3 viikon päästä.", D(2026, 12, 21)),
])
def test_a_finnish_week_from_now_without_a_number_is_one_week(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON, "dmy").date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "wk" typed for "week" in hurried notes reads as the week
    ("decision early next wk apparently", D(2026, 12, 8)),
    ("feedback end of wk", FRI),
    ("they'll get back to me mid next wk", D(2026, 12, 9)),
    ("decision the wk after next", D(2026, 12, 18)),
    # a calendar week stays one, and another round's week is not the decision's
    ("decision wk 50", D(2026, 12, 11)),
    ("2nd round early next wk, decision after that", None),
])
def test_wk_is_a_week(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, MON).date == expected


@pytest.mark.parametrize(("text", "day", "expected"), [
    # the employer's "feed back" as two words
    ("Jack says the client aims to feed back by Wednesday.", THU, D(2026, 12, 9)),
    # "ring" as "call", and a call to every candidate
    ("Anh said she'll ring by Friday.", MON, FRI),
    ("They'll call everyone today after school.", MON, MON),
])
def test_informal_english_answer_cues(text: str, day: dt.date, expected: dt.date) -> None:
    assert find_decision(text, day).date == expected


@pytest.mark.parametrize("text", [
    "I'll feed back to Jack by Wednesday.",  # the candidate's own feedback
    "We feed back to the agency on Friday.",
    "I'll ring by Friday to confirm.",  # the candidate rings
    "They'll call everyone tomorrow at 10am to book the second round.",  # a call that arranges the next round
])
def test_the_candidates_feedback_or_a_booking_call_is_no_answer(text: str) -> None:
    assert find_decision(text, MON).date is None


@pytest.mark.parametrize(("text", "expected"), [
    # French "il me redit" (he gets back to me) and Spanish "me dice si" (she tells me whether), before a time
    # or a whether
    ("Il me redit d'ici vendredi.", FRI),
    ("Elle me redit si c'est bon d'ici jeudi.", THU),
    ("Me dice si paso a la siguiente fase en 5 días hábiles.", D(2026, 12, 7)),
    # weak: an answer word elsewhere in the notes wins
    ("Me dice si paso en 5 días hábiles. Decisión final en 2 semanas.", D(2026, 12, 14)),
])
def test_informal_french_and_spanish_cues(text: str, expected: dt.date) -> None:
    assert find_decision(text, MON, "dmy").date == expected


@pytest.mark.parametrize("text", [
    "Il me redit l'adresse vendredi.",  # the address, again
    "Me dice la dirección el lunes.",
    "Me dice si empiezo el lunes.",  # a start date
    "Il me redit si je commence lundi.",
])
def test_informal_french_and_spanish_cues_do_not_read_logistics_or_a_start(text: str) -> None:
    assert find_decision(text, MON, "dmy").date is None


@pytest.mark.parametrize("text", [
    # the candidate feeds back: the nearest subject before "feed back" is the candidate, or the clause is a to-do
    "I need to feed back to Jack by Thursday on whether I want to proceed.",
    "Recruiter asked me to feed back by 4 Dec.",
    "I'll have to feed back to the agency by Friday.",
    # a ring (or call) that books the next round or is itself set for a clock time
    "They'll ring on Monday to book the second interview.",
    "The recruiter will ring on Thursday at 9am for the phone screen.",
    "Recruiter will ring tomorrow to arrange the next round.",
    "They'll call on Monday to book the second interview.",
    # "me dice", "il me redit" passing on the hours or what to bring
    "Me dice en la entrevista del 10 de diciembre el horario.",
    "Me dice si necesito traer el DNI el lunes.",
    "Il me redit demain pour l'horaire du 2e rendez-vous le 10 décembre.",
    "Il me redit lundi si je dois apporter mon CV.",
])
def test_the_candidates_task_or_an_arrangement_is_no_answer(text: str) -> None:
    assert find_decision(text, D(2026, 12, 1)).date is None
    assert find_decision(text, D(2026, 12, 1), "dmy").date is None


@pytest.mark.parametrize(("text", "expected"), [
    ("They'll feed back by Friday", D(2026, 12, 4)),
    ("I think they'll feed back by Friday.", D(2026, 12, 4)),
    ("I was told the client will feed back by Friday.", D(2026, 12, 4)),
    ("They told me they'd feed back by Friday.", D(2026, 12, 4)),
    ("I need to get feedback by Friday.", D(2026, 12, 4)),  # "feedback", one word, is no "feed back"
    ("She'll ring by Friday with the outcome", D(2026, 12, 4)),
    ("Me dice si paso a la siguiente fase en 5 días hábiles", D(2026, 12, 8)),
    ("il me redit lundi si c'est bon", D(2026, 12, 7)),
])
def test_the_employers_feedback_ring_or_word_still_reads(text: str, expected: dt.date) -> None:
    assert find_decision(text, D(2026, 12, 1), "dmy").date == expected


# Session dec12: shapes, idioms and cue words the held-out probe missed (interview on Tuesday 2026-12-01).
DEC12_TUE = D(2026, 12, 1)


@pytest.mark.parametrize(("text", "order", "expected"), [
    # a weekday, a comma, then the full date: the date, not the first such weekday
    ("Hiring manager expects to reach a decision no later than Thursday, December 17.", "mdy", D(2026, 12, 17)),
    ("You'll get our answer by Mon., Dec. 14th", "mdy", D(2026, 12, 14)),
    # the comma with a weekday that does not fit the date leaves the weekday alone (no guess which is the slip)
    ("You'll get our answer by Wednesday, Dec 14", "mdy", D(2026, 12, 2)),
    # the year's end in each language, as "by year end"
    ("Die finale Entscheidung treffen wir bis Ende des Jahres.", "dmy", D(2026, 12, 31)),
    ("Une réponse définitive vous parviendra avant la fin de l'année.", "dmy", D(2026, 12, 31)),
    ("Tendrás la respuesta antes de fin de año.", "dmy", D(2026, 12, 31)),
    ("L'esito arriverà entro fine anno.", "dmy", D(2026, 12, 31)),
    ("Voor het einde van het jaar krijg je uitsluitsel.", "dmy", D(2026, 12, 31)),
    ("Valinnasta ilmoitetaan vuoden loppuun mennessä.", "dmy", D(2026, 12, 31)),
    # "prima di" is Italian "before"; Christmas in Japanese
    ("Vi daremo una risposta prima di Natale, speriamo.", "dmy", D(2026, 12, 24)),
    ("合否はクリスマスまでにメールでお知らせします", "mdy", D(2026, 12, 24)),
    # a numeric date written against the Japanese word after it
    ("面接結果は12/15に通知予定", "mdy", D(2026, 12, 15)),
    # idioms for deciding: Dutch "de knoop doorhakken", Italian "sciogliere la riserva"
    ("Het team hakt uiterlijk donderdag de knoop door.", "dmy", D(2026, 12, 3)),
    ("L'azienda scioglierà la riserva entro lunedì.", "dmy", D(2026, 12, 7)),
])
def test_dec12_shapes_idioms_and_years_end(text: str, order: str, expected: dt.date) -> None:
    assert find_decision(text, DEC12_TUE, order).date == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "order"), [
    # the candidate deciding or replying, in several languages, is no employer's answer
    ("I have to decide about the Globex offer by Thursday", "mdy"),
    ("need to reply to the bank's recruiter by Monday", "mdy"),
    ("Ich muss mich bis Donnerstag für eines der Angebote entscheiden.", "dmy"),
    ("Je dois répondre à l'autre boîte avant jeudi.", "dmy"),
    ("Tengo que decidir antes del jueves si acepto lo de Madrid.", "dmy"),
    ("Devo rispondere all'altra azienda entro giovedì.", "dmy"),
    ("Ik moet uiterlijk donderdag beslissen over het andere aanbod.", "dmy"),
    # the other, competing offer's deadline
    ("Competing offer by Friday, so pushing them.", "mdy"),
    # the year's end and the idioms' words without an answer
    ("Befristeter Vertrag bis Jahresende, Verlängerung möglich.", "dmy"),
    ("Contratto fino a fine anno.", "dmy"),
    ("Knoopjes kopen voor het pak, vrijdag.", "dmy"),
    ("Prima di venerdì inviare i documenti firmati.", "dmy"),
    ("クリスマス前に書類をご提出ください", "mdy"),
])
def test_dec12_distractors_stay_unread(text: str, order: str) -> None:
    assert find_decision(text, DEC12_TUE, order).date is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    # the employer deciding still reads, with the candidate in the sentence
    ("I think the panel will decide by Friday", D(2026, 12, 4)),
    ("I was told they'd make a decision by Friday", D(2026, 12, 4)),
    ("Ik hoop dat ze vóór vrijdag beslissen", D(2026, 12, 4)),
    ("Ich glaube, sie entscheiden bis Freitag", D(2026, 12, 4)),
    ("I'll hear back by Friday", D(2026, 12, 4)),
])
def test_dec12_the_employers_decision_with_the_candidate_about(text: str, expected: dt.date) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date == expected


@pytest.mark.parametrize("text", [
    # the candidate's own to-do, whatever the cue: giving an answer, letting them know
    "I need to give Acme my answer by Friday.",
    "I have to let them know by Friday.",
    "I've got to get back to the other recruiter by Friday.",
    "Je dois leur répondre avant vendredi.",
])
def test_the_candidates_own_to_do_is_no_answer(text: str) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date is None


@pytest.mark.parametrize("text", [
    # another subject, a condition or receiving gives the answer back to the employer
    "I have to wait until they decide, hopefully by Friday.",
    "I have to wait for their answer, due Friday.",
    "I need to get feedback by Friday.",
    "I must chase them if no answer by Friday.",
    "I should hear back by Friday.",
])
def test_the_candidates_wait_for_the_employers_answer_still_reads(text: str) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date == D(2026, 12, 4)


@pytest.mark.parametrize(("text", "expected"), [
    # a month's short form before a capital ends the sentence: the start date is another sentence's
    ("Job starts 1 Feb. Decision within days.", None),
    ("Start date 1 Feb. They want someone quickly, so they decide soon.", None),
    # and before a day or a lower-case word it goes on
    ("Decision by Dec. 11", D(2026, 12, 11)),
    ("They decide by 11 Dec. Thanks!", D(2026, 12, 11)),
])
def test_a_months_short_form_and_the_sentence_end(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the first half of a month is its middle; the second half runs to its end
    ("Resolución prevista para la primera quincena de diciembre.", D(2026, 12, 15)),
    ("Te respondemos en la segunda quincena de diciembre.", D(2026, 12, 31)),
    ("Réponse dans la première quinzaine de décembre.", D(2026, 12, 15)),
    ("Décision la seconde quinzaine de décembre.", D(2026, 12, 31)),
    ("Esito nella prima metà di dicembre.", D(2026, 12, 15)),
    ("Esito nella seconda quindicina di dicembre.", D(2026, 12, 31)),
    # a fortnight alone is still two weeks
    ("Respuesta en una quincena.", D(2026, 12, 15)),
    # German puts the calendar week's number first, as an ordinal
    ("Die Entscheidung wird voraussichtlich in der 50. KW getroffen.", D(2026, 12, 11)),
    ("Rückmeldung bis zur 50. Kalenderwoche.", D(2026, 12, 11)),
])
def test_half_months_and_ordinal_calendar_weeks(text: str, expected: dt.date) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Spanish and Italian months' short forms after a day
    ("Resolución: 4 dic.", D(2026, 12, 4)),
    ("Esito entro il 15 gen.", D(2027, 1, 15)),
    # an answer line says whose answer in a few words
    ("Resolución de la comisión: 4 dic.", D(2026, 12, 4)),
    ("Esito della selezione: 3/12", D(2026, 12, 3)),
    # a selection expected, and Japanese 採否 (whether hired)
    ("Selection is expected within 10 business days of the final panel.", D(2026, 12, 15)),
    ("採否は2週間程度で郵送とのこと。", D(2026, 12, 15)),
    # Dutch "een" counts only what follows it
    ("We laten binnen een week iets weten.", D(2026, 12, 8)),
])
def test_short_months_answer_lines_and_selection(text: str, expected: dt.date) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date == expected


@pytest.mark.parametrize("text", [
    # the article "een" is no day ("het een informeel gesprek" read as "the 1st")
    "Ze noemt het een informeel gesprek, maar het is wél de eerste stap voor de vacature.",
    # a short form alone, or a set of documents, is no month
    "Bring 1 set of documents.",
    "Selection is in progress for other roles.",
])
def test_articles_and_lookalike_short_forms_stay_unread(text: str) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date is None


@pytest.mark.parametrize(("text", "expected"), [
    # an outside review's inputs: "have" and "got" are no to-do without "to", waiting is the employer's answer
    ("I have the interview today and the decision is by Friday.", D(2026, 12, 4)),
    ("I got an email saying the decision will be made by Friday.", D(2026, 12, 4)),
    ("I have been told the decision is due Friday.", D(2026, 12, 4)),
    ("Je dois attendre la décision, prévue vendredi.", D(2026, 12, 4)),
    # German capitalises its nouns after a month's short form
    ("Wir geben Ihnen bis zum 15. Dez. Bescheid.", D(2026, 12, 15)),
    ("Sie bekommen bis Anfang Dez. Feedback von uns.", D(2026, 12, 7)),
    # "Gen" is no January, a selection by interview is no decision, and "het een week" is a week
    ("Results for the 2 Gen AI roles by Friday.", D(2026, 12, 4)),
    ("Selection is in Leeds on 9 December (assessment day).", None),
    ("Ze verwachten dat het een week duurt voor er een besluit is.", D(2026, 12, 8)),
])
def test_review_of_the_to_do_month_and_selection_rules(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # closing the search, in the languages that say it so
    ("Esperan cerrar el proceso de selección a finales de mes.", D(2026, 12, 31)),
    ("Ils espèrent clôturer le recrutement avant le 18 décembre.", D(2026, 12, 18)),
    ("Vogliono chiudere la selezione entro fine mese.", D(2026, 12, 31)),
    ("Ze willen de sollicitatieprocedure afronden voor 18 december.", D(2026, 12, 18)),
    # a plural article before a number word is no day of the month ("los dos finalistas" is not "the 2nd")
    ("Decidirán entre los dos finalistas este viernes.", D(2026, 12, 4)),
    # closing some other search or process is no decision (an outside review's inputs)
    ("Hay que cerrar el proceso de alta antes del lunes.", None),
    ("Recuerda cerrar la búsqueda de piso antes del 15 de diciembre.", None),
    ("Clôturer le processus d'inscription avant le 10 décembre.", None),
    ("Ricordati di chiudere la ricerca casa entro il 15 dicembre.", None),
    ("De procedure afronden van de verhuizing voor 18 december.", None),
])
def test_closing_the_search_and_plural_articles(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Decision: line whose value is prose the line parser cannot read
    ("Decision: we expect to get back to you within 7 to 10 working days.", dt.date(2026, 12, 15)),
    # the employer choosing, in English; writing or telling, in Spanish and Italian
    ("ruth said they'll pick between the last two by the 30th", dt.date(2026, 12, 30)),
    ("they'll pick finalists by Friday", dt.date(2026, 12, 4)),
    ("Me escriben a más tardar el lunes para decirme si paso a la siguiente fase.", dt.date(2026, 12, 7)),
    ("Note: mi sanno dire entro metà dicembre.", dt.date(2026, 12, 15)),
    # choosing an arrangement, or the candidate's errand, is no decision
    ("we will choose a venue by Friday", None), ("they'll pick a time for the onsite by Friday", None),
    ("I'll pick up the slides by Friday", None),
])
def test_session_8_phrases(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, dt.date(2026, 12, 1)).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the employer calling, answering or telling, as job seekers note it (interview on Tuesday 1 December)
    ("Me dijeron que me llaman en 10 días como máximo.", dt.date(2026, 12, 11)),
    ("dicen que llaman en una semana o dos", dt.date(2026, 12, 15)),
    ("Esimies Hanna sanoi, että kuulen ylihuomenna.", dt.date(2026, 12, 3)),
    ("Lupasi palata asiaan ensi viikolla.", dt.date(2026, 12, 11)),
    ("Ils répondent sous 48h.", dt.date(2026, 12, 3)),
    ("ils me disent lundi si le client valide", dt.date(2026, 12, 7)),
    ("Rhonda said they call everyone back within 3 business days", dt.date(2026, 12, 4)),
    ("Recruiting said to expect calls by EOD.", dt.date(2026, 12, 1)),
    # a name, and the candidate's own reply, are not
    ("Me llamo Ana, la entrevista es el lunes.", None),
    ("Je dois leur répondre avant vendredi.", None),
])
def test_session_13_calls_and_answers(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, dt.date(2026, 12, 1), "dmy").date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a trial's own end is the interview day: the owner decides when the shift is over
    ("le patron (Marcel) décide à la fin du service", dt.date(2026, 12, 1)),
    ("Gennaro decide dopo la prova", dt.date(2026, 12, 1)),
    ("el jefe decide al final del turno", dt.date(2026, 12, 1)),
    ("Hr. Huber entscheidet nach dem Probetag", dt.date(2026, 12, 1)),
    ("omistaja päättää koepäivän jälkeen", dt.date(2026, 12, 1)),
    ("Andre says he'll tell me at the end of the shift if they keep me on", dt.date(2026, 12, 1)),
    # the candidate telling is no answer
    ("I will tell you at end of day", None),
])
def test_session_13_a_trials_end(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, dt.date(2026, 12, 1), "dmy").date == expected


@pytest.mark.parametrize("text", [
    # (the session-13 outside review's) calls, answers and tellings that are no decision: a past call, an idiom, a
    # name, the candidate's answers, a reminder, more about the role, a sales job's calls, returning to one's own
    # work, gladly hearing more, the next call
    "Me llamó ayer para quedar el jueves 13",
    "Me llama la atención que piden inglés; lo comento el viernes",
    "Se llaman Grupo Norte; la sede abre el 1 de abril",
    "Le candidat répondra aux questions du jury le 12 mars",
    "On rappelle que la tenue professionnelle est exigée le 12 mars",
    "We'll tell you more about the role on Thursday's site visit",
    "Inbound sales role, expect calls from 9am Monday to Friday",
    "Voin palata töihin vasta maanantaina 17.3.",
    "Kuulen mielelläni lisää tiimistä perjantain tapaamisessa",
])
def test_session_13_review_calls_that_decide_nothing(text: str) -> None:
    assert find_decision(text, dt.date(2025, 3, 10), "dmy").date is None


def test_session_13_the_end_of_a_session_is_no_trials_end() -> None:
    found = find_decision("At the end of the session we'll explain next steps; decision within 2 weeks",
                          dt.date(2025, 3, 10), "dmy")
    assert found.date == dt.date(2025, 3, 24)


def test_session_13_il_rappelle_read_after_the_italian_table() -> None:
    # "il" is rewritten as "the" before the clauses are read; the cue still finds the employer's call back
    assert find_decision("Le gérant : il rappelle jeudi.", dt.date(2025, 3, 10), "dmy").date == dt.date(2025, 3, 13)


@pytest.mark.parametrize("text", [
    # (the second review's) the user's own decision sent or given is no employer's answer
    "I will send my decision by Friday.", "I'll give my answer by Monday.", "I'll send my reply by Monday.",
])
def test_session_13_the_users_own_decision_sent(text: str) -> None:
    assert find_decision(text, dt.date(2026, 11, 10), "dmy").date is None


@pytest.mark.parametrize("text", [
    # an answer the user gives someone else (a candidate, a sitter, the employer), whoever writes it: no decision
    "Let them know by Friday.",
    "Get back to them by Friday.",
    "I'll get back to them by Friday.",
    "We laten haar vrijdag weten of we doorgaan.",
    "Wir sagen ihr bis Freitag Bescheid.",
    "Fargli sapere entro venerdì.",
    "Ilmoitan hänelle perjantaina.",
])
def test_session_14_an_answer_the_user_gives_someone_else_is_no_decision(text: str) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date is None


@pytest.mark.parametrize("text", [
    # the employer's answer to the user, or to the recruiter who passes it on; "leur", "ihr" and "gli" as "their"/"the";
    # the polite "you" of Spanish, Italian and German
    "They will let me know by Friday.",
    "Cath says they'll let her know by Friday either way.",
    "Overmorgen laten ze iets weten.",
    "Ils donneront leur réponse avant vendredi.",
    "Sie geben ihr Feedback bis Freitag.",
    "Vi comunicheremo gli esiti entro venerdì.",
    "Wir geben Ihnen bis Freitag Bescheid.",
    "Le faremo sapere entro venerdì.",
    "Le confirmaremos antes del viernes.",
])
def test_session_14_the_employers_answer_still_reads(text: str) -> None:
    assert find_decision(text, DEC12_TUE, "dmy").date is not None


@pytest.mark.parametrize(("notes", "day", "order", "want"), RELAY_REVIEW_CASES)
def test_session_14_the_outside_review_of_answers_given_to_someone_else(notes: str, day: str, order: str,
                                                                        want: str | None) -> None:
    found = find_decision(notes, D.fromisoformat(day), order)  # type: ignore[arg-type]
    assert (found.date.isoformat() if found.date else None) == want


@pytest.mark.parametrize(("text", "found"), [
    # (the final review's) the user's own deadline to answer, as German "soll" and a verb of giving say it
    ("Ich soll bis Freitag Bescheid geben.", False),
    ("Devo dare una risposta entro lunedì.", False),
    ("Yo tengo que dar una respuesta antes del viernes.", False),
    # the employer's, with the same words
    ("Sie sollen bis Freitag Bescheid geben.", True),
    ("Ci daranno una risposta entro lunedì.", True),
    ("Nos darán una respuesta antes del viernes.", True),
])
def test_session_14_the_users_own_deadline_to_answer(text: str, found: bool) -> None:
    assert (find_decision(text, DEC12_TUE, "dmy").date is not None) is found


@pytest.mark.parametrize(("text", "expected"), [
    ("Decision: binnen 2 weken na het gesprek", dt.date(2026, 12, 17)),
    ("Decision: innerhalb von 2 Wochen nach dem Gespräch", dt.date(2026, 12, 17)),
    ("Decision: entro 2 settimane dal colloquio", dt.date(2026, 12, 17)),
    ("Décision : dans les 2 semaines suivant l'entretien", dt.date(2026, 12, 17)),
    ("Decisión: 2 semanas después de la entrevista", dt.date(2026, 12, 17)),
    ("Gary said they'll call in 2 weeks after they finish seeing people", dt.date(2026, 12, 17)),
    ("They'll call in a few days.", dt.date(2026, 12, 6)),
    ("Minna sanoi kertovansa ylihuomenna, pääsenkö jatkoon.", dt.date(2026, 12, 5)),
    ("Decision: 5 days after the final interview", None),  # another round's day
    ("I'll call in 2 weeks to check.", None),  # the candidate's own call
    ("He'll call in the morning to book the onsite.", None),
])
def test_counts_from_the_interview_in_every_language_and_calls_in_a_while(text: str, expected: dt.date | None) -> None:
    assert find_decision(text, dt.date(2026, 12, 3)).date == expected


def test_session_17_an_answer_said_in_the_present_with_when() -> None:
    # "le patron me dit demain si je suis pris", "mi dicono la settimana prossima", "kertoo perjantaina": weak cues
    # that date the answer; telling the address or the place is logistics, not an answer
    day = dt.date(2026, 11, 2)
    for said in ("Le patron me dit demain si c'est bon.", "Mi dicono la settimana prossima.",
                 "Kertoo perjantaina kumman valitsee."):
        assert find_decision(said, day).date is not None, said
    assert find_decision("Kertoo torstaina klo 9 osoitteen.", day).date is None
    assert find_decision("Il me dit lundi pour l'adresse.", day).date is None


#: Cues the rewriting of ``_by_first_letter`` moves: a leading group of choices, an optional one, look-behinds.
MOVED_CUES = ["they'll confirm by friday", "i'll confirm by friday", "please confirm by friday", "kindly confirm within",
              "hr confirms by friday", "the other offers by friday", "an offer by friday", "our offers go out monday",
              "i will text you", "he will text you", "we'd text you", "i'd text", "se llaman mañana", "ellos llaman",
              "te llaman", "dikabar besok", "kabar besok", "we feed back by friday", "i'll feed back", "ze appt morgen",
              "me rappelle lundi", "il me rappelle", "m'rappelle", "they will call you by friday", "i will call you by friday",
              "he'll ring by friday", "i'll ring by friday", "will call you at 2pm", "ja oder nein", "sì o no",
              "we are going to pick by friday", "si decidimos el lunes", "mi dicono entro venerdì", "me dice si paso"]


def test_the_cues_written_by_first_letter_find_what_the_cues_as_written_find() -> None:
    as_written = re.compile(r"(?<![\w])(?:" + decision_prose._CUES_AT_WORDS + ")|" + decision_prose._CUES_ANYWHERE)
    texts = [text for text, _ in PROSE + FALSE_FRIENDS] + ODD_CUES + MOVED_CUES
    for text in texts:
        for folded in (text.lower(), decision_words.clean(text), decision_words.to_english(decision_words.clean(text), MON)[0]):
            spans = [match.span() for match in as_written.finditer(folded)]
            assert [match.span() for match in decision_prose._CUES.finditer(folded)] == spans, folded


def test_the_spellings_that_begin_with_a_group_match_as_written() -> None:
    """``decision_words._GROUPED_WORDS`` matches what one alternation of those spellings, as written, matches."""
    entries = decision_words._ENTRIES
    as_written = re.compile(r"(?<![\w'])(?:" + "|".join(
        f"(?:{phrase})(?P<e{i}>)" for i, (phrase, _, _) in enumerate(entries) if not decision_words._first_letter(phrase)
    ) + r")(?![\w'])")
    spellings = [re.sub(r"\(\?<[!=][^)]*\)|[()?:]", "", phrase) for phrase, _, _ in entries]
    texts = [decision_words.clean(text) for text, _ in PROSE + FALSE_FRIENDS] + spellings + [
        "a finales de este año", "kahden viikon sisällä", "parin viikon sisällä", "la fine dell'anno", "entro il 12",
        "volgende week donderdag na volgende week", "dans les premiers jours de décembre"]
    for text in texts:
        for start in decision_words._WORD_START.finditer(text):
            at = start.start()
            expected = as_written.match(text, at)
            pattern = decision_words._GROUPED_WORDS.get(text[at])
            found = pattern.match(text, at) if pattern else None
            assert (found and (found.span(), found.lastgroup)) == (expected and (expected.span(), expected.lastgroup)), text
