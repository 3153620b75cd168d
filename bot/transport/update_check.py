"""What a webhook body must be before PTB sees it: JSON an update can sanely be made of.

Telegram never sends anything else, but a body that passed the secret check and is not sane
(a date of 10^20 or `Infinity`, JSON nested 50,000 levels deep, an id beyond 64 bits, `text`
as a number) used to end in a 500 (which makes Telegram send the same body again and again) or
reach a turn and fail there as "something went wrong". Refused here instead: the webhook
answers 400, and Telegram drops it. Pure: bytes in, a dict or `Malformed` out.
"""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["MAX_DEPTH", "Malformed", "parse"]

# An update's deepest real nesting (a reply's keyboard in a message a message replies to) is
# about a dozen levels; far beyond it is an attack on the parser, not a message.
MAX_DEPTH = 32
# Ids and counts are 64-bit signed at most (Telegram's, and our BigInteger columns).
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
# Unix times: from 1970 to 2106, what Telegram's 32-bit dates can hold.
_TIME_MAX = 2**32
# Fields that are text wherever they appear.
_TEXT = frozenset(
    {
        "text",
        "caption",
        "data",
        "first_name",
        "last_name",
        "username",
        "language_code",
        "title",
        "type",
        "chat_instance",
        "inline_message_id",
        "file_id",
        "file_unique_id",
        "emoji",
        "mime_type",
        "file_name",
        "url",
    }
)
# Fields that are whole numbers wherever they appear.
_WHOLE = frozenset(
    {"update_id", "message_id", "offset", "length", "duration", "width", "height", "file_size"}
)
# Objects whose `id` is a number (a callback query's id is text).
_WITH_NUMBER_ID = frozenset({"from", "chat", "sender_chat", "user", "new_chat_member"})
# Fields that are objects, or lists, wherever they appear.
_OBJECTS = frozenset(
    {
        "message",
        "edited_message",
        "callback_query",
        "my_chat_member",
        "from",
        "chat",
        "reply_to_message",
        "location",
        "sender_chat",
        "reply_markup",
    }
)
_LISTS = frozenset({"entities", "caption_entities", "photo", "new_chat_members"})


class Malformed(ValueError):
    """The body is not a sane update; the reason names a field, never its value."""


def _constant(name: str) -> Any:
    raise Malformed(f"{name} is not a JSON number")


def parse(body: bytes) -> dict[str, Any]:
    """The body as a dict an Update can be made of, or `Malformed`."""
    try:
        data = json.loads(body, parse_constant=_constant)
    except RecursionError:
        raise Malformed("nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise Malformed("not JSON") from exc
    if not isinstance(data, dict):
        raise Malformed("not an object")
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        raise Malformed("update_id")
    _check(data, "", 0)
    return data


def _check(value: Any, key: str, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise Malformed("nested too deeply")
    if isinstance(value, dict):
        for name, item in value.items():
            _field(name, item)
            if name == "id" and key in _WITH_NUMBER_ID:
                _whole(name, item)
            _check(item, name, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check(item, key, depth + 1)
    elif isinstance(value, bool) or value is None or isinstance(value, str):
        return
    elif isinstance(value, int):
        if not _INT_MIN <= value <= _INT_MAX:
            raise Malformed(f"{key} out of range")
    elif not math.isfinite(value) or abs(value) > 2**53:  # a float: no other JSON is left
        raise Malformed(f"{key} out of range")


def _field(name: str, item: Any) -> None:
    if name in _TEXT and not isinstance(item, str):
        raise Malformed(f"{name} is not text")
    if name in _WHOLE:
        _whole(name, item)
    if name == "date" or name.endswith("_date"):
        _whole(name, item)
        if not 0 <= item < _TIME_MAX:
            raise Malformed(f"{name} out of range")
    if name in _OBJECTS and not isinstance(item, dict):
        raise Malformed(f"{name} is not an object")
    if name in _LISTS and not isinstance(item, list):
        raise Malformed(f"{name} is not a list")
    if name in ("latitude", "longitude"):
        limit = 90 if name == "latitude" else 180
        if not isinstance(item, int | float) or isinstance(item, bool) or abs(item) > limit:
            raise Malformed(f"{name} out of range")


def _whole(name: str, item: Any) -> None:
    if not isinstance(item, int) or isinstance(item, bool):
        raise Malformed(f"{name} is not a whole number")
