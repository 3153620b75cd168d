"""What every chat has around the features, which the engine draws but does not word: the main
menu and /help's page, its answers about the chat itself (an unknown command, a refused button,
something gone wrong), and the two questions a turn may leave waiting ("leave it?" and the
paused prompt). One feature (the core one) declares it; the turn runner reads it from the
catalogue, so the engine names no feature and holds none of their words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.core.typed import Word
from bot.features.declarations import MenuEntry, Text
from bot.flow import Say

__all__ = ["Shell"]


@dataclass(frozen=True)
class Shell:
    """The chat's frame, declared as `Feature(shell=...)` by exactly one feature.

    `leaving` is the state key under which a flow keeps what was asked for while "leave it?"
    waits; `leave` and `resume` are the actions behind its answers (typed "yes" and "no" press
    them); `paused_answer` names the action a typed word means at the paused prompt."""

    menu: Callable[[Sequence[Sequence[MenuEntry]], str | None], Say]
    help: Callable[[Sequence[tuple[str, str]]], str]
    unknown_command: Text
    refused_button: Text
    something_went_wrong: Text
    setup_first: Text
    not_keeping_records: Text
    paused: Callable[[], Say]
    paused_answer: Callable[[Word | None], str | None]
    leave_question: Callable[[Text | None], Say]
    leaving: str
    leave: str
    resume: str
