"""Builds Telegram updates as Telegram would send them: for the console and for tests."""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

from telegram import Bot, Update

from bot.transport.local_api import Sent


class UpdateFactory:
    """Makes `Update` objects from a user's point of view: text, commands, taps, locations."""

    def __init__(self, bot: Bot, *, first_update_id: int = 1, language: str | None = "en") -> None:
        """`language` is the `language_code` Telegram reports for the users (None: none)."""
        self.bot = bot
        self.language = language
        self._update_ids = itertools.count(first_update_id)
        self._message_ids = itertools.count(1_000_000)

    def user(self, user_id: int) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Friend"}
        if self.language:
            user["language_code"] = self.language
        return user

    def _message(self, user_id: int, **content: Any) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": int(datetime.now().timestamp()),  # noqa: DTZ005 - a Unix timestamp
            "chat": {"id": user_id, "type": "private", "first_name": "Friend"},
            "from": self.user(user_id),
            **content,
        }

    def _update(self, **payload: Any) -> Update:
        update = Update.de_json({"update_id": next(self._update_ids), **payload}, self.bot)
        assert update is not None
        return update

    def text(self, user_id: int, text: str) -> Update:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return self._update(message=self._message(user_id, **content))

    def my_chat_member(self, user_id: int, *, blocked: bool) -> Update:
        """The user blocked the bot (kicked) or unblocked it (member) in their private chat."""

        def member(status: str, who: dict[str, Any]) -> dict[str, Any]:
            extra = {"until_date": 0} if status == "kicked" else {}
            return {"status": status, "user": who, **extra}

        bot = {"id": 1, "is_bot": True, "first_name": "Stillpoint", "username": "stillpoint_bot"}
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        return self._update(
            my_chat_member={
                "chat": {"id": user_id, "type": "private", "first_name": "Friend"},
                "from": self.user(user_id),
                "date": int(datetime.now().timestamp()),  # noqa: DTZ005 - a Unix timestamp
                "old_chat_member": member(old, bot),
                "new_chat_member": member(new, bot),
            }
        )

    def location(self, user_id: int, latitude: float, longitude: float) -> Update:
        location = {"latitude": latitude, "longitude": longitude}
        return self._update(message=self._message(user_id, location=location))

    def sticker(self, user_id: int) -> Update:
        sticker = {
            "file_id": "sticker1",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return self._update(message=self._message(user_id, sticker=sticker))

    def photo(self, user_id: int, caption: str | None = None) -> Update:
        photo = [{"file_id": "photo1", "file_unique_id": "p1", "width": 90, "height": 90}]
        extra = {"caption": caption} if caption is not None else {}
        return self._update(message=self._message(user_id, photo=photo, **extra))

    def edited_text(self, user_id: int, text: str, *, message_id: int | None = None) -> Update:
        """The user edited one of their messages (by default the one sent last) to `text`."""
        message = self._message(user_id, text=text)
        if message_id is not None:
            message["message_id"] = message_id
        message["edit_date"] = message["date"]
        return self._update(edited_message=message)

    def group_text(self, user_id: int, group_id: int, text: str) -> Update:
        """`text` written by `user_id` in a group chat (`group_id` is negative, as Telegram's)."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        message = self._message(user_id, **content)
        message["chat"] = {"id": group_id, "type": "supergroup", "title": "Friends"}
        return self._update(message=message)

    def group_press(self, user_id: int, group_id: int, data: str) -> Update:
        query: dict[str, Any] = {
            "id": str(next(self._update_ids)),
            "from": self.user(user_id),
            "chat_instance": f"ci{group_id}",
            "data": data,
            "message": {
                "message_id": next(self._message_ids),
                "date": int(datetime.now().timestamp()),  # noqa: DTZ005 - a Unix timestamp
                "chat": {"id": group_id, "type": "supergroup", "title": "Friends"},
                "text": "…",
            },
        }
        return self._update(callback_query=query)

    def voice(self, user_id: int) -> Update:
        voice = {"file_id": "voice1", "file_unique_id": "v1", "duration": 3}
        return self._update(message=self._message(user_id, voice=voice))

    def press(self, user_id: int, data: str, message: Sent | None = None) -> Update:
        query: dict[str, Any] = {
            "id": str(next(self._update_ids)),
            "from": self.user(user_id),
            "chat_instance": f"ci{user_id}",
            "data": data,
        }
        if message is not None:
            query["message"] = {
                "message_id": message.message_id,
                "date": int(datetime.now().timestamp()),  # noqa: DTZ005 - a Unix timestamp
                "chat": {"id": message.chat_id, "type": "private"},
                "text": message.text or "",
            }
        return self._update(callback_query=query)
