"""English: someone else's seizure now, where rules_en_others.py needs a named person first —
"guy fitting on the floor", a woman beside me who started having a fit and does not answer.
Joined to the someone-else sign by rules_en_swallowed.py, so rules_en.py stays as it is.

"Having a fit" is also anger, so a phone or messages not answered are no sign. A seizure word
must stand with a sign that it is happening now (on the floor, foam, not
answering); "foaming at the mouth" alone is anger, and "shaking all over" alone is often the
writer's own panic.
"""

from __future__ import annotations

__all__ = ["SEIZING"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space in the rules below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_FIT = (
    r"(?:fitting|seizing|convulsing|having (?:a |an )?(?:fit|seizure|epileptic fit|convulsion)s?"
    r"|started (?:fitting|seizing|convulsing|having (?:a )?(?:fit|seizure)s?))\b"
)
SEIZING = _s(
    rf"{_FIT} (?:\w+ ){{0,2}}?on the (?:\w+ )?(?:floor|ground|pavement|bench|seat)\b",
    rf"{_FIT}\s+(?:[^\s.!?]+\s+){{0,12}}?(?:foam\w*|froth\w*|not (?:responding|answering"
    r"|waking)(?! (?:to )?"
    r"(?:my|his|her|their|the|our) (?:\w+ )?(?:phone|calls?|texts?|messages?|door))|unresponsive"
    r"|eyes (?:rolled|rolling))\b",
    # Sets O and W7, in a second language: "shaking all the body, eyes go up, he not answer me".
    r"(?:shaking|jerking|convulsing) (?:all (?:the |his |her )?body|the whole body|whole body)\b"
    r"\s+(?:[^\s.!?]+\s+){0,12}?(?:eyes (?:go|went|going|rolled|rolling) (?:up|back)"
    r"|not (?:answer|answering"
    r"|respond|responding)(?! (?:to|my|his|her|the|our|their)\b)|foam\w*|unresponsive)\b",
)
