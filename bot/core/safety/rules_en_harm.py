"""English self-harm happening now (set R): cutting or burning an arm or a wrist with a blade,
a razor or a lighter, "right now", "can't stop", bleeding; the blade got out again; a head
banged against the wall until it bleeds. Over normalised text, like every rule; an accident
(shaving, cooking, the sun) is no such act.
"""

from __future__ import annotations

from bot.core.safety.common import END

__all__ = ["HARM_NOW"]

_PART = r"(?:myself|my\s+(?:\w+\s+)?(?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|hips?))"
_TOOL = (
    r"(?:a|the|my|this|some)\s+(?:lighter|blade|blades|razor|razors|razor\s+blade|sharpener"
    r"|pencil\s+sharpener|box\s+cutter|stanley\s+knife|cigarette|compass|broken\s+glass)"
)
_ACCIDENT = (
    r"(?![^.!?]{0,60}\b(?:shaving|shave|cooking|oven|stove|pan|iron|sun|sunburn|onions?|photos?"
    r"|pictures?|pics?|cast|bandages?|plaster|hair)\b)"
)

HARM_NOW = (
    rf"(?:cutting|slicing|carving|burning|slashing)\s+{_PART}\s+{_ACCIDENT}(?:[\w,]+\s+){{0,8}}?"
    rf"(?:with\s+{_TOOL}|right\s+now|(?:can\s+not|cannot)\s+stop{END}|(?:it\s+is\s+|is\s+)?"
    r"bleeding)",
    r"(?:got|took|pulled|get|getting|have|had)\s+(?:the|my|a)\s+(?:blade|blades|razor|razors"
    r"|sharpener\s+blade)\s+out\s+again\b",
    r"(?:banging|hitting|smashing|slamming|bashing)\s+my\s+head\s+(?:against|on|into)\s+(?:the"
    r"\s+)?(?:wall|walls|floor|door)\s+(?:[\w,]+\s+){0,10}?(?:bleeding|bleeds|bled|blood"
    rf"|(?:can\s+not|cannot)\s+stop{END})",
)
