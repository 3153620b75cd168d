"""Neutral outputs of a flow step; the Telegram boundary turns them into Bot API calls
and the storage layer into writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Button:
    label: str
    data: str


@dataclass(frozen=True)
class ReplyKey:
    """A key of the keyboard under the text field; it sends its label as text."""

    label: str
    request_location: bool = False


@dataclass(frozen=True)
class Say:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    reply_keys: tuple[tuple[ReplyKey, ...], ...] = ()
    remove_keyboard: bool = False


@dataclass(frozen=True)
class EditPressed:
    """Replace the text and buttons of the message whose button was just pressed."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()


@dataclass(frozen=True)
class Toast:
    """A short answer to a button press, shown briefly over the chat."""

    text: str


@dataclass(frozen=True)
class Record:
    """An output that changes stored data: the turn carries it out inside its transaction,
    by the `Effect` that a feature declares for its exact type. A feature adds its own kind
    by subclassing this (as a frozen dataclass); nothing here or in the turn runner changes."""


@dataclass(frozen=True)
class StartFlow:
    """Begin another flow right after this one ends."""

    name: str


@dataclass(frozen=True)
class RunAction:
    """Carry out the declared action `name` (as its command or button would), e.g. a flow's
    own Cancel button running /cancel. Only the turn runner knows how."""

    name: str
    arg: str | None = None


@dataclass(frozen=True)
class ShowMenu:
    text: str | None = None


@dataclass(frozen=True)
class WakeExercise:
    """After the commit: run session `session_id` here (`start`), or nudge its runner."""

    session_id: int
    start: bool = False


@dataclass(frozen=True)
class SendPhoto:
    """A picture (PNG bytes) with a short caption, e.g. an insights chart."""

    photo: bytes
    caption: str = ""
    buttons: tuple[tuple[Button, ...], ...] = ()


@dataclass(frozen=True)
class SendDocument:
    """A file for the user to keep, e.g. their data export."""

    filename: str
    data: bytes
    caption: str = ""


@dataclass(frozen=True)
class SendVoice:
    """A voice message the bot makes itself (an exercise as sound), returned by a renderer.
    `key` names its content: a recording Telegram already holds is sent again by its file_id,
    and only otherwise is `make` called for the Ogg/Opus bytes. `duration` is in seconds."""

    key: str
    make: Callable[[], bytes]
    duration: int
    caption: str = ""
    buttons: tuple[tuple[Button, ...], ...] = ()


@dataclass(frozen=True)
class RenderLater:
    """Work that draws (a chart, a PDF): kept as a recipe, and carried out by the feature's
    renderer named `renderer` with `args` (plain JSON values) when the reply is sent, after
    the turn commits, so a restart can still carry it out."""

    renderer: str
    args: dict[str, Any] = field(default_factory=dict)


# Every kind of output the turn handles; a `Record` of any kind goes to its feature's effect.
Output = (
    Say
    | EditPressed
    | Toast
    | StartFlow
    | RunAction
    | ShowMenu
    | SendPhoto
    | SendDocument
    | SendVoice
    | RenderLater
    | WakeExercise
    | Record
)
