"""German: someone else's seizure now where rules_de.py needs a named person first ("im Bus
krampft ein Mann am Boden", "neben mir hat eine Frau einen Anfall, Schaum vor dem Mund").
Joined to the someone-else sign by rules_de_swallowed.py, so rules_de.py stays as it is.

A seizure word stands with a sign that it is happening now (foam, eyes rolled, not answering):
"Schaum vor dem Mund" alone is rage, "mein ganzer Körper zuckt" alone the writer's twitching,
and a calf that cramps ("meine Wade krampft") on the floor is no seizure.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

_FIT = (
    r"(?:krampft|krampfen|krampfte|zuckt\s+am\s+ganzen\s+korper|ganze\w*\s+korper\s+zuckt"
    r"|(?:hat|hatte|kriegt|bekommt|bekam)\s+(?:\w+\s+){0,2}?(?:einen\s+)?(?:krampfanfall"
    r"|anfall|epileptischen\s+anfall|krampf)|krampfanfall|epileptischen\s+anfall)\b"
)
_NOW = (
    r"(?:schaum|reagiert\s+(?:null|nicht|gar\s+nicht|nix|kaum)(?!\s+(?:mehr\s+)?auf\b)"
    r"|augen\s+(?:verdreht|nach\s+oben"
    r"|rollen)|hort\s+mich\s+nicht|antwortet\s+nicht(?!\s+(?:mehr\s+)?auf\b)|nicht\s+ansprechbar"
    r"|bewusstlos)\b"
)
SEIZING = (
    rf"{_FIT}\s+(?:[^\s.!?]+\s+){{0,16}}?{_NOW}",
    # The verb first: "krampft ein Mann am Boden", "hat eine Frau einen Anfall".
    r"(?:krampft|zuckt)\s+(?:ein|eine|der|die|mein|meine)\s+\w+\s+(?:\w+\s+)?(?:am|auf\s+dem"
    r"|aufm)\s+\w*boden\b",
    r"(?:hat|kriegt|bekommt)\s+(?:ein|eine|der|die|mein|meine)\s+\w+\s+(?:\w+\s+)?einen\s+"
    r"(?:krampfanfall|anfall|epileptischen\s+anfall)\b",
)
