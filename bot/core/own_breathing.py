"""A breathing pattern of one's own, such as "4 2 6" (in, hold, out[, hold after the out-breath]):
read from what was typed and kept within safe bounds. Pure; the words are the flow's."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

__all__ = [
    "HOLD_MAX_S",
    "PHASE_MAX_S",
    "PHASE_MIN_S",
    "OwnPattern",
    "Phase",
    "Problem",
    "check",
    "check_phase",
    "from_key",
    "parse",
]

# Every breath lasts 1 to 12 seconds. A hold is optional (0 is none) and never over 10 seconds:
# longer holds, again and again, can leave people light-headed.
PHASE_MIN_S = 1
PHASE_MAX_S = 12
HOLD_MAX_S = 10

# "4 2 6", "4-2-6", "4, 2, 6, 2", "4/2/6": whole seconds with spaces, dashes, commas or slashes.
_SEPARATORS = re.compile(r"[\s,;/\-\u2010-\u2015]+")
_NUMBER = re.compile(r"[0-9]{1,3}")


class Phase(enum.Enum):
    """The parts of one round, in order."""

    IN = "in"
    HOLD = "hold"
    OUT = "out"
    HOLD_OUT = "hold_out"


class Problem(enum.Enum):
    """Why a pattern was refused."""

    NOT_NUMBERS = "not_numbers"  # something other than whole numbers of seconds
    COUNT = "count"  # not three or four numbers
    TOO_SHORT = "too_short"  # a breath in or out under PHASE_MIN_S
    TOO_LONG = "too_long"  # a breath in or out over PHASE_MAX_S
    HOLD_TOO_LONG = "hold_too_long"  # a hold over HOLD_MAX_S


def check_phase(phase: Phase, seconds: int) -> Problem | None:
    """Whether `seconds` is safe for `phase` (a hold of 0 means no hold)."""
    if phase in (Phase.HOLD, Phase.HOLD_OUT):
        return Problem.HOLD_TOO_LONG if not 0 <= seconds <= HOLD_MAX_S else None
    if seconds < PHASE_MIN_S:
        return Problem.TOO_SHORT
    if seconds > PHASE_MAX_S:
        return Problem.TOO_LONG
    return None


def check(inhale: int, hold: int, exhale: int, hold_out: int = 0) -> Problem | None:
    """The first problem of a whole pattern, breaths before holds (None: it is safe)."""
    for phase, seconds in (
        (Phase.IN, inhale),
        (Phase.OUT, exhale),
        (Phase.HOLD, hold),
        (Phase.HOLD_OUT, hold_out),
    ):
        if (problem := check_phase(phase, seconds)) is not None:
            return problem
    return None


@dataclass(frozen=True, slots=True)
class OwnPattern:
    """Seconds for each part of one round; a hold of 0 is left out."""

    inhale: int
    hold: int
    exhale: int
    hold_out: int = 0

    def __post_init__(self) -> None:
        if (problem := check(self.inhale, self.hold, self.exhale, self.hold_out)) is not None:
            raise ValueError(f"unsafe breathing pattern ({problem.value})")

    @property
    def key(self) -> str:
        """ "4-2-6", or "4-2-6-2" with a hold after the out-breath."""
        parts = [self.inhale, self.hold, self.exhale] + ([self.hold_out] if self.hold_out else [])
        return "-".join(str(p) for p in parts)

    @property
    def phases(self) -> tuple[tuple[Phase, int], ...]:
        """The parts of one round that last at all, in order."""
        every = (
            (Phase.IN, self.inhale),
            (Phase.HOLD, self.hold),
            (Phase.OUT, self.exhale),
            (Phase.HOLD_OUT, self.hold_out),
        )
        return tuple((phase, seconds) for phase, seconds in every if seconds > 0)

    @property
    def round_seconds(self) -> int:
        return self.inhale + self.hold + self.exhale + self.hold_out


def parse(text: str) -> OwnPattern | Problem:
    """Three or four whole numbers of seconds (in, hold, out, hold), checked for safety."""
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    if not parts or not all(_NUMBER.fullmatch(p) for p in parts):
        return Problem.NOT_NUMBERS
    if len(parts) not in (3, 4):
        return Problem.COUNT
    numbers = [int(p) for p in parts] + ([0] if len(parts) == 3 else [])
    problem = check(*numbers)
    return problem if problem is not None else OwnPattern(*numbers)


def from_key(key: str) -> OwnPattern | None:
    """The pattern an `OwnPattern.key` names ("4-2-6"); None for anything else."""
    if not re.fullmatch(r"[0-9]{1,2}(?:-[0-9]{1,2}){2,3}", key):
        return None
    found = parse(key)
    return found if isinstance(found, OwnPattern) else None
