"""The configurable rules of detection and planning, with defaults that follow the career advice.

These are plain validated values (no I/O): the config loader fills them from YAML, tests build them
directly. Every field is optional in the YAML; the default is the advice.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from followup_sync.model import Style


def parse_clock(value: object) -> object:
    """Accept ``"09:30"`` (YAML would read ``09:30`` unquoted as a sexagesimal int, so insist on text)."""
    if isinstance(value, dt.time):
        return value
    if not isinstance(value, str):
        raise ValueError("expected a time of day as text, e.g. \"09:30\"")
    text = value.strip()
    parts = text.split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or len(parts[1]) != 2:
        raise ValueError(f"{value!r} is not a time of day HH:MM")
    hour, minute = int(parts[0]), int(parts[1])
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"{value!r} is not a time of day (hours 00-23, minutes 00-59)")
    return dt.time(hour, minute)


class Strict(BaseModel):
    """Unknown keys are errors: a typo must not silently fall back to a default."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

DEFAULT_KEYWORDS: tuple[str, ...] = (
    "interview",
    "phone screen",
    "tech screen",
    "technical screen",
    "hr screen",
    "recruiter screen",
    "recruiter call",
    "screening call",
    "onsite",
    "on-site",
    "panel",
    "final round",
    "case interview",
    "hiring manager",
    "coding challenge review",
    # other languages
    "vorstellungsgespräch",
    "bewerbungsgespräch",
    "entretien",
    "entrevista",
    "colloquio",
    "sollicitatiegesprek",
    "rekrytointi",
    "面接",
)

DEFAULT_EXCLUSIONS: tuple[str, ...] = (
    "mock interview",
    "practice interview",
    "interview prep",
    "interview preparation",
    "prep for",
    "preparing for",
    "interview workshop",
    "interviewing workshop",
    "interview skills",
    "interview training",
    "interviewer training",
    "interviewing candidate",
    "interview candidate",
    "candidate interview",
    "interview debrief",
    "debrief",
    "scorecard",
    "interview feedback",
    "feedback for",
    "hiring committee",
    "webinar",
)


class DetectionRules(Strict):
    keywords: tuple[str, ...] = DEFAULT_KEYWORDS
    exclude: tuple[str, ...] = DEFAULT_EXCLUSIONS
    tag: str = "#interview"
    opt_out_tag: str = "#nofollowup"
    lookback_days: Annotated[int, Field(ge=0, le=365)] = 14
    #: Interviews further ahead are planned later: a long recurring series must not fill a year of tasks.
    lookahead_days: Annotated[int, Field(ge=0, le=365)] = 60
    #: The user's own way of marking interviews: ICS CATEGORIES and Google colours (colorId "1"-"11"
    #: or an ICS COLOR name) that mean "this is one of my interviews".
    categories: tuple[str, ...] = ()
    colors: tuple[str, ...] = ()
    #: Scores from the summed evidence: at or above ``interview_score`` the event is planned; at or
    #: above ``possible_score`` it is shown as possible (add #interview to confirm); below, it is not.
    interview_score: Annotated[float, Field(ge=0, le=100)] = 2.5
    possible_score: Annotated[float, Field(ge=0, le=100)] = 1.25

    @field_validator("colors", mode="before")
    @classmethod
    def _colour_ids_as_text(cls, value: object) -> object:
        """Google's colour ids are numbers to the eye: ``colors: [11]`` means "11"."""
        if isinstance(value, (list, tuple)):
            return tuple(str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in value)
        return value

    @model_validator(mode="after")
    def _thresholds_ordered(self) -> DetectionRules:
        if self.possible_score > self.interview_score:
            raise ValueError("possible_score must not be above interview_score")
        return self


class WorkingHours(Strict):
    start: dt.time = dt.time(9, 0)
    end: dt.time = dt.time(17, 0)

    _parse = field_validator("start", "end", mode="before")(parse_clock)

    @model_validator(mode="after")
    def _ordered(self) -> WorkingHours:
        if self.end <= self.start:
            raise ValueError("working hours must end after they start")
        return self


class Holidays(Strict):
    country: str | None = None
    subdivision: str | None = None

    @model_validator(mode="after")
    def _known(self) -> Holidays:
        """An unknown code must fail ``check``, not every pass later."""
        if self.country is None:
            if self.subdivision is not None:
                raise ValueError("subdivision needs a country")
            return self
        import holidays

        supported = holidays.list_supported_countries()
        if self.country not in supported:
            raise ValueError(f"unknown holiday country {self.country!r} (ISO 3166 codes such as US, DE, GB)")
        if self.subdivision is not None and self.subdivision not in supported[self.country]:
            raise ValueError(f"unknown subdivision {self.subdivision!r} of {self.country} "
                             f"(known: {', '.join(supported[self.country][:12])}...)")
        return self


class TaskRule(Strict):
    enabled: bool = True
    duration_minutes: Annotated[int, Field(ge=5, le=480)] = 30


class DetailsRule(TaskRule):
    duration_minutes: Annotated[int, Field(ge=5, le=480)] = 15


class ThankYouRule(TaskRule):
    #: The advice: thanks within a day of the interview's end, so the letter is written while it is fresh.
    within_hours: Annotated[int, Field(ge=1, le=72)] = 24
    #: The same day when at least this much working time is left after the interview; else the next
    #: business morning (or still the same day when that morning is later than ``within_hours``).
    same_day_if_minutes_left: Annotated[int, Field(ge=0, le=480)] = 90
    #: The time of day of a next-morning letter.
    time: dt.time = dt.time(9, 0)
    #: When the next business morning is more than ``within_hours`` away (a Friday interview), the
    #: letter may still go right after the interview past working hours, ending by this time.
    evening_until: dt.time = dt.time(20, 0)
    #: When the style is not recorded; the advice says the letter when in doubt.
    default_style: Style | None = None

    _parse = field_validator("time", "evening_until", mode="before")(parse_clock)


class FollowUpCallRule(TaskRule):
    #: Calendar days after the interview when no decision time frame is known (advice: 7-10).
    days_after: Annotated[int, Field(ge=7, le=10)] = 7
    #: The time of day the call would ideally start (in the interviewer's hours as well as yours).
    time: dt.time = dt.time(10, 0)
    #: A call before a near decision may still fall on the decision day, up to this time.
    before_decision_until: dt.time = dt.time(12, 0)
    duration_minutes: Annotated[int, Field(ge=5, le=480)] = 15

    _parse = field_validator("time", "before_decision_until", mode="before")(parse_clock)


class KeepSearchingRule(TaskRule):
    business_days_after: Annotated[int, Field(ge=0, le=30)] = 2
    #: The afternoon by default: mornings go to letters and calls, so the day's tasks spread out.
    time: dt.time = dt.time(14, 0)

    _parse = field_validator("time", mode="before")(parse_clock)


class BeforeInterviewRule(TaskRule):
    """A reminder just before the interview to ask for what the follow-up will need."""

    duration_minutes: Annotated[int, Field(ge=5, le=480)] = 15


class PlanRules(Strict):
    working_hours: WorkingHours = WorkingHours()
    workdays: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri")
    holidays: Holidays = Holidays()
    #: How ``12/04`` in a ``Decision:`` line is read; ``auto``: as people write dates in the user's zone.
    date_order: Literal["auto", "mdy", "dmy"] = "auto"
    reminder_minutes: Annotated[int, Field(ge=0, le=10080)] = 30
    #: Free minutes kept between a task and any other task or busy event.
    gap_minutes: Annotated[int, Field(ge=0, le=120)] = 15
    #: A decision at most this many business days after the interview is near: the thank-you goes
    #: out the same day and the call comes before the decision, not after it.
    near_decision_business_days: Annotated[int, Field(ge=0, le=30)] = 5
    before_interview: BeforeInterviewRule = BeforeInterviewRule()
    details: DetailsRule = DetailsRule()
    thank_you: ThankYouRule = ThankYouRule()
    follow_up_call: FollowUpCallRule = FollowUpCallRule()
    keep_searching: KeepSearchingRule = KeepSearchingRule()

    @field_validator("workdays")
    @classmethod
    def _some_workday(cls, value: tuple[Weekday, ...]) -> tuple[Weekday, ...]:
        if not value:
            raise ValueError("at least one workday is needed")
        return value

    @model_validator(mode="after")
    def _tasks_fit_the_day(self) -> PlanRules:
        hours = self.working_hours
        day = (hours.end.hour * 60 + hours.end.minute) - (hours.start.hour * 60 + hours.start.minute)
        for name in ("before_interview", "details", "thank_you", "follow_up_call", "keep_searching"):
            if getattr(self, name).duration_minutes > day:
                raise ValueError(f"{name}.duration_minutes is longer than the working day ({day} minutes)")
        return self


class Identity(Strict):
    """The user's own addresses, so they are never taken for an interviewer."""

    emails: tuple[str, ...] = ()
    name: str | None = None
