"""A user's side of a conversation with the real Application: type, tap, share a location."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot.app import StillpointApp
from bot.transport.local_api import Sent
from bot.transport.updates import UpdateFactory
from tests.auxil.fake_bot_api import FakeBotApi


class Chat:
    def __init__(
        self, app: StillpointApp, api: FakeBotApi, user_id: int, factory: UpdateFactory
    ) -> None:
        self.app, self.api, self.user_id, self.factory = app, api, user_id, factory

    async def _process(self, update: Update) -> list[str]:
        before = len(self.api.texts(self.user_id))
        await self.app.process_update(update)
        return self.api.texts(self.user_id)[before:]

    async def send(self, text: str) -> list[str]:
        """Type a message; returns the texts the bot sent back."""
        return await self._process(self.factory.text(self.user_id, text))

    async def location(self, latitude: float, longitude: float) -> list[str]:
        return await self._process(self.factory.location(self.user_id, latitude, longitude))

    async def sticker(self) -> list[str]:
        return await self._process(self.factory.sticker(self.user_id))

    async def photo(self, caption: str | None = None) -> list[str]:
        return await self._process(self.factory.photo(self.user_id, caption))

    async def edit(self, text: str) -> list[str]:
        """Edit the message sent last so that it now reads `text`."""
        return await self._process(self.factory.edited_text(self.user_id, text))

    async def voice(self) -> list[str]:
        return await self._process(self.factory.voice(self.user_id))

    def buttons(self, message: Sent | None = None) -> list[tuple[str, str]]:
        message = message or self.api.latest_with_buttons(self.user_id)
        if message is None or not message.reply_markup:
            return []
        rows: list[list[dict[str, Any]]] = message.reply_markup["inline_keyboard"]
        return [(b["text"], b["callback_data"]) for row in rows for b in row]

    def labels(self) -> list[str]:
        return [label for label, _ in self.buttons()]

    async def press(self, label: str, message: Sent | None = None) -> list[str]:
        """Tap the button with this label on the newest message that has buttons."""
        message = message or self.api.latest_with_buttons(self.user_id)
        assert message is not None, "no message with buttons"
        for text, data in self.buttons(message):
            if text == label or text.removeprefix("✓ ") == label:
                return await self.press_data(data, message)
        raise AssertionError(f"no button {label!r} in {self.labels()}")

    async def press_data(self, data: str, message: Sent | None = None) -> list[str]:
        message = message or self.api.latest_with_buttons(self.user_id)
        return await self._process(self.factory.press(self.user_id, data, message))

    def last_text(self) -> str:
        return self.api.texts(self.user_id)[-1]

    def callback_answers(self) -> list[dict[str, Any]]:
        return [c.params for c in self.api.calls_of("answerCallbackQuery")]
