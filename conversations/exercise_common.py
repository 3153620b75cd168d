"""What every guided exercise shares: how long a plan takes, and the lines said before any of
them (how to sit, and to stop if dizzy)."""

from __future__ import annotations

import math
from collections.abc import Collection

from bot.core.pacing import Step
from conversations.i18n import _

__all__ = ["about_minutes", "plan_seconds", "posture", "stop_if_dizzy"]


def plan_seconds(steps: Collection[Step]) -> float:
    """How long a plan takes from start to finish."""
    return math.fsum(step.seconds for step in steps)


def about_minutes(seconds: float) -> int:
    """A length in whole minutes, at least one, for "about 5 min"."""
    return max(1, round(seconds / 60))


def posture() -> str:
    return _("Sit or lie down comfortably, and let your shoulders drop and soften.")


def stop_if_dizzy() -> str:
    return _("If you feel dizzy or light-headed, stop and breathe normally.")
