"""Schedule arithmetic for reminders: when a local wall time next comes round in an IANA zone.

One rule covers every daylight-saving case: the occurrence on a local date is the first moment
the zone's clock shows that date and a time at or after the requested one (to the whole minute
where the clock jumps over it). So a time that exists fires exactly then -- in a fall-back
overlap at its first reading, never twice; a time in a spring-forward gap fires at the first
valid minute after the gap; and a date on which the clock never reaches the time has no
occurrence at all, rather than a second one on the next date. That last case is rare:
Pacific/Apia skipped 2011-12-30 entirely, and Asia/Dhaka (2009-06-19, from 23:00) and
Asia/Pyongyang (2018-05-04, from 23:30) jumped straight to the next midnight.
"""

import datetime as dt
from zoneinfo import ZoneInfo

__all__ = ["SkippedTimeError", "at_local", "local_date", "next_occurrence"]

_DAY = dt.timedelta(days=1)
_MINUTE = dt.timedelta(minutes=1)
_WEEKDAYS = frozenset(range(7))
# Today, a week for a weekday filter, and room for a date the zone skipped.
_SEARCH_DAYS = 15


class SkippedTimeError(ValueError):
    """The zone's clock never showed that date at or after that time."""


def local_date(instant: dt.datetime, zone: str) -> dt.date:
    """The date the wall clock in `zone` shows at `instant`."""
    _require_aware(instant)
    return instant.astimezone(ZoneInfo(zone)).date()


def at_local(d: dt.date, local_time: dt.time, zone: str) -> dt.datetime:
    """The UTC instant of the occurrence of `local_time` on date `d` in `zone`.

    Raises SkippedTimeError if the clock never showed that date at or after `local_time`.
    """
    if local_time.tzinfo is not None:
        raise ValueError("local_time must be a wall time without tzinfo")
    tz = ZoneInfo(zone)
    wall = dt.datetime.combine(d, local_time.replace(fold=0))
    instant = _instant_of(wall, tz)
    if instant is not None:
        return instant
    # Inside a gap. Read with the offset before the jump (fold=0) and after it (fold=1), the wall
    # time maps to two instants as far apart as the jump, and the gap is no longer than that.
    as_before = wall.replace(tzinfo=tz, fold=0).astimezone(dt.UTC)
    as_after = wall.replace(tzinfo=tz, fold=1).astimezone(dt.UTC)
    jump = as_before - as_after
    # Minutes are invalid up to the gap's end and valid from there on, so bisect for the first
    # valid one; the +2 covers rounding to whole minutes at both ends.
    floor = wall.replace(second=0, microsecond=0)
    invalid, valid = 0, jump // _MINUTE + 2
    while valid - invalid > 1:
        middle = (invalid + valid) // 2
        if _instant_of(floor + middle * _MINUTE, tz) is None:
            invalid = middle
        else:
            valid = middle
    first_valid = floor + valid * _MINUTE
    if first_valid.date() != d:
        raise SkippedTimeError(f"{zone} never showed {d} at or after {local_time}")
    instant = _instant_of(first_valid, tz)
    if instant is None:
        raise AssertionError(f"{zone} has a gap longer than its offset jump at {wall}")
    return instant


def next_occurrence(
    local_time: dt.time,
    zone: str,
    after: dt.datetime,
    *,
    weekdays: frozenset[int] | None = None,
) -> dt.datetime:
    """The first occurrence of `local_time` in `zone` strictly after `after`, in UTC.

    `weekdays` limits occurrences to those local weekdays (0 = Monday); None means every day.
    """
    _require_aware(after)
    if weekdays is not None and not (weekdays and weekdays <= _WEEKDAYS):
        raise ValueError(f"weekdays must be a non-empty subset of 0..6, got {sorted(weekdays)}")
    # Earlier dates had their occurrence by `after`: a clock shows each time of a date before it
    # first shows the next date (a fall-back across midnight, as Goose_Bay's from 00:01 to 23:01
    # until 2010, only shows them again). Occurrences grow with their date, so the first one
    # past `after` is the answer.
    start = local_date(after, zone)
    for offset in range(_SEARCH_DAYS):
        day = start + offset * _DAY
        if weekdays is not None and day.weekday() not in weekdays:
            continue
        try:
            candidate = at_local(day, local_time, zone)
        except SkippedTimeError:
            continue
        if candidate > after:
            return candidate
    raise AssertionError(f"no occurrence of {local_time} in {zone} within {_SEARCH_DAYS} days")


def _instant_of(wall: dt.datetime, tz: ZoneInfo) -> dt.datetime | None:
    """The UTC instant at which `tz` first shows naive `wall`, or None if it never does."""
    # fold=0 resolves a repeated wall time to its first reading. A time in a gap gets an offset
    # all the same, so only the round trip tells whether the clock really showed it.
    instant = wall.replace(tzinfo=tz, fold=0).astimezone(dt.UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == wall:
        return instant
    return None


def _require_aware(instant: dt.datetime) -> None:
    # A naive datetime would silently be read in the server's zone.
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"expected an aware datetime, got naive {instant.isoformat()}")
