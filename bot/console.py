"""Console mode: the same Application, flows and database, with the terminal as Telegram.

Buttons print as numbered options; typing a label, or "#" and the number, presses one. A bare
number presses one too, but only while the buttons are words: where they are numbers or times
("0" to "10", "07:00") a typed number is sent as typed, so "5" at a 0–10 question means 5.
Piped input is read one user message per line, so a whole conversation can be scripted.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from telegram import Update
from telegram.request import RequestData

from bot.app import StillpointApp
from bot.transport.exercises import SWEEP_EVERY_S, LiveExercises, live_exercises_of
from bot.transport.local_api import LocalBotApi, Sent
from bot.transport.updates import UpdateFactory

logger = logging.getLogger(__name__)

CONSOLE_USER = 1001


class ConsoleBotApi(LocalBotApi):
    """Prints every message the bot sends and remembers the buttons on offer."""

    def __init__(self, out: TextIO) -> None:
        super().__init__()
        self.out = out
        self.inline: list[tuple[str, str]] = []  # (label, callback data) of the latest keyboard
        self.inline_message: Sent | None = None
        self.reply: list[tuple[str, bool]] = []  # (label, asks for location)

    def deliver(self, sent: Sent) -> None:
        markup: dict[str, Any] = sent.reply_markup or {}
        text = sent.text or sent.caption or f"[{sent.kind}: {sent.file_name or 'image'}]"
        print(f"\nStillpoint: {text}", file=self.out)
        if "inline_keyboard" in markup:
            self.inline = [
                (b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row
            ]
            self.inline_message = sent
            self.reply = []
        elif "keyboard" in markup:
            self.reply = [
                (
                    b["text"] if isinstance(b, dict) else str(b),
                    bool(isinstance(b, dict) and b.get("request_location")),
                )
                for row in markup["keyboard"]
                for b in row
            ]
            self.inline = []
        elif markup.get("remove_keyboard"):
            self.reply = []
        if "inline_keyboard" in markup or "keyboard" in markup:
            labels = [label for label, _ in self.inline] or [label for label, _ in self.reply]
            for number, label in enumerate(labels, start=1):
                print(f"  [{number}] {label}", file=self.out)
        self.out.flush()

    def api_answerCallbackQuery(self, params: dict[str, Any], data: RequestData | None) -> Any:
        # Telegram shows a pressed button's answer as a brief notice over the chat; some
        # presses ("Cancel the alarm", "Skip today") say nothing else, so it is printed here.
        if text := params.get("text"):
            print(f"\nStillpoint (notice): {text}", file=self.out, flush=True)
        return True


_BY_NUMBER = re.compile(r"#\s*(\d{1,3})")
HOW_TO_PRESS = (
    "Buttons show as [1], [2]…: type a label, or #2 to press the second. A plain number "
    "presses one only where the buttons are words; elsewhere it is sent as you typed it."
)


def button_for(line: str, labels: list[str]) -> int | None:
    """The button `line` presses: its label, "#N", or a bare N among word buttons."""
    folded = [label.casefold() for label in labels]
    if line.casefold() in folded:
        return folded.index(line.casefold())
    if (numbered := _BY_NUMBER.fullmatch(line)) is not None:
        number = int(numbered[1])
        return number - 1 if 1 <= number <= len(labels) else None
    if line.isdecimal() and not any(_numeric(label) for label in labels):
        number = int(line)
        return number - 1 if 1 <= number <= len(labels) else None
    return None


def _numeric(label: str) -> bool:
    # "7", "4+", "4 (usual)", "07:00": a number typed here is an answer, not a button's place.
    return label.strip()[:1].isdigit()


async def _read_line(stream: TextIO) -> str | None:
    line = await asyncio.get_running_loop().run_in_executor(None, stream.readline)
    return None if line == "" else line.rstrip("\n")


async def run_console(
    application: StillpointApp,
    api: ConsoleBotApi,
    stream: TextIO = sys.stdin,
    *,
    log_file: Path | None = None,
    language: str | None = None,
) -> None:
    interactive = stream.isatty()
    # Update ids go on from the last run (as Telegram's do): a turn records each id it
    # handled, and one seen before is taken for a retried delivery.
    factory = UpdateFactory(
        application.bot,
        first_update_id=time.time_ns() // 1_000_000,
        language=language or "en",
    )
    async with application:
        header = "Stillpoint console — type as you would in Telegram"
        header += "; Ctrl-D to leave." if interactive else "."
        if log_file is not None:
            header += f" Logs go to {log_file}."
        print(header, HOW_TO_PRESS, sep="\n", flush=True)
        # The JobQueue is not started here, so its periodic sweep never runs: sessions cut off
        # by a crash (kill -9) are taken up now (or ended, if long gone), and then every
        # `SWEEP_EVERY_S` while the console runs.
        live = live_exercises_of(application)
        await live.sweep()
        sweeping = asyncio.create_task(_keep_sweeping(live), name="console-sweep")
        try:
            await _chat(application, api, factory, stream, interactive=interactive)
            if not interactive:
                await _let_exercises_show(live)
        finally:
            sweeping.cancel()


async def _chat(
    application: StillpointApp,
    api: ConsoleBotApi,
    factory: UpdateFactory,
    stream: TextIO,
    *,
    interactive: bool,
) -> None:
    await application.process_update(factory.text(CONSOLE_USER, "/start"))
    while True:
        if interactive:
            print("> ", end="", flush=True)
        line = await _read_line(stream)
        if line is None:
            return
        line = line.strip()
        if not line:
            continue
        if not interactive:
            print(f"\nYou: {line}")
        await application.process_update(await _to_update(line, api, factory, stream))


_SETTLE_STEP_S = 0.01


async def _let_exercises_show(live: LiveExercises, within_s: float = 10.0) -> None:
    """At the end of a script: an exercise its last line started shows its first step before
    the console leaves, as it would to a person (its runner starts it a moment later)."""
    for _ in range(round(within_s / _SETTLE_STEP_S)):
        if live.idle():
            return
        await asyncio.sleep(_SETTLE_STEP_S)


async def _keep_sweeping(live: LiveExercises) -> None:
    while True:
        await asyncio.sleep(SWEEP_EVERY_S)
        try:
            await live.sweep()
        except Exception:
            logger.warning("console sweep of live exercises failed", exc_info=True)


async def _to_update(
    line: str, api: ConsoleBotApi, factory: UpdateFactory, stream: TextIO
) -> Update:
    if api.inline and (index := button_for(line, [label for label, _ in api.inline])) is not None:
        return factory.press(CONSOLE_USER, api.inline[index][1], api.inline_message)
    if api.reply and (index := button_for(line, [label for label, _ in api.reply])) is not None:
        label, wants_location = api.reply[index]
        if wants_location:
            return await _ask_location(factory, stream)
        return factory.text(CONSOLE_USER, label)
    return factory.text(CONSOLE_USER, line)


async def _ask_location(factory: UpdateFactory, stream: TextIO) -> Update:
    print("(console) Type a latitude and longitude, like 52.52, 13.40:", flush=True)
    while (line := await _read_line(stream)) is not None:
        try:
            latitude, longitude = (float(part) for part in line.replace(" ", "").split(","))
        except ValueError:
            print("(console) Two numbers separated by a comma, please:", flush=True)
            continue
        return factory.location(CONSOLE_USER, latitude, longitude)
    return factory.text(CONSOLE_USER, "/cancel")
