"""German: a height or a dose looked up, "wie hoch ne brücke sein muss", "wie viele paracetamol
man braucht damit es reicht", a crisis (ruleset.LanguageRules.crisis), over normalised,
accent-folded text."""

from __future__ import annotations

__all__ = ["LOOKUPS"]

# High places one might look up the height of.
_HIGH = (
    r"(?:talbrucke|talbruecke|autobahnbrucke|brucke|bruecke|hochhaus|haus|gebaude|gebaeude"
    r"|parkhaus|balkon|dach|klippe|fels|turm|stockwerk)"
)

LOOKUPS = (
    # Set M: how high a bridge or a house must be ("wie hoch ne brücke sein muss"), from which
    # floor or height one dies; a bridge "hoch genug".
    rf"wie\s+hoch\s+(?:\w+\s+)?{_HIGH}\w*\s+(?:\w+\s+)?(?:sein\s+(?:muss|musste|muesste|sollte"
    rf"|mussen)|sein\s+(?:\w+\s+)?damit)\b",
    r"(?:ab|aus)\s+welche[rm]?\s+(?:hohe|hoehe|stock\w*|etage|meter\w*)\s+[^.!?]{0,40}?(?:tot"
    r"|todlich|toedlich|stirbt|sterben|reicht|spring\w*|sturz\w*)\b",
    rf"{_HIGH}\w*\s+(?:\w+\s+){{0,3}}?(?:ist|war|ware|waere)\s+(?:\w+\s+)?hoch\s+genug\b"
    rf"(?!\s+(?:fur|fuer|damit|um)\b)",
    # Set N: how many paracetamol one needs "damit es reicht".
    r"(?:paracetamol|ibu\w*|aspirin|schlaftabletten|tavor|diazepam|tabletten|pillen)\b[^.!?]{0,60}"
    r"(?:damit|dass|bis)\s+es\s+reicht\b",
)
