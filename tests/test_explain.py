"""`explain`, `status`'s possible interviews, verdicts cached between passes, and our own tasks
coming back without their markers — on the bundled example, on local files and on Google (fake)."""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from followup_sync.backends import open_backend
from followup_sync.config import load_config
from followup_sync.service import run_pass
from followup_sync.verdicts import VerdictCache
from tests.conftest import Workspace, vevent
from tests.test_google import Setup, interview, setup, user_events  # noqa: F401 (setup is a fixture)

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 12, 1, 8, tzinfo=ZoneInfo("America/New_York"))
EVENT_KEYS = {"key", "uid", "title", "start", "end", "all_day", "outcome", "score", "decided_by", "planned",
              "evidence", "company", "company_source", "decision", "decision_text"}


def example(tmp_path: Path, capsys) -> Workspace:  # type: ignore[no-untyped-def]
    """The bundled example calendar with its example config, state and exports kept in ``tmp_path``."""
    shutil.copytree(REPO / "examples" / "calendar", tmp_path / "calendar")
    text = (REPO / "config.example.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^state_dir: .*$", f"state_dir: {tmp_path / 'state'}", text)
    text = re.sub(r"(?m)^(\s+)dir: ~/.local/share/followup-sync/ics$", rf"\1dir: {tmp_path / 'ics'}", text)
    config = tmp_path / "config.yaml"
    config.write_text(text.replace("path: examples/calendar", "path: calendar"), encoding="utf-8")
    return Workspace(tmp_path, tmp_path / "calendar", tmp_path / "state" / "calendar", tmp_path / "ics", config, capsys)


def test_explain_json_on_the_bundled_example(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    ws = example(tmp_path, capsys)
    code, out, err = ws.cli("explain", "--json")
    assert code == 0, err
    assert not (tmp_path / "state").exists() and not (tmp_path / "ics").exists(), "explain writes nothing"
    doc = json.loads(out)
    assert doc["schema"] == 1 and doc["zone"] == "America/New_York"
    by_title = {e["title"]: e for e in doc["events"]}
    assert all(set(e) == EVENT_KEYS for e in doc["events"])
    acme = by_title["Phone screen - Acme Corp"]
    assert acme["outcome"] == "interview" and acme["planned"] and acme["decided_by"] is None
    assert acme["company"] == "Acme Corp" and acme["company_source"] == "company line"
    assert acme["decision"] == "2026-12-11"
    assert acme["decision_text"] == "end of next week"
    assert acme["score"] == sum(e["weight"] for e in acme["evidence"])
    assert {"name": "interview stage (title)", "weight": 3.5, "text": "phone screen"} in acme["evidence"]
    assert by_title["Panel interview - Stark Industries"]["decided_by"] == "interview tag"
    # by default only interviews and possible ones: the dentist and the mock interview are left out
    assert "Dentist" not in by_title and not any("Mock" in t for t in by_title)
    assert not any(e["outcome"] == "not" for e in doc["events"])

    code, out, _ = ws.cli("explain", "--all", "--json")
    every = {e["title"]: e for e in json.loads(out)["events"]}
    mock = every["Mock interview with Sam (practice)"]
    assert mock["outcome"] == "not" and mock["company"] is None and not mock["planned"]
    assert any(e["name"].startswith("practice") for e in mock["evidence"])
    assert every["Dentist"]["outcome"] == "not"
    opted_out = next(e for t, e in every.items() if "#nofollowup" in t)
    assert opted_out["decided_by"] == "opt-out tag" and opted_out["score"] == -100
    assert set(by_title) < set(every)


def test_explain_text_with_a_query_says_why_not(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    ws = example(tmp_path, capsys)
    code, out, _ = ws.cli("explain", "mock", "--all")
    assert code == 0
    assert out.startswith("Mock interview with Sam (practice) — Wed Nov 25 18:00")
    assert "not (score -" in out and "practice platform (title): 'mock interview'" in out
    assert "to plan it anyway: add #interview" in out
    assert "Phone screen" not in out
    code, out, _ = ws.cli("explain", "ACME")
    assert "interview (score" in out and "company: Acme Corp" in out
    assert "decision: Fri Dec 11, 2026 (from 'end of next week')" in out
    code, out, _ = ws.cli("explain", "no such event")
    assert code == 0 and out.startswith("No events to explain")


def test_possible_interviews_are_listed_by_status_and_not_planned(workspace: Workspace) -> None:
    workspace.add("coffee", vevent("coffee@x", "Coffee chat – Acme", "20261202T100000", "20261202T103000"))
    code, out, _ = workspace.cli("status")
    assert code == 0
    assert "1 possible interviews, not planned. To plan one, add #interview" in out
    assert re.search(r"Wed Dec  2 10:00  Coffee chat – Acme  \(score [\d.]+: ", out)
    code, out, _ = workspace.cli("sync")
    assert code == 0 and "0 interviews tracked" in out and not workspace.generated()
    code, out, _ = workspace.cli("explain", "--json")
    [coffee] = json.loads(out)["events"]
    assert coffee["outcome"] == "possible" and not coffee["planned"]


def test_an_idle_pass_classifies_nothing_and_a_change_classifies_one(workspace: Workspace) -> None:
    for n in range(5):
        workspace.add(f"e{n}", vevent(f"e{n}@x", f"Meeting {n}", "20261202T100000", "20261202T103000"))
    workspace.add("acme", vevent("acme@x", "Phone screen - Acme Corp", "20261130T100000", "20261130T103000"))
    config = load_config(workspace.config, {})
    backend = open_backend(config)
    cache = VerdictCache()
    first = run_pass(config, backend, NOW, verdicts=cache)
    assert cache.classified == 6 and len(cache) == 6 and len(first.interviews) == 1
    run_pass(config, backend, NOW, verdicts=cache)
    assert cache.classified == 6, "an idle pass re-classifies nothing"
    workspace.add("e0", vevent("e0@x", "Superday – Goldman Sachs", "20261202T100000", "20261202T103000"))
    third = run_pass(config, backend, NOW, verdicts=cache)
    assert cache.classified == 7 and len(third.interviews) == 2
    (workspace.source / "e1.ics").unlink()
    run_pass(config, backend, NOW, verdicts=cache)
    assert cache.classified == 7 and len(cache) == 5, "a removed event leaves the cache"


_MARKER = re.compile(r"(?m)^X-[^\r\n]*\r\n(?:[ \t][^\r\n]*\r\n)*")


def test_our_exported_tasks_without_markers_in_the_source_calendar_spawn_nothing(workspace: Workspace) -> None:
    """Issue 10, finding 11: another app drops the X- properties of our exported tasks, and the
    copies land in the watched calendar; they must not be taken for interviews."""
    workspace.add("acme", vevent("acme@x", "Phone screen - Acme Corp", "20261130T100000", "20261130T103000",
                                 "Company: Acme Corp\nInterviewer: Jane Doe, Engineering Manager, jane@acme.example"))
    code, _, err = workspace.cli("sync")
    assert code == 0, err
    planned = set(workspace.generated())
    assert len(planned) >= 3
    for path in workspace.export.glob("*.ics"):
        stripped = _MARKER.sub("", path.read_bytes().decode("utf-8"))
        assert "X-FOLLOWUP" not in stripped and "BEGIN:VEVENT" in stripped
        workspace.add(f"copy-{path.stem}", stripped)

    code, out, err = workspace.cli("sync", now="2026-12-01T08:05")
    assert code == 0, err
    assert out.startswith("Nothing to change.") and "1 interviews tracked" in out
    assert set(workspace.generated()) == planned
    code, out, _ = workspace.cli("explain", "--all", "--json")
    copies = [e for e in json.loads(out)["events"] if e["title"] != "Phone screen - Acme Corp"]
    assert copies and all(e["decided_by"] == "the product's own task" for e in copies)


def test_explain_and_stripped_copies_on_google(setup: Setup) -> None:
    setup.fake.user_insert("primary", interview())
    setup.fake.user_insert("primary", interview("Coffee chat – Hooli", "2026-12-02T10:00:00-05:00", description=""))
    setup.fake.user_insert("primary", interview("Focus: Hooli onsite", "2026-12-02T13:00:00-05:00",
                                                 description="", eventType="focusTime"))
    code, _, err = setup.cli("sync")
    assert code == 0, err
    ours = setup.generated()
    assert len(ours) >= 3
    # another app copies our tasks into the calendar without their private markers
    for task in list(ours.values()):
        copy = {k: task[k] for k in ("summary", "description", "start", "end")}
        setup.fake.user_insert("primary", copy)
    code, out, err = setup.cli("sync", now="2026-12-01T08:05")
    assert code == 0, err
    assert out.startswith("Nothing to change.")
    assert setup.generated().keys() == ours.keys()

    code, out, err = setup.cli("explain", "--all", "--json")
    assert code == 0, err
    events = json.loads(out)["events"]
    by_title: dict[str, list[dict[str, object]]] = {}
    for e in events:
        by_title.setdefault(e["title"], []).append(e)
    [acme] = by_title["Phone screen - Acme Corp"]
    assert acme["outcome"] == "interview" and acme["planned"] and acme["company"] == "Acme Corp"
    assert acme["decision"] == "2026-12-11" and acme["decision_text"] == "12/11"
    [coffee] = by_title["Coffee chat – Hooli"]
    assert coffee["outcome"] == "possible" and not coffee["planned"]
    [focus] = by_title["Focus: Hooli onsite"]
    assert focus["outcome"] == "not" and focus["decided_by"] == "event type"
    copies = [e for e in events if e["title"] in ours]
    assert len(copies) == len(ours) and all(e["decided_by"] == "the product's own task" for e in copies)
    assert len(user_events(setup.fake)) == 3 + len(ours)

    code, out, _ = setup.cli("status")
    assert "Coffee chat – Hooli" in out and "add #interview" in out


def test_detection_config_mistakes_name_the_file_line_and_key(tmp_path: Path) -> None:
    from tests.test_config import error_of

    base = "calendar:\n  local: {path: cal}\n"
    error = error_of(base + "detection:\n  interview_score: 2\n  possible_score: 3\n", tmp_path)
    assert "possible_score must not be above interview_score" in str(error) and error.line == 3
    error = error_of(base + "detection:\n  colors: [tomato, [1]]\n", tmp_path)
    assert "detection.colors" in str(error) and error.line == 4
    error = error_of(base + "detection:\n  categorys: [Job search]\n", tmp_path)
    assert "detection.categorys" in str(error) and error.line == 4
    good = tmp_path / "good.yaml"
    good.write_text(base + "detection:\n  categories: [Job search]\n  colors: [11, tomato]\n", encoding="utf-8")
    (tmp_path / "cal").mkdir(exist_ok=True)
    detection = load_config(good, {}).detection
    assert detection.categories == ("Job search",) and detection.colors == ("11", "tomato")
