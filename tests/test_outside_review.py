"""Found by an outside review of the plan and the drafts (issues 8 and 9), each by hand on the local
backend: an empty Company: line, the rejection note, a near decision by mail, salutations and team
mailboxes, a Friday interview's letter, an interview moved into the past, copied advice.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

from tests.conftest import Workspace, vevent

JANE = "Interviewer: Jane Doe, Engineering Manager, jane@acme.example, +1 555 0100\n"


def tasks(ws: Workspace) -> dict[str, tuple[datetime, str]]:
    """Generated tasks by summary: (start, unescaped description)."""
    found = {}
    for text in ws.generated().values():
        text = text.replace("\r\n", "\n").replace("\n ", "")
        text = text[text.index("BEGIN:VEVENT"):]
        summary = re.search(r"^SUMMARY:(.*)$", text, re.M).group(1).replace("\\,", ",")
        start = datetime.strptime(re.search(r"^DTSTART[^:]*:(\d{8}T\d{6})", text, re.M).group(1), "%Y%m%dT%H%M%S")
        desc = re.search(r"^DESCRIPTION:(.*)$", text, re.M).group(1)
        desc = desc.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
        found[summary] = (start, desc)
    return found


def thank_you(ws: Workspace) -> tuple[datetime, str]:
    return next(v for k, v in tasks(ws).items() if k.startswith("Send thank-you"))


# -- detection / company --------------------------------------------------------------------------


def test_an_empty_company_line_does_not_take_the_next_line_as_the_company(workspace: Workspace) -> None:
    """A template left blank ("Company:" then "Role: ...") made the role line the employer; the
    thank-you task then read "Send thank-you letter: Role: Backend Engineer"."""
    workspace.add("a", vevent("a", "Phone screen", "20261202T100000", "20261202T110000",
                              "Company:\nRole: Backend Engineer\n" + JANE + "Decision: Friday"))
    code, out, _ = workspace.cli("explain", "--json")
    assert code == 0
    [event] = json.loads(out)["events"]
    assert event["company"] != "Role: Backend Engineer"
    assert not (event["company"] or "").lower().startswith("role")


# -- drafts that issue 9 asked to change ----------------------------------------------------------


def test_rejected_gets_a_short_gracious_note_not_the_full_letter(workspace: Workspace) -> None:
    workspace.add("a", vevent("a", "Interview - Acme", "20261202T100000", "20261202T110000",
                              "Company: Acme\n" + JANE + "Decision: 2027-01-10\nStatus: rejected"))
    assert workspace.cli("sync")[0] == 0
    _, description = thank_you(workspace)
    assert "I look forward to hearing from you" not in description
    assert "consider" in description.lower()  # a wish to be considered again


def test_a_near_decision_is_not_thanked_by_mailed_letter(workspace: Workspace) -> None:
    """Style unknown, decision in 4 days: a mailed letter cannot arrive before the decision."""
    workspace.add("a", vevent("a", "Interview - Acme", "20261207T100000", "20261207T110000",
                              "Company: Acme\n" + JANE + "Decision: 2026-12-11"))
    assert workspace.cli("sync")[0] == 0
    _, description = thank_you(workspace)
    assert description.startswith("Send it today")
    assert "mailed letter" not in description


def test_the_draft_does_not_copy_the_advice_verbatim(workspace: Workspace) -> None:
    workspace.add("a", vevent("a", "Interview - Acme", "20261202T100000", "20261202T110000",
                              "Company: Acme\n" + JANE + "Decision: 2027-01-10"))
    assert workspace.cli("sync")[0] == 0
    _, description = thank_you(workspace)
    assert "within a day or two of the interview" not in description


def test_one_salutation_per_interviewer_and_team_mailboxes_are_not_people(workspace: Workspace) -> None:
    workspace.add("a", vevent(
        "a", "Interview - Beta", "20261203T100000", "20261203T110000", "Company: Beta\nDecision: 2026-12-20",
        extra="ORGANIZER;CN=Beta Careers:mailto:careers@beta.example\n"
              "ATTENDEE;CN=Jane Doe:mailto:jane@beta.example\n"
              "ATTENDEE;CN=Raj Patel:mailto:raj@beta.example\n"
              "ATTENDEE;CN=Beta Careers:mailto:careers@beta.example\n"
              "ATTENDEE:mailto:alex@example.com"))
    assert workspace.cli("sync")[0] == 0
    _, description = thank_you(workspace)
    assert "Beta Careers," not in description and "and Beta Careers" not in description
    assert "Dear Jane Doe and Raj Patel" not in description


# -- timing ---------------------------------------------------------------------------------------


def test_friday_interview_until_close_of_day_is_thanked_within_24_hours(workspace: Workspace) -> None:
    """Fri Dec 4 16:00-17:00: the letter landed on Monday 09:00, 64 hours later."""
    workspace.add("a", vevent("a", "Interview - Acme", "20261204T160000", "20261204T170000",
                              "Company: Acme\n" + JANE + "Decision: 2027-01-20"))
    assert workspace.cli("sync")[0] == 0
    start, _ = thank_you(workspace)
    assert start - datetime(2026, 12, 4, 17, 0) <= timedelta(hours=24), start


def test_an_interview_moved_into_the_past_gets_its_overdue_letter_at_the_next_free_slot(
        workspace: Workspace) -> None:
    """Planned for Thu Dec 3, then moved back to Wed Nov 25 on Wed Dec 2 at 10:00: the letter (now a
    week late) stayed on Thu Dec 3 11:45, and the call was moved to 45 minutes after it."""
    workspace.add("a", vevent("a", "Interview - Acme", "20261203T100000", "20261203T110000", "Company: Acme\n" + JANE))
    assert workspace.cli("sync", now="2026-12-01T08:00")[0] == 0
    workspace.add("a", vevent("a", "Interview - Acme", "20261125T100000", "20261125T110000", "Company: Acme\n" + JANE))
    assert workspace.cli("sync", now="2026-12-02T10:00")[0] == 0
    start, _ = thank_you(workspace)
    assert start.date() == datetime(2026, 12, 2).date(), start
    call, _ = next(v for k, v in tasks(workspace).items() if k.startswith("Follow-up call"))
    assert call - start >= timedelta(days=1), (start, call)
