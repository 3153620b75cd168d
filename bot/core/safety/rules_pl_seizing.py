"""Polish: someone else's seizure now where rules_pl.py needs a named person close by
("tramwaj, facet ma drgawki, pomocy"; "kumpel wziął tabsy i teraz ma drgawki na podłodze").
Joined to the someone-else sign by rules_pl_swallowed.py, so rules_pl.py stays as it is.

Convulsions stand with a sign that it is happening now (on the floor, foam, eyes rolled, not
responding, a cry for help): "mam drgawki" is the writer's own, and "trzęsie mną" fear.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

_FIT = (
    r"(?:ma\s+drgawki|dostal\w*\s+(?:ataku\s+)?(?:drgawek|padaczki|epilepsji)|ma\s+atak"
    r"\s+(?:padaczki|epilepsji)|atak\s+padaczki|trzesie\s+(?:sie\s+)?(?:cal[ay]|nim|nia)"
    r"|rzuca\s+(?:nim|nia)|wije\s+sie)"
)
_NOW = (
    r"(?:podlodze|podloga|ziemi|chodniku|piana|piane|pianka|nie\s+reaguje|nie\s+odpowiada"
    r"|oczy\s+(?:uciekaj\w*|wywrocon\w*|przewrocon\w*|w\s+gore)|nieprzytomn\w*|pomocy"
    r"|ratunku|karetk\w*)\b"
)
SEIZING = (
    rf"{_FIT}\b\s+(?:[^\s.!?]+\s+){{0,12}}?{_NOW}",
    rf"(?:upadl\w*|przewrocil\w*|lezy|padl\w*)\b\s+(?:[^\s.!?]+\s+){{0,8}}?{_FIT}\b",
)
