"""The ``followup-sync`` command line: parse arguments, load the config, run one pass, print.

Every expected failure is printed as one plain message with a sysexits code (78 config, 77 auth,
75 temporary); tracebacks are for bugs only.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from followup_sync import __version__

EX_OK, EX_CANTCREAT, EX_IOERR, EX_TEMPFAIL, EX_CONFIG = 0, 73, 74, 75, 78


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup-sync",
        description="Turns job-interview events into follow-up tasks in your calendar and .ics files.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--config", metavar="PATH",
                        help="config file (default: $FOLLOWUP_SYNC_CONFIG, else ~/.config/followup-sync/config.yaml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="show debug logs and every task left as it is")
    parser.add_argument("--now", metavar="ISO-TIME", type=_parse_now,
                        help="plan as if the clock read this time, e.g. 2026-12-01T08:00 (for trying the examples)")
    # -v also works after the command ("followup-sync sync -v"), as users type it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sync = commands.add_parser("sync", parents=[common],
                               help="plan follow-ups and write them to the calendar, then export .ics")
    sync.add_argument("--dry-run", action="store_true", help="print what would change and write nothing")
    export = commands.add_parser("export", parents=[common],
                                 help="write the generated tasks as .ics files without syncing")
    export.add_argument("--out", metavar="DIR", type=Path, help="folder for the .ics files (default: export.dir)")
    auth = commands.add_parser("auth", parents=[common], help="sign in to Google Calendar (once)")
    auth.add_argument("--no-browser", action="store_true",
                      help="print the sign-in address instead of opening a browser (headless servers)")
    auth.add_argument("--port", type=int, default=None, metavar="N",
                      help="local port for Google's redirect (default: any free port; 8765 with --no-browser)")
    install = commands.add_parser("install-service", parents=[common],
                                  help="write the systemd unit for this installation and print the next commands")
    scope = install.add_mutually_exclusive_group()
    scope.add_argument("--user", dest="kind", action="store_const", const="user", default="user",
                       help="a user service: systemctl --user (default)")
    scope.add_argument("--system", dest="kind", action="store_const", const="system",
                       help="a system service for a dedicated account")
    install.add_argument("--dry-run", action="store_true", help="print the unit and the commands, write nothing")
    commands.add_parser("run", parents=[common],
                        help="run as a service: a pass now and every service.poll_interval seconds")
    commands.add_parser("status", parents=[common], help="each interview, its details, its tasks and the next action")
    explain = commands.add_parser("explain", parents=[common],
                                  help="why each event is, might be, or is not an interview")
    explain.add_argument("query", nargs="?", metavar="QUERY",
                         help="only events whose title contains this (any date read), else the planning window")
    explain.add_argument("--all", action="store_true", help="also the events judged not to be interviews")
    explain.add_argument("--json", action="store_true", help="machine-readable output (schema in README)")
    commands.add_parser("check", parents=[common], help="validate the config file and exit (78 when it is wrong)")
    return parser


def _parse_now(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date-time: {text!r} (e.g. 2026-12-01T08:00)") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from followup_sync import logs

    logs.setup(args.verbose, os.environ)
    from followup_sync.backends.base import BackendError
    from followup_sync.config import ConfigError

    try:
        return _run(args)
    except ConfigError as error:
        print(f"config error: {error}", file=sys.stderr)
        return error.exit_code
    except BackendError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    except OSError as error:
        # A folder that cannot be written or read (state, export, target): the message says which.
        print(f"error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return EX_IOERR
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    from followup_sync.config import config_path, load_config

    if args.command == "install-service":
        # Before the config is loaded: the unit can be written (and the config created) in any order.
        from followup_sync.service_install import InstallError, install

        try:
            install(args.kind, dry_run=args.dry_run, config_path=Path(args.config) if args.config else None,
                    home=Path.home(), say=print)
        except InstallError as error:
            print(f"error: {error}", file=sys.stderr)
            return error.exit_code
        return EX_OK

    config = load_config(config_path(args.config, os.environ), os.environ)
    if args.command == "check":
        print(f"{config.source}: ok ({config.calendar.backend} calendar)")
        return EX_OK
    if args.command == "run":
        from followup_sync import daemon

        return daemon.main(config, config.source or config_path(args.config, os.environ), os.environ)
    if args.command == "auth":
        from followup_sync.google import auth
        from followup_sync.state import AUTH_LOCK_WAIT, writer_lock

        port = args.port if args.port is not None else (8765 if args.no_browser else 0)
        auth.sign_in(config.calendar.google.client_secret_file, config.google_token_file,
                     open_browser=not args.no_browser, port=port, say=print,
                     guard=lambda: writer_lock(config.state_dir, AUTH_LOCK_WAIT))
        return EX_OK

    from followup_sync import report
    from followup_sync.backends import open_backend
    from followup_sync.service import export_tasks, resolve_zone, run_pass

    now = args.now or datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=ZoneInfo(resolve_zone(config, None)))
    backend = open_backend(config, read_only=args.command in ("status", "explain") or getattr(args, "dry_run", False))

    if args.command == "sync":
        result = run_pass(config, backend, now, dry_run=args.dry_run)
        print("\n".join(report.sync_lines(result, verbose=args.verbose)))
        if result.export_error:
            return EX_CANTCREAT
        return EX_TEMPFAIL if result.failed else EX_OK
    result = run_pass(config, backend, now, dry_run=True)
    if args.command == "status":
        from followup_sync.daemon import read_status

        print("\n".join(report.status_lines(result) + report.service_lines(read_status(config.state_dir))))
        return EX_OK
    if args.command == "explain":
        import json

        from followup_sync import explain

        found = explain.explain(result, config.detection, config.rules, config.identity, args.query, args.all)
        if args.json:
            print(json.dumps(explain.document(found, result), ensure_ascii=False, indent=2))
        else:
            print("\n".join(explain.lines(found, result)))
        return EX_OK
    # export: what the calendar holds now, written as it is, without syncing
    out = args.out or config.export.dir
    paths = export_tasks(config, result, out)
    print(f"Exported {len(result.existing)} tasks to {len(paths)} files in {out}")
    return EX_OK
