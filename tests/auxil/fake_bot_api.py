"""A fake Telegram Bot API at the HTTP boundary: records every call, can be told to fail."""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import TimedOut
from telegram.request import RequestData

from bot.transport.local_api import LocalBotApi, Sent


@dataclass(frozen=True)
class Call:
    method: str
    params: dict[str, Any]


@dataclass(frozen=True)
class Failure:
    status: int  # 0 means: time out instead of answering
    description: str = ""
    retry_after: int | None = None


class FakeBotApi(LocalBotApi):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Call] = []
        # Every new message in the order Telegram accepted it (edits not included).
        self.sent: list[Sent] = []
        self._script: dict[str, deque[Failure]] = {}

    # --- scripting --------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        status: int,
        description: str = "",
        *,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` answer with this HTTP error."""
        text = description or {
            400: "Bad Request: chat not found",
            403: "Forbidden: bot was blocked by the user",
            429: "Too Many Requests: retry later",
            500: "Internal Server Error",
            502: "Bad Gateway",
        }.get(status, "Error")
        queue = self._script.setdefault(method, deque())
        queue.extend(Failure(status, text, retry_after) for _ in range(times))

    def time_out(self, method: str, times: int = 1) -> None:
        self._script.setdefault(method, deque()).extend(Failure(0) for _ in range(times))

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(Call(name, params))
        queue = self._script.get(name)
        if queue:
            failure = queue.popleft()
            if failure.status == 0:
                raise TimedOut("scripted timeout")
            body: dict[str, Any] = {
                "ok": False,
                "error_code": failure.status,
                "description": failure.description,
            }
            if failure.retry_after is not None:
                body["parameters"] = {"retry_after": failure.retry_after}
            return failure.status, json.dumps(body).encode()
        return self.answer(name, params, request_data)

    def _store(self, chat_id: int, **fields: Any) -> Sent:
        sent = super()._store(chat_id, **fields)
        self.sent.append(sent)
        return sent

    # --- reading what happened -------------------------------------------------------------------

    def methods(self) -> list[str]:
        return [call.method for call in self.calls]

    def calls_of(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    def texts(self, chat_id: int) -> list[str]:
        return [
            str(call.params["text"])
            for call in self.calls_of("sendMessage")
            if int(call.params["chat_id"]) == chat_id
        ]

    def latest_with_buttons(self, chat_id: int) -> Sent | None:
        for sent in reversed(self.chat_messages(chat_id)):
            if sent.reply_markup and "inline_keyboard" in sent.reply_markup:
                return sent
        return None

    def reply_keyboard(self, chat_id: int) -> list[str]:
        """Labels of the newest reply keyboard sent to the chat (empty once removed)."""
        for sent in reversed(self.chat_messages(chat_id)):
            markup = sent.reply_markup or {}
            if "keyboard" in markup:
                return [b["text"] for row in markup["keyboard"] for b in row]
            if markup.get("remove_keyboard"):
                return []
        return []
