"""The systemd units: shipped copies, rendering, quoting, install, and systemd's own verdicts.

``systemd-analyze`` (Debian package ``systemd``; ``/bin/kill`` of ExecReload= comes from ``procps``)
must be installed: these tests do not skip without it, CI installs it.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

from followup_sync import service_install as si

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_UNITS = ROOT / "followup_sync" / "units"
SHIPPED_UNITS = ROOT / "systemd"
KINDS = ("user", "system")

#: The lowest exposure reached (systemd 252, `systemd-analyze security --offline=true [--user]`).
#: A change that raises either makes the tests fail: lower these when you do better.
MAX_EXPOSURE = {"system": 1.2, "user": 1.4}


# --------------------------------------------------------------------------------------------- helpers


def analyze(*args: str, user: bool, runtime_dir: Path) -> subprocess.CompletedProcess[str]:
    program = shutil.which("systemd-analyze") or "/usr/bin/systemd-analyze"
    assert os.path.exists(program), (
        "systemd-analyze is missing: install the Debian package 'systemd' (apt-get install -y systemd procps)"
    )
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime_dir), "SYSTEMD_COLORS": "0", "SYSTEMD_PAGER": ""}
    command = [program, *(["--user"] if user else []), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)


@pytest.fixture()
def runtime_dir(tmp_path: Path) -> Path:
    """$XDG_RUNTIME_DIR for `systemd-analyze --user`, which refuses to start without one."""
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture()
def program(tmp_path: Path) -> str:
    """A real executable in a folder with a space, as a venv may be: verify checks ExecStart='s file."""
    script = tmp_path / "my apps" / "venv" / "bin" / "followup-sync"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\nexit 0\n")
    script.chmod(0o755)
    return str(script)


def odd_config(tmp_path: Path) -> Path:
    """A config whose folders need every kind of quoting, under /home so the user unit binds them."""
    config = tmp_path / "conf dir" / "config.yaml"
    config.parent.mkdir(parents=True)
    config.write_text(
        "state_dir: '/home/fs test/state 100%'\n"
        "calendar:\n"
        "  backend: local\n"
        "  local:\n"
        "    path: '/home/fs test/Calendars/work: \"main\"'\n"
        "    target: '/srv/followup sync/tasks'\n"
        "export:\n"
        "  dir: '/home/fs test/ics \\ out'\n",
        encoding="utf-8",
    )
    return config


def write_unit(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / si.UNIT_NAME
    path.write_text(text, encoding="utf-8")
    return path


def settings(text: str) -> dict[str, list[str]]:
    """``Key=value`` lines of a unit, every value of a repeated key in order (comments left out)."""
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith(("#", ";", "[")) and "=" in line:
            key, _, value = line.partition("=")
            found.setdefault(key, []).append(value)
    return found


def exposure(output: str) -> float:
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", output)
    assert match, output
    return float(match.group(1))


# --------------------------------------------------------------------------------------------- shipped files


@pytest.mark.parametrize("kind", KINDS)
def test_systemd_folder_is_an_identical_copy_of_the_package_data(kind: str) -> None:
    name = si.TEMPLATES[kind]
    package = (PACKAGE_UNITS / name).read_bytes()
    shipped = (SHIPPED_UNITS / name).read_bytes()
    assert shipped == package, f"systemd/{name} differs from followup_sync/units/{name}: edit the latter, then " \
                               f"cp followup_sync/units/{name} systemd/{name}"
    assert si.template_text(kind).encode("utf-8") == package  # what render_unit reads


def test_no_unit_without_its_copy() -> None:
    assert sorted(p.name for p in PACKAGE_UNITS.glob("*.service")) == sorted(si.TEMPLATES.values())
    assert sorted(p.name for p in SHIPPED_UNITS.glob("*.service")) == sorted(si.TEMPLATES.values())


def test_units_are_package_data() -> None:
    """A wheel must carry the templates, or install-service breaks outside a source checkout."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["followup_sync"]
    for name in si.TEMPLATES.values():
        assert any(fnmatch(f"units/{name}", pattern) for pattern in patterns), \
            f"add \"units/*.service\" to [tool.setuptools.package-data] followup_sync in pyproject.toml"


@pytest.mark.parametrize("kind", KINDS)
def test_template_renders_to_itself(kind: str) -> None:
    """The placeholder ExecStart= and the default paths block are exactly what rendering produces."""
    rendered = si.render_unit(kind, si.PLACEHOLDER_EXEC, None, install_paths=())
    assert rendered == si.template_text(kind)


@pytest.mark.parametrize("kind", KINDS)
def test_units_carry_the_required_settings(kind: str) -> None:
    values = settings(si.template_text(kind))
    expected = {
        "Type": ["notify"], "NotifyAccess": ["main"], "ExecReload": ["/bin/kill -HUP $MAINPID"],
        "Restart": ["on-failure"], "RestartSec": ["30"], "RestartPreventExitStatus": ["77 78"],
        "WatchdogSec": ["10min"], "TimeoutStopSec": ["20"], "NoNewPrivileges": ["yes"],
        "ProtectSystem": ["strict"], "PrivateTmp": ["yes"], "PrivateDevices": ["yes"], "PrivateUsers": ["yes"],
        "ProtectKernelTunables": ["yes"], "ProtectKernelModules": ["yes"], "ProtectKernelLogs": ["yes"],
        "ProtectControlGroups": ["yes"], "ProtectClock": ["yes"], "ProtectHostname": ["yes"],
        "ProtectProc": ["invisible"], "ProcSubset": ["pid"], "RestrictNamespaces": ["yes"],
        "RestrictRealtime": ["yes"], "RestrictSUIDSGID": ["yes"], "LockPersonality": ["yes"],
        "MemoryDenyWriteExecute": ["yes"], "SystemCallFilter": ["@system-service", "~@privileged @resources"],
        "SystemCallArchitectures": ["native"], "CapabilityBoundingSet": [""], "AmbientCapabilities": [""],
        "UMask": ["0077"], "RestrictAddressFamilies": ["AF_INET AF_INET6 AF_UNIX"], "RemoveIPC": ["yes"],
        "DevicePolicy": ["closed"], "MemoryHigh": ["384M"], "MemoryMax": ["512M"], "MemorySwapMax": ["0"],
        "CPUQuota": ["50%"],
    }
    for key, value in expected.items():
        assert values.get(key) == value, key
    assert len(values["ExecStart"]) == 1 and values["ExecStart"][0].endswith(" run")
    if kind == "system":
        assert values["User"] == ["followup-sync"]
        assert values["StateDirectory"] == ["followup-sync"]
        assert values["ConfigurationDirectory"] == ["followup-sync"]
        assert values["ProtectHome"] == ["yes"]
        assert values["WantedBy"] == ["multi-user.target"]
    else:
        assert "User" not in values  # User=%u fails with 216/GROUP in a systemd 252 user manager
        assert values["ProtectHome"] == ["tmpfs"]
        assert "%t/systemd/notify" in values["BindReadOnlyPaths"]  # else READY=1 cannot reach systemd
        assert values["WantedBy"] == ["default.target"]


# --------------------------------------------------------------------------------------------- systemd's verdicts


@pytest.mark.parametrize("kind", KINDS)
def test_verify_is_clean(kind: str, tmp_path: Path, runtime_dir: Path, program: str) -> None:
    for name, config in (("defaults", None), ("odd", odd_config(tmp_path))):
        unit = write_unit(tmp_path / name, si.render_unit(kind, program, config, install_paths=()))
        result = analyze("verify", "--recursive-errors=no", str(unit), user=kind == "user", runtime_dir=runtime_dir)
        assert (result.returncode, result.stdout + result.stderr) == (0, ""), unit.read_text()


def test_verify_notices_a_missing_program(tmp_path: Path, runtime_dir: Path) -> None:
    """The check above means something: a wrongly split ExecStart= path is reported."""
    unit = write_unit(tmp_path, si.render_unit("system", str(tmp_path / "no such" / "followup-sync"), None))
    result = analyze("verify", "--recursive-errors=no", str(unit), user=False, runtime_dir=runtime_dir)
    assert result.returncode != 0 and "not executable" in result.stderr


@pytest.mark.parametrize("kind", KINDS)
def test_security_exposure(kind: str, tmp_path: Path, runtime_dir: Path, program: str) -> None:
    unit = write_unit(tmp_path, si.render_unit(kind, program, None, install_paths=()))
    limit = MAX_EXPOSURE[kind]
    result = analyze("security", "--offline=true", f"--threshold={round(limit * 10)}", str(unit),
                     user=kind == "user", runtime_dir=runtime_dir)
    assert exposure(result.stdout) <= limit, result.stdout
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------------------------- rendering


def test_exec_start_quotes_a_venv_path_with_a_space() -> None:
    text = si.render_unit("user", "/home/al ex/my venv/bin/followup-sync", Path("/home/al ex/conf/config.yaml"),
                          install_paths=(), environ={"HOME": "/home/al ex"})
    assert settings(text)["ExecStart"] == [
        '"/home/al ex/my venv/bin/followup-sync" --config "/home/al ex/conf/config.yaml" run'
    ]


def test_exec_start_escapes_specifiers_variables_quotes_and_backslashes() -> None:
    line = si.exec_start("/opt/fs/bin/followup-sync", Path('/etc/100%/$HOME/a"b\\c/config.yaml'))
    assert line == 'ExecStart=/opt/fs/bin/followup-sync --config "/etc/100%%/$$HOME/a\\"b\\\\c/config.yaml" run'
    assert si.exec_start("/opt/fs/bin/followup-sync", None) == "ExecStart=/opt/fs/bin/followup-sync run"


def test_exec_start_of_the_module_fallback() -> None:
    line = si.exec_start("/usr/bin/python3 -m followup_sync", Path("/etc/followup-sync/config.yaml"))
    assert line == "ExecStart=/usr/bin/python3 -m followup_sync --config /etc/followup-sync/config.yaml run"


def test_paths_with_line_breaks_are_refused() -> None:
    with pytest.raises(si.InstallError, match="control character"):
        si.exec_start("/opt/fs/bin/followup-sync", Path("/etc/a\nb/config.yaml"))


def test_path_words() -> None:
    assert si.path_word("/home/a/state") == "/home/a/state"
    assert si.path_word("/home/a/my state", "-") == '-"/home/a/my state"'
    assert si.path_word("/home/a/b:c") == '"/home/a/b:c"'  # ':' separates BindPaths= source and target
    assert si.path_word("/home/a/100%") == "/home/a/100%%"


def test_user_unit_binds_what_the_config_names(tmp_path: Path) -> None:
    config = odd_config(tmp_path)
    installation = [Path("/home/fs test/.local/pipx/venvs/followup-sync"), Path("/usr")]
    values = settings(si.render_unit("user", "/usr/local/bin/followup-sync", config, install_paths=installation))
    assert values["BindReadOnlyPaths"] == [
        '-"/home/fs test/.local/pipx/venvs/followup-sync"',
        '-"/home/fs test/Calendars/work: \\"main\\""',
        "%t/systemd/notify",
    ]  # the config folder is under /tmp here: see test_paths_under_tmp_are_reported
    assert values["BindPaths"] == ['"/home/fs test/ics \\\\ out"', '"/home/fs test/state 100%%"']
    assert values["ReadWritePaths"] == ['"/srv/followup sync/tasks"']  # writable, outside the home folders
    assert values["ExecStartPre"] == [
        '+/bin/mkdir -p "/home/fs test/ics \\\\ out" "/home/fs test/state 100%%" "/srv/followup sync/tasks"'
    ]
    assert "-/usr" not in values["BindReadOnlyPaths"]  # ProtectSystem=strict leaves it readable


def test_nested_paths_are_bound_once(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("state_dir: /home/a/fs\ncalendar:\n  local:\n    path: /home/a/fs/calendar\n"
                      "    target: /home/a/fs/calendar\nexport:\n  dir: /home/a/fs/ics\n")
    values = settings(si.render_unit("user", "/usr/local/bin/followup-sync", config, install_paths=()))
    assert values["BindPaths"] == ["/home/a/fs"]
    assert values["BindReadOnlyPaths"] == ["%t/systemd/notify"]


def test_paths_under_tmp_are_reported(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(f"state_dir: {tmp_path}/state\ncalendar:\n  local:\n    path: {tmp_path}/cal\n")
    text, notes = si._render("user", "/usr/local/bin/followup-sync", config, environ={}, install_paths=())
    assert any("PrivateTmp" in note and "state_dir" in note for note in notes)
    assert str(tmp_path) not in "".join(settings(text).get("BindPaths", []))


def test_missing_or_broken_config_keeps_the_config_folder(tmp_path: Path) -> None:
    missing = Path("/home/nobody here/.config/followup-sync/config.yaml")
    text, notes = si._render("user", "/usr/local/bin/followup-sync", missing, environ={"HOME": "/home/nobody here"},
                             install_paths=())
    values = settings(text)
    assert values["BindReadOnlyPaths"][0] == '-"/home/nobody here/.config/followup-sync"'
    assert values["BindPaths"] == ['"/home/nobody here/.local/share/followup-sync/ics"',
                                   '"/home/nobody here/.local/state/followup-sync"']  # the config's defaults
    assert notes == []  # install() reports a missing config itself
    broken = tmp_path / "config.yaml"
    broken.write_text("calendar: [\n")
    _, notes = si._render("user", "/usr/local/bin/followup-sync", broken, environ={}, install_paths=())
    assert any("could not be read" in note and "YAML" in note for note in notes)


def test_google_config_without_a_token_asks_to_sign_in_first(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(f"state_dir: {tmp_path}/state\ncalendar:\n  backend: google\n")
    _, notes = si._render("user", "/usr/local/bin/followup-sync", config, environ={}, install_paths=())
    assert any(f"followup-sync --config {config} auth" in note for note in notes)


def test_system_unit_lists_only_writable_folders_outside_its_state(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("calendar:\n  local:\n    path: /srv/calendars\n    target: /srv/tasks\n")
    text, notes = si._render("system", "/opt/fs/bin/followup-sync", config, environ=None, install_paths=())
    values = settings(text)
    assert values["ReadWritePaths"] == ["/srv/tasks"]  # state_dir and export.dir default into $HOME = the state
    assert values["ExecStart"] == [f"/opt/fs/bin/followup-sync --config {config} run"]
    assert any("/srv/tasks" in note and "install -d" in note for note in notes)


# --------------------------------------------------------------------------------------------- install


def make_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "Calendars").mkdir(parents=True)
    config = home / ".config" / "followup-sync" / "config.yaml"
    config.parent.mkdir(parents=True)
    config.write_text("calendar:\n  backend: local\n  local:\n    path: ~/Calendars\n", encoding="utf-8")
    return home


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_install_user_writes_the_unit(tmp_path: Path) -> None:
    home = make_home(tmp_path)
    said: list[str] = []
    path = si.install("user", dry_run=False, config_path=None, home=home, say=said.append,
                      exec_path="/opt/fs/bin/followup-sync", environ={"HOME": str(home)})
    config = home / ".config" / "followup-sync" / "config.yaml"
    assert path == home / ".config" / "systemd" / "user" / "followup-sync.service"
    text = path.read_text("utf-8")
    assert text == si.render_unit("user", "/opt/fs/bin/followup-sync", config, environ={"HOME": str(home)})
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert settings(text)["ExecStart"] == [f"/opt/fs/bin/followup-sync --config {config} run"]
    output = "\n".join(said)
    for command in ("systemctl --user daemon-reload && systemctl --user enable --now followup-sync",
                    "loginctl enable-linger $USER", "journalctl --user -u followup-sync -f"):
        assert command in output
    assert not list(path.parent.glob(".*.tmp"))  # the atomic write left no temporary file


def test_install_dry_run_writes_nothing(tmp_path: Path) -> None:
    home = make_home(tmp_path)
    before = tree(tmp_path)
    said: list[str] = []
    path = si.install("user", dry_run=True, config_path=None, home=home, say=said.append,
                      exec_path="/opt/fs/bin/followup-sync", environ={"HOME": str(home)})
    assert tree(tmp_path) == before
    assert not path.exists()
    output = "\n".join(said)
    assert "dry run" in output and "[Service]" in output and "ExecStart=/opt/fs/bin/followup-sync --config" in output
    assert "systemctl --user enable --now followup-sync" in output


def test_install_user_passes_an_explicit_config(tmp_path: Path) -> None:
    home = make_home(tmp_path)
    config = tmp_path / "other place" / "fs.yaml"
    said: list[str] = []
    path = si.install("user", dry_run=False, config_path=config, home=home, say=said.append,
                      exec_path="/opt/fs/bin/followup-sync", environ={"HOME": str(home)})
    assert settings(path.read_text())["ExecStart"] == [f'/opt/fs/bin/followup-sync --config "{config}" run']
    assert any("does not exist yet" in line for line in said)


def test_install_system(tmp_path: Path) -> None:
    said: list[str] = []
    path = si.install("system", dry_run=False, config_path=None, home=tmp_path, say=said.append,
                      exec_path="/opt/fs/bin/followup-sync", unit_dir=tmp_path / "etc")
    assert path == tmp_path / "etc" / "followup-sync.service"
    values = settings(path.read_text())
    assert values["ExecStart"] == ["/opt/fs/bin/followup-sync --config /etc/followup-sync/config.yaml run"]
    assert values["User"] == ["followup-sync"]
    output = "\n".join(said)
    for command in ("useradd --system", "--home-dir /var/lib/followup-sync", "systemctl daemon-reload",
                    "systemctl enable --now followup-sync", "journalctl -u followup-sync -f"):
        assert command in output
    assert si.unit_path("system", tmp_path) == Path("/etc/systemd/system/followup-sync.service")


@pytest.mark.parametrize("exec_path, config", [
    ("/home/alex/venv/bin/followup-sync", None),
    ("/opt/fs/bin/followup-sync", Path("/root/config.yaml")),
])
def test_install_system_refuses_what_protecthome_hides(tmp_path: Path, exec_path: str, config: Path | None) -> None:
    with pytest.raises(si.InstallError, match="ProtectHome"):
        si.install("system", dry_run=True, config_path=config, home=tmp_path, say=lambda _: None,
                   exec_path=exec_path, unit_dir=tmp_path)
    assert not list(tmp_path.iterdir())


# --------------------------------------------------------------------------------------------- detect_exec


def test_detect_exec_prefers_the_script_beside_the_interpreter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").touch()
    script = bin_dir / "followup-sync"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    monkeypatch.setenv("PATH", "/nonexistent")
    assert si.detect_exec() == str(script)


def test_detect_exec_falls_back_to_path_then_the_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    on_path = tmp_path / "path"
    on_path.mkdir()
    monkeypatch.setenv("PATH", str(on_path))
    assert si.detect_exec() == f"{tmp_path / 'python'} -m followup_sync"
    script = on_path / "followup-sync"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert si.detect_exec() == str(script)


def test_installation_paths_include_the_running_interpreter() -> None:
    paths = si.installation_paths(si.detect_exec())
    assert Path(sys.prefix) in paths and Path(sys.base_prefix) in paths


def test_install_service_command_dry_run_through_the_cli(tmp_path: Path) -> None:
    import subprocess
    import sys

    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    result = subprocess.run([sys.executable, "-m", "followup_sync", "install-service", "--user", "--dry-run"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"# Would write {home}/.config/systemd/user/followup-sync.service" in result.stdout
    assert "ExecStart=" in result.stdout and " run" in result.stdout
    assert "systemctl --user daemon-reload && systemctl --user enable --now followup-sync" in result.stdout
    assert not (home / ".config" / "systemd").exists()
