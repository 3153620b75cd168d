"""Schedule arithmetic for paced exercises: when each phase starts, where a session is now,
how long it has been paused, and when its one progress message may be edited.

Every offset is seconds from the session's start, fixed before the session runs, so pacing never
drifts: a late wake-up or a slow edit delays one edit, never the phases after it.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction

__all__ = [
    "Boundary",
    "Position",
    "Step",
    "due_at",
    "edit_times",
    "elapsed_excluding_pauses",
    "position_at",
    "progress_bar",
    "schedule",
    "total_seconds",
]

Pause = tuple[datetime, datetime | None]

# Offsets are floats made from exact sums, so two instants that should be exactly
# `min_interval_s` apart may differ from it in the last bits; a microsecond is far below anything
# a rate limit or a person could notice.
_EPSILON_S = 1e-6


@dataclass(frozen=True, slots=True)
class Step:
    """One timed phase of a plan.

    `kind` names the phase ("in", "hold", "tense", ...); `cycle` is the round it belongs to
    (0 for a settling pause before the first round); `detail` is whatever the words for it need
    beyond its kind: "nose" or "mouth" for a breath, the muscle group for a tense or release.
    """

    kind: str
    seconds: float
    cycle: int = 1
    detail: str | None = None

    def __post_init__(self) -> None:
        if not (math.isfinite(self.seconds) and self.seconds > 0):
            raise ValueError(f"a step must last a positive, finite time, not {self.seconds!r}")


@dataclass(frozen=True, slots=True)
class Boundary:
    """The start of step `step_index`, `offset_s` seconds after the session's start."""

    offset_s: float
    step_index: int
    cycle: int
    phase: str
    seconds: float

    @property
    def end_s(self) -> float:
        return self.offset_s + self.seconds


@dataclass(frozen=True, slots=True)
class Position:
    """Where a running session is: which step, how long it has left, how much of it is done."""

    step_index: int
    seconds_left: float
    fraction: float
    cycle: int
    phase: str


def schedule(steps: Sequence[Step]) -> list[Boundary]:
    """The start of every step, as an offset from the session's start.

    Each offset is the exact sum of the durations before it, rounded once, so rounding cannot
    pile up over a long session.
    """
    boundaries: list[Boundary] = []
    elapsed = Fraction(0)
    for index, step in enumerate(steps):
        boundaries.append(Boundary(float(elapsed), index, step.cycle, step.kind, step.seconds))
        elapsed += Fraction(step.seconds)
    return boundaries


def cycles_done(steps: Sequence[Step], elapsed_s: float) -> int:
    """How many rounds (or muscle groups, or sighs) were finished `elapsed_s` into a session."""
    end_of: dict[int, float] = {}
    offset = 0.0
    for step in steps:
        offset += step.seconds
        end_of[step.cycle] = offset
    return sum(1 for cycle, end in end_of.items() if cycle >= 1 and end <= elapsed_s + 1e-6)


def total_seconds(plan: Sequence[Boundary]) -> float:
    """How long the whole session lasts: the end of its last step (0 for an empty one)."""
    return plan[-1].end_s if plan else 0.0


def position_at(plan: Sequence[Boundary], elapsed_s: float) -> Position | None:
    """The step running `elapsed_s` seconds into the session, or None once it has ended.

    At a boundary's exact offset the new step has begun. A negative elapsed time (a clock read a
    hair before the start) counts as the very start.
    """
    if not plan:
        return None
    elapsed_s = max(elapsed_s, 0.0)
    if elapsed_s >= total_seconds(plan):
        return None
    index = bisect.bisect_right(plan, elapsed_s, key=lambda b: b.offset_s) - 1
    current = plan[index]
    # The next offset, not offset + seconds, so the last instants of a step agree with the next
    # boundary even where float rounding differs between the two.
    end = plan[index + 1].offset_s if index + 1 < len(plan) else total_seconds(plan)
    done = elapsed_s - current.offset_s
    return Position(
        step_index=index,
        seconds_left=max(end - elapsed_s, 0.0),
        fraction=min(max(done / current.seconds, 0.0), 1.0),
        cycle=current.cycle,
        phase=current.phase,
    )


def progress_bar(fraction: float, width: int = 10) -> str:
    """A bar such as "▓▓▓▓░░░░░░"; a cell fills only once its share is fully done."""
    if width < 1:
        raise ValueError("a progress bar needs at least one cell")
    if math.isnan(fraction):
        fraction = 0.0
    fraction = min(max(fraction, 0.0), 1.0)
    # The epsilon keeps 0.3 * 10 = 3.0000000000000004 and 0.7 * 10 = 7.000000000000001 honest.
    filled = min(int(fraction * width + 1e-9), width)
    return "▓" * filled + "░" * (width - filled)


# --- pauses ----------------------------------------------------------------------------------
#
# Pauses are aware datetimes, not monotonic floats: they are written to the database so that
# Pause and Stop work from any bot instance, and a monotonic clock means nothing outside the
# process that read it.


def _require_aware(*instants: datetime | None) -> None:
    for instant in instants:
        if instant is not None and instant.utcoffset() is None:
            raise ValueError("pause arithmetic needs timezone-aware datetimes")


def _merged_pauses(start: datetime, pauses: Sequence[Pause]) -> list[Pause]:
    """The pauses in order, clipped to begin no earlier than `start`, overlaps merged."""
    clipped: list[Pause] = []
    for paused_at, resumed_at in pauses:
        _require_aware(paused_at, resumed_at)
        if resumed_at is not None and resumed_at < paused_at:
            raise ValueError("a pause cannot end before it began")
        if resumed_at is not None and resumed_at <= start:
            continue
        clipped.append((max(paused_at, start), resumed_at))
    clipped.sort(key=lambda pause: pause[0])
    merged: list[Pause] = []
    for paused_at, resumed_at in clipped:
        if merged:
            last_start, last_end = merged[-1]
            if last_end is None:
                break  # still paused: everything later is inside this pause
            if paused_at <= last_end:
                end = None if resumed_at is None else max(last_end, resumed_at)
                merged[-1] = (last_start, end)
                continue
        merged.append((paused_at, resumed_at))
    return merged


def elapsed_excluding_pauses(start: datetime, pauses: Sequence[Pause], now: datetime) -> float:
    """Seconds of exercise between `start` and `now`, leaving out time spent paused.

    `pauses` holds (paused_at, resumed_at) pairs, resumed_at None while still paused; they may
    overlap or come in any order. All instants must be timezone-aware. Never negative: a `now`
    before `start` counts as the start.
    """
    _require_aware(start, now)
    if now <= start:
        return 0.0
    paused = timedelta(0)
    for paused_at, resumed_at in _merged_pauses(start, pauses):
        if paused_at >= now:
            break
        end = now if resumed_at is None else min(resumed_at, now)
        paused += end - paused_at
    return max((now - start - paused).total_seconds(), 0.0)


def due_at(start: datetime, pauses: Sequence[Pause], offset_s: float) -> datetime | None:
    """The instant the session reaches `offset_s`, if it is not paused again; None while paused.

    The inverse of `elapsed_excluding_pauses`: sleep until this, then read the position.
    """
    _require_aware(start)
    if offset_s < 0:
        raise ValueError("an offset cannot be negative")
    remaining = timedelta(seconds=offset_s)
    running_since = start
    for paused_at, resumed_at in _merged_pauses(start, pauses):
        if paused_at - running_since >= remaining:
            break
        if resumed_at is None:
            return None
        remaining -= paused_at - running_since
        running_since = resumed_at
    return running_since + remaining


# --- edits -----------------------------------------------------------------------------------


def edit_times(
    plan: Sequence[Boundary],
    min_interval_s: float = 1.0,
    tick_s: float | None = None,
    *,
    max_per_window: int | None = None,
    window_s: float = 60.0,
) -> list[float]:
    """Offsets at which to show or edit the session's one progress message, in order.

    The first is 0 (the message appears), then every phase boundary, then the session's end (the
    message says it is done); with `tick_s`, also every `tick_s` seconds into a phase, so its
    progress bar moves. No two are closer than `min_interval_s`. Boundaries win over ticks. A
    phase too short to show is passed over: its successor's boundary replaces its own, because
    the words that are up for longer should be the ones that are true. Only the start is never
    replaced.

    With `max_per_window`, no `window_s` seconds hold more than that many (Telegram counts a
    chat's sends and edits together, about 20 a minute): the boundaries passed over are those
    of the shortest phases shown (holds first among equals), so the words on show are wrong for
    as little time as can be. The start and the end always stay. Ticks cannot be combined
    with it.
    """
    if not min_interval_s > 0:
        raise ValueError("the minimum interval must be positive")
    if tick_s is not None and not tick_s > 0:
        raise ValueError("the tick must be positive")
    if not plan:
        return []
    candidates = [b.offset_s for b in plan[1:]] + [total_seconds(plan)]
    kept = [0.0]
    for offset in candidates:
        if offset - kept[-1] >= min_interval_s - _EPSILON_S:
            kept.append(offset)
        elif len(kept) > 1:
            # The previous boundary is replaced by this later one; it was at least
            # min_interval_s after the one before it, so this one is too.
            kept[-1] = offset
    if max_per_window is not None:
        if tick_s is not None:
            raise ValueError("ticks and a cap per window do not go together")
        return _capped(kept, plan, max_per_window, window_s)
    if tick_s is None:
        return kept

    ticks = sorted(
        b.offset_s + k * tick_s
        for b in plan
        for k in range(1, math.ceil(b.seconds / tick_s))
        if k * tick_s < b.seconds
    )
    edits: list[float] = []
    next_kept = 0
    for tick in ticks:
        while next_kept < len(kept) and kept[next_kept] <= tick:
            edits.append(kept[next_kept])
            next_kept += 1
        room_before = tick - edits[-1] >= min_interval_s - _EPSILON_S
        room_after = (
            next_kept == len(kept) or kept[next_kept] - tick >= min_interval_s - _EPSILON_S
        )
        if room_before and room_after:
            edits.append(tick)
    edits.extend(kept[next_kept:])
    return edits


def _capped(
    kept: list[float], plan: Sequence[Boundary], max_per_window: int, window_s: float
) -> list[float]:
    """`kept` with boundaries passed over until no `window_s` holds more than
    `max_per_window` of them (two offsets less than `window_s` apart share a window)."""
    if max_per_window < 2:
        raise ValueError("a window must allow at least the start and the end")
    if not window_s > 0:
        raise ValueError("the window must be positive")
    holds = {b.offset_s for b in plan if b.phase.startswith(("hold", "top_up"))}
    kept = list(kept)
    first = 0
    while first + max_per_window < len(kept):
        last = first + max_per_window
        if kept[last] - kept[first] >= window_s - _EPSILON_S:
            first += 1
            continue
        # One of kept[first+1 .. last] must go (never the start or the end). Cheapest: the one
        # whose words were due to be up for the shortest time, a hold among equals, the latest
        # among those (it also relieves the most windows still to come).
        choices = [j for j in range(max(first + 1, 1), last + 1) if j < len(kept) - 1]
        if not choices:
            raise ValueError("the start and the end alone break the cap")
        drop = min(
            choices,
            key=lambda j: (round(kept[j + 1] - kept[j], 6), kept[j] not in holds, -j),
        )
        del kept[drop]
        # Windows starting before `first` were fine and only lost an edit: start again there.
    return kept
