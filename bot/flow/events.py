"""What a user can do inside a flow, already stripped of Telegram's shapes."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.storable import storable


@dataclass(frozen=True)
class TextInput:
    """Typed text, with what no database can store (NUL, lone surrogates) already dropped, so
    no flow ever holds an answer that would make every later save of its state fail."""

    text: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", storable(self.text))


@dataclass(frozen=True)
class ButtonPress:
    """A validated press: `action` is one of "o" (option), "t" (toggle), "d" (done),
    "s" (skip), "b" (back), "x" (cancel), "c" (a clarifying option); `index` is set for options and
    toggles, `value` for a clarifying option (an answer the step reads as if it were typed)."""

    action: str
    index: int | None = None
    value: str | None = None


@dataclass(frozen=True)
class LocationInput:
    latitude: float
    longitude: float


@dataclass(frozen=True)
class OtherInput:
    """A sticker, photo, voice note or anything else that is not text."""

    kind: str


Event = TextInput | ButtonPress | LocationInput | OtherInput
