"""A Bot API that lives in this process: it answers like Telegram and keeps what was sent.

The console transport prints what arrives here; the test suite's fake Bot API extends it with
recorded calls and scripted failures. Both drive the real PTB `Application` through it.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

BOT_USER: dict[str, Any] = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "Stillpoint",
    "username": "stillpoint_local_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# A token of the right shape for running without Telegram (console and tests).
LOCAL_TOKEN = "7000000001:LOCALxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


@dataclass
class Sent:
    """A message as the chat now shows it."""

    chat_id: int
    message_id: int
    text: str | None
    reply_markup: dict[str, Any] | None
    kind: str = "text"
    caption: str | None = None
    file_size: int = 0
    file_name: str | None = None
    # The uploaded bytes of a photo or document, so a test can open what the user got.
    content: bytes = b""


Handler = Callable[[dict[str, Any], "RequestData | None"], Any]


class LocalBotApi(BaseRequest):
    """Answers Bot API methods from memory, as Telegram would."""

    def __init__(self) -> None:
        self.messages: dict[tuple[int, int], Sent] = {}
        # The same messages by chat, in the order sent: reading one chat stays quick however
        # many chats there are (the load benchmarks hold thousands).
        self._by_chat: dict[int, dict[int, Sent]] = {}
        self.commands: list[dict[str, Any]] = []
        self.webhook_url = ""
        self._ids = itertools.count(1)

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

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
        return self.answer(name, params, request_data)

    def answer(
        self, name: str, params: dict[str, Any], request_data: RequestData | None
    ) -> tuple[int, bytes]:
        handler: Handler | None = getattr(self, f"api_{name}", None)
        if handler is None:
            return _error(ApiError(404, "Not Found: method not found"))
        try:
            result = handler(params, request_data)
        except ApiError as exc:
            return _error(exc)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    # --- what a chat shows ------------------------------------------------------------------

    def chat_messages(self, chat_id: int) -> list[Sent]:
        return list(self._by_chat.get(chat_id, {}).values())

    def _store(self, chat_id: int, **fields: Any) -> Sent:
        sent = Sent(chat_id=chat_id, message_id=next(self._ids), **fields)
        self.messages[(chat_id, sent.message_id)] = sent
        self._by_chat.setdefault(chat_id, {})[sent.message_id] = sent
        self.deliver(sent)
        return sent

    def deliver(self, sent: Sent) -> None:
        """Called for every new or edited message; the console prints here."""

    def _message_json(self, sent: Sent) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": {"id": sent.chat_id, "type": "private"},
            "from": BOT_USER,
        }
        if sent.text is not None:
            message["text"] = sent.text
        if sent.caption is not None:
            message["caption"] = sent.caption
        if sent.reply_markup and "inline_keyboard" in sent.reply_markup:
            message["reply_markup"] = sent.reply_markup
        if sent.kind == "photo":
            message["photo"] = [
                {
                    "file_id": f"photo{sent.message_id}",
                    "file_unique_id": f"p{sent.message_id}",
                    "width": 1200,
                    "height": 800,
                    "file_size": sent.file_size,
                }
            ]
        if sent.kind == "document":
            message["document"] = {
                "file_id": f"doc{sent.message_id}",
                "file_unique_id": f"d{sent.message_id}",
                "file_name": sent.file_name,
                "file_size": sent.file_size,
            }
        return message

    # --- Bot API methods ---------------------------------------------------------------------

    def api_getMe(self, params: dict[str, Any], data: RequestData | None) -> Any:
        return BOT_USER

    def api_sendMessage(self, params: dict[str, Any], data: RequestData | None) -> Any:
        text = params.get("text")
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        if len(str(text)) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        sent = self._store(
            int(params["chat_id"]), text=str(text), reply_markup=params.get("reply_markup")
        )
        return self._message_json(sent)

    def _editable(self, params: dict[str, Any]) -> Sent:
        key = (int(params["chat_id"]), int(params["message_id"]))
        if key not in self.messages:
            raise ApiError(400, "Bad Request: message to edit not found")
        return self.messages[key]

    def api_editMessageText(self, params: dict[str, Any], data: RequestData | None) -> Any:
        sent = self._editable(params)
        markup = params.get("reply_markup")
        if sent.text == params.get("text") and sent.reply_markup == markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        sent.text, sent.reply_markup = str(params.get("text")), markup
        self.deliver(sent)
        return self._message_json(sent)

    def api_editMessageReplyMarkup(self, params: dict[str, Any], data: RequestData | None) -> Any:
        sent = self._editable(params)
        sent.reply_markup = params.get("reply_markup")
        self.deliver(sent)
        return self._message_json(sent)

    def api_deleteMessage(self, params: dict[str, Any], data: RequestData | None) -> Any:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        self.messages.pop((chat_id, message_id), None)
        self._by_chat.get(chat_id, {}).pop(message_id, None)
        return True

    def api_answerCallbackQuery(self, params: dict[str, Any], data: RequestData | None) -> Any:
        return True

    def _upload(self, params: dict[str, Any], data: RequestData | None, field: str) -> Sent:
        size, name, raw = 0, None, b""
        if data is not None and data.contains_files:
            for file_name, content, _mime in data.multipart_data.values():
                raw = content if isinstance(content, bytes) else content.read()
                size, name = len(raw), file_name
        return self._store(
            int(params["chat_id"]),
            text=None,
            caption=params.get("caption"),
            reply_markup=params.get("reply_markup"),
            kind=field,
            file_size=size,
            file_name=name,
            content=raw,
        )

    def api_sendPhoto(self, params: dict[str, Any], data: RequestData | None) -> Any:
        return self._message_json(self._upload(params, data, "photo"))

    def api_sendDocument(self, params: dict[str, Any], data: RequestData | None) -> Any:
        return self._message_json(self._upload(params, data, "document"))

    def api_sendVoice(self, params: dict[str, Any], data: RequestData | None) -> Any:
        """A voice message (an exercise as sound): the console shows its caption."""
        sent = self._upload(params, data, "voice")
        message = self._message_json(sent)
        file_id = params.get("voice") if isinstance(params.get("voice"), str) else None
        message["voice"] = {
            "file_id": file_id or f"voice{sent.message_id}",
            "file_unique_id": f"v{sent.message_id}",
            "duration": int(params.get("duration") or 0),
        }
        return message

    def api_sendChatAction(self, params: dict[str, Any], data: RequestData | None) -> Any:
        return True

    def api_setMyCommands(self, params: dict[str, Any], data: RequestData | None) -> Any:
        self.commands = list(params.get("commands") or [])
        return True

    def api_getMyCommands(self, params: dict[str, Any], data: RequestData | None) -> Any:
        return self.commands

    def api_deleteMyCommands(self, params: dict[str, Any], data: RequestData | None) -> Any:
        self.commands = []
        return True

    def api_getUpdates(self, params: dict[str, Any], data: RequestData | None) -> Any:
        return []

    def api_setWebhook(self, params: dict[str, Any], data: RequestData | None) -> Any:
        self.webhook_url = str(params.get("url", ""))
        return True

    def api_deleteWebhook(self, params: dict[str, Any], data: RequestData | None) -> Any:
        self.webhook_url = ""
        return True

    def api_getWebhookInfo(self, params: dict[str, Any], data: RequestData | None) -> Any:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": 0,
        }


def _error(exc: ApiError) -> tuple[int, bytes]:
    body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
    if exc.parameters:
        body["parameters"] = exc.parameters
    return exc.code, json.dumps(body).encode()
