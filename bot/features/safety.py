"""How safety's verdicts are answered, declared by the feature that words them: the engine reads
every text and decides the tier (`bot.core.safety`), then asks these for the words, and keeps
the questions safety asks waiting in the chat's state under the keys named here."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.core.safety import EmergencySign, SafetyCheck
from bot.core.typed import Word
from bot.flow import Say

if TYPE_CHECKING:
    from bot.features.context import TurnContext

__all__ = ["SafetyAnswers"]


@dataclass(frozen=True)
class SafetyAnswers:
    """Declared as `Feature(safety=...)` by exactly one feature.

    `country` is whose numbers to give; `emergency_text` and `group_command` are what a group
    chat gets (no buttons there); `fear` is the next answer to health anxiety, counting the
    answers given in the chat's state it is handed. `asked`, `held` and `triage` are the state
    keys of the direct question waiting, the words held meanwhile and the panic question
    waiting; `ask_action` and `panic_action` are the actions their buttons press."""

    country: Callable[[TurnContext], str | None]
    emergency: Callable[[SafetyCheck, str | None], Say]  # (the check, the country)
    emergency_text: Callable[[str | None, frozenset[EmergencySign]], str]
    crisis: Callable[[str | None, bool], Say]  # (the country, inside a flow)
    red_flag: Callable[[SafetyCheck, bool, bool], Say]  # (the check, keeps records, in a flow)
    ask: Callable[[], Say]
    panic: Callable[[], Say]
    triage_answer: Callable[[str, Word | None], str | None]
    fear: Callable[[MutableMapping[str, Any], bool], Say]  # (the chat's data, keeps records)
    group_command: Callable[[], str]
    asked: str
    held: str
    triage: str
    ask_action: str
    panic_action: str
