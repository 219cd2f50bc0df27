"""The ``Decision:`` parser: a table of phrasings, the calendar's edges, and that it never raises."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_sync import decision
from followup_sync.decision import MAX_CHARS, DecisionParse, parse_decision

D = dt.date
MON = D(2026, 11, 30)  # a Monday; the README's example interview day
WED = D(2026, 12, 2)
THU = D(2026, 12, 3)
FRI = D(2026, 12, 4)
SAT = D(2026, 12, 5)
SUN = D(2026, 12, 6)
LATE_DEC = D(2026, 12, 28)  # a Monday whose week ends in January
NYE = D(2026, 12, 31)  # a Thursday

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
    ("12/27", LATE_DEC, "mdy", D(2027, 12, 27)),
    ("13/04", MON, "mdy", D(2027, 4, 13)),  # only the day-first reading is a date
    ("13/40", MON, "mdy", "'13/40' is not a date"),
    ("00/00", MON, "dmy", "is not a date"),
    ("11/01/2026", MON, "mdy", "(2026-11-01) is before the interview"),
    ("1-2", MON, "mdy", "cannot read"),
    # weekdays
    ("Friday", MON, "mdy", FRI),
    ("fri", MON, "mdy", FRI),
    ("by Friday", MON, "mdy", FRI),
    ("Monday", MON, "mdy", MON),
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
    ("02/29", D(2027, 3, 10), "mdy", D(2028, 2, 29)),
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


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "TBD", "tba", "unknown", "n/a", "?", "-"])
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


@pytest.mark.parametrize("text", ["tomorrow", "next week", "in 2 weeks", "12/04", "end of next month", "early January"])
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


@pytest.mark.slow
@settings(max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
@given(text=_PHRASES, day=st.dates(), order=st.sampled_from(["mdy", "dmy"]))
def test_phrases_never_raise_and_never_go_back_in_time(text: str, day: dt.date, order: str) -> None:
    result = parse_decision(text, day, order)  # type: ignore[arg-type]
    _check(result, text, day)
    if not _EXPLICIT_YEAR.search(text):
        # without a year every rule looks forward, so "before the interview" would be a bug
        assert result.problem is None or "before the interview" not in result.problem


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
