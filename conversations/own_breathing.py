"""Breathing to a pattern of one's own: the words for what is out of bounds, and the four
questions (in, hold, out, hold) that build one step by step in /breathe. The bounds themselves
are in `bot.core.own_breathing`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.core import timeparse
from bot.core.own_breathing import (
    HOLD_MAX_S,
    PHASE_MAX_S,
    PHASE_MIN_S,
    OwnPattern,
    Phase,
    Problem,
    check,
    check_phase,
)
from bot.flow import Ctx, Invalid, Option, Step
from conversations.i18n import _, ngettext

__all__ = [
    "CUSTOM",
    "MINE",
    "built",
    "problem_text",
    "steps",
]

# The answers to "which kind of breathing?" that mean one's own: set one now, or the one
# remembered from last time.
CUSTOM, MINE = "custom", "mine"
KEYS = {
    Phase.IN: "own_in",
    Phase.HOLD: "own_hold",
    Phase.OUT: "own_out",
    Phase.HOLD_OUT: "own_hold_out",
}


def problem_text(problem: Problem) -> str:
    """Why a pattern (or one part of it) was not taken, kindly."""
    if problem is Problem.NOT_NUMBERS:
        return _("Please use whole seconds, like 4 2 6: in, hold, out.")
    if problem is Problem.COUNT:
        return _(
            "A pattern is three or four numbers: in, hold, out, and if you like a rest with "
            "your lungs empty, like 4 2 6 or 4 4 4 4."
        )
    if problem is Problem.TOO_SHORT:
        return ngettext(
            "A breath in or out needs at least {low} second.",
            "A breath in or out needs at least {low} seconds.",
            PHASE_MIN_S,
        ).format(low=PHASE_MIN_S)
    if problem is Problem.TOO_LONG:
        return ngettext(
            "Here a breath in or out lasts at most {high} second, so the rhythm stays easy.",
            "Here a breath in or out lasts at most {high} seconds, so the rhythm stays easy.",
            PHASE_MAX_S,
        ).format(high=PHASE_MAX_S)
    return ngettext(
        "Holds stay at {high} second or less: longer ones, again and again, can leave you "
        "light-headed.",
        "Holds stay at {high} seconds or less: longer ones, again and again, can leave you "
        "light-headed.",
        HOLD_MAX_S,
    ).format(high=HOLD_MAX_S)


@dataclass(frozen=True, kw_only=True)
class Seconds(Step):
    """How many whole seconds one part of one's own pattern lasts, within its safe bounds."""

    phase: Phase
    buttons: Sequence[int] = ()

    def options(self, ctx: Ctx) -> Sequence[Option]:
        return [Option(str(n), str(n)) for n in self.buttons]

    def parse_text(self, text: str, ctx: Ctx) -> Any | Invalid:
        value = timeparse.parse_int_in_range(text, 0, 999)
        if value is None:
            return Invalid(_("Please send a whole number of seconds, like 4."))
        return value

    def validate(self, value: Any, ctx: Ctx) -> Any | Invalid:
        seconds = int(value)
        problem = check_phase(self.phase, seconds)
        return Invalid(problem_text(problem)) if problem is not None else seconds


def built(ctx: Ctx) -> OwnPattern | None:
    """The pattern the four answers make (None until all are given)."""
    values = [ctx.data.get(key) for key in KEYS.values()]
    if any(v is None for v in values):
        return None
    numbers = [int(v) for v in values if v is not None]
    return OwnPattern(*numbers) if check(*numbers) is None else None


def steps(when: Callable[[Ctx], bool]) -> tuple[Step, ...]:
    """In, hold, out, hold: asked when `when` holds (they chose to set their own)."""
    return (
        Seconds(
            key=KEYS[Phase.IN],
            phase=Phase.IN,
            prompt=lambda ctx: _(
                "Let's set your own pattern. Breathe in for how many seconds? (1 to 12)"
            ),
            buttons=(2, 3, 4, 5, 6, 7, 8),
            columns=7,
            when=when,
        ),
        Seconds(
            key=KEYS[Phase.HOLD],
            phase=Phase.HOLD,
            prompt=lambda ctx: _("Then hold for how many seconds? (0 for no hold, 10 at most)"),
            buttons=(0, 1, 2, 3, 4, 5, 6, 7),
            columns=8,
            when=when,
        ),
        Seconds(
            key=KEYS[Phase.OUT],
            phase=Phase.OUT,
            prompt=lambda ctx: _("Breathe out for how many seconds? (1 to 12)"),
            buttons=(4, 5, 6, 7, 8, 9, 10),
            columns=7,
            when=when,
        ),
        Seconds(
            key=KEYS[Phase.HOLD_OUT],
            phase=Phase.HOLD_OUT,
            prompt=lambda ctx: _(
                "And rest with your lungs empty for how many seconds before breathing in "
                "again? (0 for none, 10 at most)"
            ),
            buttons=(0, 1, 2, 3, 4),
            columns=5,
            when=when,
        ),
    )
