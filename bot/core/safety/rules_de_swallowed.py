"""German: someone else has swallowed something dangerous just now — das Kind und eine
Knopfbatterie, ein Spülmaschinentab, Bleichmittel; der Bruder hat Rattengift oder Frostschutz
getrunken; Tabletten von Oma, eine ganze Packung. Sofort den Notruf (112), dann den Giftnotruf.

Wer es war, steht da (mein Sohn, das Baby, mein Bruder), was es war auch (ein Kirschkern, ein
Kaugummi, Schokolade für den Hund bleiben draußen), und bei Tabletten eine Menge oder fremde
Tabletten ("hat sein Antibiotikum genommen", "nimmt jeden Tag viele Tabletten" bleiben draußen).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.safety.verdict import EmergencySign as E

__all__ = ["SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

_WHO = (
    r"(?:(?:mein|meine|unser|unsere|der|die|das)\s+(?:\w+\s+){0,2}?(?:sohn|sohnchen|tochter|kind"
    r"|kleine|kleiner|kleines|baby|kleinkind|junge|madchen|bruder|schwester|mann|frau|freund"
    r"|freundin|mutter|mama|mutti|vater|papa|oma|opa|enkel\w*|neffe|nichte|partner\w*"
    r"|mitbewohner\w*|zwilling\w*)|er|sie)"
)
_HAS = r"(?:(?!der\s|die\s|das\s|welche\w*\s)\w+\s+){0,2}?(?:hat|hatte)\s+(?:\w+\s+){0,5}?"
_POISON = (
    r"(?:\w*batterie\w*|knopfzelle\w*|magnet\w*|spulmaschinen\w*|geschirrspul\w*|spultab\w*"
    r"|waschmittel\w*|wasch(?:pod|tab|kapsel|gel)\w*|weichspuler|bleichmittel|chlor\w*"
    r"|\w*reiniger|putzmittel\w*|entkalker|rattengift|mausegift|gift|giftkoder|frostschutz\w*"
    r"|scheibenwisch\w*|unkrautvernichter|unkrautex|pflanzenschutzmittel|pestizid\w*"
    r"|insektizid\w*|schneckenkorn|lampenol|petroleum|grillanzunder|spiritus|benzin|verdunnung"
    r"|terpentin\w*|salmiak\w*|natronlauge|e\s?liquid|liquid|nikotin\w*)\b"
)
_PILL = (
    r"(?:\w*tabletten|\w*tablette|\w*pillen|medikament\w*|medis|tabs|kapseln|dragees|ibus"
    r"|paracetamol|ibuprofen|schlafmittel|antidepressiva|beruhigungsmittel)\b"
)
_MANY = (
    r"(?:(?:\w+\s+)?(?:ganze\w*|volle\w*)\s+(?:packung|schachtel|dose|blister|streifen|flasche"
    r"|rolle)|(?:eine?n?|die|ne)\s+(?:packung|schachtel|dose|blister|streifen|handvoll|flasche)"
    r"|alle|viele|mehrere|unmengen|\d\d+)\s+(?:\w+\s+){0,2}?"
)
_OTHERS = r"(?:meine|omas|opas|mamas|papas|von\s+(?:mir|oma|opa|mama|papa|der\s+oma|dem\s+opa))"
_ATE = (
    r"(?:verschluckt|geschluckt|runtergeschluckt|gegessen|getrunken|gekaut|gelutscht|erwischt"
    r"|genascht)"
)

SWALLOWED_POISON = (
    rf"{_WHO}\s+{_HAS}{_POISON}\s+(?:\w+\s+){{0,3}}?{_ATE}\b",
    rf"{_WHO}\s+(?:\w+\s+){{0,2}}?(?:verschluckte|schluckte|trank|ass)\s+(?:\w+\s+){{0,4}}?"
    rf"{_POISON}",
)
SWALLOWED_PILLS = (
    rf"{_WHO}\s+{_HAS}{_MANY}{_PILL}\s+(?:\w+\s+){{0,3}}?(?:{_ATE}|genommen|eingenommen"
    r"|eingeworfen|eingeschmissen|reingeworfen)\b",
    rf"{_WHO}\s+{_HAS}(?:{_OTHERS}\s+(?:\w+\s+)?{_PILL}|{_PILL}\s+{_OTHERS})\s+(?:\w+\s+){{0,3}}?"
    rf"{_ATE}\b",
    rf"{_WHO}\s+{_HAS}[^.!?]{{0,30}}?{_PILL}[^.!?]{{0,40}}?(?:keine\s+ahnung|weiss\s+nicht"
    r"|unklar)\s+wie\s*viele\b",
)


def swallowed(
    someone_else: Sequence[str], overdose_taken: Sequence[str]
) -> dict[E, tuple[str, ...]]:
    """The two signs of this language with the swallowed family added: poisons and batteries
    to someone else in danger, pills to an overdose taken."""
    return {
        E.SOMEONE_ELSE: (*someone_else, *SWALLOWED_POISON),
        E.OVERDOSE_TAKEN: (*overdose_taken, *SWALLOWED_PILLS),
    }
