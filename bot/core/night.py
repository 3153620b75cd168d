"""The hours between a person's bedtime and their wake-up: what Stillpoint offers then is what
helps now (breathing, winding down, a worry put off), and everything else waits for the morning.
Pure."""

from __future__ import annotations

from datetime import time

__all__ = ["USUAL_BEDTIME", "USUAL_WAKE", "is_night"]

# For someone who hasn't told us their times yet.
USUAL_BEDTIME = time(23, 0)
USUAL_WAKE = time(6, 0)


def is_night(local: time, *, bedtime: time | None, wake: time | None) -> bool:
    """Whether `local` (the person's clock) falls from their bedtime up to their wake-up."""
    bed, up = bedtime or USUAL_BEDTIME, wake or USUAL_WAKE
    local = local.replace(second=0, microsecond=0, tzinfo=None)
    if bed == up:
        return False
    if bed < up:  # a bedtime after midnight: 01:00 to 09:00
        return bed <= local < up
    return local >= bed or local < up
