"""Text to features, the same for training and reading: hashed character n-grams.

The text is folded (case, accents, quotes: `bot.core.safety.normalise.fold`), its whitespace
collapsed and a space put at both ends, so n-grams that hold a space mark the start or end of a
word. Every n-gram of 2 to 5 characters is hashed into one of `BUCKETS` columns by a
multiplicative hash over the code points, computed for all positions and all n at once with
numpy: a 4,096-character message costs a few vector operations, not a Python loop.

A message is read whole and in parts: `segments` cuts it at sentence ends and line breaks, and
cuts long runs without any into windows, so one line of danger in a long everyday report still
stands out.
"""

from __future__ import annotations

import itertools
import re

import numpy as np
import numpy.typing as npt

from bot.core.safety.normalise import fold

__all__ = ["BITS", "BUCKETS", "ORDERS", "Grams", "grams", "prepare", "segments"]

BITS = 16
BUCKETS = 1 << BITS
ORDERS = (2, 3, 4, 5)
_PRIME = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SALTS = {n: np.uint64((n * 0x632BE59BD9B4E019) & 0xFFFFFFFFFFFFFFFF) for n in ORDERS}
_SHIFT = np.uint64(64 - BITS)
# Where a sentence ends: after these marks, and at line breaks (kept apart before folding).
_ENDS = re.compile(r"[.!?;…\n]+")
WINDOW = 160  # characters in a window of a long run without sentence ends
_MIN_PART = 12  # shorter parts join the one before them

IntArray = npt.NDArray[np.int64]


def prepare(text: str) -> str:
    """The folded text the n-grams are taken from, with a space at both ends."""
    # str.split() splits at exactly the whitespace `\s` matches, several times faster.
    # Folding works letter by letter and never makes or joins across a line break, so the
    # breaks are set apart after it: the rules have just folded this very text (`fold` keeps
    # the last one).
    return " " + " ".join(fold(text).replace("\n", " \n ").split()) + " "


class Grams:
    """The bucket of every n-gram of a prepared text and where each starts, one array per n."""

    __slots__ = ("_all", "ids", "starts")

    def __init__(
        self, ids: list[IntArray], starts: list[IntArray], all_ids: IntArray | None = None
    ) -> None:
        self.ids = ids
        self.starts = starts
        self._all = all_ids  # `ids` end to end, when they were hashed so

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.ids)

    def all_ids(self) -> IntArray:
        if self._all is not None:
            return self._all
        return np.concatenate(self.ids) if self.ids else np.zeros(0, dtype=np.int64)


# Each n's salt as a column, so the salts of all n are applied in one step.
_SALT_COLUMN = np.asarray([[_SALTS[n]] for n in ORDERS], dtype=np.uint64)
_PADDING = "\0" * (ORDERS[-1] - 1)


def grams(prepared: str) -> Grams:
    """Every 2- to 5-gram of `prepared`, hashed."""
    # Every n is hashed at every position of one table, the tail of each row (n-grams that
    # would run past the end, over the zero padding) cut off afterwards: a typed message of 40
    # characters costs a dozen numpy calls instead of eight per n, whose per-call overhead,
    # not the arithmetic, is what a short text pays for (issue #24).
    length = len(prepared)
    codes = np.frombuffer(
        (prepared + _PADDING).encode("utf-32-le", "surrogatepass"), dtype=np.uint32
    ).astype(np.uint64)
    orders = [n for n in ORDERS if n <= length]  # ORDERS ascending: their salts' first rows
    if not orders:
        return Grams([], [])
    table = np.empty((len(orders), length), dtype=np.uint64)
    with np.errstate(over="ignore"):
        # Each n's running hash is the one of n-1 extended by one code point (the same value
        # as hashing from scratch, in one step instead of n-1).
        running = codes[:length]
        for n in range(2, orders[-1] + 1):
            running = running * _PRIME + codes[n - 1 : n - 1 + length]
            if n in orders:
                table[orders.index(n)] = running
        table ^= _SALT_COLUMN[: len(orders)]
        table *= _MIX
        table >>= _SHIFT
    hashed = table.astype(np.int64)
    counts = [length - n + 1 for n in orders]
    ids = [hashed[row, :count] for row, count in enumerate(counts)]
    positions = np.arange(counts[0], dtype=np.int64)
    return Grams(ids, [positions[:count] for count in counts], np.concatenate(ids))


def segments(prepared: str) -> list[int]:
    """Start offsets of the parts `prepared` is read in besides the whole: sentences, and
    windows of long runs. Empty when the message is one part."""
    cuts = [0]
    for found in _ENDS.finditer(prepared):
        cuts.append(found.end())
    cuts.append(len(prepared))
    starts: list[int] = []
    for begin, end in itertools.pairwise(cuts):
        if end - begin < _MIN_PART and starts:
            continue
        position = begin
        while True:
            if not starts or position - starts[-1] >= _MIN_PART:
                starts.append(position)
            if end - position <= WINDOW:
                break
            position += WINDOW // 2
    return starts if len(starts) > 1 else []
