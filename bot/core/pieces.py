"""Long text in pieces: a reply too long for one Telegram message, a journal entry too long
to be shown back whole."""

from __future__ import annotations

__all__ = ["split_text"]


def split_text(text: str, limit: int) -> list[str]:
    """`text` in pieces of at most `limit` characters: at paragraph breaks where possible,
    then at line breaks, then at spaces, and only a word longer than `limit` is cut."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[: limit + 1]
        for separator in ("\n\n", "\n", " "):
            cut = window.rfind(separator)
            if cut > 0:
                pieces.append(rest[:cut].rstrip())
                rest = rest[cut + len(separator) :].lstrip("\n")
                break
        else:
            pieces.append(rest[:limit])
            rest = rest[limit:]
    if rest.strip():
        pieces.append(rest)
    return [piece for piece in pieces if piece.strip()]
