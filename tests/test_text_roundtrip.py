"""One text sanitizer (issue 10, findings 5 and 6): whatever text a task carries is read back by
both backends exactly as written, so a fresh task never looks edited by the user; and text from an
invitation is never turned into live HTML in the product's own Google task."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_sync.backends.local import LocalBackend
from followup_sync.google.backend import GoogleBackend, open_google
from followup_sync.ids import task_id
from followup_sync.model import Task, TaskKind
from followup_sync.service import written
from tests.conftest import Workspace, vevent
from tests.fake_google import FakeGoogle
from tests.test_google import FAST, Setup, google_config, interview, setup  # noqa: F401  (fixture)

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 1, 8, tzinfo=NY)
WINDOW = (NOW - timedelta(days=180), NOW + timedelta(days=400))
# Arbitrary text, controls, line breaks, lone surrogates and escapes included, and the two findings.
texts = st.one_of(st.text(max_size=200),
                  st.sampled_from(["Company: Acme\\Nordics", "a\x85b@acme.example", "x\\;\\,\\n\\N",
                                   "&lt;a href='https://evil.example'&gt;click&lt;/a&gt;", "<b>bold</b> &amp;",
                                   "\r\n\r\n", " \t trailing \t \n"]))


def task(number: int, summary: str, description: str) -> Task:
    start = NOW + timedelta(days=1)
    return Task(task_id("prop", f"interview {number}", TaskKind.THANK_YOU), TaskKind.THANK_YOU,
                f"interview {number}", f"uid-{number}", summary, description, start, start + timedelta(minutes=30))


@pytest.fixture(scope="module")
def google(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GoogleBackend]:
    with FakeGoogle(owner="alex@example.com", time_zone="America/New_York") as fake:
        root = tmp_path_factory.mktemp("google")
        from followup_sync.config import load_config

        config = load_config(google_config(fake, root), {"HOME": str(root)})
        yield open_google(config, FAST)


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> LocalBackend:
    root = tmp_path_factory.mktemp("local")
    (root / "source").mkdir()
    return LocalBackend(root / "source", root / "target", NY)


counter = itertools.count()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(summary=texts, description=texts)
def test_any_text_reads_back_as_written_on_both_backends(summary: str, description: str, google: GoogleBackend,
                                                         local: LocalBackend) -> None:
    planned = task(next(counter), summary, description)
    gen = written(planned, None, NOW)
    for backend in (local, google):
        backend.create(gen)
        back = next(g for g in backend.read(*WINDOW).generated if g.task.id == planned.id)
        assert (back.task.summary, back.task.description) == (planned.summary, planned.description)
        assert back.fingerprint == planned.fingerprint() == back.task.fingerprint()
        assert not back.edited


ROUND_TRIP = ("Company: Acme\\Nordics\nDecision: 12/11\nInterviewer: Jane Doe, CTO, jane@acme.example\n"
              "Role: Backend\\Nordics")


def test_local_backslash_n_and_nel_read_back_unedited(workspace: Workspace) -> None:
    workspace.add("acme", vevent("acme", "Interview at Acme", "20261130T100000", "20261130T110000", ROUND_TRIP,
                                 extra="ATTENDEE;CN=Raj:mailto:raj\x85@acme.example"))
    code, out, _ = workspace.cli("sync")
    assert code == 0 and "Send thank-you letter: Acme\\Nordics" in out
    thank_you = next(t for t in workspace.generated().values() if "thank-you" in t)
    event = icalendar.Calendar.from_ical(thank_you).walk("VEVENT")[0]
    assert "Backend\\Nordics position at Acme\\Nordics" in str(event["DESCRIPTION"])
    code, out, _ = workspace.cli("sync", "-v")
    assert code == 0
    assert "0 created, 0 updated, 0 deleted" in out and "edited by you" not in out


def test_google_backslash_n_and_nel_read_back_unedited(setup: Setup) -> None:  # noqa: F811
    setup.fake.user_insert("primary", interview("Interview at Acme", description=ROUND_TRIP,
                                                attendees=[{"email": "raj\x85@acme.example", "displayName": "Raj"}]))
    assert setup.cli("sync")[0] == 0
    code, out, _ = setup.cli("sync", "-v")
    assert code == 0
    assert "0 created, 0 updated, 0 deleted" in out and "edited by you" not in out


def test_entity_encoded_html_from_an_invitation_is_not_live_in_our_google_task(setup: Setup) -> None:  # noqa: F811
    planted = ("Company: Acme\nRole: &lt;a href=&quot;https://evil.example&quot;&gt;Engineer login&lt;/a&gt;\n"
               "Interviewer: Jane Doe, CTO, jane@acme.example\nDecision: 12/11")
    setup.fake.user_insert("primary", interview("Interview", description=planted))
    code, out, _ = setup.cli("sync")
    assert code == 0
    descriptions = [e["description"] for e in setup.generated().values()]
    shown = 'the &lt;a href="https://evil.example"&gt;Engineer login&lt;/a&gt; position'
    assert any(shown in d for d in descriptions)
    assert not any("<a" in d for d in descriptions)
    code, out, _ = setup.cli("sync", "-v")
    assert "0 created, 0 updated, 0 deleted" in out and "edited by you" not in out


def test_task_text_is_clean_when_built() -> None:
    built = task(0, "a\r\nb\x00\x85\ud800", "x\ry")
    assert (built.summary, built.description) == ("a\nb\ufffd", "x\ny")
    assert task(0, built.summary, built.description) == built  # idempotent
