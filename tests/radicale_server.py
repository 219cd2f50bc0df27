"""A throw-away Radicale CalDAV server on 127.0.0.1 for interoperability tests.

``RadicaleServer(folder).start()`` writes a config into ``folder`` (filesystem storage under it,
``auth = none`` so any user name logs in, ``rights = owner_only``), runs ``python -m radicale`` as
a subprocess on a free loopback port and returns once Radicale has logged that it listens *and*
answers an HTTP request. A port taken by someone else between choosing and binding makes Radicale
exit or log a bind failure; then another port is tried. Everything is bounded in time; ``stop()``
terminates (then kills) the process. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import http.client
import importlib.util
import socket
import subprocess
import sys
import time
from pathlib import Path

HOST = "127.0.0.1"
START_TIMEOUT = 20.0  # seconds for one start attempt (Radicale starts in well under a second)
ATTEMPTS = 4


class RadicaleError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _answers(port: int) -> bool:
    """Radicale (not just any listener) answers on the port: OPTIONS / gives a DAV header."""
    conn = http.client.HTTPConnection(HOST, port, timeout=2)
    try:
        conn.request("OPTIONS", "/")
        response = conn.getresponse()
        response.read()
        return "calendar-access" in (response.getheader("DAV") or "")
    except OSError:
        return False
    finally:
        conn.close()


class RadicaleServer:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.port: int | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = self.folder / "radicale.log"

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"

    def log(self) -> str:
        try:
            return self.log_path.read_text("utf-8", "replace")
        except OSError:
            return ""

    def _config(self, port: int) -> Path:
        storage = self.folder / "collections"
        storage.mkdir(parents=True, exist_ok=True)
        config = self.folder / "radicale.conf"
        config.write_text(
            "[server]\n"
            f"hosts = {HOST}:{port}\n"
            "timeout = 10\n"
            "[auth]\n"
            "type = none\n"
            "[rights]\n"
            "type = owner_only\n"
            "[storage]\n"
            f"filesystem_folder = {storage}\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = info\n",
            encoding="utf-8",
        )
        return config

    def start(self) -> RadicaleServer:
        if importlib.util.find_spec("radicale") is None:
            raise RadicaleError("Radicale is not installed: pip install radicale (it is in the 'test' extra)")
        problems = []
        for _ in range(ATTEMPTS):
            port = free_port()
            if self._start_once(port):
                return self
            problems.append(f"port {port}:\n{self.log()[-2000:]}")
        raise RadicaleError("Radicale did not start:\n" + "\n".join(problems))

    def _start_once(self, port: int) -> bool:
        config = self._config(port)
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            text = self.log()
            if "cannot create server socket" in text or "No servers started" in text:
                break
            if f"Listening on '{HOST}:{port}'" in text and _answers(port):
                self.port = port
                return True
            time.sleep(0.05)
        self.stop()
        return False

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

    def __enter__(self) -> RadicaleServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
