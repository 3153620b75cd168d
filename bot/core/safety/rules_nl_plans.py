"""Dutch: self-harm again told in a few flat words, and a lethal height looked up or a high
place judged "hoog genoeg" with a time set, a crisis (ruleset.LanguageRules.crisis), over
normalised text."""

from __future__ import annotations

from bot.core.safety.common import looked_up

__all__ = ["PLANS"]

# "Ik doe niks doms", "ga echt niets stoms doen", "ik doe mezelf niks aan".
_NOTHING_STUPID = (
    r"(?:doe|ga|zal|zou|wil)\s+(?:ik\s+)?(?:echt\s+|heus\s+|heus\s+wel\s+|zeker\s+)?(?:niks|niets"
    r"|geen)\s+(?:doms|stoms|geks|raars|domme\s+dingen|stomme\s+dingen|gekke\s+dingen|domme\s+dingen"
    r"|mezelf\s+aan|mijzelf\s+aan|me\s+aan)\b"
)
_LOOKED = (
    r"(?:gezocht|opgezocht|gegoogled|gegoogeld|gegoogelt|nagekeken|uitgezocht|uitgerekend|gekeken"
    r"|bekeken|gelezen|nagezocht|zocht|googlede)"
)
_MEANS = (
    r"(?:hoe\s+hoog|hoogte|hoeveel\s+(?:meter|verdiepingen|pillen|tabletten|slaappillen|mg|milligram"
    r"|paracetamol\w*|strips?)|welke\s+(?:dosis|verdieping|hoogte|pillen)|dodelijk\w*|fataal"
    r"|\w*brug\b|flat\b|toren\b|spoor\b|spoorlijn\b|viaduct\b|parkeergarage\b|overdosis)"
)

PLANS: tuple[str, ...] = (
    # Sets P-Q: cut again (arms, with the filleting knife), told in a few flat words; a finger
    # cut at work stays clear.
    r"(?:weer|opnieuw|alweer)\s+(?:(?:in|me|mezelf|mijzelf|m|n|mn|mijn|arm|armen|pols|polsen"
    r"|been|benen|dij|dijen|bovenbeen|bovenbenen|onderarm|onderarmen|buik|heup)\s+){0,4}?"
    r"(?:gesneden|gekrast|opengehaald)\b(?!\s+(?:aan|door)\b)(?![^.!?]{0,40}?\b(?:vinger\w*"
    r"|duim\w*|hand|handen|ui|uien|brood|groente\w*|vlees|vis|haar|taart|papier|blikje)\b)",
    r"in\s+(?:m\s?n|mijn|mn)\s+(?:pols|polsen|armen|onderarmen|dijen|bovenbenen)\s+(?:\w+\s+)?"
    r"(?:gesneden|gekrast)\b",
    # Set Q: a lethal height looked up, and a high place "hoog genoeg" with a time.
    r"(?:opgezocht|gegoogled|gegoogeld|gezocht|uitgezocht|nagekeken|gekeken|uitgerekend)\s+"
    r"(?:\w+\s+){0,3}?(?:welke|hoeveel|hoe)\s+(?:hoogte|hoog|verdiepingen|meter|etages)\b[^.!?]"
    r"{0,60}?(?:overleeft|overleef|overleven|dood\w*|fataal|dodelijk|genoeg)\b",
    r"(?:dak|brug|flat|parkeergarage|garage|toren|balkon|rand|viaduct|gebouw)\w*\b[^!?]{0,60}?"
    r"\bhoog\s+genoeg\b(?!\s+(?:is\s+)?(?:voor|om\s+te\s+(?:staan|lopen)))[^!?]{0,60}?\b(?:vanavond"
    r"|vannacht|morgen|straks|ga\s+er|ga\s+ik|heen)\b",
    r"(?:dak|brug|flat|parkeergarage|toren|balkon|rand|viaduct)\w*\b[^!?]{0,120}?\b(?:of|hoe)\s+"
    r"(?:het|hij|die|dat)\s+(?:\w+\s+)?hoog\s+genoeg\b(?!\s+(?:is\s+)?(?:voor|om\s+te\s+(?:staan"
    r"|lopen)))",
    # Set O: "ik doe niks doms echt niet, maar ik heb gezocht hoe hoog is de erasmusbrug": acting
    # denied, and a height, a dose or a place looked up all the same.
    rf"{_NOTHING_STUPID}[^?]{{0,50}}?\b(?:maar|alleen|wel|enkel|gewoon)\b[^?]{{0,50}}?{_LOOKED}"
    rf"\s+[^?]{{0,50}}?{_MEANS}",
    rf"{_LOOKED}\s+[^?]{{0,50}}?{_MEANS}[^?]{{0,80}}?\b{_NOTHING_STUPID}",
)

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
PLANS += looked_up(
    r"(?:opgezocht|gegoogeld|gezocht|nagekeken|uitgezocht|uitgerekend)",
    r"(?:(?:vanaf\s+)?welke\s+(?:verdieping|hoogte)|hoeveel\s+(?:verdiepingen|meter)|hoe\s+hoog)",
    r"(?:zeker|dodelijk|fataal|genoeg|overleef\w*|sterft|dood\s+bent)",
)
