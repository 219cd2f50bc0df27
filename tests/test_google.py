"""The Google backend end to end: the real google-api-python-client against the fake API on loopback."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup_sync.cli import main
from followup_sync.config import load_config
from followup_sync.google.backend import open_google
from followup_sync.google.client import RetryPolicy
from followup_sync.service import run_pass
from tests.fake_google import FakeGoogle

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 1, 8, tzinfo=NY)
FAST = RetryPolicy(attempts=8, base=0.001, cap=0.01)

ACME_DESCRIPTION = (
    "Company: Acme Corp\nRole: Backend Engineer\n"
    "Interviewer: Jane Doe, Engineering Manager, jane@acme.example, +1 555 0100\nDecision: 12/11\nStyle: traditional"
)


def interview(summary: str = "Phone screen - Acme Corp", start: str = "2026-11-30T10:00:00-05:00",
              minutes: int = 30, description: str = ACME_DESCRIPTION, **extra: object) -> dict:
    begin = datetime.fromisoformat(start)
    return {"summary": summary, "description": description,
            "start": {"dateTime": begin.isoformat(), "timeZone": "America/New_York"},
            "end": {"dateTime": (begin + timedelta(minutes=minutes)).isoformat(), "timeZone": "America/New_York"},
            **extra}


@dataclass
class Setup:
    fake: FakeGoogle
    root: Path
    config_path: Path
    capsys: pytest.CaptureFixture[str]

    @property
    def token_file(self) -> Path:
        return self.root / "state" / "token.json"

    def config(self):
        return load_config(self.config_path, {"HOME": str(self.root)})

    def sync(self, now: datetime = NOW, policy: RetryPolicy = FAST):
        """One pass through the real backend (with fast retries); returns the report and its request count."""
        mark = self.fake.mark()
        report = run_pass(self.config(), open_google(self.config(), policy), now)
        return report, len(self.fake.api_requests_since(mark))

    def cli(self, *args: str, now: str = "2026-12-01T08:00") -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--config", str(self.config_path), "--now", now, *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def generated(self, calendar: str = "primary") -> dict[str, dict]:
        """Generated events by summary (the product's own), as the fake stores them."""
        found = {}
        for event in self.fake.events(calendar):
            if (event.get("extendedProperties") or {}).get("private", {}).get("followupSync") == "1":
                found[event["summary"]] = event
        return found

    def starts(self, calendar: str = "primary") -> dict[str, datetime]:
        return {s: datetime.fromisoformat(e["start"]["dateTime"]).astimezone(timezone.utc)
                for s, e in self.generated(calendar).items()}


def google_config(fake: FakeGoogle, root: Path, extra: str = "") -> Path:
    """A config for ``fake`` in ``root`` and a signed-in token file (0600) in its state folder."""
    root.mkdir(parents=True, exist_ok=True)
    config = root / "config.yaml"
    config.write_text(
        f"state_dir: {root / 'state'}\n"
        "calendar:\n  backend: google\n  google:\n"
        f"    api_endpoint: {fake.api_endpoint}\n    token_uri: {fake.token_uri}\n"
        f"export:\n  dir: {root / 'ics'}\n"
        "identity:\n  emails: [alex@example.com]\n" + extra,
        encoding="utf-8",
    )
    token = root / "state" / "token.json"
    token.parent.mkdir(parents=True, exist_ok=True)
    token.write_text(fake.credentials().to_json())
    token.chmod(0o600)
    return config


@pytest.fixture
def setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Setup]:
    with FakeGoogle(owner="alex@example.com", time_zone="America/New_York") as fake:
        yield Setup(fake, tmp_path, google_config(fake, tmp_path), capsys)


def user_events(fake: FakeGoogle) -> list[dict]:
    return [e for e in fake.events("primary", include_deleted=True)
            if (e.get("extendedProperties") or {}).get("private", {}).get("followupSync") != "1"]


def test_plan_appears_once_and_steady_state_costs_one_request(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.fake.user_insert("primary", interview("Dentist", "2026-12-01T09:00:00-05:00", description=""))
    before = user_events(setup.fake)

    report, requests = setup.sync()
    assert report.count("create") == 3 and not report.failed
    assert setup.starts() == {
        # not on the dentist (09:00-09:30 New York): after it, with the gap
        "Send thank-you letter: Acme Corp": datetime(2026, 12, 1, 14, 45, tzinfo=timezone.utc),
        "Keep searching while you wait: Acme Corp": datetime(2026, 12, 2, 19, tzinfo=timezone.utc),
        "Follow-up call: Acme Corp": datetime(2026, 12, 14, 15, tzinfo=timezone.utc),
    }
    assert requests == 1 + 3  # one list, three inserts
    for event in setup.generated().values():
        assert "attendees" not in event
        assert event["reminders"] == {"useDefault": False, "overrides": [{"method": "popup", "minutes": 30}]}
        assert event["transparency"] == "transparent"
    snapshot = {e["id"]: e["etag"] for e in setup.fake.events("primary")}

    for minute in (1, 2):
        report, requests = setup.sync(NOW + timedelta(minutes=minute))
        assert report.reconciliation.changes == () and requests == 1
    assert {e["id"]: e["etag"] for e in setup.fake.events("primary")} == snapshot
    assert user_events(setup.fake) == before, "events the product did not create are never modified"


def test_cli_sync_exit_codes_and_token_refresh(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.fake.expire_access_tokens()
    code, out, err = setup.cli("sync")
    assert code == 0, err
    assert "created" in out and "Send thank-you letter: Acme Corp" in out
    assert setup.fake.refresh_count == 1
    saved = json.loads(setup.token_file.read_text())
    assert saved["token"] != setup.fake.access_token  # the refreshed token was saved
    assert stat.S_IMODE(setup.token_file.stat().st_mode) == 0o600
    assert "token" not in out + err.replace("token.json", "")


def test_revoked_refresh_token_exits_77_with_the_fix(setup: Setup) -> None:
    setup.fake.revoke_refresh_token()
    code, out, err = setup.cli("sync")
    assert code == 77
    assert "followup-sync auth" in err and "Testing" in err and "7 days" in err
    assert "Traceback" not in err


def test_missing_token_file_says_to_sign_in(setup: Setup) -> None:
    setup.token_file.unlink()
    code, _, err = setup.cli("sync")
    assert code == 77 and "run `followup-sync auth`" in err


def test_decision_date_moves_the_call_and_reschedule_moves_tasks(setup: Setup) -> None:
    event = setup.fake.user_insert("primary", interview())
    setup.sync()
    setup.fake.user_patch("primary", event["id"], {"description": ACME_DESCRIPTION.replace("12/11", "12/18")})
    report, requests = setup.sync(NOW + timedelta(minutes=5))
    assert [c.action for c in report.reconciliation.changes] == ["update"] and requests == 2
    assert setup.starts()["Follow-up call: Acme Corp"] == datetime(2026, 12, 21, 15, tzinfo=timezone.utc)

    moved = interview(start="2026-12-02T10:00:00-05:00", description=ACME_DESCRIPTION.replace("12/11", "12/18"))
    setup.fake.user_patch("primary", event["id"], {"start": moved["start"], "end": moved["end"]})
    setup.sync(NOW + timedelta(minutes=10))
    starts = setup.starts()
    # the same day as the moved interview (10:00-10:30), a gap after it; the nudge two days later, 14:00
    assert starts["Send thank-you letter: Acme Corp"] == datetime(2026, 12, 2, 15, 45, tzinfo=timezone.utc)
    assert starts["Keep searching while you wait: Acme Corp"] == datetime(2026, 12, 4, 19, tzinfo=timezone.utc)
    assert len(setup.generated()) == 3


def test_cancelled_interview_removes_its_pending_tasks(setup: Setup) -> None:
    event = setup.fake.user_insert("primary", interview())
    setup.sync()
    setup.fake.user_delete("primary", event["id"])
    report, _ = setup.sync(NOW + timedelta(minutes=5))
    assert sorted(c.action for c in report.reconciliation.changes) == ["delete"] * 3
    assert setup.generated() == {}
    report, requests = setup.sync(NOW + timedelta(minutes=6))
    assert report.reconciliation.changes == () and requests == 1


def test_user_deleted_task_stays_deleted_even_after_a_full_resync(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.sync()
    letter = setup.generated()["Send thank-you letter: Acme Corp"]
    setup.fake.user_delete("primary", letter["id"])
    report, _ = setup.sync(NOW + timedelta(minutes=5))
    assert report.reconciliation.changes == ()
    assert "Send thank-you letter: Acme Corp" not in setup.generated()

    # lose every local trace: the calendar's own tombstone (listed by a full sync with showDeleted)
    # still says "deleted by the user"
    for file in (setup.root / "state" / "google").iterdir():
        file.unlink()
    report, _ = setup.sync(NOW + timedelta(minutes=10))
    assert report.reconciliation.changes == ()
    report, _ = setup.sync(NOW + timedelta(minutes=11))
    assert report.reconciliation.changes == ()
    assert "Send thank-you letter: Acme Corp" not in setup.generated()


def test_user_moved_task_stays_moved(setup: Setup) -> None:
    event = setup.fake.user_insert("primary", interview())
    setup.sync()
    call = setup.generated()["Follow-up call: Acme Corp"]
    setup.fake.user_patch("primary", call["id"], {"start": {"dateTime": "2026-12-15T16:00:00-05:00"},
                                                  "end": {"dateTime": "2026-12-15T16:15:00-05:00"}})
    setup.sync(NOW + timedelta(minutes=5))
    # even a change to the interview does not move the user's version back
    setup.fake.user_patch("primary", event["id"], {"description": ACME_DESCRIPTION.replace("12/11", "12/18")})
    report, _ = setup.sync(NOW + timedelta(minutes=10))
    assert report.reconciliation.changes == ()
    assert setup.starts()["Follow-up call: Acme Corp"] == datetime(2026, 12, 15, 21, tzinfo=timezone.utc)


def test_offer_removes_the_call_and_it_comes_back_under_a_new_id(setup: Setup) -> None:
    event = setup.fake.user_insert("primary", interview())
    setup.sync()
    first_id = setup.generated()["Follow-up call: Acme Corp"]["id"]
    setup.fake.user_patch("primary", event["id"], {"description": ACME_DESCRIPTION + "\nStatus: offer"})
    setup.sync(NOW + timedelta(minutes=5))
    assert set(setup.generated()) == {"Send thank-you letter: Acme Corp"}

    setup.fake.user_patch("primary", event["id"], {"description": ACME_DESCRIPTION})  # the offer fell through
    report, _ = setup.sync(NOW + timedelta(minutes=10))
    assert not report.failed
    generated = setup.generated()
    assert set(generated) == {"Send thank-you letter: Acme Corp", "Follow-up call: Acme Corp",
                              "Keep searching while you wait: Acme Corp"}
    assert generated["Follow-up call: Acme Corp"]["id"].startswith(first_id)
    assert generated["Follow-up call: Acme Corp"]["id"] != first_id  # Google never gives a deleted id back
    report, requests = setup.sync(NOW + timedelta(minutes=11))
    assert report.reconciliation.changes == () and requests == 1


def test_expired_sync_token_means_a_silent_correct_full_resync(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.sync()
    setup.fake.user_insert("primary", interview("Interview at Globex", "2026-12-02T13:00:00-05:00",
                                                description="Decision: 12/20"))
    setup.fake.invalidate_sync_tokens()
    report, _ = setup.sync(NOW + timedelta(minutes=5))
    assert not report.failed
    assert {c.task.summary for c in report.reconciliation.changes} >= {"Send thank-you letter: Globex"}
    # Globex lacks interviewers: a reminder to ask for them before it and to record them after it
    assert len(setup.generated()) == 3 + 5
    summaries = [e["summary"] for e in setup.fake.events("primary")]
    assert len(summaries) == len(set(summaries)), "no duplicates after the full resync"
    report, requests = setup.sync(NOW + timedelta(minutes=6))
    assert report.reconciliation.changes == () and requests == 1


def test_recurring_interview_instances_each_get_their_tasks(setup: Setup) -> None:
    body = interview("Panel interview - Stark Industries", "2026-11-27T09:00:00-05:00", 60,
                     description="Interviewer: Pepper Potts, COO, pepper@stark.example\nDecision: in 2 weeks")
    body["recurrence"] = ["RRULE:FREQ=WEEKLY;COUNT=2"]
    setup.fake.user_insert("primary", body)
    setup.sync()
    summaries = set(setup.generated())
    assert {"Send thank-you letter: Stark Industries (Nov 27)", "Send thank-you letter: Stark Industries (Dec 4)"} <= summaries
    assert setup.sync(NOW + timedelta(minutes=1))[1] == 1


def test_separate_target_calendar(setup: Setup) -> None:
    setup.fake.add_calendar("jobs@group.calendar.google.com", "Job search", "America/New_York")
    setup.config_path.write_text(setup.config_path.read_text().replace(
        "  google:\n", "  google:\n    target_calendar_id: jobs@group.calendar.google.com\n"))
    setup.fake.user_insert("primary", interview())
    setup.sync()
    assert len(setup.generated("jobs@group.calendar.google.com")) == 3
    assert setup.generated("primary") == {}
    report, requests = setup.sync(NOW + timedelta(minutes=1))
    assert report.reconciliation.changes == () and requests == 2  # one list per calendar read


def test_hostile_text_is_written_safely(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview("Interview - \x00../../etc\u2028<script>", description=(
        "Company: Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\nInterviewer: " + "A" * 5000 + "\nDecision: \ud800 soon")))
    report, _ = setup.sync()
    assert not report.failed
    for summary, event in setup.generated().items():
        assert "\x00" not in summary and "\u2028" not in summary and len(summary) < 200
    report, requests = setup.sync(NOW + timedelta(minutes=1))
    assert report.reconciliation.changes == () and requests == 1


@pytest.mark.slow
def test_random_faults_converge_to_the_fault_free_result(setup: Setup, tmp_path: Path) -> None:
    for day in range(5):
        setup.fake.user_insert("primary", interview(f"Interview at Company{day}", f"2026-11-{25 + day}T10:00:00-05:00",
                                                    description=f"Decision: in {day + 1} weeks"))
    setup.fake.faults.set(rate=0.25, kinds=["500", "503", "429", "403-rate", "403-user-rate", "drop"],
                          seed=7, after_write_ratio=0.5)
    for minute in range(12):
        try:
            setup.sync(NOW + timedelta(minutes=minute))
        except Exception as error:  # a pass may fail outright (its read exhausted retries); the next one recovers
            assert type(error).__name__ in {"Unavailable"}, error
    setup.fake.faults.clear()
    report, requests = setup.sync(NOW + timedelta(minutes=30))
    assert report.reconciliation.changes == () and requests == 1
    faulty = {s: e["start"] for s, e in setup.generated().items()}
    all_ids = [e["id"] for e in setup.fake.events("primary")]
    assert len(all_ids) == len(set(all_ids))

    with FakeGoogle(owner="alex@example.com", time_zone="America/New_York") as clean:
        for day in range(5):
            clean.user_insert("primary", interview(f"Interview at Company{day}", f"2026-11-{25 + day}T10:00:00-05:00",
                                                   description=f"Decision: in {day + 1} weeks"))
        other = Setup(clean, tmp_path / "clean", google_config(clean, tmp_path / "clean"), setup.capsys)
        other.sync(NOW)
        assert {s: e["start"] for s, e in other.generated().items()} == faulty
    assert setup.fake.faults.injected, "faults were really injected"


@pytest.mark.slow
def test_ten_thousand_event_calendar(setup: Setup) -> None:
    start = datetime(2026, 6, 1, 9, tzinfo=NY)
    for n in range(10_000):
        begin = start + timedelta(hours=5 * n)
        setup.fake.user_insert("primary", {"summary": f"Meeting {n}", "start": {"dateTime": begin.isoformat()},
                                           "end": {"dateTime": (begin + timedelta(minutes=30)).isoformat()}})
    setup.fake.user_insert("primary", interview())
    report, requests = setup.sync()
    assert report.count("create") == 3
    assert requests <= 10 + 3  # a handful of 2,500-event pages, then three inserts
    report, requests = setup.sync(NOW + timedelta(minutes=1))
    assert report.reconciliation.changes == () and requests == 1


def test_generated_events_are_never_taken_for_interviews(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview("Interview at Globex", description="Decision: 12/20"))
    report, _ = setup.sync()
    assert "Record interview details: Globex" in setup.generated()
    report, _ = setup.sync(NOW + timedelta(minutes=1))
    assert [i.label for i in report.interviews] == ["Globex"]


@pytest.mark.slow
def test_slow_responses_time_out_and_are_retried(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.fake.faults.queue(["slow"])
    setup.fake.faults.set(slow_seconds=2.0)
    mark = setup.fake.mark()
    report = run_pass(setup.config(), open_google(setup.config(), FAST, timeout=0.5), NOW)
    assert report.count("create") == 3 and not report.failed
    assert setup.fake.requests_since(mark)[0].fault == "slow"
    assert len(setup.generated()) == 3


def test_quota_exhaustion_is_a_temporary_failure_not_a_retry_storm(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.fake.faults.set(rate=1.0, kinds=["403-quota"])
    mark = setup.fake.mark()
    code, _, err = setup.cli("sync")
    assert code == 75 and "quota" in err and "Traceback" not in err
    assert len(setup.fake.api_requests_since(mark)) == 1, "quotaExceeded is not retried within the pass"


def test_persistent_server_errors_exit_75_after_bounded_retries(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.fake.faults.set(rate=1.0, kinds=["503"])
    mark = setup.fake.mark()
    with pytest.raises(Exception) as info:
        setup.sync(policy=RetryPolicy(attempts=4, base=0.001, cap=0.01))
    assert type(info.value).__name__ == "Unavailable" and info.value.exit_code == 75
    assert len(setup.fake.api_requests_since(mark)) == 4
    setup.fake.faults.clear()
    report, _ = setup.sync()
    assert report.count("create") == 3


def test_user_edit_during_a_pass_wins_over_the_update(setup: Setup) -> None:
    """The user edits a task between our read and our write: the conditional update gets 412."""
    event = setup.fake.user_insert("primary", interview())
    setup.sync()
    setup.fake.user_patch("primary", event["id"], {"description": ACME_DESCRIPTION.replace("12/11", "12/18")})
    backend = open_google(setup.config(), FAST)
    original_read = backend.read

    def read_then_user_edits(start: datetime, end: datetime):
        view = original_read(start, end)
        call = setup.generated()["Follow-up call: Acme Corp"]
        setup.fake.user_patch("primary", call["id"], {"summary": "Call Jane (my own wording)"})
        return view

    backend.read = read_then_user_edits  # type: ignore[method-assign]
    report = run_pass(setup.config(), backend, NOW + timedelta(minutes=5))
    assert [a.error for a in report.applied] == ["changed in the calendar meanwhile; the next pass re-plans"]
    report, _ = setup.sync(NOW + timedelta(minutes=6))
    assert report.reconciliation.changes == ()
    assert "Call Jane (my own wording)" in setup.generated()


def test_insert_whose_response_was_lost_is_not_duplicated(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.fake.faults.set(rate=1.0, kinds=["500"], after_write_ratio=1.0, methods=["POST"])
    report, _ = setup.sync()
    assert len(report.failed) == 3  # every insert happened, but each answer was an error (then 409 on retry)
    setup.fake.faults.clear()
    report, _ = setup.sync(NOW + timedelta(minutes=1))
    assert report.reconciliation.changes == ()
    ids = [e["id"] for e in setup.fake.events("primary")]
    assert len(ids) == len(set(ids)) == 4


@pytest.mark.slow
def test_auth_command_signs_in_on_a_headless_machine(setup: Setup) -> None:
    import queue
    import socket
    import subprocess
    import threading
    import sys
    import urllib.parse
    import urllib.request

    from followup_sync.google.auth import SCOPES

    setup.fake.auth.scope = SCOPES[0]
    secret = setup.root / "client_secret.json"
    secret.write_text(json.dumps({"installed": {
        "client_id": setup.fake.client_id, "client_secret": setup.fake.client_secret,
        "auth_uri": setup.fake.api_endpoint + "auth", "token_uri": setup.fake.token_uri,
        "redirect_uris": ["http://localhost"]}}))
    setup.config_path.write_text(setup.config_path.read_text().replace(
        "  google:\n", f"  google:\n    client_secret_file: {secret}\n"))
    setup.token_file.unlink()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "followup_sync", "--config", str(setup.config_path), "auth",
                                "--no-browser", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "OAUTHLIB_INSECURE_TRANSPORT": "1",  # the fake is http
                                                    "PYTHONUNBUFFERED": "1"})
    try:
        lines: queue.Queue[str] = queue.Queue()
        reader = threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True)
        reader.start()
        url = ""
        while not url:
            line = lines.get(timeout=30)  # raises queue.Empty if auth prints no sign-in address
            url = line.strip() if line.strip().startswith("http") else ""
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        assert query["scope"] == [SCOPES[0]] and query["redirect_uri"][0] == f"http://localhost:{port}/"
        code = setup.fake.issue_auth_code()
        redirect = f"http://localhost:{port}/?" + urllib.parse.urlencode({"code": code, "state": query["state"][0]})
        with urllib.request.urlopen(redirect, timeout=10) as answer:
            assert b"signed in" in answer.read()
        process.wait(timeout=20)
        reader.join(timeout=10)
        err = process.stderr.read()
        out = "".join(lines.queue)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "Signed in" in out
    assert stat.S_IMODE(setup.token_file.stat().st_mode) == 0o600
    token = json.loads(setup.token_file.read_text())
    assert token["refresh_token"].startswith("1//fake-") and "token" in token
    setup.fake.user_insert("primary", interview())
    code_, out, err = setup.cli("sync")
    assert code_ == 0, err


def test_auth_without_a_client_file_explains_what_to_create(setup: Setup) -> None:
    setup.config_path.write_text(setup.config_path.read_text().replace(
        "  google:\n", f"  google:\n    client_secret_file: {setup.root / 'missing.json'}\n"))
    code, _, err = setup.cli("auth", "--no-browser")
    assert code == 77 and "Desktop app" in err and "Traceback" not in err


def test_fields_and_reminders_the_user_set_survive_our_updates(setup: Setup) -> None:
    event = setup.fake.user_insert("primary", interview())
    setup.sync()
    call = setup.generated()["Follow-up call: Acme Corp"]
    setup.fake.user_patch("primary", call["id"], {"colorId": "11", "location": "Phone booth",
                                                  "reminders": {"useDefault": False,
                                                                "overrides": [{"method": "popup", "minutes": 10}]}})
    setup.fake.user_patch("primary", event["id"], {"description": ACME_DESCRIPTION.replace("12/11", "12/18")})
    report, _ = setup.sync(NOW + timedelta(minutes=5))
    assert [(c.action, c.reason) for c in report.reconciliation.changes] == [("update", "moved")]
    call = setup.generated()["Follow-up call: Acme Corp"]
    assert call["colorId"] == "11" and call["location"] == "Phone booth"
    assert call["reminders"]["overrides"] == [{"method": "popup", "minutes": 10}]
    assert setup.starts()["Follow-up call: Acme Corp"] == datetime(2026, 12, 21, 15, tzinfo=timezone.utc)


def test_a_delete_that_failed_is_not_mistaken_for_ours_later(setup: Setup) -> None:
    event = setup.fake.user_insert("primary", interview())
    setup.sync()
    call_id = setup.generated()["Follow-up call: Acme Corp"]["id"]
    setup.fake.user_patch("primary", event["id"], {"description": ACME_DESCRIPTION + "\nStatus: offer"})
    setup.fake.faults.set(rate=1.0, kinds=["503"], methods=["DELETE"])
    report, _ = setup.sync(NOW + timedelta(minutes=5), policy=RetryPolicy(attempts=2, base=0.001, cap=0.01))
    assert len(report.failed) == 2  # call and keep-searching stay, for now
    setup.fake.faults.clear()
    setup.fake.user_patch("primary", event["id"], {"description": ACME_DESCRIPTION})  # the offer fell through
    setup.sync(NOW + timedelta(minutes=6))
    setup.fake.user_delete("primary", call_id)  # now the user deletes the call
    setup.sync(NOW + timedelta(minutes=7))
    report, _ = setup.sync(NOW + timedelta(minutes=8))
    assert "Follow-up call: Acme Corp" not in setup.generated(), "the user's deletion stands"
    assert report.reconciliation.changes == ()


def test_a_new_token_without_changes_does_not_rewrite_the_sync_state(setup: Setup) -> None:
    setup.fake.fresh_tokens = True  # Google may hand out a new token on every list
    setup.fake.user_insert("primary", interview())
    backend = open_google(setup.config(), FAST)  # one backend across passes, as the service keeps it
    run_pass(setup.config(), backend, NOW)
    run_pass(setup.config(), backend, NOW + timedelta(minutes=1))  # reads back its own writes
    state = next((setup.root / "state" / "google").glob("sync-*.json"))
    saved = state.read_bytes()
    for minute in range(2, 5):
        report = run_pass(setup.config(), backend, NOW + timedelta(minutes=minute))
        assert report.reconciliation.changes == ()
    assert state.read_bytes() == saved, "idle passes leave the cache file alone"
    setup.fake.user_insert("primary", interview("Interview at Globex", "2026-12-02T13:00:00-05:00"))
    run_pass(setup.config(), backend, NOW + timedelta(minutes=6))
    assert state.read_bytes() != saved, "a pass with changes saves at once"
    # the older saved token still works after a restart: nothing is lost or duplicated
    report, requests = setup.sync(NOW + timedelta(minutes=7))
    assert report.reconciliation.changes == () and requests == 1
