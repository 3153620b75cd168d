"""Crash points for fault-injection tests: with STILLPOINT_CRASH_AT=<point>[:<n>] the process
kills itself with SIGKILL the n-th time (default: the first) it reaches that point of a turn.

Read once, when the bot's modules load; unset (always, outside those tests) a point costs one
comparison. A value naming no known point stops the start, so a typo cannot disarm a test.
"""

from __future__ import annotations

import itertools
import os
import signal
from collections.abc import Iterator

__all__ = ["ENV", "POINTS", "reach"]

ENV = "STILLPOINT_CRASH_AT"
POINTS = frozenset(
    {
        "after_claim",  # the update id is claimed in the turn's transaction, not committed
        "after_commit",  # the turn committed, no reply sent yet
        "between_sends",  # one reply sent and marked, the next not sent
        "after_send_before_mark",  # Telegram took a reply, the outbox does not know yet
    }
)


def _parse(value: str | None) -> tuple[str, int] | None:
    if not value:
        return None
    point, colon, count = value.partition(":")
    visit = int(count) if count.isdigit() else 0 if colon else 1
    if point not in POINTS or visit < 1:
        raise ValueError(f"{ENV}: expected one of {sorted(POINTS)}, optionally ':<n>' (n >= 1)")
    return point, visit


_ARMED = _parse(os.environ.get(ENV))
_visits: Iterator[int] = itertools.count(1)


def reach(point: str, *, when: bool = True) -> None:
    """A crash point: the process dies here if it is the armed point's chosen visit."""
    if _ARMED is None or point != _ARMED[0] or not when:
        return
    if next(_visits) == _ARMED[1]:
        os.kill(os.getpid(), signal.SIGKILL)
