"""Polish: someone else has swallowed something dangerous just now — maluch i bateria
guzikowa, tabletka do zmywarki, wybielacz; brat, który wypił trutkę na szczury albo płyn do
chłodnic; tabletki babci, całe opakowanie. Dzwonić na 112 od razu.

Kto (syn, córka, brat; bez "który": artykuł o dziecku zostaje poza) i co (pestka wiśni, guma
do żucia, czekolada psa zostają poza); przy tabletkach ilość albo cudze tabletki ("wziął swoje
antybiotyki", "bierze dużo tabletek codziennie", "tabletkę na sen" zostają poza).
"""

from __future__ import annotations

from bot.core.safety.common import any_order, not_after, swallowed_family
from bot.core.safety.rules_pl_seizing import SEIZING

__all__ = ["CHILD_SWALLOWED", "OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

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
    r"|(?:opakowanie|paczk\w*|listek|blister|garsc|mnostwo|kupe|pelno|duzo|kilkanascie"
    r"|kilkadziesiat|\d\d+))\s+"
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


# Przedawkowanie z ilością, której starsze reguły nie znają ("łyknęłam garść tabletek", "resztę
# moich nasennych"), i tygodniowa albo podwójna dawka, cały organizer wzięty przez pomyłkę.
# Nawyk ("dziennie", "codziennie"), "jak przepisał lekarz", "prawie" i witaminy zostają poza.
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?\b(?:dziennie|codziennie|na\s+dzien|kazdego\s+dnia|co\s+rano"
    r"|jak\s+(?:przepisal|kazal|zalecil)|od\s+lat)\b)"
)
_OD_VERB = not_after(
    r"polknal\w*|polknel\w*|lyknal\w*|lyknel\w*|wzial\w*|wziel\w*|lyknal\w*|lyknelam|zarzucil\w*"
    r"|lyknelam|wpakowal\w*|wcisnal\w*|wcisnel\w*|przyjal\w*|przyjel\w*|zazyl\w*",
    r"prawie|malo\snie",
)
_ALMOST = r"prawie|malo\s+nie"
_MISTAKE = not_after(
    r"przez\s+pomylke|przez\s+przypadek|niechcacy|przypadkiem|omylkowo|pomylil\w*|pomylila"
    r"|pomieszal\w*",
    r"prawie",
)
_TOOK = not_after(
    r"wzial|wziela|wzialem|wzielam|wzieli|polknal|polknela|polknalem|polknelam|lyknal|lyknela"
    r"|lyknalem|lyknelam|przyjal|przyjela|przyjalem|przyjelam|zazyl|zazyla|zazylem|zazylam",
    r"prawie",
)
_DOSE = (
    r"(?:tygodniowa\s+dawke|dawke\s+(?:na|z)\s+(?:caly\s+)?tydzien|podwojna\s+dawke"
    r"|podwojna\s+porcje|(?:caly\s+)?(?:organizer|pojemnik|kasetk\w*|dozownik)\s+(?:na\s+(?:caly\s+)?"
    r"tydzien|tygodniowy|caly)|cal[aey]\s+(?:organizer|kasetk\w*|dozownik)|leki\s+(?:na|z)\s+"
    r"(?:caly\s+)?tydzien|tabletki\s+(?:na|z)\s+(?:caly\s+)?tydzien)"
)
OVERDOSE_MORE = (
    rf"{_OD_VERB}\s+(?:\w+\s+)?(?:garsc|garstke|cala\s+garsc|kupe|mase|mnostwo|sporo|reszte"
    rf"|reszt\w*|pol\s+opakowania|pol\s+listka|co\s+(?:mi\s+)?zostalo)\s+(?:moich\s+|swoich\s+"
    rf"|tych\s+)?(?:\w+\s+)?{_PILL}{_NOT_HABIT}",
    *any_order(_ALMOST, _MISTAKE, _TOOK, _DOSE),
)


# Set R: małe dziecko, często z wiekiem ("Wnuczek (3 latka)"), i coś, co szkodzi, nawet jeśli
# na razie wygląda dobrze: bateria guzikowa, magnesy, żelazo (tabletki, żelki z witaminami z
# żelazem), przegryziona kapsułka do prania, tabletki babci na serce, ciśnienie, cukrzycę,
# nasenne. Dziecko i rzecz są nazwane: pestka wiśni, guma do żucia, "wziął swoje witaminy" i
# artykuł o bateriach zostają poza.
_KID = (
    r"(?:(?:moj|moja|moje|nasz|nasza|nasze)\s+)?(?:syn|synek|synus|corka|coreczka|corcia|dziecko"
    r"|dzieciak|maluch|malec|mala|maly|mlody|mloda|bobas|niemowle|wnuk|wnuczek|wnuczka|wnusia"
    r"|bratanek|bratanica|siostrzeniec|siostrzenica|blizniaki|berbec|szkrab)\b"
)
_INTO = (
    r"(?:polkn\w*|zjadl\w*|zjedl\w*|pogryzl\w*|przegryzl\w*|rozgryzl\w*|ugryzl\w*|possal\w*"
    r"|polizal\w*|wlozyl\w*\s+do\s+(?:buzi|buzki|ust|buzii)|dobral\w*\s+sie\s+do|dorwal\w*\s+sie"
    r"\s+do|nalykal\w*\s+sie)"
)
_HARM = (
    r"(?:bateri\w*|bateryjk\w*|magnes\w*|magnesik\w*|zelaz(?:o|a|em)\b|(?:kapsulk|tabletk|saszetk"
    r"|kostk)\w*\s+do\s+(?:prania|zmywarki)|kapsulk\w*\s+(?:z|ze)\s+(?:proszkiem|plynem|zelem)"
    r"|proszk?\w*\s+do\s+prania|plyn\w*\s+do\s+(?:prania|naczyn|mycia|zmywarki|wc)|wybielacz\w*"
    r"|domestos\w*|kret\w*|(?:tabletk|tabletek|lek|pigulk|pigulek|tablet)\w*\s+(?:\w+\s+)?(?:na"
    r"|od)\s+(?:serce|cisnienie|nadcisnienie|sen|spanie|cukrzyce|tarczyce|cukier|padaczke)"
    r"|nasenn\w*|antydepresant\w*|uspokajaj\w*|(?:tabletk|tabletek|lek|pigulk|pigulek)\w*\s+"
    r"(?:\w+\s+)?(?:babci|dziadka|mamy|taty|prababci)|(?:moje|moich|babcine|babcinych|mamy)\s+"
    r"(?:tabletki|tabletek|leki|lekow|pigulki|pigulek))"
)
# Między czasownikiem a rzeczą ani "a potem", ani przecinka: to dwie rzeczy.
_NEAR = r"\s+(?:(?!(?:potem|a|ale|pozniej)\s)[^\s.!?,]+\s+){0,6}?"
# Wypił tylko przy środkach czystości: "wypił syrop" to nie zatrucie.
_DRANK = r"(?:wypil\w*|napil\w*\s+sie|lykn\w*|polkn\w*)"
_CLEANING = (
    r"(?:plyn\w*\s+do\s+(?:prania|naczyn|mycia|zmywarki|wc|plukania)|wybielacz\w*|domestos\w*"
    r"|chlor\w*|kret\w*|odkamieniacz\w*|ocet|octu|amoniak\w*|denaturat\w*|srod\w*\s+czyszcz\w*"
    r"|plyn\w*\s+do\s+spryskiwaczy)"
)
CHILD_SWALLOWED = (
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?{_INTO}{_NEAR}{_HARM}",
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?{_HARM}{_NEAR}{_INTO}",
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?{_DRANK}{_NEAR}{_CLEANING}",
)

# Someone else's seizure (rules_pl_seizing.py) joins the someone-else sign here, beside the
# poisons, so rules_pl.py need not change.
swallowed = swallowed_family(
    (*SWALLOWED_POISON, *CHILD_SWALLOWED, *SEIZING), (*SWALLOWED_PILLS, *OVERDOSE_MORE)
)
