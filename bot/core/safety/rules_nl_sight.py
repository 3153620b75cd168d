"""Dutch: sight lost suddenly in one eye ("mijn linkeroog ziet ineens niks meer, alsof er een
gordijn voor zit"), a sign of a stroke or a blocked artery of the eye, an emergency
(rules_nl.py adds it to its one-sided signs), over normalised text. From sets S and T.

The eye and the sight gone need something sudden beside them (ineens, sinds een kwartier, a
curtain): an eye blind for years or "niet meer scherp" stay clear.
"""

from __future__ import annotations

__all__ = ["SIGHT"]

_EYE = r"(?:linkeroog|rechteroog|linker\s+oog|rechter\s+oog|een\s+oog)"
_EYE_DARK = (
    rf"(?:(?:mijn|m\s?n)\s+{_EYE}\s+(?:\w+\s+){{0,2}}?(?:ziet|is|wordt|werd|ging)\s+(?:\w+\s+)"
    rf"{{0,2}}?(?:niks|niets|zwart|blind|donker)|(?:zie|kan)\s+(?:\w+\s+){{0,4}}?(?:met|uit)"
    rf"\s+(?:mijn|m\s?n)\s+{_EYE}\s+(?:\w+\s+){{0,3}}?(?:niks|niets|zwart))\b"
    r"(?!\s+(?:meer\s+)?scherp)"
)
_SUDDEN = (
    r"(?:ineens|plotseling|opeens|plots|gordijn|zwart\s+gordijn|sinds\s+(?:\w+\s+){1,3}?(?:minuten"
    r"|uur|kwartier))\b"
)

SIGHT = (
    rf"{_EYE_DARK}[^?]{{0,100}}?{_SUDDEN}",
    rf"(?:ineens|plotseling|opeens|plots|sinds)\s+[^?]{{0,60}}?{_EYE_DARK}",
    rf"(?:gordijn|schaduw|waas)\s+(?:\w+\s+){{0,3}}?(?:voor|over)\s+(?:mijn|m\s?n)\s+{_EYE}\b",
)
