"""The webhook server closes connections whose request headers do not arrive in time (one
that sends nothing, or headers a byte at a time), while a request sent in time is served."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest

from bot.app import StillpointApp
from bot.storage import Database
from bot.transport.webhook import WebhookServer, server_for

SECRET = "s3cret-token-for-tests_0123456789"
TIMEOUT_S = 0.3


@pytest.fixture
async def port(app: StillpointApp, database: Database) -> AsyncIterator[int]:
    webhook = WebhookServer(app, secret=SECRET, database=database)
    server = server_for(webhook.app, host="127.0.0.1", port=0, header_timeout_s=TIMEOUT_S)
    # Listening before uvicorn starts: a connection made meanwhile waits in the backlog.
    sock = socket.create_server(("127.0.0.1", 0))
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    yield sock.getsockname()[1]
    server.should_exit = True
    await serving
    sock.close()


async def closed_within(reader: asyncio.StreamReader, seconds: float) -> bool:
    """True when the server closes the connection (EOF) within `seconds`."""
    try:
        async with asyncio.timeout(seconds):
            return await reader.read() == b""
    except TimeoutError:
        return False


@pytest.mark.parametrize("sent", [b"", b"POST /telegram HTTP/1.1\r\nHost: bot\r\nX-Slow"])
async def test_a_connection_without_complete_headers_is_closed(port: int, sent: bytes) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(sent)
    await writer.drain()
    assert await closed_within(reader, TIMEOUT_S * 10)
    writer.close()


async def test_headers_a_byte_at_a_time_do_not_keep_it_open(port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    started = asyncio.get_running_loop().time()
    closed = False
    for byte in b"POST /telegram HTTP/1.1\r\nHost: bot\r\n" * 10:
        try:
            writer.write(bytes([byte]))
            await writer.drain()
        except ConnectionError:
            closed = True
            break
        if reader.at_eof() or await closed_within(reader, TIMEOUT_S / 10):
            closed = True
            break
    assert closed
    assert asyncio.get_running_loop().time() - started < TIMEOUT_S * 10
    writer.close()


async def test_a_request_in_time_is_served_and_the_connection_kept(port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(2):
        writer.write(b"GET /elsewhere HTTP/1.1\r\nHost: bot\r\n\r\n")
        await writer.drain()
        status = await asyncio.wait_for(reader.readline(), TIMEOUT_S * 10)
        assert status.startswith(b"HTTP/1.1 404")
        await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), TIMEOUT_S * 10)
        await asyncio.wait_for(reader.readexactly(9), TIMEOUT_S * 10)  # "Not Found"
    writer.close()
