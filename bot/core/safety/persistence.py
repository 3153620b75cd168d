"""When twitching has lasted long enough that a clinician should see it, whatever was typed."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "PERSISTENCE_DAYS",
    "PERSISTENCE_LEVEL",
    "PERSISTENCE_WINDOW",
    "needs_clinician_for_persistence",
]

PERSISTENCE_WINDOW = 14
PERSISTENCE_DAYS = 10
PERSISTENCE_LEVEL = 2  # 0 none, 1 mild, 2 moderate, 3 strong


def needs_clinician_for_persistence(levels_last_14_days: Sequence[int | None]) -> bool:
    """Whether twitching was moderate or strong on at least 10 of the last 14 days.

    Days without a check-in (None) do not count; with fewer than 14 values the missing days are
    treated the same way. Only the last 14 values are read.
    """
    window = levels_last_14_days[-PERSISTENCE_WINDOW:]
    for level in window:
        if level is not None and not 0 <= level <= 3:
            raise ValueError(f"twitch level must be 0-3, got {level}")
    strong_days = sum(1 for level in window if level is not None and level >= PERSISTENCE_LEVEL)
    return strong_days >= PERSISTENCE_DAYS
