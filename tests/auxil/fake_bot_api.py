"""A fake Telegram Bot API at the HTTP boundary: records every call, can be told to fail."""

from __future__ import annotations

import json
import struct
from collections import deque
from dataclasses import dataclass
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import TimedOut
from telegram.request import RequestData

from bot.transport.local_api import ApiError, LocalBotApi, Sent


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
        # Voice messages Telegram holds, by the file_id it gave them: (the Ogg bytes, seconds).
        self.voices: dict[str, tuple[bytes, int]] = {}

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

    # --- voice messages ----------------------------------------------------------------------

    def api_sendVoice(self, params: dict[str, Any], data: RequestData | None) -> Any:
        """An Ogg/Opus upload, or a file_id this fake gave out before, as Telegram takes them.
        The duration in the answer is the audio's own (from its last Ogg page), so a test
        sees what the recording really lasts."""
        caption = params.get("caption")
        if caption is not None and len(str(caption)) > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        if data is not None and data.contains_files:
            raw = b""
            for _name, content, _mime in data.multipart_data.values():
                raw = content if isinstance(content, bytes) else content.read()
            seconds = ogg_opus_seconds(raw)
            if seconds is None:
                raise ApiError(400, "Bad Request: not an Ogg/Opus file")
            file_id = f"voice{len(self.voices) + 1}"
            self.voices[file_id] = (raw, round(seconds))
        else:
            file_id = str(params.get("voice") or "")
            if file_id not in self.voices:
                raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
            raw = self.voices[file_id][0]
        sent = self._store(
            int(params["chat_id"]),
            text=None,
            caption=caption,
            reply_markup=params.get("reply_markup"),
            kind="voice",
            file_size=len(raw),
            file_name=file_id,
            content=raw,
        )
        message = self._message_json(sent)
        message["voice"] = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "duration": self.voices[file_id][1],
            "mime_type": "audio/ogg",
            "file_size": len(raw),
        }
        return message

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


def ogg_opus_seconds(data: bytes) -> float | None:
    """How long an Ogg/Opus file plays: its last page's granule position less the pre-skip,
    at Opus's 48 kHz; None if it is not one."""
    if not data.startswith(b"OggS") or b"OpusHead" not in data[:200]:
        return None
    head = data.index(b"OpusHead")
    pre_skip = struct.unpack_from("<H", data, head + 10)[0]
    last = data.rfind(b"OggS")
    granule = struct.unpack_from("<q", data, last + 6)[0]
    return max(granule - pre_skip, 0) / 48_000
