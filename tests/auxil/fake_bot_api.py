"""A fake Telegram Bot API at the HTTP boundary: records every call, can be told to fail, and
given a clock keeps Telegram's flood limits (`TelegramLimits`), answering 429 when they are
broken."""

from __future__ import annotations

import json
import math
import struct
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import TimedOut
from telegram.request import RequestData

from bot.clock import Clock
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


# What Telegram counts against a chat's budget: every new message and every edit. Answers to
# button presses, chat actions and reads are free.
COUNTED_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendVoice",
        "sendAudio",
        "sendVideo",
        "sendAnimation",
        "sendSticker",
        "sendMediaGroup",
        "sendLocation",
        "copyMessage",
        "forwardMessage",
        "editMessageText",
        "editMessageCaption",
        "editMessageMedia",
        "editMessageReplyMarkup",
    }
)


@dataclass(frozen=True)
class TelegramLimits:
    """Telegram's flood limits as its developers describe them (tdlib/td #2592, #3034): about
    20 sends and edits in any minute in one chat (short bursts allowed), and 30 a second across
    all chats. Over them, 429 with `retry_after`; a bot that calls again inside that wait is
    made to wait longer."""

    per_chat: int = 20
    per_chat_window_s: float = 60.0
    # Calls a chat may take inside any one second; None: Telegram lets a turn's few replies go
    # back to back ("short bursts"), and the minute's budget is what it enforces.
    burst: int | None = None
    overall_per_s: int = 30
    # How much longer the wait grows for each call made inside it.
    early_retry_penalty_s: float = 10.0


TELEGRAM_LIMITS = TelegramLimits()


@dataclass(frozen=True)
class Refusal:
    """A call the limits refused: when, to which chat, and the wait Telegram asked for."""

    at: datetime
    method: str
    chat_id: int | None
    retry_after: int


@dataclass
class _ChatUse:
    accepted: deque[datetime] = field(default_factory=deque)
    wait_until: datetime | None = None


class FakeBotApi(LocalBotApi):
    """Given a `clock`, it keeps `limits` (Telegram's by default) on that clock; without one,
    or with `limits=None`, it takes every call."""

    def __init__(
        self, clock: Clock | None = None, *, limits: TelegramLimits | None = TELEGRAM_LIMITS
    ) -> None:
        super().__init__()
        self.calls: list[Call] = []
        # Every new message in the order Telegram accepted it (edits not included).
        self.sent: list[Sent] = []
        self._script: dict[str, deque[Failure]] = {}
        # Voice messages Telegram holds, by the file_id it gave them: (the Ogg bytes, seconds).
        self.voices: dict[str, tuple[bytes, int]] = {}
        self.limit_clock = clock
        self.limits = limits if clock is not None else None
        # Every call the limits refused, in order: a test of pacing asserts there are none.
        self.refusals: list[Refusal] = []
        # Every call charged to a chat, with when: what tests of pacing count.
        self.charged: list[tuple[datetime, int, str]] = []
        self._chats: dict[int, _ChatUse] = {}
        self._overall: deque[datetime] = deque()

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
        refused = self._over_limits(name, params)
        if refused is not None:
            return 429, json.dumps(refused).encode()
        return self.answer(name, params, request_data)

    # --- Telegram's limits ------------------------------------------------------------------

    def _over_limits(self, name: str, params: dict[str, Any]) -> dict[str, Any] | None:
        """Count a call against the limits; Telegram's 429 body if it breaks them."""
        limits, clock = self.limits, self.limit_clock
        if limits is None or clock is None or name not in COUNTED_METHODS:
            return None
        now = clock.now()
        chat_id = _chat_of(params)
        use = self._chats.setdefault(chat_id, _ChatUse()) if chat_id is not None else None
        wait = 0.0
        if use is not None and use.wait_until is not None and now < use.wait_until:
            # Called again inside the wait Telegram asked for: the wait grows.
            use.wait_until += timedelta(seconds=limits.early_retry_penalty_s)
            wait = (use.wait_until - now).total_seconds()
        else:
            wait = self._wait_needed(limits, now, use)
            if wait > 0 and use is not None:
                use.wait_until = now + timedelta(seconds=wait)
        if wait > 0:
            retry_after = max(1, math.ceil(wait - 1e-9))
            self.refusals.append(Refusal(now, name, chat_id, retry_after))
            return {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {retry_after}",
                "parameters": {"retry_after": retry_after},
            }
        self._overall.append(now)
        if use is not None and chat_id is not None:
            use.accepted.append(now)
            self.charged.append((now, chat_id, name))
        return None

    def _wait_needed(self, limits: TelegramLimits, now: datetime, use: _ChatUse | None) -> float:
        """Seconds until this call would be within every limit (0: it is now)."""
        second = timedelta(seconds=1)
        while self._overall and now - self._overall[0] >= second:
            self._overall.popleft()
        waits = [0.0]
        if len(self._overall) >= limits.overall_per_s:
            waits.append((self._overall[-limits.overall_per_s] + second - now).total_seconds())
        if use is None:
            return max(waits)
        window = timedelta(seconds=limits.per_chat_window_s)
        while use.accepted and now - use.accepted[0] >= window:
            use.accepted.popleft()
        if len(use.accepted) >= limits.per_chat:
            waits.append((use.accepted[-limits.per_chat] + window - now).total_seconds())
        in_last_second = [t for t in use.accepted if now - t < second]
        if limits.burst is not None and len(in_last_second) >= limits.burst:
            waits.append((in_last_second[-limits.burst] + second - now).total_seconds())
        return max(waits)

    def most_in_window(
        self, chat_id: int, window_s: float, methods: frozenset[str] = COUNTED_METHODS
    ) -> int:
        """The most calls of `methods` this chat was charged for inside any `window_s` seconds."""
        times = [at for at, chat, name in self.charged if chat == chat_id and name in methods]
        window = timedelta(seconds=window_s)
        best, first = 0, 0
        for last, at in enumerate(times):
            while at - times[first] >= window:
                first += 1
            best = max(best, last - first + 1)
        return best

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
def _chat_of(params: dict[str, Any]) -> int | None:
    value = params.get("chat_id")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None
