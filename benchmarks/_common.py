"""Shared pieces of the benchmarks: the machine line, FakeGoogle in its own process, calendars, configs.

``RemoteFake`` runs ``tests.fake_google.FakeGoogle`` in a separate process (multiprocessing,
*spawn*), so the CPU the fake server spends rendering JSON is not counted as the client's. It is
driven over a ``multiprocessing.connection`` control channel on 127.0.0.1 (authkey-protected),
which any process, including a worker subprocess, can connect to. The server also counts the
bytes of every HTTP request and response (status line + headers + body, no TLS) so benchmarks can
report traffic.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # so ``python benchmarks/x.py`` works as well as ``python -m benchmarks.x``
    sys.path.insert(0, str(ROOT))

NY = ZoneInfo("America/New_York")
#: The fixed "now" of the benchmarks that pass ``now`` to run_pass (a Tuesday morning).
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=NY)


# ----------------------------------------------------------------------------------- the machine


def machine() -> dict[str, str]:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    os_name = platform.system()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return {"cpu": cpu, "cores": str(os.cpu_count()), "ram": ram,
            "python": f"{platform.python_implementation()} {platform.python_version()}",
            "os": f"{os_name}, Linux {platform.release()}"}


def machine_line() -> str:
    m = machine()
    return f"machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM; {m['python']}; {m['os']}"


def header(title: str, inputs: dict[str, Any]) -> None:
    print(f"# {title}")
    print(machine_line())
    try:
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        load = "?"
    print(f"run at: {datetime.now().astimezone().isoformat(timespec='seconds')} (load average {load})")
    for key, value in inputs.items():
        print(f"input: {key} = {value}")
    print()


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A Markdown table (also readable as plain text)."""
    rows = [[_cell(c) for c in row] for row in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in rows)) if rows else len(str(h)) for i, h in enumerate(headers)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    out = [line(headers), "| " + " | ".join("-" * w for w in widths) + " |"]
    out += [line(r) for r in rows]
    return "\n".join(out)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        if value == 0:
            return "0"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 1:
            return f"{value:.2f}"
        return f"{value:.4f}" if abs(value) < 0.01 else f"{value:.3f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def kib(n: float) -> str:
    return f"{n / 1024:,.1f} KiB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.2f} MiB"


# ------------------------------------------------------------------------------ /proc readers


def proc_status(pid: int | str = "self") -> dict[str, int]:
    """VmRSS, VmHWM, ... in KiB from /proc/PID/status."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Vm") or line.startswith("Rss"):
            name, _, rest = line.partition(":")
            parts = rest.split()
            if parts and parts[0].isdigit():
                out[name] = int(parts[0])
    return out


def proc_cpu_seconds(pid: int | str = "self") -> float:
    """utime + stime of a process, from /proc/PID/stat."""
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2:].split()
    # fields[0] is field 3 (state); utime is field 14, stime field 15
    ticks = int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------- FakeGoogle in a process


def _kind(method: str, path: str) -> str:
    if path.endswith("/events") or path.endswith("/instances"):
        return {"GET": "list", "POST": "insert"}.get(method, method)
    if "/events/" in path:
        return {"GET": "get", "PUT": "update", "PATCH": "patch", "DELETE": "delete"}.get(method, method)
    return f"{method} {path}"


def _install_byte_counting() -> None:
    from tests import fake_google

    handler = fake_google._Handler
    original_send, original_flush = handler._send, handler.flush_headers

    def flush_headers(self: Any) -> None:
        entry = getattr(self, "_bench_entry", None)
        if entry is not None:  # counted before the bytes leave, so a fast client never races the count
            entry.resp_bytes = sum(len(b) for b in getattr(self, "_headers_buffer", []))
            self._bench_entry = None
        original_flush(self)

    def send(self: Any, entry: Any, *args: Any, **kwargs: Any) -> None:
        entry.req_bytes = (len(self.requestline) + 2 + len(str(self.headers))
                           + int(self.headers.get("Content-Length") or 0))
        self._bench_entry = entry
        original_send(self, entry, *args, **kwargs)

    handler.flush_headers = flush_headers
    handler._send = send


class _Control:
    """What the control channel can do with the fake (runs in the server process)."""

    def __init__(self, fake: Any) -> None:
        self.fake = fake

    def mark(self) -> int:
        return self.fake.mark()

    def stats(self, mark: int) -> dict[str, Any]:
        """The API requests since ``mark`` (``/token`` counted apart): count, by kind, bytes."""
        entries = self.fake.requests_since(mark)
        api = [e for e in entries if e.path != "/token"]
        kinds: dict[str, int] = {}
        for e in api:
            kind = _kind(e.method, e.path)
            kinds[kind] = kinds.get(kind, 0) + 1
        return {
            "requests": len(api), "kinds": kinds, "token_requests": len(entries) - len(api),
            "resp_bytes": sum(getattr(e, "resp_bytes", 0) for e in api),
            "req_bytes": sum(getattr(e, "req_bytes", 0) for e in api),
            "statuses": sorted({e.status for e in api if e.status is not None}),
            "calendars": sorted({e.path.split("/calendars/")[1].split("/")[0] for e in api if "/calendars/" in e.path}),
        }

    def user_insert(self, calendar_id: str, body: dict[str, Any]) -> dict[str, Any]:
        return self.fake.user_insert(calendar_id, body)

    def bulk_insert(self, calendar_id: str, bodies: list[dict[str, Any]]) -> list[str]:
        return [self.fake.user_insert(calendar_id, body)["id"] for body in bodies]

    def user_patch(self, calendar_id: str, event_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        return self.fake.user_patch(calendar_id, event_id, fields)

    def user_delete(self, calendar_id: str, event_id: str) -> None:
        self.fake.user_delete(calendar_id, event_id)

    def add_calendar(self, calendar_id: str, summary: str, time_zone: str) -> dict[str, Any]:
        return self.fake.add_calendar(calendar_id, summary, time_zone)

    def count(self, calendar_id: str = "primary", generated: bool = False) -> int:
        events = self.fake.events(calendar_id)
        if generated:
            events = [e for e in events
                      if (e.get("extendedProperties") or {}).get("private", {}).get("followupSync") == "1"]
        return len(events)

    def cpu(self) -> float:
        return time.process_time()

    def rss_kib(self) -> int:
        return proc_status().get("VmRSS", 0)


def _serve(conn: Connection, authkey: bytes, owner: str, time_zone: str) -> None:
    _install_byte_counting()
    from tests.fake_google import FakeGoogle

    fake = FakeGoogle(owner=owner, time_zone=time_zone)
    listener = Listener(("127.0.0.1", 0), authkey=authkey)
    control = _Control(fake)
    stop = threading.Event()

    def handle(channel: Connection) -> None:
        with channel:
            while True:
                try:
                    name, args, kwargs = channel.recv()
                except (EOFError, OSError):
                    return
                if name == "stop":
                    channel.send(("ok", None))
                    stop.set()
                    return
                try:
                    channel.send(("ok", getattr(control, name)(*args, **kwargs)))
                except Exception as error:  # reported to the caller, who raises it
                    channel.send(("err", f"{type(error).__name__}: {error}"))

    def accept() -> None:
        while not stop.is_set():
            try:
                channel = listener.accept()
            except OSError:
                return
            threading.Thread(target=handle, args=(channel,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    conn.send({"address": listener.address, "api_endpoint": fake.api_endpoint, "token_uri": fake.token_uri,
               "credentials": fake.credentials().to_json(), "pid": os.getpid()})
    stop.wait()
    fake.stop()
    listener.close()


class RemoteFake:
    """A FakeGoogle in its own process. ``RemoteFake()`` starts one; ``RemoteFake.connect(info)``
    attaches to a running one (from a worker process, given ``handle()``'s output)."""

    def __init__(self, owner: str = "alex@example.com", time_zone: str = "America/New_York", *,
                 _info: dict[str, Any] | None = None) -> None:
        self.process = None
        if _info is None:
            import multiprocessing

            ctx = multiprocessing.get_context("spawn")
            parent, child = ctx.Pipe()
            authkey = os.urandom(16)
            self.process = ctx.Process(target=_serve, args=(child, authkey, owner, time_zone), daemon=True,
                                       name="fake-google")
            self.process.start()
            if not parent.poll(60):
                self.process.kill()
                raise RuntimeError("the fake Google server did not start within 60 s")
            _info = {**parent.recv(), "authkey": authkey.hex()}
        self.info = _info
        self.api_endpoint: str = _info["api_endpoint"]
        self.token_uri: str = _info["token_uri"]
        self.credentials_json: str = _info["credentials"]
        self.pid: int = _info["pid"]
        self._conn = Client(tuple(_info["address"]), authkey=bytes.fromhex(_info["authkey"]))
        self._lock = threading.Lock()

    @classmethod
    def connect(cls, info: dict[str, Any]) -> RemoteFake:
        return cls(_info=info)

    def handle(self) -> str:
        return json.dumps(self.info)

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            self._conn.send((name, args, kwargs))
            status, value = self._conn.recv()
        if status != "ok":
            raise RuntimeError(f"fake google: {name}: {value}")
        return value

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args, **kwargs: self.call(name, *args, **kwargs)

    def close(self) -> None:
        self._conn.close()

    def stop(self) -> None:
        try:
            self.call("stop")
        except (OSError, EOFError, RuntimeError):
            pass
        self._conn.close()
        if self.process is not None:
            self.process.join(10)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(5)

    def __enter__(self) -> RemoteFake:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# ------------------------------------------------------------------------------------ configs


def build_service(api_endpoint: str, token_uri: str, credentials_json: str, timeout: float = 30.0) -> Any:
    """A real googleapiclient Calendar v3 service for the fake, built the way ``open_google`` builds it."""
    import google_auth_httplib2
    import httplib2
    from google.oauth2.credentials import Credentials
    from googleapiclient.discovery import build

    credentials = Credentials.from_authorized_user_info(json.loads(credentials_json)).with_token_uri(token_uri)
    http = google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=timeout))
    return build("calendar", "v3", http=http, client_options={"api_endpoint": api_endpoint},
                 static_discovery=True, cache_discovery=False)


def google_config(root: Path, api_endpoint: str, token_uri: str, credentials_json: str, *,
                  target: str | None = None, extra: str = "") -> Path:
    """A config (and token file) for the google backend against a fake; returns the config's path."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "state").mkdir(exist_ok=True)
    token = root / "state" / "token.json"
    token.write_text(credentials_json)
    token.chmod(0o600)
    config = root / "config.yaml"
    config.write_text(
        "timezone: America/New_York\n"
        f"state_dir: {root / 'state'}\n"
        "calendar:\n  backend: google\n  google:\n"
        f"    api_endpoint: {api_endpoint}\n    token_uri: {token_uri}\n"
        + (f"    target_calendar_id: {target}\n" if target else "")
        + f"export:\n  dir: {root / 'ics'}\n"
        "identity:\n  emails: [alex@example.com]\n  name: Alex Candidate\n" + extra,
        encoding="utf-8",
    )
    return config


# ---------------------------------------------------------------------------------- calendars

COMPANIES = ["Acme Corp", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises",
             "Cyberdyne", "Soylent", "Tyrell", "Wonka", "Gringotts", "Oscorp", "Vandelay", "Pied Piper",
             "Aperture", "Black Mesa", "Massive Dynamic", "Dunder Mifflin", "Prestige Worldwide"]
INTERVIEW_TITLES = ["Phone screen - {c}", "Interview at {c}", "Tech screen with {c}", "Onsite: {c}",
                    "Final round - {c}", "Hiring manager interview ({c})"]
FILLER_TITLES = ["Standup", "Team sync", "1:1 with Sam", "Lunch with Priya", "Dentist", "Gym", "Focus time",
                 "Sprint planning", "Retro", "Coffee with Jo", "Flight to SFO", "Book club", "Yoga",
                 "Pick up kids", "Quarterly review", "Design review", "Doctor", "Haircut", "Dinner at Mom's",
                 "Call the bank", "Car service", "Piano lesson", "Volunteer shift", "Project kickoff"]
LOREM = ("Agenda: status of the migration, open questions, next steps. Bring the numbers from last week. "
         "Dial-in: +1 555 0100, PIN 1234. Notes doc linked in the invite. ")


def interview_body(index: int, start: datetime, minutes: int = 45, *, rng: random.Random | None = None) -> dict:
    """A realistic interview event: a keyword title, details lines (some missing), a zone."""
    rng = rng or random.Random(index)
    company = COMPANIES[index % len(COMPANIES)] + ("" if index < len(COMPANIES) else f" {index // len(COMPANIES)}")
    lines = [f"Company: {company}", "Role: Backend Engineer"]
    if index % 3 != 2:  # a third lack interviewer details: they get a "record details" task
        slug = company.lower().replace(" ", "")
        lines.append(f"Interviewer: Jane Doe, Engineering Manager, jane@{slug}.example, +1 555 0100")
    if index % 2 == 0:
        lines.append(f"Decision: {(start + timedelta(days=10)).strftime('%m/%d')}")
    lines.append("Style: " + ("traditional" if index % 4 else "creative"))
    zone = start.tzinfo.key if isinstance(start.tzinfo, ZoneInfo) else "America/New_York"
    return {
        "summary": INTERVIEW_TITLES[index % len(INTERVIEW_TITLES)].format(c=company),
        "description": "\n".join(lines),
        "location": "Video call" if rng.random() < 0.6 else "123 Main St",
        "start": {"dateTime": start.isoformat(), "timeZone": zone},
        "end": {"dateTime": (start + timedelta(minutes=minutes)).isoformat(), "timeZone": zone},
        "attendees": [{"email": "alex@example.com", "self": True, "responseStatus": "accepted"},
                      {"email": f"recruiter{index}@hr.example", "displayName": "Recruiter"}],
    }


def filler_body(rng: random.Random, start: datetime) -> dict:
    """An ordinary calendar event: meetings, errands, some all-day, some with attendees and notes."""
    title = rng.choice(FILLER_TITLES)
    body: dict[str, Any] = {"summary": title}
    if rng.random() < 0.08:
        day = start.date()
        body["start"] = {"date": day.isoformat()}
        body["end"] = {"date": (day + timedelta(days=rng.choice([1, 1, 1, 2, 3]))).isoformat()}
    else:
        minutes = rng.choice([15, 30, 30, 30, 45, 60, 60, 90, 120])
        body["start"] = {"dateTime": start.isoformat(), "timeZone": "America/New_York"}
        body["end"] = {"dateTime": (start + timedelta(minutes=minutes)).isoformat(), "timeZone": "America/New_York"}
    if rng.random() < 0.35:
        body["description"] = LOREM * rng.randint(1, 4)
    if rng.random() < 0.3:
        body["location"] = rng.choice(["Room 4.01", "Zoom", "Google Meet", "Cafe Luna", "Home"])
    if rng.random() < 0.25:
        body["attendees"] = [{"email": "alex@example.com", "self": True, "responseStatus": "accepted"}] + [
            {"email": f"person{rng.randint(1, 500)}@work.example", "responseStatus": "needsAction"}
            for _ in range(rng.randint(1, 6))]
    return body


def business_slot(rng: random.Random, day: datetime) -> datetime:
    """A working-hours start on ``day``'s date (weekends moved to Monday)."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.replace(hour=rng.randint(8, 17), minute=rng.choice([0, 15, 30, 45]), second=0, microsecond=0)


def calendar(total: int, interviews: int, now: datetime, *, spread_days: int = 182,
             seed: int = 1) -> tuple[list[dict], list[int]]:
    """``total`` event bodies over now±spread_days, ``interviews`` of them interviews (evenly spread
    in time, at random positions in insertion order); returns the bodies and the interviews' positions."""
    rng = random.Random(seed)
    bodies = []
    for _ in range(total - interviews):
        offset = rng.uniform(-spread_days, spread_days)
        bodies.append(filler_body(rng, business_slot(rng, (now + timedelta(days=offset)).astimezone(NY))))
    for i in range(interviews):
        offset = -spread_days + (2 * spread_days) * (i + 0.5) / interviews
        start = business_slot(rng, (now + timedelta(days=offset)).astimezone(NY))
        position = rng.randint(0, len(bodies))
        bodies.insert(position, interview_body(i, start, rng=rng))
    return bodies, [i for i, b in enumerate(bodies) if b.get("description", "").startswith("Company: ")]
