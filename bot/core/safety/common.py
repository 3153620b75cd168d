"""Regex pieces that several languages' rules share."""

from __future__ import annotations

__all__ = ["END", "NEGATORS", "NOT_A_NEGATOR", "filler", "words"]

# Negators of every language, for fillers that must not step over a denial ("my hand is not
# weak", "meine Hand ist nicht schwach"). Written unaccented, as rules are.
NEGATORS = (
    r"no|not|never|nicht|kein\w*|nie|niemals|nunca|sin|ni|pas|jamais|aucune?|nao|nem|non|mai"
    r"|senza|nessun\w*|niet|geen|nooit|zonder|ne|не|нет|ни|никогда|ні|немає|ніколи|zadn\w*"
    r"|nigdy|yok|degil"
)


# Dropped from the one-pass scan, which only looks for places worth a closer look (see
# classify.py): rules without it match more, never less.
NOT_A_NEGATOR = rf"(?!(?:{NEGATORS})(?!\w))"


def filler(most: int) -> str:
    """Up to `most` words, none of them a negator, each followed by a space."""
    return rf"(?:{NOT_A_NEGATOR}\w+\s){{0,{most}}}?"


def words(most: int) -> str:
    """Up to `most` words of any kind (or commas), each followed by a space."""
    return rf"(?:[\w,]+\s){{0,{most}}}?"


# The end of a clause: what some rules need so that "I can't go on" is not "I can't go on the
# trip".
END = r"\s*(?:[.!?,;:)]|$)"
