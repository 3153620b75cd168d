"""German self-harm happening now (set R): cutting or burning oneself "gerade", with a blade,
a razor or a lighter; the blade got out again; a head banged against the wall until it bleeds.
Over normalised text, like every rule; shaving or cooking is no such act.
"""

from __future__ import annotations

__all__ = ["HARM_NOW"]

_PART = r"(?:arm|arme|unterarm\w*|handgelenk\w*|bein|beine|oberschenkel\w*|haut|bauch)"
_TOOL = (
    r"(?:feuerzeug|klinge|rasierklinge|klingen|cutter|teppichmesser|messer|zigarette|spitzer"
    r"|anspitzer|scherbe|zirkel)"
)
_ACCIDENT = (
    r"(?![^.!?]{0,60}\b(?:rasier\w*|kochen|herd|ofen|sonne|zwiebel\w*|gemuse|brot|papier|foto\w*"
    r"|haare?n?)\b)"
)
_NOW = r"(?:gerade|grad|grade|jetzt|schon\s+wieder|wieder|seit\s+\w+\s+minuten)"

HARM_NOW = (
    rf"(?:schneide|ritze|verbrenne|brenne)\s+mich\s+{_ACCIDENT}(?:\w+\s+){{0,3}}?{_NOW}\b",
    rf"(?:schneide|ritze|verbrenne|brenne)\s+mir\s+{_ACCIDENT}(?:\w+\s+){{0,4}}?(?:die|den|das)?"
    rf"\s*{_PART}\s+(?:\w+\s+){{0,5}}?(?:mit\s+(?:dem|einem|der|einer|meinem|meiner)\s+{_TOOL}"
    rf"|{_NOW})\b",
    r"(?:klinge\w*|rasierklinge\w*|cutter|teppichmesser)\s+(?:\w+\s+){0,2}?wieder\s+(?:raus\w*"
    r"|hervor\w*|ausgepackt|in\s+der\s+hand)\b",
    r"(?:wieder|schon\s+wieder|erneut)\s+(?:die|eine|meine)\s+(?:klinge|rasierklinge|klingen)"
    r"\s+(?:raus\w*|hervor\w*|genommen|in\s+der\s+hand)\b",
    r"(?:schlage|schlag|haue|hau|knalle|ramme|schmeisse)\s+(?:\w+\s+){0,3}?(?:meinen\s+)?kopf"
    r"\s+(?:\w+\s+){0,3}?(?:gegen|an)\s+(?:die|der|den|eine)\s+(?:wand|tur|boden|fliesen)\s+"
    r"(?:[\w,]+\s+){0,10}?(?:blutet|blut|kann\s+nicht\s+(?:mehr\s+)?aufhoren)\b",
)
