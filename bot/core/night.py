"""Whether it is night for someone: after their bedtime or before their wake time, on their own
clock. Used to suggest sound over a lit screen, and the wind-down after an exercise."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

__all__ = ["DEFAULT_BEDTIME", "DEFAULT_WAKE", "is_night"]

# For someone who has not told us their times: late evening to early morning.
DEFAULT_BEDTIME = time(22, 0)
DEFAULT_WAKE = time(6, 30)


def is_night(
    now: datetime, zone: str | None, bedtime: time | None = None, wake: time | None = None
) -> bool | None:
    """True between bedtime and wake time on their clock, False outside; None when their zone
    is unknown (before sign-up), since then their clock is too."""
    if zone is None:
        return None
    local = now.astimezone(ZoneInfo(zone)).time()
    bed, up = bedtime or DEFAULT_BEDTIME, wake or DEFAULT_WAKE
    if bed == up:
        return False
    if bed < up:  # a bedtime after midnight, e.g. 01:00 to 09:00
        return bed <= local < up
    return local >= bed or local < up
