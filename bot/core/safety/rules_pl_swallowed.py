"""Polish: someone else has swallowed something dangerous just now — maluch i bateria
guzikowa, tabletka do zmywarki, wybielacz; brat, który wypił trutkę na szczury albo płyn do
chłodnic; tabletki babci, całe opakowanie. Dzwonić na 112 od razu.

Kto (syn, córka, brat; bez "który": artykuł o dziecku zostaje poza) i co (pestka wiśni, guma
do żucia, czekolada psa zostają poza); przy tabletkach ilość albo cudze tabletki ("wziął swoje
antybiotyki", "bierze dużo tabletek codziennie", "tabletkę na sen" zostają poza).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.safety.verdict import EmergencySign as E

__all__ = ["SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

_WHO = (
    r"(?:(?:moj|moja|moje|nasz|nasza|nasze)\s+)?(?:syn|synek|corka|coreczka|dziecko|dzieciak"
    r"|dzieci|maluch|malec|bobas|niemowle|brat|braciszek|siostra|siostrzyczka|maz|zona|chlopak"
    r"|dziewczyna|przyjaciel|przyjaciolka|kolega|kolezanka|kumpel|mama|matka|tata|ojciec|babcia"
    r"|dziadek|wnuk|wnuczka|bratanek|bratanica|siostrzeniec|siostrzenica|partner|partnerka"
    r"|wspollokator\w*|latek|latka)"
)
_GAP = r"(?:(?!ktor\w*\s|jak\s|gdy\s)\w+\s+){0,3}?"
_ATE = (
    r"(?:polkn\w*|zjadl\w*|zjedli|wypil\w*|lykn\w*|nalykal\w*|nazarl\w*|zazyl\w*|przelkn\w*"
    r"|wlozyl\w*\s+do\s+(?:buzi|ust)|dorwal\w*\s+sie\s+do|dobral\w*\s+sie\s+do)"
)
_TOOK = r"(?:wzial\w*|wziel[aoi]|lykn\w*|lyka\w*)"
_POISON = (
    r"(?:bateri\w*|bateryjk\w*|magnes\w*|(?:tablet\w*|kapsulk\w*)\s+do\s+(?:zmywarki|prania)"
    r"|kapsulk\w*\s+(?:z|ze)\s+(?:proszkiem|plynem)|proszk?\w*\s+do\s+prania|plyn\w*\s+do"
    r"\s+(?:prania|naczyn|mycia|zmywarki|chlodnic\w*|spryskiwaczy|czyszczenia|udrazniania\w*|wc)"
    r"|wybielacz\w*|domestos\w*|chlor\w*|kret\w*|udrazniacz\w*|srod\w*\s+czyszcz\w*|trutk\w*"
    r"|trucizn\w*|otrut\w*|srod\w*\s+(?:na|przeciw|od)\s+(?:szczury|myszy|chwasty|owady|slimaki)"
    r"|antyfryz\w*|glikol\w*|roundup\w*|randap\w*|pestycyd\w*|herbicyd\w*|insektycyd\w*"
    r"|oprysk\w*|rozpuszczalnik\w*|benzyn\w*|denaturat\w*|amoniak\w*|sod\w*\s+kaustyczn\w*"
    r"|liquid\w*)\b"
)
_PILL = (
    r"(?:tabletk\w*|tabletek|tablet|pigulk\w*|pigulek|leki|lekow|lekami|lekarstw\w*|prochy"
    r"|prochow|paracetamol\w*|ibuprom\w*|apap\w*|ibuprofen\w*|nasenn\w*|antydepresant\w*"
    r"|xanax\w*|relanium|hydroksyzyn\w*)\b"
)
_MANY = (
    r"(?:cal\w*\s+(?:opakowanie|paczk\w*|listek|blister\w*|fiolk\w*|butelk\w*|pudelk\w*)"
    r"|(?:opakowanie|paczk\w*|listek|blister|garsc|mnostwo|kupe|pelno|\d\d+))\s+"
    r"(?:\w+\s+){0,2}?"
)
_KIN = r"(?:babci|dziadka|mamy|taty|mojej\s+mamy|cioci|wujka|prababci)"

SWALLOWED_POISON = (rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,4}}?{_POISON}",)
SWALLOWED_PILLS = (
    rf"{_WHO}\s+{_GAP}(?:{_ATE}|{_TOOK})\s+(?:\w+\s+)?{_MANY}{_PILL}",
    # "połknął wszystkie tabletki", not "wzięła wszystkie leki na dziś".
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+)?wszystkie\s+(?:\w+\s+){{0,2}}?{_PILL}",
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,2}}?(?:(?:moje|moich)\s+(?:\w+\s+)?{_PILL}"
    rf"|{_PILL}\s+(?:\w+\s+)?{_KIN})",
    rf"{_WHO}\s+{_GAP}(?:{_ATE}|{_TOOK})\s+[^.!?]{{0,30}}?{_PILL}[^.!?]{{0,40}}?nie\s+wiem"
    r"\s+ile\b",
    # "chyba zjadł jej tabletki na serce, w blistrze brakuje 6".
    rf"{_WHO}\s+[^.!?]{{0,60}}?{_PILL}[^.!?]{{0,40}}?brakuje\s+(?:\w+\s+)?\d+",
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
