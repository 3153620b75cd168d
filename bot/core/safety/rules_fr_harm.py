"""French self-harm happening now (set R): "je suis en train de me couper", burning an arm
with a lighter "depuis dix minutes", the blade taken out again, a head banged against the wall
until it bleeds. Over normalised text, like every rule; shaving or cooking is no such act.
"""

from __future__ import annotations

__all__ = ["HARM_NOW"]

_ACCIDENT = (
    r"(?![^.!?]{0,60}\b(?:rasant|raser|rasoir\s+electrique|cuisin\w*|four|poele|fer\s+a"
    r"\s+repasser|soleil|oignons?|cheveux|ongles)\b)"
)
_TOOL = (
    r"(?:briquet|lame|lames|rasoir|cutter|couteau|cigarette|taille\s+crayon|compas|bout\s+de"
    r"\s+verre)"
)

HARM_NOW = (
    r"(?:suis\s+en\s+train\s+de|arrive\s+pas\s+a\s+arreter\s+de|peux\s+pas\s+arreter\s+de)\s+"
    rf"(?:me\s+(?:couper|bruler|scarifier|taillader|mutiler|faire\s+du\s+mal)|m\s?entailler)\b{_ACCIDENT}",
    r"me\s+(?:brule|coupe|taillade|scarifie|entaille|lacere)\s+(?:\w+\s+){0,3}?(?:bras|poignets?"
    rf"|cuisses?|jambes?|peau|ventre)\s+{_ACCIDENT}(?:\w+\s+){{0,4}}?(?:avec\s+(?:un|une|le|la"
    rf"|mon|ma)\s+{_TOOL}|depuis|encore|en\s+ce\s+moment|maintenant|ca\s+saigne)\b",
    r"(?:ressorti|ressors|ressort|repris|reprends)\s+(?:la|les|ma|mes|une)\s+(?:lame|lames"
    r"|rasoir|cutter)\b",
    r"me\s+(?:tape|cogne|frappe|claque)\s+la\s+tete\s+(?:contre|sur)\s+(?:le|les|la)\s+(?:mur"
    r"|murs|sol|porte)\s+(?:[\w,]+\s+){0,10}?(?:saigne|sang|arrive\s+pas\s+a\s+(?:m\s)?arreter"
    r"|peux\s+pas\s+(?:m\s)?arreter)\b",
    # Set S's family: just done and again ("je viens de me brûler avec le briquet, j'arrive
    # pas à arrêter"): the means, "again" or "on purpose" named, so a kitchen cut stays out.
    r"(?:je\s+viens|j\s+viens|viens)\s+de\s+me\s+(?:bruler|couper|taillader|scarifier|mutiler)"
    rf"{_ACCIDENT}"
    r"\s+(?:[\w,]+\s+){0,4}?(?:briquet|cigarette|lame|cutter|rasoir|encore|de\s+nouveau"
    rf"|expres|plusieurs\s+fois|arrive\s+pas\s+a)\b{_ACCIDENT}",
)
