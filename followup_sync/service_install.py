"""``followup-sync install-service``: write the systemd unit that runs ``followup-sync run``.

The unit texts are package data (``followup_sync/units/*.service``); ``systemd/`` in the source tree
holds identical copies for people who install by hand, and a test keeps them equal. Rendering
changes two things in a template and nothing else:

* the ``ExecStart=`` line: the real ``followup-sync`` of this installation and ``--config <path>``,
  quoted by systemd's rules (spaces, quotes, backslashes, ``%`` specifiers, ``$`` variables);
* the block between ``# >>> paths`` and ``# <<< paths``: the folders the sandbox must let the
  service see. The user unit hides every home folder (``ProtectHome=tmpfs``), so it binds back the
  config folder, the local calendar, the writable folders the config names and the Python
  installation when that lives in a home folder; the system unit only lists writable folders
  outside its state directory.

Rendering the template with its own placeholder and no config gives the template back unchanged.
"""

from __future__ import annotations

import os
import shlex
import shutil
import site
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

from followup_sync.fsutil import atomic_write

Kind = Literal["user", "system"]

UNIT_NAME = "followup-sync.service"
#: Template file (package data in ``followup_sync/units/``) for each kind.
TEMPLATES: dict[str, str] = {"user": "followup-sync.service", "system": "followup-sync-system.service"}
#: What the shipped templates run; rendering replaces it.
PLACEHOLDER_EXEC = "/usr/local/bin/followup-sync"

SYSTEM_UNIT_DIR = Path("/etc/systemd/system")
SYSTEM_ACCOUNT = "followup-sync"
SYSTEM_STATE_DIR = Path("/var/lib/followup-sync")
SYSTEM_CONFIG = Path("/etc/followup-sync/config.yaml")

BEGIN_PATHS = "# >>> paths"
END_PATHS = "# <<< paths"
_PATHS_HEADER = (
    "# >>> paths: written by `followup-sync install-service` from your config"
    " (re-run it after changing paths there)"
)
_USER_READ_COMMENT = (
    "# Read-only, else hidden by ProtectHome=tmpfs: the config folder, the local calendar, the installation."
)
_USER_WRITE_COMMENT = (
    "# Writable: state_dir, export.dir and the calendar or token folders. mkdir runs unsandboxed (+)\n"
    "# so that each exists before it is bound."
)
_SYSTEM_WRITE_COMMENT = (
    "# Writable: only the state directory, unless the config names folders elsewhere (listed here)."
)

#: What ``ProtectHome=`` hides (``tmpfs`` empties them, ``yes`` makes them inaccessible).
HOME_ROOTS = (Path("/home"), Path("/root"), Path("/run/user"))
#: What ``PrivateTmp=`` replaces with the service's own empty folders.
PRIVATE_TMP_ROOTS = (Path("/tmp"), Path("/var/tmp"))

# The config's defaults, as the user template spells them (%h is the user's home).
_USER_DEFAULT_READ = ("%h/.config/followup-sync",)
_USER_DEFAULT_WRITE = ("%h/.local/state/followup-sync", "%h/.local/share/followup-sync")

Say = Callable[[str], None]


class InstallError(Exception):
    """The unit cannot be written or could never start; the message says what to do instead."""

    def __init__(self, message: str, exit_code: int = 64) -> None:  # 64: EX_USAGE
        super().__init__(message)
        self.exit_code = exit_code


# --------------------------------------------------------------------------------------------- templates


def template_text(kind: Kind) -> str:
    """The shipped unit text of ``kind``, read from the package data."""
    return resources.files("followup_sync").joinpath("units", TEMPLATES[kind]).read_text("utf-8")


def unit_path(kind: Kind, home: Path) -> Path:
    """Where ``install`` writes the unit of ``kind``."""
    if kind == "user":
        return home / ".config" / "systemd" / "user" / UNIT_NAME
    return SYSTEM_UNIT_DIR / UNIT_NAME


# --------------------------------------------------------------------------------------------- quoting


def _check_printable(text: str) -> None:
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text):
        raise InstallError(f"{text!r} contains a control character (such as a line break); "
                           "a systemd unit cannot name it: rename or move it")


def _quote(word: str, specials: str) -> str:
    """``word`` as one systemd word: ``%`` doubled (specifiers), double-quoted when needed."""
    _check_printable(word)
    word = word.replace("%", "%%")
    if word and not any(ch.isspace() or ch in specials for ch in word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def exec_word(word: str) -> str:
    """One argument of an ``Exec*=`` line: ``$`` is doubled too, as systemd expands ``$VAR`` there."""
    return _quote(word.replace("$", "$$"), "\"'\\;")


def path_word(path: str | Path, prefix: str = "") -> str:
    """One path of ``BindPaths=``/``ReadWritePaths=`` (``:`` separates bind source and target).

    ``prefix`` (``-``: ignore a missing path) goes outside the quotes; systemd joins the two.
    """
    return prefix + _quote(str(path), "\"'\\:")


def _exec_argv(exec_path: str) -> list[str]:
    """``detect_exec``'s answer as argv: a script path, or ``<python> -m followup_sync``."""
    suffix = " -m followup_sync"
    if exec_path.endswith(suffix) and not os.path.exists(exec_path):
        return [exec_path[: -len(suffix)], "-m", "followup_sync"]
    return [exec_path]


def exec_start(exec_path: str, config_path: Path | None) -> str:
    """The ``ExecStart=`` line that runs the daemon."""
    argv = _exec_argv(exec_path)
    if not os.path.isabs(argv[0]):
        raise InstallError(f"ExecStart= needs an absolute path, not {argv[0]!r}")
    if config_path is not None:
        argv += ["--config", str(config_path)]
    return "ExecStart=" + " ".join(exec_word(word) for word in [*argv, "run"])


# --------------------------------------------------------------------------------------------- paths


@dataclass(frozen=True)
class Access:
    """A path the service needs, and whether it writes there."""

    path: Path
    writable: bool
    why: str = ""


@dataclass
class UnitPaths:
    """What the paths block grants, plus remarks for the person installing."""

    access: list[Access] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _roots(roots: Iterable[Path]) -> list[Path]:
    found = []
    for root in roots:
        found.append(root)
        real = Path(os.path.realpath(root))
        if real != root:
            found.append(real)
    return found


def _under(path: Path, roots: Iterable[Path]) -> bool:
    candidates = {Path(os.path.abspath(path)), Path(os.path.realpath(path))}
    return any(c == r or r in c.parents for c in candidates for r in _roots(roots))


def _collapse(access: Iterable[Access]) -> list[Access]:
    """Drop paths that a broader entry already grants (a writable parent covers everything below)."""
    items = sorted({(Path(os.path.abspath(a.path)), a.writable): a for a in access}.values(),
                   key=lambda a: (len(Path(os.path.abspath(a.path)).parts), not a.writable))
    kept: list[Access] = []
    for item in items:
        path = Path(os.path.abspath(item.path))
        covered = any(
            (path == Path(os.path.abspath(k.path)) or Path(os.path.abspath(k.path)) in path.parents)
            and (k.writable or not item.writable)
            for k in kept
        )
        if not covered:
            kept.append(item)
    return sorted(kept, key=lambda a: str(a.path))


def _readable_folder(path: Path) -> Path:
    """A file is bound through its folder, so an editor's save-by-rename stays visible."""
    return path if path.is_dir() or not path.exists() else path.parent


def installation_paths(exec_path: str) -> list[Path]:
    """The folders the running installation of followup-sync is read from.

    The interpreter and its prefix, the virtual environment, the site-packages folders, the source
    tree of an editable install, and the ``followup-sync`` script itself (a pipx script is a
    symlink into its venv).
    """
    import followup_sync

    paths = {Path(sys.prefix), Path(sys.exec_prefix), Path(sys.base_prefix), Path(sys.base_exec_prefix),
             Path(followup_sync.__file__).resolve().parent.parent}
    if sys.executable:
        paths.add(Path(os.path.realpath(sys.executable)).parent.parent)
    for folder in [*site.getsitepackages(), site.getusersitepackages()]:
        if os.path.isdir(folder) and folder in sys.path:
            paths.add(Path(folder))
    program = Path(_exec_argv(exec_path)[0])
    for script in {Path(os.path.abspath(program)), Path(os.path.realpath(program))}:
        paths.add(script)
        venv = script.parent.parent
        config = venv / "pyvenv.cfg"
        if config.is_file():
            paths.add(venv)
            for line in config.read_text("utf-8", errors="replace").splitlines():
                key, _, value = line.partition("=")
                if key.strip() == "home" and value.strip():
                    paths.add(Path(value.strip()).parent)
    return sorted(paths, key=str)


def _config_environ(kind: Kind, environ: Mapping[str, str] | None) -> dict[str, str]:
    """The environment the service will expand the config's ``~`` and ``$VARS`` with."""
    if kind == "system":
        state = str(SYSTEM_STATE_DIR)
        return {"HOME": state, "USER": SYSTEM_ACCOUNT, "LOGNAME": SYSTEM_ACCOUNT, "STATE_DIRECTORY": state,
                "CONFIGURATION_DIRECTORY": str(SYSTEM_CONFIG.parent), "PATH": "/usr/local/bin:/usr/bin:/bin"}
    return dict(os.environ if environ is None else environ)


def config_paths(kind: Kind, config_path: Path, environ: Mapping[str, str] | None = None) -> UnitPaths:
    """The paths the config at ``config_path`` makes the service read and write."""
    from followup_sync.config import DEFAULT_EXPORT_DIR, DEFAULT_STATE_DIR, ConfigError, expand_path, load_config

    env = _config_environ(kind, environ)
    result = UnitPaths([Access(config_path.parent, False, "config folder")])
    # Until the config can be read, the unit grants the folders its defaults use.
    try:
        defaults = [Access(expand_path(DEFAULT_STATE_DIR, env, None), True, "state_dir"),
                    Access(expand_path(DEFAULT_EXPORT_DIR, env, None), True, "export.dir")]
    except ValueError:  # no $HOME at all: nothing sensible to grant
        defaults = []
    if not config_path.exists():
        result.access += defaults  # install() says so; the service reports it too (exit 78)
        return result
    try:
        config = load_config(config_path, env)
    except ConfigError as error:
        result.access += defaults
        result.notes.append(
            f"{config_path} could not be read, so the unit grants only the default folders "
            f"(run install-service again once it works):\n{error}"
        )
        return result
    result.access += [Access(config.state_dir, True, "state_dir"), Access(config.export.dir, True, "export.dir")]
    if config.calendar.backend == "local":
        if config.calendar.local.path is not None:
            result.access.append(Access(_readable_folder(config.calendar.local.path), False, "calendar.local.path"))
        result.access.append(Access(config.local_target, True, "calendar.local.target"))
    else:
        result.access.append(Access(config.google_token_file.parent, True, "google token folder"))
        if kind == "user" and not config.google_token_file.exists():
            result.notes.append(f"sign in to Google before starting (the service cannot open a browser): "
                                f"followup-sync --config {shlex.quote(str(config_path))} auth")
    return result


# --------------------------------------------------------------------------------------------- blocks


def _user_block(paths: UnitPaths, config_path: Path | None, install: Sequence[Path]) -> list[str]:
    """The user unit's paths block: binds for what lies in a home folder, ReadWritePaths= for the rest."""
    lines = [_PATHS_HEADER]
    installation = [Access(p, False, "the followup-sync installation") for p in install]
    read: list[str] = []  # BindReadOnlyPaths= words
    bind: list[str] = []  # BindPaths= words
    outside: list[str] = []  # ReadWritePaths= words
    mkdir: list[str] = []  # ExecStartPre=+/bin/mkdir -p words: every writable folder
    if config_path is None:  # the template: the config's defaults, spelled with %h
        read += [f"-{p}" for p in _USER_DEFAULT_READ]
        bind += _USER_DEFAULT_WRITE
        mkdir += _USER_DEFAULT_WRITE
        granted = [a for a in _collapse(installation) if _under(a.path, HOME_ROOTS)]
    else:
        lines.append(f"# From {config_path}")
        granted = _collapse([*paths.access, *installation])
    for item in granted:
        if _under(item.path, PRIVATE_TMP_ROOTS):
            paths.notes.append(f"{item.why} is {item.path}, under /tmp or /var/tmp, which the service "
                               "cannot see (PrivateTmp=yes): move it")
        elif not item.writable:
            if _under(item.path, HOME_ROOTS):  # elsewhere ProtectSystem=strict leaves it readable
                read.append(path_word(item.path, "-"))
        else:
            (bind if _under(item.path, HOME_ROOTS) else outside).append(path_word(item.path))
            mkdir.append(exec_word(str(item.path)))
    lines.append(_USER_READ_COMMENT)
    lines += [f"BindReadOnlyPaths={word}" for word in read]
    lines.append(_USER_WRITE_COMMENT)
    if mkdir:
        lines.append("ExecStartPre=+/bin/mkdir -p " + " ".join(mkdir))
    lines += [f"BindPaths={word}" for word in bind]
    lines += [f"ReadWritePaths={word}" for word in outside]
    lines.append(END_PATHS)
    return lines


def _system_block(paths: UnitPaths, config_path: Path | None) -> list[str]:
    lines = [_PATHS_HEADER]
    extra: list[str] = []
    if config_path is not None and config_path != SYSTEM_CONFIG:
        lines.append(f"# From {config_path}")
    for item in _collapse(paths.access):
        if _under(item.path, HOME_ROOTS):
            paths.notes.append(f"{item.why or 'a path'} is {item.path}, in a home folder, which the system service "
                               "cannot see (ProtectHome=yes): move it, e.g. under /var/lib/followup-sync")
        elif _under(item.path, PRIVATE_TMP_ROOTS):
            paths.notes.append(f"{item.why or 'a path'} is {item.path}, under /tmp or /var/tmp, which the "
                               "service cannot see (PrivateTmp=yes): move it")
        elif item.writable and not _under(item.path, [SYSTEM_STATE_DIR]):
            extra.append(path_word(item.path))
            paths.notes.append(f"{item.why} {item.path} must exist and be writable by {SYSTEM_ACCOUNT} "
                               f"(install -d -o {SYSTEM_ACCOUNT} -m 0700 {item.path})")
    lines.append(_SYSTEM_WRITE_COMMENT)
    lines += [f"ReadWritePaths={word}" for word in extra]
    lines.append(END_PATHS)
    return lines


# --------------------------------------------------------------------------------------------- render


def _replace(text: str, exec_line: str, block: list[str]) -> str:
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("ExecStart=")]
    begin = [i for i, line in enumerate(lines) if line.startswith(BEGIN_PATHS)]
    end = [i for i, line in enumerate(lines) if line.startswith(END_PATHS)]
    if len(starts) != 1 or len(begin) != 1 or len(end) != 1 or begin[0] > end[0]:
        raise InstallError("the unit template lacks its ExecStart= line or its paths markers", exit_code=70)
    lines[starts[0]] = exec_line
    lines[begin[0]: end[0] + 1] = block
    return "\n".join(lines) + "\n"


def _render(kind: Kind, exec_path: str, config_path: Path | None, *, environ: Mapping[str, str] | None,
            install_paths: Sequence[Path] | None) -> tuple[str, list[str]]:
    if kind not in TEMPLATES:
        raise InstallError(f"unknown unit kind {kind!r} (user or system)")
    if config_path is not None:
        config_path = Path(os.path.abspath(config_path))
    install = installation_paths(exec_path) if install_paths is None else list(install_paths)
    paths = config_paths(kind, config_path, environ) if config_path is not None else UnitPaths()
    if kind == "user":
        block = _user_block(paths, config_path, install)
    else:
        block = _system_block(paths, config_path)
    # The system unit always names its config: the account's home holds no config.
    shown = SYSTEM_CONFIG if kind == "system" and config_path is None else config_path
    return _replace(template_text(kind), exec_start(exec_path, shown), block), paths.notes


def render_unit(kind: Kind, exec_path: str, config_path: Path | None, *,
                environ: Mapping[str, str] | None = None, install_paths: Sequence[Path] | None = None) -> str:
    """The unit text of ``kind`` running ``exec_path`` (``--config config_path`` when given).

    With a config path, the config is read (expanding ``~`` and ``$VARS`` with ``environ``, default
    ``os.environ``; the system unit uses the service account's environment) to list the folders
    the service needs in the paths block. ``install_paths`` are the folders of the followup-sync
    installation (default: those of the running interpreter and of ``exec_path``); the user unit
    binds those that lie in a home folder.
    """
    return _render(kind, exec_path, config_path, environ=environ, install_paths=install_paths)[0]


# --------------------------------------------------------------------------------------------- install


def detect_exec() -> str:
    """The ``followup-sync`` of the running installation, as an absolute path.

    The script next to the interpreter (a venv or pipx), else the first on ``PATH``, else
    ``<python> -m followup_sync``.
    """
    python = sys.executable
    if python:
        beside = Path(python).parent / "followup-sync"
        if beside.is_file() and os.access(beside, os.X_OK):
            return os.path.abspath(beside)
    found = shutil.which("followup-sync")
    if found:
        return os.path.abspath(found)
    return f"{os.path.abspath(python or 'python3')} -m followup_sync"


def _commands(kind: Kind, config_path: Path, exec_path: str) -> list[str]:
    if kind == "user":
        return [
            "systemctl --user daemon-reload && systemctl --user enable --now followup-sync",
            "loginctl enable-linger $USER    # keep it running when you are not logged in",
            "journalctl --user -u followup-sync -f",
        ]
    # Shell commands: quoted for the shell, not by systemd's rules.
    as_account = f"sudo -u {SYSTEM_ACCOUNT} HOME={SYSTEM_STATE_DIR} " + shlex.join(
        [*_exec_argv(exec_path), "--config", str(config_path)])
    return [
        f"useradd --system --user-group --home-dir {SYSTEM_STATE_DIR} --no-create-home "
        f"--shell /usr/sbin/nologin {SYSTEM_ACCOUNT}",
        f"install -d -o {SYSTEM_ACCOUNT} -m 0700 {SYSTEM_STATE_DIR}",
        f"{as_account} check",
        f"{as_account} auth --no-browser    # Google calendars only",
        "systemctl daemon-reload && systemctl enable --now followup-sync",
        "journalctl -u followup-sync -f",
    ]


def install(kind: Kind, *, dry_run: bool, config_path: Path | None, home: Path, say: Say,
            exec_path: str | None = None, environ: Mapping[str, str] | None = None,
            unit_dir: Path | None = None) -> Path:
    """Write the unit of ``kind`` (atomically) and tell ``say`` what to run next; return its path.

    ``config_path`` defaults to the config the CLI would use (user) or /etc/followup-sync/config.yaml
    (system); the unit always passes it as ``--config``, since a user manager does not see
    ``$FOLLOWUP_SYNC_CONFIG`` from your shell. ``dry_run`` prints the unit and writes nothing.
    ``environ`` defaults to ``os.environ`` with ``HOME=home``; ``unit_dir`` overrides where the unit
    goes (~/.config/systemd/user or /etc/systemd/system).
    """
    from followup_sync.config import config_path as default_config_path

    env = dict(os.environ if environ is None else environ)
    if kind == "user":
        env["HOME"] = str(home)
    exec_path = exec_path or detect_exec()
    if config_path is None:
        config_path = default_config_path(None, env) if kind == "user" else SYSTEM_CONFIG
    config_path = Path(os.path.abspath(config_path))
    if kind == "system":
        for what, path in (("followup-sync", Path(_exec_argv(exec_path)[0])), ("the config", config_path)):
            if _under(path, HOME_ROOTS):
                raise InstallError(
                    f"{what} is at {path}, in a home folder, which the system service cannot see "
                    "(ProtectHome=yes): install followup-sync outside /home and /root, e.g. "
                    "python3 -m venv /opt/followup-sync && /opt/followup-sync/bin/pip install followup-sync, "
                    f"and put the config in {SYSTEM_CONFIG}"
                )
    text, notes = _render(kind, exec_path, config_path, environ=env, install_paths=None)
    target = (unit_dir if unit_dir is not None else unit_path(kind, home).parent) / UNIT_NAME
    if not config_path.exists():
        notes.insert(0, f"{config_path} does not exist yet: create it (from config.example.yaml), then run "
                        "install-service again so that the unit grants the folders it names")

    if dry_run:
        say(f"# Would write {target} (dry run: nothing written)")
        say(text.rstrip("\n"))
    else:
        try:
            atomic_write(target, text.encode("utf-8"), mode=0o644)
        except PermissionError as error:
            hint = " (run it with sudo)" if kind == "system" else ""
            raise InstallError(f"cannot write {target}: {error.strerror}{hint}", exit_code=73) from None
        except OSError as error:
            raise InstallError(f"cannot write {target}: {error.strerror or error}", exit_code=73) from None
        say(f"Wrote {target}")
    for note in notes:
        say(f"Note: {note}")
    say("Next:" if not dry_run else "Then:")
    for command in _commands(kind, config_path, exec_path):
        say(f"  {command}")
    return target
