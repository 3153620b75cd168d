"""What a feature says about itself: its actions (commands and buttons), its menu buttons,
its flows and the effects of the outputs it saves. The Telegram boundary reads these; it
names no feature itself.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.flow import Flow, Output, Record

if TYPE_CHECKING:
    from bot.core.message import Message
    from bot.features.context import TurnContext
    from bot.features.paced import Paced
    from bot.features.reminding import ReminderWords
    from bot.features.safety import SafetyAnswers
    from bot.features.shell import Shell

__all__ = ["Action", "Effect", "Feature", "FreeText", "MenuEntry", "Needs", "Renderer"]


class Needs(enum.Enum):
    """What a user must have done before an action is open to them."""

    NOTHING = "nothing"  # help at any moment: exercises, safety, export, delete
    ONBOARDING = "onboarding"  # set up, whether or not records are kept
    CONSENT = "consent"  # set up and agreed that records are kept


Handler = Callable[["TurnContext", "str | None"], Awaitable[list[Output]]]
# What a message typed outside any flow gets (after safety): (turn, its reading) -> the answer.
# Also asked while a flow waits, for distress the flow's question cannot take ("atmen").
FreeText = Callable[["TurnContext", "Message"], Awaitable[list[Output]]]
Text = Callable[[], str]


@dataclass(frozen=True)
class Action:
    """Something a user can ask for: typed as `/name [arg]` and/or pressed as `m:name[:arg]`.

    `describe` lists it in /help and in Telegram's "/" menu (a callable, so the words are
    looked up in the language of the moment). A `quick` action leaves a flow in progress
    exactly where it was (a coffee logged mid-check-in); any other action that starts a
    flow asks before it leaves one.
    """

    name: str
    run: Handler
    needs: Needs = Needs.ONBOARDING
    typed: bool = True
    pressed: bool = True
    describe: Text | None = None
    order: int = 1000
    quick: bool = False


@dataclass(frozen=True)
class MenuEntry:
    """A button of the main menu; entries sharing a `row` sit side by side (by `column`),
    rows by number. Shown only to users who may use `action` (its `needs`)."""

    label: Text
    action: str
    row: int
    column: int = 0
    arg: str | None = None


# (turn, the output) -> what answers it; `Any` since each effect takes its own `Record` kind.
EffectRun = Callable[["TurnContext", Any], Awaitable[list[Output]]]
# Draws what a `RenderLater` stored, when its reply is sent: (read session, chat, args).
Renderer = Callable[[AsyncSession, int, Mapping[str, Any]], Awaitable[list[Output]]]


@dataclass(frozen=True)
class Effect:
    """How one kind of `Record` output is carried out inside the turn's transaction: a write,
    and the outputs that answer it. With `needs` CONSENT nothing is written for a user who has
    not agreed to records (consent withdrawn while a flow was open)."""

    run: EffectRun
    needs: Needs = Needs.NOTHING


@dataclass(frozen=True)
class Feature:
    """One feature of the bot, declared in its own module as `FEATURE`.

    `effects` carry out the `Record` outputs the feature's actions and flows return, keyed by
    the record's type (a feature may define its own). `setup` marks the flow that sets a new
    user up (onboarding): actions that need onboarding start it. `renderers` draw what a
    `RenderLater` output stored. `aliases` maps older button names (`m:go:<alias>`) to
    actions, so buttons left in chats from earlier versions keep working. `free_text` answers
    text typed outside any flow (one feature at most; without one, such text gets the menu).
    `shell` words the chat's frame (the menu, /help, the engine's own answers; one feature);
    `safety` answers safety's verdicts, `reminders` words what the scheduler sends, `paced`
    describes the live exercises (one feature each). `preload` loads, before the first update,
    what the feature's words will need in each of the languages it is handed (any feature).
    """

    name: str
    actions: Sequence[Action] = ()
    menu: Sequence[MenuEntry] = ()
    flows: Callable[[], Sequence[Flow]] = tuple
    effects: Mapping[type[Record], Effect] = field(default_factory=dict)
    aliases: Mapping[str, str] = field(default_factory=dict)
    setup: str | None = None
    renderers: Mapping[str, Renderer] = field(default_factory=dict)
    free_text: FreeText | None = None
    shell: Shell | None = None
    safety: SafetyAnswers | None = None
    reminders: ReminderWords | None = None
    paced: Paced | None = None
    preload: Callable[[Sequence[str]], None] | None = None
