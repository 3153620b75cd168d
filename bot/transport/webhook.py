"""Webhook mode: a Starlette app that receives Telegram's updates, served by uvicorn.

Each delivery is checked (secret header in constant time, size, JSON), then handled inline:
the turn records its `update_id` with its state, so a retried delivery acts once across all
instances, and the 200 goes back once the turn is committed and its replies sent (carrying the
answer to a pressed button, the one call whose result is never needed). So in-flight work is
exactly the open requests, which uvicorn lets finish on SIGTERM before we stop the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from telegram import Bot, Update
from telegram.ext import Application
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot import metrics
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.storage import Database, ops
from bot.transport import flood, replies, update_check

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's updates are a few KB; a message of 4096 characters with entities stays far below.
MAX_BODY_BYTES = 256 * 1024
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
GRACEFUL_SHUTDOWN_S = 8.0


class _TooLarge(Exception):
    pass


class WebhookServer:
    """The HTTP side of one bot instance. `app` is the ASGI application to serve."""

    def __init__(
        self,
        application: Application,
        *,
        secret: str,
        database: Database | None,
        path: str = "/telegram",
        clock: Clock | None = None,
        max_body: int = MAX_BODY_BYTES,
    ) -> None:
        if not secret:
            raise ValueError("the webhook needs a secret")
        self.application = application
        self.database = database
        self.clock = clock or SystemClock()
        self.max_body = max_body
        self._secret = secret.encode("utf-8")
        self.app = Starlette(
            routes=[
                Route(path, self.receive, methods=["POST"]),
                Route("/healthz", self.healthz, methods=["GET"]),
                Route("/metrics", self.metrics, methods=["GET"]),
            ]
        )

    # --- the webhook ---------------------------------------------------------------------------

    async def receive(self, request: Request) -> Response:
        """One delivery from Telegram: verify, de-duplicate, handle, then answer 200."""
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8")
        if not hmac.compare_digest(given, self._secret):
            metrics.rejected.labels(reason="secret").inc()
            logger.warning("refused a webhook request without the right secret token")
            return PlainTextResponse("forbidden", status_code=403)
        try:
            async with asyncio.timeout(BODY_TIMEOUT_S):
                body = await self._body(request)
        except TimeoutError:
            metrics.rejected.labels(reason="slow_body").inc()
            return PlainTextResponse("too slow", status_code=408)
        except _TooLarge:
            metrics.rejected.labels(reason="too_large").inc()
            return PlainTextResponse("too large", status_code=413)
        try:
            # Ranges, depth and types first (bot.transport.update_check), then PTB's own
            # reading: whatever cannot become a sane update is a 400, never a 500 (which
            # Telegram would retry) and never a turn that fails.
            data = update_check.parse(body)
            update = Update.de_json(data, self.application.bot)
        except Exception as exc:
            metrics.rejected.labels(reason="malformed").inc()
            logger.info("refused a malformed update (%s)", type(exc).__name__)
            return PlainTextResponse("malformed update", status_code=400)

        started = time.perf_counter()
        # The turn records the update id in its own transaction (see bot.transport.turns):
        # a retried delivery whose turn committed only sends what is still unsent.
        with replies.calls_in_response() as calls, flood.refusal() as refused:
            await self.application.process_update(update)
        if refused.retry_after is not None:
            # Over the flood limit: not handled now, and not acknowledged, so Telegram
            # delivers it again later (when the window has room) instead of it being lost.
            headers = {"Retry-After": str(refused.retry_after)}
            return PlainTextResponse("slow down", status_code=429, headers=headers)
        metrics.update_handled(_update_type(data), time.perf_counter() - started)
        if calls:
            # A button's answer, carried by this response (Telegram makes the call).
            return JSONResponse(calls[0])
        return Response(status_code=200)

    async def _body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            raise _TooLarge
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body:  # a chunked body can lie about nothing, so count
                raise _TooLarge
            chunks.append(chunk)
        return b"".join(chunks)

    # --- health and metrics -------------------------------------------------------------------

    async def healthz(self, request: Request) -> Response:
        """200 when the process answers and the database runs `SELECT 1` within 5 s."""
        if self.database is not None:
            try:
                async with asyncio.timeout(5), self.database.session() as session:
                    await ops.ping(session)
            except Exception as exc:
                logger.warning("health check: database unreachable (%s)", type(exc).__name__)
                return PlainTextResponse("database unreachable", status_code=503)
        return PlainTextResponse("ok")

    async def metrics(self, request: Request) -> Response:
        if self.database is not None:
            try:
                async with asyncio.timeout(5), self.database.session() as session:
                    metrics.users_active.set(await ops.count_active_users(session))
            except Exception as exc:
                logger.warning("metrics: could not count users (%s)", type(exc).__name__)
        body, content_type = metrics.render()
        return Response(body, media_type=content_type)


def _update_type(data: dict[str, Any]) -> str:
    return next((key for key in data if key != "update_id"), "other")


# --- serving ---------------------------------------------------------------------------------


class GracefulServer(uvicorn.Server):
    """uvicorn, minus its habit of re-raising SIGTERM after a graceful shutdown (which would
    kill the process before the bot stops and make the exit status -15 instead of 0)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        handled = (signal.SIGINT, signal.SIGTERM)
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


KEEP_ALIVE_S = 75
# A request's headers must be complete this long after the connection opens (or after the first
# byte of the next request on a kept-alive connection); Telegram sends them in one packet.
HEADER_TIMEOUT_S = 10.0
# The body must be complete this long after the headers.
BODY_TIMEOUT_S = 10.0


class HeaderTimeoutH11(H11Protocol):
    """uvicorn's h11 protocol, closing connections whose request headers do not arrive in time.

    uvicorn times out only idle kept-alive connections, after a response: a connection that
    opens and sends nothing, or its headers a byte at a time, stays open for good, and a few
    hundred of them hold the server's sockets."""

    header_timeout_s = HEADER_TIMEOUT_S

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer: asyncio.TimerHandle | None = None
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._header_timer is None and (self.cycle is None or self.cycle.response_complete):
            # The first bytes of the next request on a kept-alive connection.
            self._arm()
        super().data_received(data)
        if self.cycle is not None and self.cycle is not self._cycle_at_arm:
            self._disarm()  # its headers are complete: the request is under way

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._cycle_at_arm = self.cycle
        self._header_timer = self.loop.call_later(self.header_timeout_s, self._too_slow)

    def _disarm(self) -> None:
        timer = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
        self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            metrics.rejected.labels(reason="slow_headers").inc()
            self.transport.close()


def server_for(
    app: Any, *, host: str, port: int, header_timeout_s: float = HEADER_TIMEOUT_S
) -> GracefulServer:
    protocol = type("HeaderTimeout", (HeaderTimeoutH11,), {"header_timeout_s": header_timeout_s})
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http=protocol,
        lifespan="off",
        access_log=False,
        log_config=None,  # keep our logging set-up; uvicorn's would add its own handlers
        timeout_graceful_shutdown=int(GRACEFUL_SHUTDOWN_S),
        server_header=False,
        # Longer than a reverse proxy keeps idle upstream connections, so the proxy closes
        # first; otherwise a request sent as we close gets a 502 and Telegram's retry.
        timeout_keep_alive=KEEP_ALIVE_S,
    )
    return GracefulServer(config)


async def set_webhook(bot: Bot, settings: Settings) -> None:
    """Point Telegram at WEBHOOK_URL with our secret. Idempotent: every instance may call it."""
    assert settings.webhook_url is not None
    await bot.set_webhook(
        url=settings.webhook_url,
        secret_token=settings.webhook_secret,
        allowed_updates=ALLOWED_UPDATES,
        max_connections=settings.webhook_max_connections,
    )


async def serve(
    application: Application,
    settings: Settings,
    *,
    database: Database,
    register: bool = True,
) -> None:
    """Run the bot in webhook mode until SIGTERM or SIGINT, then stop cleanly.

    Order on the way out: uvicorn stops accepting, lets open requests (updates in flight) finish
    for up to GRACEFUL_SHUTDOWN_S, then the Application stops its job queue and shuts down
    (closing the database), well inside Docker's and systemd's 10 s.
    """
    assert settings.webhook_secret is not None
    webhook = WebhookServer(
        application,
        secret=settings.webhook_secret,
        database=database,
        path=settings.webhook_path(),
    )
    server = server_for(webhook.app, host=settings.webhook_listen, port=settings.webhook_port)
    # The same lifecycle as PTB's run_webhook, including its post_* hooks (the composition root
    # sets commands in post_init and closes the database in post_shutdown).
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        if register:
            await set_webhook(application.bot, settings)
        await application.start()
        try:
            logger.info(
                "webhook server listening on %s:%d", settings.webhook_listen, settings.webhook_port
            )
            await server.serve()
        finally:
            await application.stop()
            if application.post_stop is not None:
                await application.post_stop(application)
    finally:
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
    logger.info("stopped cleanly")
