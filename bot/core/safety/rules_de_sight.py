"""German: sight lost suddenly in one eye ("sehe seit fünf Minuten auf dem linken Auge gar
nichts mehr, wie ein Vorhang"), a sign of a stroke or a blocked artery of the eye, an emergency
(rules_de.py adds it to its one-sided signs), over normalised text. From sets S and T.

The eye and the sight gone need something sudden beside them (plötzlich, seit Minuten, a
curtain): an eye blind for years or "nicht mehr scharf" stay clear.
"""

from __future__ import annotations

__all__ = ["SIGHT"]

_EYE_DARK = (
    r"(?:sehe|seh)\s+(?:\w+\s+){0,5}?(?:auf|mit)\s+(?:dem\s+|meinem\s+)?(?:linken|rechten|einem)"
    r"\s+auge\s+(?:\w+\s+){0,3}?(?:nichts|nix|nur\s+noch\s+schwarz|alles\s+schwarz|kaum\s+noch"
    r"\s+was)\b(?!\s+(?:mehr\s+)?scharf)"
)
_SUDDEN = (
    r"(?:plotzlich|ploetzlich|schlagartig|auf\s+einmal|vorhang|schwarzer\s+vorhang|seit\s+(?:\w+"
    r"\s+){1,3}?(?:minuten|stunde|min))\b"
)

SIGHT = (
    rf"{_EYE_DARK}[^?]{{0,100}}?{_SUDDEN}",
    rf"(?:plotzlich|ploetzlich|schlagartig|auf\s+einmal|seit)\s+[^?]{{0,60}}?{_EYE_DARK}",
    r"(?:vorhang|schleier|schatten)\s+(?:\w+\s+){0,3}?(?:vor|uber|ueber)\s+(?:dem|meinem|einem)"
    r"\s+(?:linken\s+|rechten\s+)?auge\b",
)
