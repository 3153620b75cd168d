"""An exercise named in a button's argument — which kind, which pattern, how many rounds — so
"▶ Again" and "Longer" can start it again whether or not a session row was kept; and which
version of it is longer."""

from __future__ import annotations

from bot.core.own_breathing import from_key
from bot.flow import Button
from bot.flow.callback_data import menu_button
from conversations.exercises import OWN_PREFIX, PATTERNS, pattern_for
from conversations.i18n import _
from conversations.relaxation import PMR_SHORT, PMR_VERSIONS

__all__ = [
    "IN_CHAT_ACTION",
    "VOICE_ACTION",
    "again_row",
    "exercise_arg",
    "exercise_from_arg",
    "longer",
    "wind_down_button",
]

# The actions that start a named exercise again: paced in the chat, or as a voice message.
IN_CHAT_ACTION, VOICE_ACTION = "ex_chat", "ex_voice"

# The kinds of exercise (`exercise_words.KINDS`) and their letter in an argument.
BREATHE, RELAX, NOW = "breathe", "relax", "now"
_KINDS = {BREATHE: "b", RELAX: "r", NOW: "n"}


def exercise_arg(kind: str, pattern: str, cycles: int) -> str:
    """ "b_478_4", "b_o4x2x6_3", "r_short_1", "n_now_1": a button's argument has only a-z, 0-9
    and "_", and at most 24 of them."""
    if kind == BREATHE and pattern.startswith(OWN_PREFIX):
        code = "o" + pattern.removeprefix(OWN_PREFIX).replace("-", "x")
    else:
        code = pattern.replace("-", "")
    return f"{_KINDS[kind]}_{code}_{cycles}"


def exercise_from_arg(arg: str | None) -> tuple[str, str, int] | None:
    """(kind, pattern, cycles) from `exercise_arg`'s form, checked; None for anything else."""
    parts = (arg or "").split("_")
    if len(parts) != 3 or not parts[2].isdecimal() or len(parts[2]) > 3:
        return None
    letter, code, cycles = parts[0], parts[1], int(parts[2])
    kind = next((k for k, v in _KINDS.items() if v == letter), None)
    if kind == NOW and code == NOW and cycles == 1:
        return kind, NOW, 1
    if kind == RELAX and code in PMR_VERSIONS and cycles == 1:
        return kind, code, 1
    if kind != BREATHE:
        return None
    if code.startswith("o") and from_key(code[1:].replace("x", "-")) is not None:
        pattern = OWN_PREFIX + code[1:].replace("x", "-")
    else:
        pattern = next((k for k in PATTERNS if k.replace("-", "") == code), "")
    found = pattern_for(pattern)
    if found is None or not 1 <= cycles <= found.max_cycles:
        return None
    return kind, pattern, cycles


def longer(kind: str, pattern: str, cycles: int) -> tuple[str, int] | None:
    """The next longer version of an exercise (pattern, cycles), if there is one: 4-7-8 goes
    4, 6, 8 rounds; other patterns half as long again; the short relaxation the full one."""
    if kind == RELAX:
        return ("full", 1) if pattern == PMR_SHORT.key else None
    found = pattern_for(pattern) if kind == BREATHE else None
    if found is None:
        return None
    more = cycles + 2 if found.key == "4-7-8" else cycles + max(1, (cycles + 1) // 2)
    more = min(more, found.max_cycles)
    return (pattern, more) if more > cycles else None


def again_row(kind: str, pattern: str, cycles: int, action: str) -> tuple[Button, ...]:
    """ "▶ Again", and "Longer" where there is a longer version, both done by `action`."""
    row = [Button(_("▶ Again"), menu_button(action, exercise_arg(kind, pattern, cycles)))]
    if (more := longer(kind, pattern, cycles)) is not None:
        row.append(Button(_("Longer"), menu_button(action, exercise_arg(kind, *more))))
    return tuple(row)


def wind_down_button() -> Button:
    return Button(_("🌙 Wind down for sleep"), menu_button("winddown"))
