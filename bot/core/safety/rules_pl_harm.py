"""Polish self-harm happening now (set R): the blade taken out again, a head banged against the
wall until it bleeds, cutting "teraz" with a blade or a sharpener. Over normalised text, like
every rule.
"""

from __future__ import annotations

__all__ = ["HARM_NOW"]

_BLADE = r"(?:zyletk\w*|ostrze|nozyk\w*|temperowk\w*|zyletki)"

HARM_NOW = (
    rf"(?:znowu|znow|znowuz|ponownie)\s+(?:\w+\s+)?(?:wyjal\w*|wyciagn\w*|wzial\w*|wziel\w*"
    rf"|wyjmuje|biore)\s+(?:\w+\s+)?{_BLADE}",
    rf"(?:wyjal\w*|wyciagn\w*|wzial\w*|wziel\w*)\s+(?:\w+\s+)?{_BLADE}\s+(?:\w+\s+)?(?:znowu|znow"
    r"|ponownie)\b",
    # Not "pale sobie" ("I'm having a smoke").
    r"(?:tne|kalecze|przypalam)\s+(?:sie|sobie)\s+(?:\w+\s+){0,3}?(?:teraz|znowu|znow"
    rf"|wlasnie|{_BLADE}|zapalniczk\w*|papierosem)\b",
    r"(?:wale|walilem|walilam|uderzam|tluke|bije|rabie)\s+(?:sie\s+)?glowa\s+(?:w|o)\s+(?:sciane"
    r"|sciany|podloge|drzwi|mur)\s+(?:[\w,]+\s+){0,10}?(?:krwawi|krew|nie\s+moge\s+przestac)\b",
)
