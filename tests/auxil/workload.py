"""A load driver for bots in webhook mode: simulated users post updates over HTTP, each user's
steps in order, spread over several instances, reading the buttons to press from the local
Bot API the bots answer to. Used by the multi-process test and benchmarks/throughput.py."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from telegram import Bot, Update

from bot.transport.local_api import LOCAL_TOKEN, LocalBotApi, Sent
from bot.transport.updates import UpdateFactory
from bot.transport.webhook import SECRET_HEADER

JOURNAL_TEXT = "Long day, deadline at work, eyelid flickering on the train"

ONBOARDING = [
    ("send", "/start"),
    ("press", "Set me up"),
    ("press", "Yes, keep them"),
    ("send", "Berlin"),
    ("press", "07:00"),
    ("press", "23:00"),
    ("press", "14:00"),
    ("press", "21:00"),
]
CHECKIN = [
    ("send", "/checkin"),
    # Before noon (local) the check-in first asks which day it is for; CI runs at any hour.
    ("press if shown", "Today"),
    ("press", "Mild"),
    ("press", "Eyelid"),
    ("press", "4"),
    ("press", "As usual (23:00–07:00)"),
    ("press", "2"),
    # The last drink of today can't be later than now (the bots run on the real clock):
    # midnight never is.
    ("send", "00:00"),
    ("press", "Done ✓"),
    ("press", "Done ✓"),
]
JOURNAL = [("send", "/journal"), ("send", JOURNAL_TEXT), ("press", "Done ✓")]
MENU = [("send", "/menu"), ("press", "📅 History"), ("send", "/coffee"), ("send", "hello")]
# A mixed day for one user: onboarding, a check-in, a journal entry, menu presses.
SCRIPT = ONBOARDING + CHECKIN + JOURNAL + MENU


# How long a step waits for the button it presses to arrive: on a busy machine a process whose
# heartbeat ran out leaves its replies to another, which takes them when their lease ends
# (OUTBOX_LEASE_S, 30 s by default).
BUTTON_WAIT_S = 45.0
RETRIES = 3


class SharedApi:
    """Thread-safe reads of a LocalBotApi that a server thread writes to."""

    def __init__(
        self, api: LocalBotApi, lock: Any, call: Callable[[str, dict[str, Any]], object]
    ) -> None:
        self.api, self.lock = api, lock
        # Makes the Bot API call a webhook response names, as Telegram does.
        self.call = call

    def latest_has(self, chat_id: int, label: str) -> bool:
        """Whether the newest message to the chat carries a button with this label."""
        with self.lock:
            messages = self.api.chat_messages(chat_id)
            if not messages:
                return False
            markup = messages[-1].reply_markup or {}
            return any(
                button["text"] == label
                for row in markup.get("inline_keyboard", [])
                for button in row
            )

    def button(self, chat_id: int, label: str) -> tuple[str, Sent]:
        with self.lock:
            for sent in reversed(self.api.chat_messages(chat_id)):
                markup = sent.reply_markup or {}
                for row in markup.get("inline_keyboard", []):
                    for button in row:
                        if button["text"] == label or button["text"].removeprefix("✓ ") == label:
                            return button["callback_data"], sent
            recent = [
                (m.text or m.caption or "")[:60] for m in self.api.chat_messages(chat_id)[-3:]
            ]
        raise LookupError(f"user {chat_id} has no button {label!r}; last messages: {recent}")


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    posted: int = 0  # distinct updates
    duplicates_posted: int = 0  # extra deliveries of an update_id already posted
    retried: int = 0  # posts sent again after the connection broke
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0


async def drive(
    urls: Sequence[str],
    api: SharedApi,
    *,
    users: Sequence[int],
    script: Sequence[tuple[str, str]] = SCRIPT,
    duplicate_every: int = 0,
    concurrency: int = 64,
    path: str = "/telegram",
    secret: str,
    first_update_id: int = 1,
) -> Result:
    """Run `script` for every user, alternating instances update by update. With
    `duplicate_every` = n, every n-th update is also delivered to the next instance at the same
    moment, as Telegram's retries can. Raises if any step's reply is missing."""
    factory = UpdateFactory(Bot(LOCAL_TOKEN), first_update_id=first_update_id)
    ids = itertools.count(first_update_id)
    result = Result()
    headers = {SECRET_HEADER: secret, "Content-Type": "application/json"}
    gate = asyncio.Semaphore(concurrency)
    # Idle connections are dropped before uvicorn's 5 s keep-alive ends, or a request sent on
    # a connection the server is just closing fails with a ReadError.
    limits = httpx.Limits(
        max_connections=concurrency * 2,
        max_keepalive_connections=concurrency,
        keepalive_expiry=2.0,
    )

    async with httpx.AsyncClient(limits=limits, timeout=60) as client:

        async def post(url: str, body: bytes) -> None:
            # A connection that breaks mid-request is retried, as Telegram retries a delivery;
            # the bot's update_id de-duplication makes that safe. Each retry is counted.
            for attempt in range(RETRIES + 1):
                try:
                    response = await client.post(f"{url}{path}", content=body, headers=headers)
                    break
                except httpx.TransportError:
                    if attempt == RETRIES:
                        raise
                    result.retried += 1
            result.statuses[response.status_code] = (
                result.statuses.get(response.status_code, 0) + 1
            )
            if response.headers.get("content-type", "").startswith("application/json"):
                params = dict(response.json())
                api.call(str(params.pop("method")), params)

        async def pressable(user: int, label: str) -> tuple[str, Sent]:
            # A webhook may answer before its turn's replies reach the Bot API (they are sent
            # after the commit, and retried if a connection breaks): under load the button of
            # the last reply can arrive a moment after the delivery returned.
            deadline = time.monotonic() + BUTTON_WAIT_S
            while True:
                try:
                    return api.button(user, label)
                except LookupError:
                    if time.monotonic() >= deadline:
                        raise
                    await asyncio.sleep(0.02)

        async def one_user(user: int) -> None:
            async with gate:
                for step, (kind, value) in enumerate(script):
                    if kind == "press if shown" and not api.latest_has(user, value):
                        continue
                    if kind == "send":
                        update: Update = factory.text(user, value)
                    else:
                        data, message = await pressable(user, value)
                        update = factory.press(user, data, message)
                    number = next(ids)
                    payload = update.to_dict()
                    payload["update_id"] = number  # unique across users and tasks
                    body = json.dumps(payload).encode()
                    first = urls[(user + step) % len(urls)]
                    started = time.perf_counter()
                    result.posted += 1
                    if duplicate_every and number % duplicate_every == 0:
                        second = urls[(user + step + 1) % len(urls)]
                        result.duplicates_posted += 1
                        await asyncio.gather(post(first, body), post(second, body))
                    else:
                        await post(first, body)
                    result.latencies.append(time.perf_counter() - started)

        began = time.perf_counter()
        await asyncio.gather(*(one_user(user) for user in users))
        result.seconds = time.perf_counter() - began
    return result


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]
