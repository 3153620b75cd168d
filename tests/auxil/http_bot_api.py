"""The local Bot API behind a real HTTP server on 127.0.0.1, for bot processes started as
subprocesses (point them at it with TELEGRAM_API_BASE_URL=<base_url>). Runs in a thread with
its own event loop, so a test may block on a subprocess while the bots keep talking to it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.transport.local_api import LocalBotApi
from tests.auxil.workload import SharedApi


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# Form fields PTB sends JSON-encoded; everything else stays a string, as Telegram reads it.
_JSON_FIELDS = frozenset(
    {"reply_markup", "commands", "allowed_updates", "entities", "link_preview_options"}
)


@dataclass(frozen=True)
class HttpCall:
    method: str
    params: dict[str, Any]


class _QuietServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield  # the test process's signals are pytest's, not ours


class HttpBotApi:
    def __init__(self, *, delay_s: float = 0.0) -> None:
        self.api = LocalBotApi()
        self.calls: list[HttpCall] = []
        self.delay_s = delay_s  # how long each sendMessage takes, to keep requests in flight
        self._lock = threading.Lock()
        self.send_started = threading.Event()
        # A port number rather than a bound socket: uvicorn serving a socket it was handed
        # leaves Nagle on, which costs ~40 ms per keep-alive request.
        self.port = free_port()
        app = Starlette(routes=[Route("/bot{token}/{method}", self._handle, methods=["POST"])])
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=self.port,
            lifespan="off",
            access_log=False,
            log_config=None,
            log_level="warning",
            # Longer than the bots' client keeps idle connections (httpx: 5 s), as Telegram's
            # servers do: a server closing first races with a request sent on that connection.
            timeout_keep_alive=75,
        )
        self._server = _QuietServer(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def __enter__(self) -> HttpBotApi:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the fake Bot API server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    async def _handle(self, request: Request) -> Response:
        method = request.path_params["method"]
        if request.headers.get("content-type", "").startswith("application/json"):
            params = dict(await request.json())
        elif request.headers.get("content-type", "").startswith("multipart/"):
            body = b'{"ok": false, "error_code": 400, "description": "no uploads in this fake"}'
            return Response(body, status_code=400, media_type="application/json")
        else:
            form = parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True)
            params = {
                key: json.loads(value) if key in _JSON_FIELDS else value for key, value in form
            }
        if method == "sendMessage":
            self.send_started.set()
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
        status, body = self.call(method, params)
        return Response(body, status_code=status, media_type="application/json")

    def call(self, method: str, params: dict[str, Any]) -> tuple[int, bytes]:
        """Make one call: over HTTP, or named in a webhook's response (Telegram makes those)."""
        with self._lock:
            self.calls.append(HttpCall(method, params))
            return self.api.answer(method, params, None)

    # --- reading what happened ----------------------------------------------------------------

    def shared(self) -> SharedApi:
        return SharedApi(self.api, self._lock, self.call)

    def texts(self, chat_id: int) -> list[str]:
        with self._lock:
            return [
                str(call.params["text"])
                for call in self.calls
                if call.method == "sendMessage" and int(call.params["chat_id"]) == chat_id
            ]

    def methods(self) -> list[str]:
        with self._lock:
            return [call.method for call in self.calls]
