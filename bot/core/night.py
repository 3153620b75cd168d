"""The hours between a person's bedtime and their wake-up: what Stillpoint offers then is what
helps now (breathing, sound over a lit screen, winding down, a worry put off), and everything
else waits for the morning. Pure."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

__all__ = ["USUAL_BEDTIME", "USUAL_WAKE", "is_night", "is_night_at"]

# For someone who hasn't told us their times yet: late evening to early morning.
USUAL_BEDTIME = time(22, 0)
USUAL_WAKE = time(6, 30)


def is_night(local: time, *, bedtime: time | None, wake: time | None) -> bool:
    """Whether `local` (the person's clock) falls from their bedtime up to their wake-up."""
    bed, up = bedtime or USUAL_BEDTIME, wake or USUAL_WAKE
    local = local.replace(second=0, microsecond=0, tzinfo=None)
    if bed == up:
        return False
    if bed < up:  # a bedtime after midnight: 01:00 to 09:00
        return bed <= local < up
    return local >= bed or local < up


def is_night_at(
    now: datetime, zone: str | None, bedtime: time | None = None, wake: time | None = None
) -> bool | None:
    """`is_night` at the instant `now` in `zone`; None when their zone is unknown (before
    sign-up), since then their clock is too."""
    if zone is None:
        return None
    return is_night(now.astimezone(ZoneInfo(zone)).time(), bedtime=bedtime, wake=wake)
