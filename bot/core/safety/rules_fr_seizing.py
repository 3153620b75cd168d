"""French: someone else's seizure now where rules_fr.py needs a named person first ("mon amie
fait une crise d'épilepsie", "une dame s'est mise à convulser sur le banc et elle est tombée par
terre"). Joined to the someone-else sign by rules_fr_swallowed.py; rules_fr.py stays as it is.

A seizure word stands with a sign that it is happening now (on the ground, foam or drool, eyes
rolled, not answering). "Il a l'écume aux lèvres" alone is rage, "je tremble de partout" the
writer's own fear, and a seizure "de temps en temps" a habit.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

_HABIT = (
    r"(?!\s+(?:[^\s.!?]+\s+){0,6}?\b(?:parfois|souvent|de\s+temps|des\s+fois|chaque|quand"
    r"|depuis\s+\w+\s+ans))"
)
_FIT = (
    r"(?:convuls\w*|(?:crise|attaque)s?\s+(?:d\s?epilepsie|epileptique\w*|convulsive\w*)"
    r"|secou\w*\s+de\s+(?:spasmes|convulsions|soubresauts))"
)
_NOW = (
    r"(?:par\s+terre|au\s+sol|bave|ecume|mousse|repond\s+(?:pas|plus)(?!\s+(?:a|aux|au)\b)"
    r"|reagit\s+(?:pas|plus)|yeux\s+revuls\w*|yeux\s+(?:qui\s+)?roul\w*|inconscient\w*"
    r"|se\s+reveille\s+pas)\b"
)
# Round 9 (set S): the sign may come in the next short sentence about the same person
# ("…convulsionar en el sillón!! se está poniendo morada"): one break, a few words.
SEIZING = (
    rf"{_FIT}\b\s+(?:[^\s.!?]+\s+){{0,16}}?(?:[.!]+\s+(?:[^\s.!?]+\s+){{0,4}}?)?{_NOW}",
    rf"(?:il|elle|mon\s+\w+|ma\s+\w+|une?\s+\w+|quelqu\s?un)\s+(?:\w+\s+)?(?:fait|est\s+en\s+train"
    rf"\s+de\s+faire|est\s+en\s+pleine)\s+(?:une\s+)?(?:crise\s+(?:d\s?epilepsie|epileptique"
    rf"|convulsive)|crise\s+de\s+convulsions)\b{_HABIT}",
    r"(?:tremble|tressaute|gigote)\s+de\s+(?:partout"
    r"|tout\s+son\s+corps)\b\s+(?:[^\s.!?]+\s+){0,12}?(?:bave"
    r"|ecume|mousse|repond\s+(?:pas|plus)(?!\s+(?:a|aux|au)\b)|reagit\s+(?:pas|plus)"
    r"|yeux\s+revuls\w*)\b",
)
