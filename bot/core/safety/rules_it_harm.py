"""Italian self-harm happening now (set R): "mi sto tagliando adesso col temperino", burning a
wrist with a lighter, the blade taken out again, a head banged against the wall until it
bleeds. Over normalised text, like every rule; hair, shaving, cooking or the sun is no such act.
"""

from __future__ import annotations

__all__ = ["HARM_NOW"]

_ACCIDENT = (
    r"(?![^.!?]{0,60}\b(?:capelli|unghie|barba|rade\w*|cucin\w*|forno|pentola|padella|sole"
    r"|spiaggia|ferro\s+da\s+stiro|cipoll\w*|febbre)\b)"
)

_BODY = r"(?:polso|polsi|braccio|braccia|gamba|gambe|coscia|cosce|pelle|pancia)"
_FIRE = r"(?:accendino|sigaretta|fiammifer\w*)"

HARM_NOW = (
    # "mi sto tagliando fuori" is cutting oneself off.
    rf"mi\s+sto\s+(?:tagliando|ferendo|facendo\s+del\s+male|sfregiando)\b(?!\s+fuori){_ACCIDENT}",
    # Burning needs the body or the means: "mi sto bruciando il cervello" is studying hard.
    rf"mi\s+sto\s+bruciando\s+(?:\w+\s+){{0,2}}?(?:{_BODY}|con\s+(?:l\s|la\s|il\s|un\s|una\s)?"
    rf"{_FIRE})\b{_ACCIDENT}",
    r"(?:tirato|tirata|ritirato|tiro)\s+fuori\s+(?:di\s+nuovo|ancora)\s+(?:la|le|il)\s+(?:lametta"
    r"|lamette|lama|taglierino|temperino|rasoio)\b",
    r"(?:ripreso|ripresa|riprendo)\s+(?:in\s+mano\s+)?(?:la|le|il)\s+(?:lametta|lamette|lama"
    r"|taglierino)\b",
    r"(?:sto\s+sbattendo|sbatto|batto|sto\s+battendo|picchio|sto\s+picchiando)\s+la\s+testa\s+"
    r"(?:contro|sul|sulla|al)\s+(?:il\s+|la\s+)?(?:muro|parete|pavimento|porta)\s+(?:[\w,]+\s+)"
    r"{0,10}?(?:sangu\w+|non\s+riesco\s+a\s+(?:smettere|fermarmi))\b",
    # Set S's family: just done and again ("mi sono appena bruciata con l'accendino, non riesco
    # a smettere"): the means, "again" or "on purpose" named, so a kitchen cut stays out.
    r"mi\s+sono\s+(?:appena\s+|di\s+nuovo\s+|ancora\s+){1,2}(?:bruciat[oa]|tagliat[oa]|ferit[oa])"
    rf"{_ACCIDENT}"
    r"\s+(?:[\w,]+\s+){0,4}?(?:accendino|sigaretta|lametta|lama|taglierino|rasoio|di\s+nuovo"
    rf"|ancora|apposta|piu\s+volte|non\s+riesco\s+a\s+smettere)\b{_ACCIDENT}",
)
