"""One writer and one state: the lock, the ledger's corruption policy, the export manifest, and the
regression tests for findings 3, 8, 9, 12 and 13 of issue 10 (on both backends where it applies)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from followup_sync import state
from followup_sync.backends import open_backend
from followup_sync.config import load_config
from followup_sync.google.backend import open_google
from followup_sync.model import GeneratedEvent, SourceEvent
from followup_sync.service import run_pass
from followup_sync.state import LOCAL_LEDGER, Ledger, load_document, save_document, writer_lock
from tests.conftest import Workspace, vevent
from tests.memory_backend import MemoryBackend
from tests.test_google import ACME_DESCRIPTION, FAST, NOW, Setup, interview, setup  # noqa: F401 (fixture)
from tests.test_local_e2e import ACME, summaries


def snapshot(*folders: Path) -> dict[str, bytes]:
    """Every file under ``folders``, by path, with its bytes."""
    return {str(p): p.read_bytes() for folder in folders if folder.exists()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def ledger_of(ws: Workspace) -> dict:
    return json.loads((ws.target / LOCAL_LEDGER).read_text())


# -- versioned documents -------------------------------------------------------------------


def test_a_save_keeps_the_last_good_copy_and_a_broken_file_falls_back_to_it(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    save_document(path, {"version": 2, "n": 1})
    save_document(path, {"version": 2, "n": 2})
    assert json.loads(path.with_name("doc.json.bak").read_text())["n"] == 1
    path.write_text('{"version": 2, "n": ')  # truncated
    loaded = load_document(path, {2})
    assert loaded.data == {"version": 2, "n": 1} and "restored the last good copy" in (loaded.note or "")
    # a broken file never replaces the good backup
    save_document(path, {"version": 2, "n": 3})
    assert json.loads(path.with_name("doc.json.bak").read_text())["n"] == 1
    assert load_document(path, {2}).data == {"version": 2, "n": 3}


@pytest.mark.parametrize("text", ["", "   \n", "[1, 2]", "not json", '{"version": 99, "created": []}'])
def test_an_unusable_file_without_backup_is_lost_and_said_so(tmp_path: Path, text: str) -> None:
    path = tmp_path / "ledger.json"
    path.write_text(text)
    loaded = load_document(path, {1, 2})
    assert loaded.data is None and loaded.lost and str(path) in (loaded.note or "")
    assert load_document(tmp_path / "missing.json", {1}) == state.Loaded(None)


def test_ledger_accounting_tells_our_deletions_from_the_users() -> None:
    ledger = Ledger(created={"fsa", "fsb", "fsc"}, retired={"fsc"})
    gen_a = GeneratedEvent(task=GeneratedEvent.tombstone("fsa").task, fingerprint="", written=NOW)
    result = ledger.account([gen_a, GeneratedEvent.tombstone("fsd")])
    # fsb vanished without us: the user's; fsc we retired: ours; fsd a reported tombstone: the user's
    assert ledger.user_deleted == {"fsb", "fsd"} and ledger.created == {"fsa"} and ledger.retired == {"fsc"}
    assert sorted((g.task.id, g.deleted) for g in result) == [("fsa", False), ("fsb", True), ("fsd", True)]


# -- one writer ----------------------------------------------------------------------------


def test_a_sync_while_another_writer_holds_the_state_exits_75_with_one_line_and_changes_nothing(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.add("acme", ACME)
    state_dir = workspace.root / "state"
    monkeypatch.setattr(state, "LOCK_WAIT", 0.3)
    with writer_lock(state_dir):
        before = snapshot(state_dir, workspace.export)
        code, out, err = workspace.cli("sync")
        assert snapshot(state_dir, workspace.export) == before
    assert code == 75 and out == ""
    assert err.count("\n") == 1 and f"is writing to {state_dir}" in err and "Traceback" not in err
    assert workspace.cli("sync")[0] == 0  # released: the next run does the work


@pytest.mark.slow
def test_a_second_process_waits_for_the_first_then_does_its_pass(workspace: Workspace) -> None:
    """Two real processes: the holder keeps the lock about a second; the sync waits it out."""
    workspace.add("acme", ACME)
    state_dir = workspace.root / "state"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from followup_sync.state import writer_lock\n"
         "with writer_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(1.0)", str(state_dir)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        sync = subprocess.run([sys.executable, "-m", "followup_sync", "--config", str(workspace.config),
                               "--now", "2026-12-01T08:00", "sync"], capture_output=True, text=True, timeout=60)
    finally:
        holder.wait(timeout=30)
    assert sync.returncode == 0, sync.stderr
    assert len(summaries(workspace)) == 3


def test_status_and_dry_run_write_nothing_local(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    workspace.cli("sync")
    next(workspace.target.glob("fs*.ics")).unlink()  # a user deletion a writing pass would record
    workspace.add("globex", vevent("globex@example.com", "Interview at Globex", "20261202T130000",
                                   "20261202T140000", "Decision: 12/20"))
    folders = (workspace.root / "state", workspace.export)
    before = snapshot(*folders)
    assert workspace.cli("status")[0] == 0
    code, out, _ = workspace.cli("sync", "--dry-run")
    assert code == 0 and "would create" in out
    assert snapshot(*folders) == before, "same files, same bytes, nothing new"


def test_status_and_dry_run_write_nothing_google(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.sync()
    setup.fake.user_insert("primary", interview("Interview at Globex", "2026-12-02T13:00:00-05:00",
                                                description="Decision: 12/20"))
    setup.fake.expire_access_tokens()  # a refresh the read-only commands must not save
    before = snapshot(setup.root / "state", setup.root / "ics")
    assert setup.cli("status")[0] == 0
    code, out, _ = setup.cli("sync", "--dry-run")
    assert code == 0 and "would create" in out
    assert snapshot(setup.root / "state", setup.root / "ics") == before


# -- finding 3: two processes, one ledger ----------------------------------------------------


def test_finding_3_a_hand_run_sync_between_service_passes_loses_no_task(setup: Setup) -> None:
    """The service keeps its backend between passes; a hand-run sync deletes the tasks of a
    cancelled interview meanwhile. Those deletions are ours, not the user's: when the interview
    comes back, the service writes its tasks again."""
    event = setup.fake.user_insert("primary", interview())
    config = setup.config()
    service = open_google(config, FAST)  # lives across passes, like the daemon's
    run_pass(config, service, NOW)
    assert len(setup.generated()) == 3

    setup.fake.user_patch("primary", event["id"], {"status": "cancelled"})
    hand = run_pass(config, open_google(config, FAST), NOW + timedelta(minutes=1))  # the user's `sync`
    assert hand.count("delete") == 3 and setup.generated() == {}

    quiet = run_pass(config, service, NOW + timedelta(minutes=2))
    assert quiet.reconciliation.changes == ()
    setup.fake.user_patch("primary", event["id"], {"status": "confirmed"})  # the same interview is back
    back = run_pass(config, service, NOW + timedelta(minutes=3))
    assert back.count("create") == 3 and not back.failed
    assert len(setup.generated()) == 3
    assert run_pass(config, open_google(config, FAST), NOW + timedelta(minutes=4)).reconciliation.changes == ()


@pytest.mark.slow
def test_finding_3_with_two_real_processes(setup: Setup) -> None:
    """The same story with a running service process and hand-run syncs in other processes."""
    event = setup.fake.user_insert("primary", interview())
    env = {**os.environ, "HOME": str(setup.root)}
    script = ("import sys\nfrom datetime import datetime, timedelta\n"
              "from followup_sync.config import load_config\nfrom followup_sync.google.backend import open_google\n"
              "from followup_sync.service import run_pass\n"
              "config = load_config(sys.argv[1], {'HOME': sys.argv[2]})\nbackend = open_google(config)\n"
              "now = datetime.fromisoformat(sys.argv[3])\n"
              "for line in sys.stdin:\n"
              "    report = run_pass(config, backend, now + timedelta(minutes=int(line)))\n"
              "    print(len(report.applied), len(report.failed), flush=True)\n")
    service = subprocess.Popen([sys.executable, "-c", script, str(setup.config_path), str(setup.root), NOW.isoformat()],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert service.stdin is not None and service.stdout is not None

    def service_pass(minute: int) -> str:
        service.stdin.write(f"{minute}\n")
        service.stdin.flush()
        return service.stdout.readline().strip()

    def hand_sync(minute: int) -> int:
        now = (NOW + timedelta(minutes=minute)).isoformat()
        return subprocess.run([sys.executable, "-m", "followup_sync", "--config", str(setup.config_path), "--now", now,
                               "sync"], capture_output=True, env=env, timeout=60).returncode

    try:
        assert service_pass(0) == "3 0"
        setup.fake.user_patch("primary", event["id"], {"status": "cancelled"})
        assert hand_sync(1) == 0 and setup.generated() == {}
        assert service_pass(2) == "0 0"
        setup.fake.user_patch("primary", event["id"], {"status": "confirmed"})
        assert service_pass(3) == "3 0"
    finally:
        service.stdin.close()
        service.wait(timeout=30)
    assert len(setup.generated()) == 3


# -- finding 8: a full resync reaches back to every interview with tasks ahead -------------------


def test_finding_8_a_410_full_resync_keeps_an_old_interviews_pending_call(setup: Setup) -> None:
    long_ago = datetime(2026, 4, 1, 8, tzinfo=NOW.tzinfo)
    setup.fake.user_insert("primary", interview(start="2026-03-31T10:00:00-04:00",
                                                description=ACME_DESCRIPTION.replace("12/11", "2026-12-10")))
    setup.sync(long_ago)
    assert "Follow-up call: Acme Corp" in setup.generated()

    setup.fake.invalidate_sync_tokens()  # 410: the next pass lists the calendar from scratch
    mark = setup.fake.mark()
    report, _ = setup.sync(NOW)
    assert not report.failed and report.reconciliation.changes == ()
    assert "Follow-up call: Acme Corp" in setup.generated()
    lists = [r for r in setup.fake.api_requests_since(mark) if r.method == "GET" and "timeMin" in r.query]
    assert lists and all(datetime.fromisoformat(r.query["timeMin"][0].replace("Z", "+00:00"))
                         <= datetime(2026, 3, 31, 14, tzinfo=NOW.tzinfo) for r in lists)


# -- finding 9: a failed export is retried ----------------------------------------------------


def test_finding_9_a_failed_export_is_retried_on_the_next_idle_pass(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    workspace.export.write_text("in the way")  # a file where the export folder should be
    code, out, _ = workspace.cli("sync")
    assert code == 73 and "could not write the .ics export" in out
    workspace.export.unlink()
    config = load_config(workspace.config, {})
    # the daemon's idle pass: nothing changed, export=False; the pending export goes out anyway
    report = run_pass(config, open_backend(config), NOW + timedelta(minutes=1), export=False)
    assert report.applied == () and report.exported and (workspace.export / "followup-sync.ics").is_file()
    report = run_pass(config, open_backend(config), NOW + timedelta(minutes=2), export=False)
    assert report.exported == (), "once it succeeded, idle passes skip it again"


# -- finding 12: export --out removes only files it wrote ----------------------------------------


def test_finding_12_export_out_never_removes_a_users_file(workspace: Workspace) -> None:
    path = workspace.add("acme", ACME)
    workspace.cli("sync")
    out = workspace.root / "mine"
    out.mkdir()
    lookalike = out / "Acme-Corp-2026-11-30-0123abcd.ics"
    lookalike.write_bytes(b"my own calendar file")
    code, printed, _ = workspace.cli("export", "--out", str(out))
    assert code == 0 and "Exported 3 tasks" in printed
    ours = [p for p in out.iterdir() if p.name.startswith("Acme-Corp-") and p != lookalike]
    assert len(ours) == 1

    path.write_text(ACME.replace("SUMMARY:", "STATUS:CANCELLED\r\nSUMMARY:"), newline="")
    workspace.cli("sync", now="2026-12-01T09:00")
    assert workspace.cli("export", "--out", str(out), now="2026-12-01T09:01")[0] == 0
    assert not ours[0].exists(), "the file our last export there wrote is removed"
    assert lookalike.read_bytes() == b"my own calendar file"


# -- finding 13: a corrupt ledger --------------------------------------------------------------


def _delete_one_and_sync(ws: Workspace) -> str:
    ws.cli("sync")
    deleted = next(p for p in ws.target.glob("fs*.ics") if "Keep searching" in p.read_text())
    deleted.unlink()
    assert ws.cli("sync", now="2026-12-01T08:05")[0] == 0
    assert deleted.stem in ledger_of(ws)["user_deleted"]
    return deleted.stem


def test_finding_13_an_empty_local_ledger_restores_its_backup(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    deleted = _delete_one_and_sync(workspace)
    ledger = workspace.target / LOCAL_LEDGER
    ledger.with_name(ledger.name + ".bak").write_bytes(ledger.read_bytes())
    ledger.write_text("")
    code, out, err = workspace.cli("sync", now="2026-12-01T08:10")
    assert code == 0, err
    assert "restored the last good copy" in out and not (workspace.target / f"{deleted}.ics").exists()
    code, out, _ = workspace.cli("sync", now="2026-12-01T08:15")
    assert code == 0 and "note:" not in out, "the restored copy was saved; said once"
    assert ledger_of(workspace)["version"] == 2


def test_finding_13_a_lost_local_ledger_holds_instead_of_resurrecting(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    deleted = _delete_one_and_sync(workspace)
    ledger = workspace.target / LOCAL_LEDGER
    ledger.write_text("")
    ledger.with_name(ledger.name + ".bak").write_text("{trunc")
    before = snapshot(workspace.root / "state")
    code, out, _ = workspace.cli("status", now="2026-12-01T08:09")
    assert code == 0 and "unreadable" in out and "[held: the ledger was lost]" in out
    assert snapshot(workspace.root / "state") == before, "status only tells"
    code, out, err = workspace.cli("sync", "-v", now="2026-12-01T08:10")
    assert code == 0, err
    assert "rebuilt from the calendar" in out and state.HELD in out
    assert not (workspace.target / f"{deleted}.ics").exists()
    assert len(summaries(workspace)) == 2

    # held, not stuck: the next run is quiet, and a new interview gets its tasks as usual
    code, out, _ = workspace.cli("sync", now="2026-12-01T08:15")
    assert code == 0 and "unreadable" not in out and not (workspace.target / f"{deleted}.ics").exists()
    workspace.add("globex", vevent("globex@example.com", "Interview at Globex", "20261202T130000",
                                   "20261202T140000", "Decision: 12/20"))
    assert workspace.cli("sync", now="2026-12-01T08:20")[0] == 0
    assert any("Globex" in s for s in summaries(workspace))


def test_finding_13_a_corrupt_google_ledger_is_said_and_resurrects_nothing(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.sync()
    letter = setup.generated()["Send thank-you letter: Acme Corp"]
    setup.fake.user_delete("primary", letter["id"])
    setup.sync(NOW + timedelta(minutes=5))
    for ledger in (setup.root / "state" / "google").glob("ledger-*"):
        ledger.write_text("\x00garbage")
    report, _ = setup.sync(NOW + timedelta(minutes=10))
    assert any("unreadable" in n for n in report.notes)
    assert report.reconciliation.changes == ()
    assert "Send thank-you letter: Acme Corp" not in setup.generated()


# -- review finding R4: a missing ledger beside our tasks is lost, not a first run ---------------


def test_r4_a_missing_ledger_beside_generated_tasks_does_not_resurrect_a_deleted_task(workspace: Workspace) -> None:
    """A target vdir restored by vdirsyncer (only .ics files), or a ledger and its backup removed: the
    calendar holds our tasks, so this is not a first run; the policy for a lost ledger applies."""
    workspace.add("acme", ACME)
    deleted = _delete_one_and_sync(workspace)
    for ledger in workspace.target.glob(LOCAL_LEDGER + "*"):
        ledger.unlink()
    code, out, _ = workspace.cli("status", now="2026-12-01T08:09")
    assert code == 0 and "was missing while the calendar holds 2 generated events" in out
    assert "[held: the ledger was lost]" in out and not (workspace.target / LOCAL_LEDGER).exists(), "status only tells"
    code, out, err = workspace.cli("sync", "-v", now="2026-12-01T08:10")
    assert code == 0, err
    assert out.count("was missing") == 1 and "rebuilt from the calendar" in out and state.HELD in out
    assert not (workspace.target / f"{deleted}.ics").exists(), "the task the user deleted was written again"
    assert len(summaries(workspace)) == 2
    assert sorted(ledger_of(workspace)["created"]) == sorted(p.stem for p in workspace.target.glob("fs*.ics"))

    # rebuilt once: the next run is quiet, and a new interview gets its tasks as usual
    code, out, _ = workspace.cli("sync", now="2026-12-01T08:15")
    assert code == 0 and "note:" not in out and not (workspace.target / f"{deleted}.ics").exists()
    workspace.add("globex", vevent("globex@example.com", "Interview at Globex", "20261202T130000",
                                   "20261202T140000", "Decision: 12/20"))
    assert workspace.cli("sync", now="2026-12-01T08:20")[0] == 0
    assert any("Globex" in s for s in summaries(workspace))


def test_r4_a_missing_google_ledger_beside_generated_tasks_resurrects_nothing(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.sync()
    letter = setup.generated()["Send thank-you letter: Acme Corp"]
    setup.fake.user_delete("primary", letter["id"])
    setup.sync(NOW + timedelta(minutes=5))
    ledgers = list((setup.root / "state" / "google").glob("ledger-*"))
    assert ledgers
    for ledger in ledgers:
        ledger.unlink()
    report, _ = setup.sync(NOW + timedelta(minutes=10))
    assert [n for n in report.notes if "was missing while the calendar holds" in n]
    assert report.reconciliation.changes == ()
    assert "Send thank-you letter: Acme Corp" not in setup.generated()
    report, _ = setup.sync(NOW + timedelta(minutes=15))
    assert not [n for n in report.notes if "missing" in n] and report.reconciliation.changes == ()


def test_r4_a_true_first_run_plans_everything_and_says_nothing_local(workspace: Workspace) -> None:
    """No ledger and none of our tasks in the calendar: nothing to hold."""
    workspace.add("acme", ACME)
    code, out, _ = workspace.cli("sync", "-v")
    assert code == 0 and "3 created" in out and "note:" not in out and "held" not in out
    assert len(summaries(workspace)) == 3 and ledger_of(workspace)["held"] == []


def test_r4_a_true_first_run_plans_everything_and_says_nothing_google(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    report, _ = setup.sync()
    assert report.count("create") == 3 and not report.notes and len(setup.generated()) == 3


def test_r4_a_first_run_that_dies_midway_is_finished_by_the_next(tmp_path: Path) -> None:
    """Its ledger is saved before the first write, so the next pass does not take the tasks already
    written for a lost ledger's and hold the rest."""
    config_path = tmp_path / "config.yaml"
    config_path.write_text(f"timezone: America/New_York\nstate_dir: {tmp_path / 'state'}\n"
                           f"calendar:\n  local:\n    path: {tmp_path}\nexport:\n  dir: {tmp_path / 'ics'}\n")
    config = load_config(config_path, {})
    memory = MemoryBackend()
    start = datetime(2026, 11, 30, 10, tzinfo=NOW.tzinfo)
    memory.user_add(SourceEvent(key="acme", uid="acme", summary="Phone screen - Acme Corp", start=start,
                                end=start + timedelta(minutes=30), description=ACME_DESCRIPTION))
    asked = []

    def killed_after_one_write() -> bool:
        asked.append(1)
        if len(asked) == 2:
            raise KeyboardInterrupt  # the process dies between two writes
        return False

    with pytest.raises(KeyboardInterrupt):
        run_pass(config, memory, NOW, should_stop=killed_after_one_write)
    assert len(memory.generated) == 1
    finished = run_pass(config, memory, NOW + timedelta(minutes=1))
    assert finished.count("create") == 2 and not finished.notes and len(memory.generated) == 3


# -- the in-memory backend drives the service fast ---------------------------------------------


def test_memory_backend_a_cancelled_and_restored_interview_gets_its_tasks_back(tmp_path: Path) -> None:
    config_path = tmp_path / "config.yaml"
    config_path.write_text(f"timezone: America/New_York\nstate_dir: {tmp_path / 'state'}\n"
                           f"calendar:\n  local:\n    path: {tmp_path}\nexport:\n  dir: {tmp_path / 'ics'}\n")
    config = load_config(config_path, {})
    memory = MemoryBackend()
    start = datetime(2026, 11, 30, 10, tzinfo=NOW.tzinfo)
    acme = SourceEvent(key="acme", uid="acme", summary="Phone screen - Acme Corp", start=start,
                       end=start + timedelta(minutes=30), description=ACME_DESCRIPTION)
    memory.user_add(acme)
    assert run_pass(config, memory, NOW).count("create") == 3
    user_deleted = next(iter(memory.generated))
    memory.user_delete(user_deleted)
    memory.user_remove("acme")
    assert run_pass(config, memory, NOW + timedelta(minutes=1)).count("delete") == 2
    memory.user_add(acme)
    back = run_pass(config, memory, NOW + timedelta(minutes=2))
    assert back.count("create") == 2 and user_deleted not in memory.generated
    assert run_pass(config, memory, NOW + timedelta(minutes=3)).reconciliation.changes == ()


def test_a_corrupt_google_sync_state_is_rebuilt_by_a_full_sync_and_said_once(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.sync()
    before = setup.generated()
    sync_file = next((setup.root / "state" / "google").glob("sync-*.json"))
    sync_file.write_bytes(sync_file.read_bytes()[:40])  # torn
    _rebuilt_keeping_every_task(setup, sync_file, before)


def _rebuilt_keeping_every_task(setup: Setup, sync_file: Path, before: object) -> None:
    """The next pass says the cache was unreadable, changes no task, lists the window afresh; the one
    after is an ordinary incremental pass again."""
    mark = setup.fake.mark()
    report, _ = setup.sync(NOW + timedelta(minutes=5))
    assert [n for n in report.notes if "unreadable" in n and sync_file.name in n]
    assert report.reconciliation.changes == () and setup.generated() == before
    assert any("timeMin" in r.query for r in setup.fake.api_requests_since(mark)), "a full sync"
    report, requests = setup.sync(NOW + timedelta(minutes=6))
    assert not [n for n in report.notes if "unreadable" in n] and requests == 1


@pytest.mark.parametrize("events", [{"x": "not an event"}, {"x": 3}, {"x": None}, {"x": []}, [], "events", None])
def test_a_google_sync_state_whose_events_are_not_events_is_rebuilt_and_keeps_every_task(
        setup: Setup, events: object) -> None:
    """An event cached as anything but an object raised AttributeError out of the read (the pass
    failed, exit 70), and an events table that is no table was read as an empty calendar with the
    token kept: the next incremental sync changed nothing and the interview's tasks were deleted.
    Either is a corrupt cache: said, and rebuilt by a full sync, since the calendar is the state."""
    setup.fake.user_insert("primary", interview())
    setup.sync()
    before = setup.generated()
    sync_file = next((setup.root / "state" / "google").glob("sync-*.json"))
    data = json.loads(sync_file.read_text())
    data["events"] = {**data["events"], **events} if isinstance(events, dict) else events
    sync_file.write_text(json.dumps(data))
    _rebuilt_keeping_every_task(setup, sync_file, before)


def test_a_cached_event_with_a_field_of_another_shape_holds_its_tasks(setup: Setup) -> None:
    """Attendees cached as a string raised AttributeError out of the read; the event is unknown,
    as one the API sends in a shape the reader cannot take, and its tasks are kept."""
    acme = setup.fake.user_insert("primary", interview())
    setup.sync()
    before = setup.generated()
    sync_file = next((setup.root / "state" / "google").glob("sync-*.json"))
    data = json.loads(sync_file.read_text())
    data["events"][acme["id"]]["attendees"] = "jane@acme.example"
    sync_file.write_text(json.dumps(data))
    report, _ = setup.sync(NOW + timedelta(minutes=5))
    assert [n for n in report.notes if n.startswith(f"event {acme['id']} skipped: AttributeError")]
    assert report.reconciliation.changes == () and setup.generated() == before


def test_a_running_service_never_saves_its_old_token_over_a_new_sign_in(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    config = setup.config()
    service = open_google(config, FAST)  # holds the credentials it loaded
    run_pass(config, service, NOW)
    new_sign_in = json.loads(setup.token_file.read_text())
    new_sign_in["refresh_token"] = setup.fake.credentials().refresh_token  # `auth` ran meanwhile
    setup.token_file.write_text(json.dumps(new_sign_in))
    written_by_auth = setup.token_file.read_bytes()
    setup.fake.expire_access_tokens()
    refreshes = setup.fake.refresh_count
    report = run_pass(config, service, NOW + timedelta(minutes=1))
    assert not report.failed and setup.fake.refresh_count == refreshes + 1, "the service did refresh"
    assert setup.token_file.read_bytes() == written_by_auth


def test_a_ledger_missing_beside_its_backup_is_restored_from_it(tmp_path: Path) -> None:
    """What a crash between keeping the backup and writing the new file would leave, if it could."""
    path = tmp_path / "ledger.json"
    save_document(path, {"version": 2, "created": ["fsa"]})
    save_document(path, {"version": 2, "created": ["fsa", "fsb"]})
    assert path.stat().st_ino != path.with_name("ledger.json.bak").stat().st_ino, "two files, not two names"
    path.unlink()
    loaded = load_document(path, {2})
    assert loaded.data == {"version": 2, "created": ["fsa"]} and "was missing" in (loaded.note or "")


def test_a_version_1_ledger_is_read_and_kept_as_the_backup(workspace: Workspace) -> None:
    workspace.add("acme", ACME)
    workspace.cli("sync")
    deleted = next(workspace.target.glob("fs*.ics"))
    ledger = workspace.target / LOCAL_LEDGER
    ids = sorted(p.stem for p in workspace.target.glob("fs*.ics"))
    old = json.dumps({"version": 1, "created": ids})  # what earlier versions wrote
    ledger.write_text(old)
    ledger.with_name(ledger.name + ".bak").unlink(missing_ok=True)
    deleted.unlink()
    code, out, _ = workspace.cli("sync", now="2026-12-01T08:05")
    assert code == 0 and "0 created" in out and "note:" not in out
    assert ledger_of(workspace)["version"] == 2 and ledger_of(workspace)["user_deleted"] == [deleted.stem]
    assert ledger.with_name(ledger.name + ".bak").read_text() == old
