"""Compact callback data for buttons, and the strict parser that guards the runtime.

Flow buttons are `f<seq>:<action>` where seq is the number of the question they answer;
menu buttons are `m:<action>`. Anything else is refused before state is touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.flow.events import ButtonPress

# fullmatch and [0-9]: no trailing newline and no non-ASCII digits slip through.
_FLOW = re.compile(r"f([0-9]{1,9}):(?:([ot])([0-9]{1,2})|([dsb]))")
_MENU = re.compile(r"m:([a-z_]{1,24})(?::([a-z0-9_]{1,24}))?")


@dataclass(frozen=True)
class FlowButton:
    seq: int
    press: ButtonPress


@dataclass(frozen=True)
class MenuButton:
    action: str
    arg: str | None = None


def flow_button(seq: int, action: str, index: int | None = None) -> str:
    return f"f{seq}:{action}{'' if index is None else index}"


def menu_button(action: str, arg: str | None = None) -> str:
    return f"m:{action}" if arg is None else f"m:{action}:{arg}"


def parse(data: str | None) -> FlowButton | MenuButton | None:
    """The decoded button, or None for data this bot never produces."""
    if not data or len(data) > 64:
        return None
    if match := _FLOW.fullmatch(data):
        seq, kind, index, single = match.groups()
        press = ButtonPress(kind, int(index)) if kind else ButtonPress(single)
        return FlowButton(int(seq), press)
    if match := _MENU.fullmatch(data):
        return MenuButton(match.group(1), match.group(2))
    return None
