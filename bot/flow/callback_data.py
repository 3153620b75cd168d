"""Compact callback data for buttons, and the strict parser that guards the runtime.

Flow buttons are `f<seq>:<action>` where seq is the number of the question they answer (a
clarifying option carries its answer: `f<seq>:c<value>`; `f<seq>:x` is a first question's
Cancel); menu buttons are `m:<action>`.
Anything else is refused before state is touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.flow.events import ButtonPress

# fullmatch and [0-9]: no trailing newline and no non-ASCII digits slip through.
_FLOW = re.compile(r"f([0-9]{1,9}):(?:([ot])([0-9]{1,2})|([dsbx])|c([0-9A-Za-z_.:+-]{1,32}))")
CLARIFY_VALUE = re.compile(r"[0-9A-Za-z_.:+-]{1,32}")
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


def clarify_button(seq: int, value: str) -> str:
    """A button that answers question `seq` with `value`, as if it had been typed."""
    if not CLARIFY_VALUE.fullmatch(value):
        raise ValueError("a clarifying option's value must be short and plain ASCII")
    return f"f{seq}:c{value}"


def menu_button(action: str, arg: str | None = None) -> str:
    return f"m:{action}" if arg is None else f"m:{action}:{arg}"


def parse(data: str | None) -> FlowButton | MenuButton | None:
    """The decoded button, or None for data this bot never produces."""
    if not data or len(data) > 64:
        return None
    if match := _FLOW.fullmatch(data):
        seq, kind, index, single, value = match.groups()
        if value is not None:
            return FlowButton(int(seq), ButtonPress("c", value=value))
        press = ButtonPress(kind, int(index)) if kind else ButtonPress(single)
        return FlowButton(int(seq), press)
    if match := _MENU.fullmatch(data):
        return MenuButton(match.group(1), match.group(2))
    return None
