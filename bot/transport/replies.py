"""Neutral outputs to Bot API calls: the one place that knows how a `Say` becomes a message.

A turn's outputs are first turned into envelopes (method + parameters), which the outbox
stores; `deliver` makes the call for one envelope and says what came of it.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta
from typing import Any

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.core.pieces import split_text
from bot.flow import Button, EditPressed, Output, RenderLater, Say, SendDocument, SendPhoto, Toast
from bot.storage.outbox import Envelope
from bot.transport.budget import retry_after_seconds

__all__ = [
    "Delivery",
    "answer_button",
    "calls_in_response",
    "deliver",
    "envelopes",
    "inline",
    "markup",
    "send",
]

logger = logging.getLogger(__name__)

# Telegram's limit for a message's text, and for a photo's or document's caption.
MAX_TEXT = 4096
MAX_CAPTION = 1024
# An edit that has not gone out by then no longer fits the chat.
EDIT_EXPIRES = timedelta(minutes=2)

Rows = tuple[tuple[Button, ...], ...]


def inline(rows: Rows) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


def markup(say: Say) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None:
    if say.buttons:
        return inline(say.buttons)
    if say.reply_keys:
        return ReplyKeyboardMarkup(
            [
                [KeyboardButton(k.label, request_location=k.request_location) for k in row]
                for row in say.reply_keys
            ],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
    if say.remove_keyboard:
        return ReplyKeyboardRemove()
    return None


async def send(bot: Bot, chat_id: int, output: Output, *, paid_broadcast: bool = False) -> bool:
    """Send one message-like output now; False when `output` is not one (a toast, a write...).

    For reminders, which keep their own ledger. `paid_broadcast` lifts Telegram's 30
    messages/s for a fee in Stars.
    """
    paid = paid_broadcast or None
    if isinstance(output, Say):
        await bot.send_message(
            chat_id, output.text, reply_markup=markup(output), allow_paid_broadcast=paid
        )
    elif isinstance(output, SendPhoto):
        await bot.send_photo(
            chat_id,
            InputFile(output.photo, filename="chart.png"),
            caption=output.caption or None,
            reply_markup=inline(output.buttons),
            allow_paid_broadcast=paid,
        )
    elif isinstance(output, SendDocument):
        await bot.send_document(
            chat_id,
            InputFile(output.data, filename=output.filename),
            caption=output.caption or None,
            allow_paid_broadcast=paid,
        )
    else:
        return False
    return True


# --- envelopes ---------------------------------------------------------------------------------


def _rows(rows: Rows) -> list[list[list[str]]]:
    return [[[b.label, b.data] for b in row] for row in rows]


def _say(say: Say) -> list[Envelope]:
    parts = split_text(say.text, MAX_TEXT)
    plain: dict[str, Any] = {"buttons": [], "reply_keys": [], "remove": False}
    keyboard = {
        "buttons": _rows(say.buttons),
        "reply_keys": [[[k.label, k.request_location] for k in row] for row in say.reply_keys],
        "remove": say.remove_keyboard,
    }
    # The keyboard goes with the last piece, under the words it answers.
    return [
        Envelope("sendMessage", {"text": part, **(keyboard if last else plain)})
        for last, part in ((i == len(parts) - 1, p) for i, p in enumerate(parts))
    ]


def envelopes(
    outputs: Sequence[Output], *, pressed: bool, message_id: int | None
) -> tuple[list[Envelope], str | None]:
    """The Bot API calls a turn's outputs make, in order, and the toast for the button that
    was pressed (if one was). A toast for a typed command becomes a message, so a typed
    command always gets one."""
    calls: list[Envelope] = []
    toast: str | None = None
    for output in outputs:
        if isinstance(output, Toast):
            if pressed:
                toast = output.text
            else:
                calls += _say(Say(output.text))
        elif isinstance(output, Say):
            calls += _say(output)
        elif isinstance(output, EditPressed):
            if message_id is None:
                calls += _say(Say(output.text, buttons=output.buttons))
            else:
                payload = {"message_id": message_id, "text": output.text[:MAX_TEXT]}
                payload["buttons"] = _rows(output.buttons)
                calls.append(Envelope("editMessageText", payload, expires_in=EDIT_EXPIRES))
        elif isinstance(output, SendPhoto):
            payload = {"caption": output.caption[:MAX_CAPTION], "buttons": _rows(output.buttons)}
            calls.append(Envelope("sendPhoto", payload, blob=output.photo))
        elif isinstance(output, SendDocument):
            payload = {"caption": output.caption[:MAX_CAPTION], "filename": output.filename}
            calls.append(Envelope("sendDocument", payload, blob=output.data))
        elif isinstance(output, RenderLater):
            calls.append(Envelope("render", {"renderer": output.renderer, "args": output.args}))
    return calls, toast


async def answer_button(query: CallbackQuery, toast: str | None) -> None:
    """Stop the pressed button's spinner (with the toast, if any). A late or failed answer
    only leaves the spinner to time out, so it is never retried or kept.

    During a webhook delivery the answer rides back on the webhook's own response, as
    Telegram allows for one call whose result is not needed: one request fewer for every tap.
    That response leaves when the turn is done, so the spinner stops as the reply appears."""
    params = _answer_json(query.id, toast)
    held = _IN_RESPONSE.get()
    if held is not None and not held:
        held.append({"method": "answerCallbackQuery", **params})
        return
    try:
        await raw_call(query.get_bot(), "answerCallbackQuery", params)
    except TelegramError as exc:
        logger.info("a button's answer did not go through (%s)", type(exc).__name__)


# The call a webhook delivery's response carries back (at most one), while the webhook server
# handles that delivery; None outside a webhook delivery (polling, the console, tests).
_IN_RESPONSE: ContextVar[list[dict[str, Any]] | None] = ContextVar(
    "stillpoint_webhook_response_call", default=None
)


@contextmanager
def calls_in_response() -> Iterator[list[dict[str, Any]]]:
    """For the length of one webhook delivery: what is put in the list goes back to Telegram
    as the Bot API call in the webhook's response."""
    held: list[dict[str, Any]] = []
    token = _IN_RESPONSE.set(held)
    try:
        yield held
    finally:
        _IN_RESPONSE.reset(token)


def _photo_keyboard(payload: dict[str, Any]) -> InlineKeyboardMarkup | None:
    return inline(
        tuple(tuple(Button(label, data) for label, data in row) for row in payload["buttons"])
    )


# --- delivering one envelope ------------------------------------------------------------------


class Delivery(enum.Enum):
    SENT = "sent"  # Telegram took it (or it was already so: "message is not modified")
    DROPPED = "dropped"  # it can never go through (a bad request, a blocked bot): give it up
    LATER = "later"  # Telegram or the network is struggling: keep it and try again later


# Bad requests that mean the call is already done or no longer needed.
_DONE_ALREADY = ("message is not modified",)
_TOO_LATE = ("query is too old", "query id is invalid", "message to edit not found")


async def deliver(
    bot: Bot,
    chat_id: int,
    method: str,
    payload: dict[str, Any],
    blob: bytes | None,
    *,
    refused: Callable[[float], object] | None = None,
) -> Delivery:
    """Make one call; what came of it decides whether the row is done or kept for later.
    `refused` hears the wait a 429 asked for."""
    try:
        await _call(bot, chat_id, method, payload, blob)
    except RetryAfter as exc:
        if refused is not None:
            refused(retry_after_seconds(exc))
        return Delivery.LATER
    except Forbidden:
        return Delivery.DROPPED
    except BadRequest as exc:
        reason = str(exc).lower()
        if any(known in reason for known in _DONE_ALREADY):
            return Delivery.SENT
        return Delivery.DROPPED
    except NetworkError:  # timeouts and Telegram's 5xx are NetworkErrors too
        return Delivery.LATER
    return Delivery.SENT


async def _call(
    bot: Bot, chat_id: int, method: str, payload: dict[str, Any], blob: bytes | None
) -> None:
    if method == "sendMessage":
        await raw_call(
            bot, method, {"chat_id": chat_id, "text": payload["text"], **_markup_json(payload)}
        )
    elif method == "editMessageText":
        params = {"chat_id": chat_id, "message_id": payload["message_id"], "text": payload["text"]}
        await raw_call(bot, method, {**params, **_markup_json(payload)})
    elif method == "answerCallbackQuery":
        await raw_call(
            bot, method, _answer_json(payload["callback_query_id"], payload.get("text"))
        )
    elif method == "sendPhoto":
        assert blob is not None
        await bot.send_photo(
            chat_id,
            InputFile(blob, filename="chart.png"),
            caption=payload.get("caption") or None,
            reply_markup=_photo_keyboard(payload),
        )
    elif method == "sendDocument":
        assert blob is not None
        await bot.send_document(
            chat_id,
            InputFile(blob, filename=payload["filename"]),
            caption=payload.get("caption") or None,
        )
    else:
        raise ValueError(f"unknown outbox method {method!r}")


async def raw_call(bot: Bot, method: str, params: dict[str, Any]) -> Any:
    """Make a Bot API call from plain JSON and return Telegram's plain answer.

    A turn never reads the `Message` Telegram sends back, and building one (and its keyboard,
    both ways) was a third of a short turn's time. `Bot._post` is the call every PTB method
    and `do_api_request` make underneath, through the same request, rate limiter and errors;
    `do_api_request` itself warns for methods PTB has typed versions of.
    """
    return await bot._post(method, params)


def _markup_json(payload: dict[str, Any]) -> dict[str, Any]:
    """The stored keyboard as Bot API JSON, or nothing when the message has none."""
    if payload.get("buttons"):
        rows = [
            [{"text": label, "callback_data": data} for label, data in row]
            for row in payload["buttons"]
        ]
        return {"reply_markup": {"inline_keyboard": rows}}
    if payload.get("reply_keys"):
        keys = [
            [
                {"text": label, "request_location": True} if location else {"text": label}
                for label, location in row
            ]
            for row in payload["reply_keys"]
        ]
        keyboard = {"keyboard": keys, "resize_keyboard": True, "one_time_keyboard": True}
        return {"reply_markup": keyboard}
    if payload.get("remove"):
        return {"reply_markup": {"remove_keyboard": True}}
    return {}


def _answer_json(query_id: str, text: str | None) -> dict[str, Any]:
    return {"callback_query_id": query_id, **({"text": text} if text else {})}
