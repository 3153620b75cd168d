"""German: a height or a dose looked up, "wie hoch ne brücke sein muss", "wie viele paracetamol
man braucht damit es reicht", a crisis (ruleset.LanguageRules.crisis), over normalised,
accent-folded text."""

from __future__ import annotations

from bot.core.safety.common import looked_up

__all__ = ["LOOKUPS"]

# High places one might look up the height of.
_HIGH = (
    r"(?:talbrucke|talbruecke|autobahnbrucke|brucke|bruecke|hochhaus|haus|gebaude|gebaeude"
    r"|parkhaus|balkon|dach|klippe|fels|turm|stockwerk)"
)

# "Ich mach nix Dummes", "ich tu mir nichts an", "keine Sorge, ich mach keinen Blödsinn".
_NOTHING_STUPID = (
    r"(?:(?:mach|mache|tu|tue|werd|werde)\s+(?:\w+\s+)?(?:schon\s+|echt\s+|wirklich\s+)?(?:nix|nichts"
    r"|keinen|keine)\s+(?:dummes|blodes|bloedes|bloedsinn|blodsinn|quatsch|scheiss|dummheiten"
    r"|unuberlegtes|unueberlegtes)\b|tu\s+mir\s+(?:schon\s+|echt\s+)?(?:nix|nichts)\s+an\b)"
)
# Looked up, and what: a height, a dose, a high place.
_LOOKED = (
    rf"(?:gegoogelt|gegooglet|gegoogled|nachgeschaut|nachgeguckt|nachgesehen|nachgelesen|gesucht"
    rf"|recherchiert|ausgerechnet|geschaut|geguckt|gecheckt)\b[^?]{{0,50}}?(?:wie\s+hoch|hohe|hoehe"
    rf"|wie\s+viele?\s+(?:meter|stock\w*|tabletten|pillen|mg)|welche\s+dosis|todlich|toedlich"
    rf"|\w*{_HIGH}\b|gleise\b|bahnstrecke\b)"
)

LOOKUPS: tuple[str, ...] = (
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
    # Set O (told in Dutch): acting denied, and a height, a dose or a place looked up all the
    # same ("ich mach nix dummes, hab nur gegoogelt wie hoch die brücke ist").
    rf"{_NOTHING_STUPID}[^?]{{0,50}}?\b(?:aber|nur|bloss|blos|halt|lediglich)\b[^?]{{0,50}}?"
    rf"{_LOOKED}",
    rf"{_LOOKED}[^?]{{0,80}}?\b{_NOTHING_STUPID}",
)

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
LOOKUPS += looked_up(
    r"(?:gegoogelt|gegoogled|googelt|nachgeschaut|nachgesehen|recherchiert|nachgelesen|gesucht|geguckt|nachgerechnet)",
    r"(?:(?:ab|von)\s+(?:welchem|welcher|wie\s+vielen?)\s+(?:stock\w*|etage|hohe|metern?)|wie\s+hoch)",
    r"(?:sicher|todlich|tot|stirbt|sterben|uberlebt|uberleben|reicht|garantiert)",
)
