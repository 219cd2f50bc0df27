"""Shared fixtures: a temporary local calendar (vdir) and a config that points at it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from followup_sync.cli import main


def vevent(uid: str, summary: str, start: str, end: str, description: str = "", extra: str = "",
           tzid: str = "America/New_York") -> str:
    """One calendar file's text. ``start``/``end`` are iCalendar local times (or dates with VALUE=DATE in extra)."""
    desc = description.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    when = (f"DTSTART;VALUE=DATE:{start}\r\nDTEND;VALUE=DATE:{end}" if len(start) == 8
            else f"DTSTART;TZID={tzid}:{start}\r\nDTEND;TZID={tzid}:{end}")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tests//EN", "BEGIN:VEVENT", f"UID:{uid}",
        "DTSTAMP:20261101T000000Z", when, f"SUMMARY:{summary}", f"DESCRIPTION:{desc}",
    ]
    lines += [line for line in extra.split("\n") if line]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


@dataclass
class Workspace:
    root: Path
    source: Path
    target: Path
    export: Path
    config: Path
    capsys: pytest.CaptureFixture[str]

    def add(self, name: str, text: str) -> Path:
        path = self.source / f"{name}.ics"
        path.write_text(text, encoding="utf-8", newline="")
        return path

    def cli(self, *args: str, now: str = "2026-12-01T08:00") -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--config", str(self.config), "--now", now, *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def generated(self) -> dict[str, str]:
        return {p.stem: p.read_text("utf-8") for p in sorted(self.target.glob("fs*.ics"))}

    def source_digest(self) -> str:
        digest = hashlib.sha256()
        for path in sorted(self.source.iterdir()):
            digest.update(path.name.encode() + path.read_bytes())
        return digest.hexdigest()


@pytest.fixture
def workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Workspace:
    source = tmp_path / "calendar"
    source.mkdir()
    config = tmp_path / "config.yaml"
    config.write_text(
        "timezone: America/New_York\n"
        f"state_dir: {tmp_path / 'state'}\n"
        "calendar:\n  backend: local\n  local:\n    path: calendar\n"
        f"export:\n  dir: {tmp_path / 'ics'}\n"
        "identity:\n  emails: [alex@example.com]\n  name: Alex Candidate\n",
        encoding="utf-8",
    )
    return Workspace(tmp_path, source, tmp_path / "state" / "calendar", tmp_path / "ics", config, capsys)


MakeWorkspace = Callable[[], Workspace]
