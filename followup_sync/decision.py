"""Reads the employer's decision time frame: a table of the ways people say one, in English.

``parse_decision`` reads a whole ``Decision:`` line; ``scan`` finds the same phrasings inside a
sentence, for ``decision_prose``, which looks for the decision in free text. Other languages reach
the table through ``decision_words``, which rewrites their time words into its English.

The user copies what the interviewer said ("we'll decide by the end of next week"), so the parser
accepts the ways people actually say it rather than one date format. It is strict all the same: a
misread date would quietly put the follow-up call on the wrong day, while an unreadable one is
reported and the planner falls back to its default. So anything that is not clearly one date
becomes a ``problem``, never a guess, and that is also why no third-party date parser is used (they
turn almost any text into some date).

Pure and total: no I/O, no clock (relative phrases count from the interview's last day), and no
input makes it raise. Every date is built through ``_make``/``_shift``, which return ``None``
instead of raising at the edges of the calendar.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from followup_sync.decision_words import DateOrder, clean, to_english

#: Longer text is not a time frame but a note; reading only part of it could change its meaning.
MAX_CHARS = 200
#: A decision further off than this is a typo (2062 for 2026), and no follow-up plan spans it.
MAX_DAYS_AHEAD = 366
#: A date without a year that fell at most this many days before the interview is that past date,
#: which ``verdict`` reports as before the interview: "by 12/1" written at a December 3 interview is a
#: slip (or another event's date), not a decision next December. Earlier dates are next year's,
#: some 300 days or more ahead, and "by 1/5" in December still means next January.
YEARLESS_DAYS_PAST = 65

@dataclass(frozen=True)
class DecisionParse:
    """The outcome of reading a ``Decision:`` line; at most one of the fields is set.

    Both are ``None`` when no time frame was given (empty text, "TBD"): that is not a mistake the
    user has to fix, unlike ``problem``, which says why the text that was given cannot be used.
    """

    date: dt.date | None
    problem: str | None


@dataclass(frozen=True)
class _Context:
    day: dt.date  # the interview's last day, in the user's zone
    order: DateOrder
    #: In prose, "10.30" may be a time: a numeric date is read only in ``order``, never the other way round.
    strict_order: bool = False


#: A handler returns the date it read, or why the text cannot be used (a phrase like "is not a date").
_Handler = Callable[[re.Match[str], _Context], "dt.date | str"]

_NOT_A_DATE = "is not a date"
_OUT_OF_RANGE = "is out of range"

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS: dict[str, int] = {
    **{name: i for i, name in enumerate(_WEEKDAY_NAMES)},
    **{name[:3]: i for i, name in enumerate(_WEEKDAY_NAMES)},
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
}
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(_MONTH_NAMES, start=1)},
    **{name[:3]: i for i, name in enumerate(_MONTH_NAMES, start=1)},
    "sept": 9,
}
_NUMBERS: dict[str, int] = {
    word: i
    for i, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
        start=1,
    )
}
#: The most days a month can have in any year, so "02/29" is possible (in leap years) and "02/30" is not.
_MAX_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_FRIDAY, _TUESDAY, _WEDNESDAY = 4, 1, 2


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so ``thursday`` is not read as ``thu`` followed by junk."""
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


_FRAGMENTS = {
    "WD": _alternation(_WEEKDAYS),
    "MON": _alternation(_MONTHS),
    "N": r"[0-9]{1,3}|" + _alternation(_NUMBERS),
    "YEAR": r"(?:,?\s+(?P<year>[0-9]{4}))?",
    "TH": r"(?:st|nd|rd|th)?",
    # what an ordinal counts when it is no day of the month: "the 2nd floor", "2nd stage", "3rd round"
    # "the second interview day" is another day than the interview's
    "NOT_ANOTHER": "".join(f"(?<!{word} )" for word in ("second", "2nd", "third", "3rd", "final", "next", "last", "other")),
    "COUNTED": r"(?:floor|storey|story|level|stage|round|step|phase|interview|year|place|time|attempt|shift|call"
               r"|conversation|meeting|candidate|choice|grade|tier)s?\b",
}

# ---------------------------------------------------------------------------------------------------
# Normalising: lower case, one space between words, filler words around the time frame removed.

_FILLERS = (
    "they will decide", "they'll decide", "they will let me know", "will decide", "should decide",
    "we should hear back", "we should hear", "should hear back", "should hear", "will hear back",
    "hear back", "decision expected", "decision due", "decision", "decided", "expected", "expect",
    "due", "by", "before", "around", "about", "approx.", "approx", "approximately", "roughly",
    "circa", "ca.", "until", "no later than", "not later than", "on",
)  # fmt: skip
_LEADING = re.compile(rf"^(?:(?:{_alternation(_FILLERS)})(?![a-z0-9])|[~≈])[\s:,]*")
#: Japanese and Finnish put "by" and "within" after the date (12/11 まで, viikon kuluessa).
#: A count "after your interview" ("na het gesprek", "dal colloquio", "suivant l'entretien") starts where every count
#: starts; only after a counted unit, so "the day after the interview" keeps its meaning, and not after another round
#: ("5 days after the final interview").
_TRAILING = re.compile(r"(?:[\s,]*(?:at the latest|latest|or so|or sooner|or earlier|at most|[-\s]ish|by|within"
                       r"|(?:(?<=days)|(?<=weeks)|(?<=months)|(?<=hours)|(?<=fortnight)|(?<=business day)|(?<=working day)"
                       r"|(?<=[0-9a] day)|(?<=[0-9a] week)|(?<=[0-9a] month)|(?<=one week)|(?<=one month))"
                       r" (?:(?:of|from|after|following|since) (?:(?:the|your|this|our) (?:interview|gesprek|gespräch|colloquio)"
                       r"|l'entretien|la entrevista)|dal colloquio|suivant l'entretien)))?[\s.!,;]*$")
#: Said when the employer gave no time frame; the planner's default applies without complaint.
_NO_DECISION = re.compile(r"tb[ad]|unknown|not (?:sure|known|given|stated|said)|unsure|n/?a|none|\?+|[-—–]+")


def _normalise(text: str) -> str:
    phrase = re.sub(r"\s+", " ", text.lower()).strip()
    previous = None
    while phrase != previous:  # each round removes text or stops, so this ends
        previous = phrase
        phrase = _LEADING.sub("", phrase, count=1)
        phrase = _TRAILING.sub("", phrase, count=1)
    return phrase


# ---------------------------------------------------------------------------------------------------
# Safe date arithmetic: None instead of ValueError/OverflowError at the edges of the calendar.


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not (dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12):
        return None
    if not 1 <= day <= monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def _shift(day: dt.date, days: int) -> dt.date | None:
    ordinal = day.toordinal() + days
    if not dt.date.min.toordinal() <= ordinal <= dt.date.max.toordinal():
        return None
    return dt.date.fromordinal(ordinal)


def _month_end(year: int, month: int) -> dt.date | None:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    return _make(year, month, monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date | None:
    """Same day of the month, or the month's last day when it is shorter (Jan 31 + 1 month = Feb 28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    end = _month_end(year, month)
    if end is None:
        return None
    return _make(year, month, min(day.day, end.day))


def _add_business_days(day: dt.date, count: int) -> dt.date | None:
    """Skips Saturdays and Sundays only: the employer's holidays are unknown, and a day late is harmless."""
    current: dt.date | None = day
    while count > 0 and current is not None:
        current = _shift(current, 1)
        if current is not None and current.weekday() < 5:
            count -= 1
    return current


def _week_day(day: dt.date, weeks_ahead: int, weekday: int) -> dt.date | None:
    """``weekday`` of the (Monday-based) week ``weeks_ahead`` after the week of ``day``."""
    return _shift(day, 7 * weeks_ahead + weekday - day.weekday())


def _possible(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _MAX_DAYS[month - 1]


def _yearless(on: Callable[[int], dt.date | None], ctx: _Context) -> dt.date | str:
    """A date said without its year (``on`` builds it for a given year, ``None`` where it does not
    exist): the one just past when it fell at most ``YEARLESS_DAYS_PAST`` days before the interview,
    else the first one on or after the interview (in December, 01/05 is next January) within a year."""
    years = range(max(ctx.day.year - 1, dt.MINYEAR), min(ctx.day.year + 1, dt.MAXYEAR) + 1)
    dates = [found for found in map(on, years) if found is not None]
    past = [found for found in dates if found < ctx.day]
    if past and (ctx.day - past[-1]).days <= YEARLESS_DAYS_PAST:
        return past[-1]
    ahead = [found for found in dates if 0 <= (found - ctx.day).days <= MAX_DAYS_AHEAD]
    if ahead:
        return ahead[0]
    return _OUT_OF_RANGE if ctx.day.year >= dt.MAXYEAR else f"is not a date in {ctx.day.year}"


def _next_occurrence(month: int, day: int, ctx: _Context) -> dt.date | str:
    """"12/11", "Nov 12" without a year."""
    return _yearless(lambda year: _make(year, month, day), ctx)


def _year(text: str) -> int:
    """Two-digit years are this century's: nobody plans a follow-up call for 1926."""
    return int(text) + 2000 if len(text) == 2 else int(text)


# ---------------------------------------------------------------------------------------------------
# Handlers, one per kind of phrase.


def _iso(m: re.Match[str], ctx: _Context) -> dt.date | str:
    return _make(int(m["year"]), int(m["month"]), int(m["day"])) or _NOT_A_DATE


def _numeric(m: re.Match[str], ctx: _Context) -> dt.date | str:
    """``date_order`` decides between the two readings; the other is used only when it is the sole possible one.

    In running text (``strict_order``) "10.30" may be a time, so only the user's order is read there,
    unless the date has a year or a slash, which no time has: "notified by 13/11/2026" is the 13th
    whatever order the user's settings expect.
    """
    a, b = int(m["a"]), int(m["b"])
    readings = [(a, b), (b, a)] if ctx.order != "dmy" else [(b, a), (a, b)]
    possible = [(month, day) for month, day in readings if _possible(month, day)]
    strict = ctx.strict_order and not m["year"] and (m.groupdict().get("sep") != "/" or (a, b) == (24, 7))  # "24/7" is no date
    if not possible or (strict and possible[0] != readings[0]):
        return _NOT_A_DATE
    month, day = possible[0]
    if m["year"]:
        return _make(_year(m["year"]), month, day) or _NOT_A_DATE
    return _next_occurrence(month, day, ctx)


def _named_date(m: re.Match[str], ctx: _Context) -> dt.date | str:
    month, day = _MONTHS[m["mon"]], int(m["day"])
    if not _possible(month, day):
        return _NOT_A_DATE
    if m["year"]:
        return _make(int(m["year"]), month, day) or _NOT_A_DATE
    return _next_occurrence(month, day, ctx)


def _weekday(m: re.Match[str], ctx: _Context) -> dt.date | str:
    """A plain weekday is the first one after the interview day; "next Friday" is the following week's.

    Never the interview day itself: "we'll let you know by Thursday", said at a Thursday interview,
    means next Thursday (who decides the same day says "today" or "by the end of the day").
    """
    target = _WEEKDAYS[m["wd"]]
    if m["next"] or m["nextweek"]:
        found = _week_day(ctx.day, 1, target)
    else:
        found = _shift(ctx.day, (target - ctx.day.weekday() - 1) % 7 + 1)
    return found or _OUT_OF_RANGE


def _days_after(days: int) -> _Handler:
    def read(m: re.Match[str], ctx: _Context) -> dt.date | str:
        return _shift(ctx.day, days) or _OUT_OF_RANGE

    return read


def _in_week(weeks_ahead: int, weekday: int) -> _Handler:
    """A day of this or a later week; never before the interview (an interview on Saturday, "this week")."""

    def read(m: re.Match[str], ctx: _Context) -> dt.date | str:
        found = _week_day(ctx.day, weeks_ahead, weekday)
        return max(found, ctx.day) if found else _OUT_OF_RANGE

    return read


def _quantity(text: str | None) -> int:
    if text is None:
        return 0
    if text.isdigit():
        return int(text)
    if text in _NUMBERS:
        return _NUMBERS[text]
    if "couple" in text:
        return 2
    if "few" in text:
        return 3
    return 1  # a, an, a single


def _duration(m: re.Match[str], ctx: _Context) -> dt.date | str:
    """Ranges ("1-2 weeks") count to the upper bound: the follow-up call should not come too early."""
    count = max(_quantity(m["lo"]), _quantity(m["hi"]), _quantity(m["word"]))
    unit = "week" if m["unit"].startswith("w") else m["unit"].rstrip("s")
    if m["business"]:
        if unit != "day":
            return "counts business days only in days, e.g. '10 business days'"
        return _add_business_days(ctx.day, count) or _OUT_OF_RANGE
    if unit == "month":
        return _add_months(ctx.day, count) or _OUT_OF_RANGE
    return _shift(ctx.day, count * (7 if unit == "week" else 1)) or _OUT_OF_RANGE


def _hours(m: re.Match[str], ctx: _Context) -> dt.date | str:
    """Hours count in whole days, rounded up: "within 48h" is two days after the interview."""
    hours = max(_quantity(m["lo"]), _quantity(m["hi"]),
                *(_quantity(m[g]) for g in ("lo2", "hi2") if g in m.re.groupindex), 1)
    return _shift(ctx.day, -(-hours // 24)) or _OUT_OF_RANGE


def _day_of_month(m: re.Match[str], ctx: _Context) -> dt.date | str:
    """"The 12th": the first 12th on or after the interview, skipping months too short for it."""
    day = int(m["dom"])
    if not 1 <= day <= 31:
        return _NOT_A_DATE
    for ahead in range(3):  # from January 31, two months on is the next 31st
        first = _add_months(ctx.day.replace(day=1), ahead)
        found = first and _make(first.year, first.month, day)
        if found and found >= ctx.day:
            return found
    return _OUT_OF_RANGE


def _next_business_day(m: re.Match[str], ctx: _Context) -> dt.date | str:
    return _add_business_days(ctx.day, 1) or _OUT_OF_RANGE


def _or_two(m: re.Match[str], ctx: _Context) -> dt.date | str:
    """Two units for "a week or two": the upper bound, like any range."""
    unit = m["unit"]
    if unit == "month":
        return _add_months(ctx.day, 2) or _OUT_OF_RANGE
    return _shift(ctx.day, 2 * (7 if unit == "week" else 1)) or _OUT_OF_RANGE


#: Which day of the month "early January" etc. means; ``None`` is the last day.
_PART_DAYS: dict[str, int | None] = {
    "early": 7, "beginning": 7, "start": 7, "mid": 15, "middle": 15, "late": 25, "end": None,
}  # fmt: skip


def _part_day(part: str | None, year: int, month: int) -> dt.date | None:
    """A part of a month as one date; no part means the end of the month ("next month")."""
    day = _PART_DAYS[part.split()[-1]] if part else None  # "the beginning", whatever the space
    return _month_end(year, month) if day is None else _make(year, month, day)


def _named_month(m: re.Match[str], ctx: _Context) -> dt.date | str:
    """Without a year, the month is read by :func:`_yearless` (in December, January is next year;
    "end of November" at a December 3 interview is a problem, not next November).

    A part of the interview's own month that is already past ("early December" on December 10) means
    as soon as possible, like "this week" for an interview on Saturday.
    """
    month = _MONTHS[m["mon"]]
    if m["year"]:
        return _part_day(m["part"], int(m["year"]), month) or _OUT_OF_RANGE
    if month == ctx.day.month:
        found = _part_day(m["part"], ctx.day.year, month)
        return max(found, ctx.day) if found else _OUT_OF_RANGE
    return _yearless(lambda year: _part_day(m["part"], year, month), ctx)


def _relative_month(m: re.Match[str], ctx: _Context) -> dt.date | str:
    """"Mid-month" on the 20th is next month's 15th; "this month" or its end is never before the interview."""
    ahead = 1 if m["which"] in ("next", "following", "the following") else 0
    part = m.groupdict().get("part")
    for extra in (0, 1) if m["which"] is None and part else (0,):
        index = ctx.day.month - 1 + ahead + extra
        found = _part_day(part, ctx.day.year + index // 12, index % 12 + 1)
        if found is None:
            return _OUT_OF_RANGE
        if found >= ctx.day:
            return found
    return ctx.day


def _calendar_week(m: re.Match[str], ctx: _Context) -> dt.date | str:
    """"KW 50", "week 50": the Friday of that ISO week, a week without a year read by :func:`_yearless`."""
    week = int(m["isoweek"])

    def friday(year: int) -> dt.date | None:
        # week 53 exists in some years only; December 28 is always in the last week
        if year >= dt.MAXYEAR or not 1 <= week <= dt.date(year, 12, 28).isocalendar().week:
            return None
        return dt.date.fromisocalendar(year, week, _FRIDAY + 1)

    return _yearless(friday, ctx)


def _year_end(m: re.Match[str], ctx: _Context) -> dt.date | str:
    return _make(ctx.day.year, 12, 31) or _OUT_OF_RANGE


# ---------------------------------------------------------------------------------------------------
# The table. Each pattern must match the whole normalised phrase; the first match wins.


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    read: _Handler
    #: Words one of which every phrase of the rule holds ("day", "week", "wk", "month" for "in 2 weeks"): ``scan``
    #: searches a sentence with the rule only when it holds one, since a sentence's time expression is read by
    #: one or two of the thirty rules, and searching with each of them was most of the cost of a sentence.
    needs: frozenset[str]
    #: A calendar date, which may be preceded by its weekday ("Friday 12/11").
    absolute: bool = False


def _rule(pattern: str, read: _Handler, needs: str, absolute: bool = False) -> _Rule:
    return _Rule(re.compile(pattern % _FRAGMENTS), read, frozenset(needs.split()), absolute)


_PART = r"(?P<part>early|(?:the\s+)?(?:beginning|start|middle|end)|mid(?:dle)?|late)(?:\s*-\s*|\s+)(?:of\s+)?"
_NEXT = r"(?:next|following|the\s+following)"
#: "next wk", "early next wk", "end of wk": a week as typed in hurried notes ("wk 49" is a calendar week, below)
_WEEK = r"(?:week|wk)"
#: The ``needs`` several rules share: a digit, a week, a weekday's or a month's name (each holds its first three letters)
_DIGIT = "0 1 2 3 4 5 6 7 8 9"
_WEEKS = "week wk"
_WD_NEEDS = "mon tue wed thu fri sat sun"
_MON_NEEDS = "jan feb mar apr may jun jul aug sep oct nov dec"

_RULES: tuple[_Rule, ...] = (
    _rule(r"(?P<year>[0-9]{4})(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})", _iso, _DIGIT, True),
    _rule(r"(?P<a>[0-9]{1,2})(?P<sep>[/.])(?P<b>[0-9]{1,2})(?:(?P=sep)(?P<year>[0-9]{4}|[0-9]{2}))?", _numeric, _DIGIT, True),
    # a dash only with a year: "1-2" alone is more likely a range whose unit was forgotten
    _rule(r"(?P<a>[0-9]{1,2})-(?P<b>[0-9]{1,2})-(?P<year>[0-9]{4}|[0-9]{2})", _numeric, _DIGIT, True),
    _rule(r"(?P<mon>%(MON)s)\.?\s+(?P<day>[0-9]{1,2})%(TH)s%(YEAR)s", _named_date, _DIGIT, True),
    _rule(r"(?:the\s+)?(?P<day>[0-9]{1,2})%(TH)s\.?\s+(?:of\s+)?(?P<mon>%(MON)s)\.?%(YEAR)s", _named_date, _DIGIT, True),
    # "close of play", "end of play": the British close of business
    _rule(r"(?:today|tonight|this\s+(?:evening|afternoon)|later\s+today|eod|cob|end\s+of\s+(?:the\s+)?(?:business\s+)?day|end\s+of\s+today|close\s+of\s+business"
          r"|(?:close|end)\s+of\s+play"
          # a trial's own end: "decides at the end of the shift", "after the trial day" (as the tables rewrite them)
          r"|end\s+of\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:shift|service|trial(?:\s+day|\s+shift)?))",
          _days_after(0), "day tonight evening afternoon eod cob close play shift service trial"),  # fmt: skip
    # before "tomorrow", and longer than "the day after", so neither takes part of it
    _rule(r"(?:the\s+)?day\s+after\s+tomorrow", _days_after(2), "tomorrow"),
    # "tmrw", "tmr", "2moro": how tomorrow is typed in a hurry
    _rule(r"(?:(?:tomorrow|tmrw|tmr|tmw|2moro|2morrow)(?:\s+eod)?|(?:end|close)\s+of\s+(?:(?:the\s+)?day|play)\s+tomorrow)", _days_after(1), "tomorrow tmr tmw 2mor"),
    _rule(r"(?:(?:eod|cob|close\s+of\s+business|(?:close|end)\s+of\s+play|end\s+of\s+(?:the\s+)?(?:business\s+)?day)\s+)?"
          r"(?:(?P<next>next|the\s+following|following)\s+|this\s+(?:coming\s+)?|coming\s+)?(?P<wd>%(WD)s)\.?"
          r"(?P<nextweek>\s+(?:of\s+)?next\s+week)?(?:\s+(?:eod|cob))?", _weekday, _WD_NEEDS),  # fmt: skip
    # "within the week" is this one ("within the week of Dec 7" names another)
    _rule(r"(?:(?:later\s+)?this\s+%(W)s|within\s+the\s+%(W)s(?!\s+(?:of|after|before|starting|beginning|commencing)\b)"
          r"|end\s+of\s+(?:the\s+|this\s+)?(?:(?:work|working|business)\s+)?%(W)s|eow)" % {"W": _WEEK},
          _in_week(0, _FRIDAY), "week wk eow"),  # fmt: skip
    _rule(r"(?:(?:the\s+)?end\s+of\s+|later\s+|late\s+)?(?:the\s+)?%s\s+%s" % (_NEXT, _WEEK), _in_week(1, _FRIDAY), _WEEKS),
    _rule(r"(?:early|(?:the\s+)?(?:beginning|start)\s+of)\s+(?:the\s+)?%s\s+%s" % (_NEXT, _WEEK), _in_week(1, _TUESDAY), _WEEKS),
    _rule(r"(?:mid|(?:the\s+)?middle\s+of)\s*-?\s*(?:the\s+)?%s\s+%s" % (_NEXT, _WEEK), _in_week(1, _WEDNESDAY), _WEEKS),
    _rule(r"(?:(?:the\s+)?end\s+of\s+)?the\s+%s\s+after\s+next" % _WEEK, _in_week(2, _FRIDAY), _WEEKS),
    _rule(r"(?:(?:in|within|after|over)\s+)?(?:the\s+)?(?:next\s+)?"
          r"(?:(?P<lo>%(N)s)(?:\s*(?:-|–|—|to|or)\s*(?P<hi>%(N)s))?"
          r"|(?P<word>(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|a\s+single|an?))"
          r"\s*(?:calendar\s+)?(?P<business>(?:business|working|work)\s+)?(?P<unit>days?|weeks?|wks?|months?)"
          r"(?:(?:'|’)s?\s+time)?", _duration, "day week wk month"),  # fmt: skip
    _rule(r"(?:(?:in|within)\s+)?(?:the\s+next\s+)?(?:(?:a|an|one|1)\s+)?(?P<unit>day|week|month)\s+or\s+(?:two|2)\b", _or_two, "day week month"),
    _rule(r"(?:(?:in|within)\s+)?(?:a\s+)?fortnight", _days_after(14), "fortnight"),
    # "14h" alone is a time of day ("conférence 14h"): the short form counts hours after "in"/"within", or past a day's
    _rule(r"(?:in|within)\s+(?:the\s+)?(?:next\s+)?(?:(?P<lo>[0-9]{1,3})\s*(?:-|–|—|to|or)\s*)?(?P<hi>[0-9]{1,3})"
          r"\s*(?:hours?|hrs?|h)|(?:(?:in|within)\s+)?(?:an|one)\s+hour", _hours, _DIGIT + " hour"),  # fmt: skip
    _rule(r"(?:the\s+)?(?:next\s+)?(?:(?P<lo>[0-9]{1,3})\s*(?:-|–|—|to|or)\s*)?(?P<hi>[0-9]{1,3})\s*(?:hours?|hrs?)"
          r"|(?:(?P<lo2>[0-9]{1,3})\s*(?:-|–|—|to|or)\s*)?(?P<hi2>2[4-9]|[3-9][0-9]|[1-9][0-9]{2})\s*h", _hours, _DIGIT),
    # not before a month: "on 26th November" is read whole by the named date above, not as "on 26th"
    _rule(r"(?:on\s+|by\s+)?(?:the\s+)?(?P<dom>[0-9]{1,2})(?:st|nd|rd|th)(?!\s*%(COUNTED)s)(?!\.?\s+(?:of\s+)?(?:%(MON)s)\b)",
          _day_of_month, _DIGIT),
    _rule(r"(?:the\s+)?(?:following|next)\s+(?:day|morning)|the\s+day\s+after(?:\s+the\s+interview)?",
          _days_after(1), "day morning"),  # fmt: skip
    _rule(r"(?:the\s+)?(?:following|next)\s+(?:business|working|work)\s+day", _next_business_day, "day"),
    _rule(r"(?:the\s+)?same\s+(?:day|evening|afternoon)|(?:on\s+)?the\s+day(?:\s+of\s+(?:the\s+)?interview)?"
          # "on the evening of the interview day", "by the end of interview day"
          r"|(?:on\s+|by\s+)?(?:the\s+)?(?:(?:evening|afternoon|end)\s+of\s+)?(?:the\s+)?%(NOT_ANOTHER)sinterview\s+day",
          _days_after(0), "day evening afternoon"),  # fmt: skip
    _rule(_PART + r"(?:the\s+)?(?P<mon>%(MON)s)\.?%(YEAR)s", _named_month, _MON_NEEDS),
    _rule(_PART + r"(?:the\s+)?(?:(?P<which>this|next|following|the\s+following)\s+)?month", _relative_month, "month"),
    # "by month end", "at month-end": the end of this month, as "eom"
    _rule(r"(?P<which>this|next|following|the\s+following)\s+month|eom|(?:the\s+|this\s+)?month\s*-?\s*end", _relative_month, "month eom"),
    _rule(r"(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year\s*-?\s*end|eoy)", _year_end, "year eoy"),
    _rule(r"(?:(?:the\s+)?end\s+of\s+)?(?:calendar\s+)?(?:week|wk|cw)\s*(?P<isoweek>[0-9]{1,2})", _calendar_week, _DIGIT),
    # German "in der 49. KW": the week's number first, as an ordinal
    _rule(r"(?:the\s+)?(?P<isoweek>[0-9]{1,2})(?:th)?\.\s*(?:calendar\s+)?(?:week|wk|cw)\b", _calendar_week, _DIGIT),
)

_WEEKDAY_PREFIX = re.compile(r"(?P<wd>%(WD)s)\.?,?\s+(?P<rest>.+)" % _FRAGMENTS)


def _read(phrase: str, ctx: _Context) -> dt.date | str | None:
    """The date or problem of the first matching rule; ``None`` when no rule matches."""
    for rule in _RULES:
        match = rule.pattern.fullmatch(phrase)
        if match:
            return rule.read(match, ctx)
    prefixed = _WEEKDAY_PREFIX.fullmatch(phrase)
    if prefixed:
        for rule in _RULES:
            match = rule.pattern.fullmatch(prefixed["rest"]) if rule.absolute else None
            if match:
                found = rule.read(match, ctx)
                said = _WEEKDAYS[prefixed["wd"]]
                if isinstance(found, dt.date) and found.weekday() != said:
                    return f"falls on a {_WEEKDAY_NAMES[found.weekday()].title()}, not a {_WEEKDAY_NAMES[said].title()}"
                return found
    return None


def _quote(text: str) -> str:
    """The user's own words, shortened, for messages."""
    shown = " ".join(text[:80].split())
    if len(shown) > 60 or len(text) > 80:
        shown = shown[:60].rstrip() + "…"
    return repr(shown)


def parse_decision(text: str, interview_day: dt.date, date_order: DateOrder = "mdy") -> DecisionParse:
    """Read ``text`` (what follows ``Decision:``) as the date by which the employer will decide.

    Relative phrases ("in 2 weeks", "next Friday", "end of the month") count from ``interview_day``,
    the interview's last day in the user's zone. ``date_order`` says how ``12/04`` is read, unless
    the words are German, French, ... (day first) or Japanese (month first). A date before the
    interview is a problem: the decision cannot precede the interview, so it is a typo.
    """
    stripped = text.strip()
    if not stripped:
        return DecisionParse(None, None)
    shown = _quote(stripped)
    if len(stripped) > MAX_CHARS:
        return DecisionParse(None, f"decision time frame {shown} is too long to be a time frame")
    english, implied = to_english(clean(stripped), interview_day)
    phrase = _normalise(english)
    if _NO_DECISION.fullmatch(phrase):
        return DecisionParse(None, None)
    found = _read(phrase, _Context(interview_day, implied or date_order))
    if found is None:
        return DecisionParse(None, f"cannot read decision time frame {shown}")
    return verdict(found, stripped, interview_day)


def verdict(found: dt.date | str, said: str, interview_day: dt.date) -> DecisionParse:
    """A date read from ``said`` as a decision date, or why it cannot be one."""
    shown = _quote(said)
    if isinstance(found, str):
        return DecisionParse(None, f"decision time frame {shown} {found}")
    if found < interview_day:
        means = "" if found.isoformat() in said else f" ({found.isoformat()})"
        return DecisionParse(
            None, f"decision time frame {shown}{means} is before the interview ({interview_day.isoformat()})"
        )
    if (found - interview_day).days > MAX_DAYS_AHEAD:
        return DecisionParse(None, f"decision time frame {shown} ({found.isoformat()}) is more than a year away")
    return DecisionParse(found, None)


# ---------------------------------------------------------------------------------------------------
# Searching: the same table, for time frames inside a sentence rather than a whole line.


@dataclass(frozen=True)
class Span:
    """A time expression found in a (``clean``, English) sentence, and what it reads as."""

    start: int
    end: int
    found: dt.date | str


_EDGE_BEFORE, _EDGE_AFTER = r"(?<![\w/.:-])", r"(?![\w/:-]|\.[0-9])"
_SEARCHES: tuple[tuple[re.Pattern[str], _Rule], ...] = tuple(
    (re.compile(_EDGE_BEFORE + "(?:" + rule.pattern.pattern + ")" + _EDGE_AFTER), rule) for rule in _RULES
)
#: "Friday 10/30" as one expression, so its weekday is checked against the date.
_PREFIXED: tuple[tuple[re.Pattern[str], _Rule], ...] = tuple(
    (re.compile(_EDGE_BEFORE + r"(?P<wd>%(WD)s)\.?,?\s+" % _FRAGMENTS + "(?:" + rule.pattern.pattern + ")" + _EDGE_AFTER),
     rule)
    for rule in _RULES
    if rule.absolute
)
_NEEDS = frozenset().union(*(rule.needs for rule in _RULES))


#: Every phrase of the table holds one of these; a sentence without any is not searched at all.
_HINT = re.compile(
    r"[0-9]|day|week|wk|month|hour|fortnight|year|tonight|tomorrow|tmr|tmw|eo[dwmy]|cob|cw|close|morning|evening|afternoon"
    r"|(?<![a-z])end|(?<![a-z])(?:%(WD)s|%(MON)s)(?![a-z])" % _FRAGMENTS
)


def scan(sentence: str, interview_day: dt.date, date_order: DateOrder) -> list[Span]:
    """Every time expression in ``sentence``, left to right; where two overlap, the longer one.

    Numeric dates are read only in ``date_order`` here: in running text "10.30" is more likely a time
    than October 30, so the fallback to the other order that a ``Decision:`` line allows is not taken.
    """
    if not _HINT.search(sentence):
        return []
    ctx = _Context(interview_day, date_order, strict_order=True)
    present = {word for word in _NEEDS if word in sentence}
    matches: list[tuple[int, int, re.Match[str], _Rule, bool]] = []
    for pattern, rule in _SEARCHES:
        if not present.isdisjoint(rule.needs):
            matches += [(m.start(), m.end(), m, rule, False) for m in pattern.finditer(sentence)]
    for pattern, rule in _PREFIXED:
        if not present.isdisjoint(rule.needs):
            matches += [(m.start(), m.end(), m, rule, True) for m in pattern.finditer(sentence)]
    matches.sort(key=lambda item: (item[0], item[0] - item[1]))
    spans: list[Span] = []
    for start, end, match, rule, prefixed in matches:
        if spans and start < spans[-1].end:
            continue
        found = rule.read(match, ctx)
        if prefixed and isinstance(found, dt.date) and found.weekday() != _WEEKDAYS[match["wd"]]:
            said = _WEEKDAY_NAMES[_WEEKDAYS[match["wd"]]].title()
            found = f"falls on a {_WEEKDAY_NAMES[found.weekday()].title()}, not a {said}"
        spans.append(Span(start, end, found))
    return spans
