"""Is a difference bigger than day-to-day noise? An exact two-sided permutation test for the
difference of two means of small whole numbers, and Holm's correction for testing several.

The test asks: if which days had the factor were shuffled at random, how often would the gap
between the two means be at least as large as the one observed? Every way of choosing the
"with" days counts once, so the answer is exact and the same on every run (no random seed).
Counting goes by how many days of each level land on each side, not by listing the
arrangements, so a 90-day period with four twitch levels takes milliseconds.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from math import comb

__all__ = ["holm", "permutation_p_value"]


def permutation_p_value(with_values: Sequence[int], without_values: Sequence[int]) -> float:
    """The share of all C(n, k) ways of picking k = len(with_values) of the n days whose two
    means are at least as far apart as observed; 1.0 when one side is empty.

    For a fixed pick size the gap between the means grows with |n·S - k·T| (S the sum on the
    picked side, T the sum of all days), so the test counts picks by their sum S, in whole
    numbers, with no rounding anywhere.
    """
    if len(with_values) > len(without_values):
        # Picking the other side gives the same gap (|n·(T - S) - (n - k)·T| = |n·S - k·T|),
        # and counting the smaller pick is quicker.
        with_values, without_values = without_values, with_values
    k = len(with_values)
    n = k + len(without_values)
    if k == 0:
        return 1.0
    levels = sorted(Counter([*with_values, *without_values]).items())
    total = sum(level * count for level, count in levels)
    observed = abs(n * sum(with_values) - k * total)

    # ways[(j, s)]: picks among the levels seen so far with j days summing to s.
    ways: dict[tuple[int, int], int] = {(0, 0): 1}
    left = n
    for level, count in levels:
        left -= count
        choose = [comb(count, c) for c in range(count + 1)]
        following: defaultdict[tuple[int, int], int] = defaultdict(int)
        for (j, s), w in ways.items():
            # Take enough of this level that the days still to come can fill the pick.
            for c in range(max(0, k - j - left), min(count, k - j) + 1):
                following[(j + c, s + c * level)] += w * choose[c]
        ways = following
    extreme = sum(w for (_, s), w in ways.items() if abs(n * s - k * total) >= observed)
    return extreme / comb(n, k)


def holm(p_values: Sequence[float], alpha: float) -> list[bool]:
    """Which of several tests pass at `alpha` with Holm's step-down correction, so that the
    chance of *any* noise-only result passing stays at or below `alpha` (Holm 1979)."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    passed = [False] * len(p_values)
    for rank, i in enumerate(order):
        if p_values[i] > alpha / (len(p_values) - rank):
            break
        passed[i] = True
    return passed
