"""A real bot process in webhook mode (`python -m bot run --webhook`) on a free local port, for
tests and benchmarks that need separate processes. It talks only to the Bot API at
`api_base_url` (a local fake) and runs in its own empty directory, so no stray `.env` leaks in."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bot.transport.local_api import LOCAL_TOKEN
from bot.transport.webhook import SECRET_HEADER

REPO = Path(__file__).resolve().parents[2]
SECRET = "test-webhook-secret-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class BotProcess:
    def __init__(
        self, *, database_url: str, api_base_url: str, env: dict[str, str] | None = None
    ) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._dir = tempfile.TemporaryDirectory(prefix="stillpoint-bot-")
        self._log = Path(self._dir.name) / "bot.log"
        self.env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(REPO),
            "TELEGRAM_BOT_TOKEN": LOCAL_TOKEN,
            "TELEGRAM_API_BASE_URL": api_base_url,
            "DATABASE_URL": database_url,
            "WEBHOOK_URL": "https://bot.example.org/telegram",
            "WEBHOOK_SECRET": SECRET,
            "WEBHOOK_LISTEN": "127.0.0.1",
            "WEBHOOK_PORT": str(self.port),
            "LOG_LEVEL": "WARNING",
            **(env or {}),
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> BotProcess:
        with self._log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run", "--webhook"],
                cwd=self._dir.name,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    # A bot compiles every safety and intent rule before it says it is healthy: about 20 s
    # of CPU now, and more on a shared machine, so the wait is long; the tests that time a
    # recovery count from the moment it is up, not from its start.
    def wait_healthy(self, timeout: float = 120.0) -> None:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"bot exited with {self.process.returncode}:\n{self.log()}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"bot did not become healthy:\n{self.log()}")

    def log(self) -> str:
        return self._log.read_text(errors="replace") if self._log.exists() else ""

    def terminate(self, timeout: float = 10.0) -> int:
        """SIGTERM, then the exit status (killed and -9 if it took longer than `timeout`)."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return int(self.process.returncode)

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._dir.cleanup()


def headers() -> dict[str, str]:
    return {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
