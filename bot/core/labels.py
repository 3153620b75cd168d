"""How wide a button label is on a phone, and how wide it may be by how many share its row.

Telegram cuts a label that does not fit its button with "…". On a phone about 32 characters
fit across the screen; buttons side by side share that width. Emoji take about two.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# The widest label for a row of one, two and three buttons; more share the width alike.
ROW_LIMITS = {1: 32, 2: 20, 3: 14}
_NARROWEST = 10


def row_limit(buttons: int) -> int:
    """The widest label that fits when `buttons` share a row."""
    return ROW_LIMITS.get(buttons, _NARROWEST)


@lru_cache(maxsize=4096)
def label_width(label: str) -> int:
    """Characters as a phone shows them: emoji two, joiners, accents and skin tones nothing.

    Kept for the labels seen (a process shows the same few hundred in each language): every
    keyboard of every reply is measured, and measuring one character at a time cost more than
    the rest of making the reply."""
    if label.isascii():
        return len(label)  # no ASCII character is wide, a mark or a joiner
    width = 0
    for index, char in enumerate(label):
        if unicodedata.category(char) in {"Mn", "Me", "Cf"} or char in "\ufe0e\ufe0f":
            continue  # accents, zero-width joiners, variation selectors
        if 0x1F3FB <= ord(char) <= 0x1F3FF:
            continue  # a skin tone joins the emoji before it
        emoji = label[index + 1 : index + 2] == "\ufe0f" or ord(char) >= 0x1F000
        wide = emoji or unicodedata.east_asian_width(char) in {"W", "F"}
        width += 2 if wide else 1
    return width


def too_wide(row: Sequence[str]) -> list[str]:
    """The labels of `row` wider than a row of its size allows."""
    limit = row_limit(len(row))
    return [label for label in row if label_width(label) > limit]


def fit_rows(labels: Sequence[str], columns: int, *, room: int = 0) -> list[int]:
    """How many of `labels`, in order, go on each row: at most `columns` a row, and no more
    than fit side by side. `room` is kept free in every label (a "✓ " a toggle may add).

    A grid of like options keeps one width for all its rows (six body areas in rows of two
    rather than 2-3-1); a lone long option among short ones gets a row of its own, the rest
    stay together, whichever takes fewer rows."""
    return list(_fit_rows(tuple(labels), columns, room))


@lru_cache(maxsize=4096)
def _fit_rows(labels: tuple[str, ...], columns: int, room: int) -> tuple[int, ...]:
    widths = [label_width(label) + room for label in labels]
    if not widths:
        return ()
    even = max(
        (c for c in range(1, columns + 1) if max(widths) <= row_limit(c)), default=1
    )
    uniform = [min(even, len(widths) - i) for i in range(0, len(widths), even)]
    greedy: list[int] = []
    count, widest = 0, 0
    for width in widths:
        if count and (count == columns or max(widest, width) > row_limit(count + 1)):
            greedy.append(count)
            count, widest = 0, 0
        count, widest = count + 1, max(widest, width)
    greedy.append(count)
    return tuple(greedy if len(greedy) < len(uniform) else uniform)
