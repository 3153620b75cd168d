"""Console mode: the same Application, flows and database, with the terminal as Telegram.

Buttons print as numbered options; typing the number or the label presses one. Piped input is
read one user message per line, so a whole conversation can be scripted.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any, TextIO

from telegram import Update

from bot.app import StillpointApp
from bot.transport.local_api import LocalBotApi, Sent
from bot.transport.updates import UpdateFactory

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


def _pick(line: str, labels: list[str]) -> int | None:
    if line.isdigit() and 1 <= int(line) <= len(labels):
        return int(line) - 1
    folded = [label.casefold() for label in labels]
    return folded.index(line.casefold()) if line.casefold() in folded else None


async def _read_line(stream: TextIO) -> str | None:
    line = await asyncio.get_running_loop().run_in_executor(None, stream.readline)
    return None if line == "" else line.rstrip("\n")


async def run_console(
    application: StillpointApp,
    api: ConsoleBotApi,
    stream: TextIO = sys.stdin,
    *,
    language: str | None = None,
) -> None:
    interactive = stream.isatty()
    factory = UpdateFactory(application.bot, language=language or "en")
    async with application:
        if interactive:
            print("Stillpoint console — type as you would in Telegram; Ctrl-D to leave.")
        await application.process_update(factory.text(CONSOLE_USER, "/start"))
        while True:
            if interactive:
                print("> ", end="", flush=True)
            line = await _read_line(stream)
            if line is None:
                break
            line = line.strip()
            if not line:
                continue
            if not interactive:
                print(f"\nYou: {line}")
            await application.process_update(await _to_update(line, api, factory, stream))


async def _to_update(
    line: str, api: ConsoleBotApi, factory: UpdateFactory, stream: TextIO
) -> Update:
    if api.inline and (index := _pick(line, [label for label, _ in api.inline])) is not None:
        return factory.press(CONSOLE_USER, api.inline[index][1], api.inline_message)
    if api.reply and (index := _pick(line, [label for label, _ in api.reply])) is not None:
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
