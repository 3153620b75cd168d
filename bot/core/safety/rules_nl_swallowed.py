"""Dutch: someone else has swallowed something dangerous just now — de peuter en een
knoopcelbatterij, een vaatwastablet, bleek; de broer die rattengif of antivries heeft
gedronken; pillen van oma, een hele strip. Meteen 112 bellen.

Wie (mijn zoon, de baby, mijn broer, met "heeft": "neemt elke dag veel pillen" blijft buiten)
en wat (een kersenpit, kauwgom, chocolade voor de hond blijven buiten); bij pillen een
hoeveelheid of andermans pillen ("heeft zijn antibiotica genomen" blijft buiten).
"""

from __future__ import annotations

from bot.core.safety.common import any_order, not_after, swallowed_family
from bot.core.safety.rules_nl_seizing import SEIZING

__all__ = ["CHILD_SWALLOWED", "OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

_WHO = (
    r"(?:(?:mijn|m\s+n|mn|ons|onze|de|het)\s+(?:\w+\s+)?(?:zoon|zoontje|dochter|dochtertje|kind|kindje"
    r"|kinderen|baby|peuter|kleine|kleuter|broer|broertje|zus|zusje|man|vrouw|vriend|vriendin"
    r"|moeder|mama|mam|vader|papa|pap|oma|opa|neef|neefje|nicht|nichtje|partner|huisgenoot"
    r"|kleinzoon|kleindochter|tweeling|jongen|jongetje|meisje)|hij|zij|ze)"
)
_HAS = r"(?:(?!die\s|dat\s)\w+\s+){0,2}?(?:heeft|had|hebben)\s+(?:\w+\s+){0,5}?"
_POISON = (
    r"(?:\w*batterij\w*|knoopcel\w*|magneet\w*|magneten|vaatwas\w*|afwas\w*tablet\w*"
    r"|wasmiddel\w*|waspod\w*|wascapsule\w*|wastablet\w*|bleek|bleekmiddel|chloor\w*"
    r"|ontstopper\w*|gootsteenontstopper|schoonmaakmiddel\w*|ammoniak|rattengif\w*|muizengif\w*"
    r"|gif|antivries|ruitensproeier\w*|onkruidverdelger\w*|onkruidbestrijd\w*|pesticide\w*"
    r"|insecticide\w*|lampolie|terpentine|wasbenzine|benzine|spiritus|aanstekervloeistof"
    r"|e\s?liquid|zoutzuur|natronloog|ontkalker"
    # Sets S-T: parfum, aftershave en dergelijke (alcohol, voor een klein kind).
    r"|parfum|eau\s+de\s+(?:toilette|cologne)|aftershave|mondwater|mondspoeling|handgel"
    r"|desinfect\w*|nagellakremover|lampenolie|vape\s?(?:olie|vloeistof|liquid)|etherische\s+olie)\b"
)
_PILL = (
    r"(?:pillen|pilletjes|tabletten|tabletjes|medicijnen|medicatie|capsules|paracetamol\w*"
    r"|ibuprofen|slaappillen|slaapmiddel\w*|oxazepam|temazepam|antidepressiva"
    r"|kalmeringsmiddel\w*|\w*tabletten)\b"
)
_MANY = (
    r"(?:een\s+(?:hele\s+|heel\s+|volle\s+)?(?:strip|doos|doosje|potje|pot|fles|flesje|handvol|hoop|zak"
    r"|strook|doordrukstrip)|de\s+hele\s+(?:strip|doos|pot|fles)|alle|heel\s+veel|veel|een\s+heleboel"
    # "een strip van m'n vrouw d'r pillen": whose pills may stand between.
    r"|\d\d+)\s+(?:\w+\s+){0,2}?(?:van\s+(?:\w+\s+){1,5}?)?"
)
_ATE = (
    r"(?:ingeslikt|doorgeslikt|geslikt|opgegeten|gegeten|gedronken|opgedronken|gekauwd"
    r"|binnengekregen)"
)
_OTHERS = r"(?:mijn|m\s+n|oma\s?s|opa\s?s|mama\s?s|papa\s?s)"
_FROM = r"van\s+(?:oma|opa|mij|mama|papa|zijn\s+\w+|haar\s+\w+|mijn\s+\w+)"

SWALLOWED_POISON = (
    rf"{_WHO}\s+{_HAS}{_POISON}\s+(?:\w+\s+){{0,3}}?{_ATE}\b",
    rf"{_WHO}\s+(?:\w+\s+){{0,2}}?(?:slikte|at|dronk)\s+(?:\w+\s+){{0,4}}?{_POISON}",
)
SWALLOWED_PILLS = (
    rf"{_WHO}\s+{_HAS}{_MANY}{_PILL}\s+(?:\w+\s+){{0,3}}?(?:{_ATE}|genomen|ingenomen)\b",
    rf"{_WHO}\s+{_HAS}(?:{_OTHERS}\s+(?:\w+\s+)?{_PILL}|{_PILL}\s+{_FROM})\s+(?:\w+\s+){{0,3}}?"
    rf"{_ATE}\b",
    rf"{_WHO}\s+{_HAS}[^.!?]{{0,30}}?{_PILL}[^.!?]{{0,80}}?(?:weet\s+(?:\w+\s+)?niet|geen\s+idee)"
    r"\s+hoeveel\b",
    # Pills taken at a party and now hardly responding: "nu reageert ie bijna niet".
    r"(?:pillen|pilletjes|tabletten|xtc|medicijnen)\s+(?:\w+\s+)?(?:genomen|geslikt|ingenomen)\b"
    r"[^.!?]{0,60}?(?:reageert|reageren)\s+(?:ie|hij|ze|zij)\s+(?:bijna\s+|amper\s+|nauwelijks\s+)?niet\b",
)


# Een overdosis met een hoeveelheidswoord dat de oudere regels missen ("ik heb een handvol pillen
# geslikt", "de rest van mijn slaappillen"), en de weekdosis, een dubbele dosis of de hele
# baxterrol per ongeluk ingenomen. Een gewoonte ("per dag", "elke dag"), "zoals voorgeschreven",
# "bijna" en vitamines of snoep blijven buiten.
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?\b(?:per\s+dag|elke\s+(?:dag|ochtend|avond)|iedere\s+dag|dagelijks"
    r"|zoals\s+voorgeschreven|al\s+jaren)\b)"
)
_OD_QTY = (
    r"(?:een\s+(?:hele\s+)?handvol|handenvol|een\s+(?:hele\s+)?hoop|een\s+berg|een\s+stapel"
    r"|bergen|de\s+rest\s+van|wat\s+er\s+(?:nog\s+)?over\s+was\s+van|al\s+(?:mijn|m\s+n)"
    r"\s+(?:overgebleven|resterende)|een\s+halve\s+(?:strip|doos|pot))"
)
_ALMOST = r"bijna|haast"
_MISTAKE = not_after(
    r"per\s+ongeluk|per\s+vergissing|abusievelijk|per\s+abuis|vergist|in\s+de\s+war",
    r"bijna|haast",
)
_TOOK = not_after(
    r"genomen|ingenomen|geslikt|nam|slikte|innam",
    r"bijna|haast",
)
_DOSE = (
    r"(?:weekdosis|dosis\s+van\s+(?:een|de\s+hele)\s+week"
    r"|(?:een\s+)?dubbele\s+dosis|(?:de\s+)?hele\s+(?:weekdoos|pillendoos|medicijndoos"
    r"|baxterrol\w*|weekrol|medicijnrol)|(?:alle\s+)?(?:pillen|medicijnen|tabletten)\s+van"
    r"\s+(?:de\s+hele|een)\s+week)"
)
OVERDOSE_MORE = (
    rf"ik\s+heb\s+(?:net\s+|zojuist\s+|gisteren\s+)?{_OD_QTY}\s+(?:mijn\s+"
    rf"|m\s+n\s+|haar\s+|zijn\s+|de\s+)?(?:\w+\s+)?{_PILL}\s+(?:\w+\s+)?(?:geslikt|ingenomen"
    rf"|genomen|doorgeslikt|weggewerkt|naar\s+binnen\s+gewerkt)\b{_NOT_HABIT}",
    rf"(?:ik\s+)?(?:slikte|nam)\s+{_OD_QTY}\s+(?:mijn\s+|m\s+n\s+|de\s+)?(?:\w+\s+)?{_PILL}"
    rf"{_NOT_HABIT}",
    *any_order(_ALMOST, _MISTAKE, _TOOK, _DOSE),
)


# Set R: een klein kind, vaak met leeftijd ("mijn dochter van 5"), aan iets wat kwaad doet ook
# als het nu nog normaal doet: knoopcel, magneten, ijzer (tabletten, vitaminegummies met ijzer),
# een wascapsule kapotgebeten, hart- of bloeddrukpillen of slaappillen van oma. Kind en ding
# staan er allebei: een kersenpit, kauwgom, "heeft zijn vitamines genomen" en een nieuwsbericht
# over knoopcellen blijven erbuiten.
_KID = (
    r"(?:(?:mijn|m\s+n|mn|ons|onze|de|het)\s+(?:\w+\s+)?(?:zoon|zoontje|dochter|dochtertje|kind"
    r"|kindje|kleintje|baby|peuter|kleuter|kleine|kleinzoon|kleindochter|kleinkind|jongen"
    r"|jongetje|meisje|tweeling|neefje|nichtje|ukkie|dreumes)|zoon|zoontje|dochter|dochtertje"
    r"|peuter|kleuter)\b"
)
_INTO = (
    r"(?:ingeslikt|doorgeslikt|geslikt|opgegeten|gegeten|opgesnoept|gesnoept|gekauwd"
    r"|kapotgebeten|gebeten|stukgebeten|gelikt|gezogen|afgelikt|binnengekregen|in\s+(?:zijn|haar"
    r"|z\s+n|d\s+r)\s+mond\s+gestopt|slikte|at|kauwde|beet|snoepte)\b"
)
_HARM = (
    r"(?:\w*knoopcel\w*|\w*batterij\w*|\w*magneet\w*|\w*magneten|\w*magneetjes|ijzer(?:tablet|pil"
    r"|druppel|capsule|supplement|gumm|preparaat)\w*|\w+\s+met\s+ijzer|was(?:capsule|pod|tablet"
    r"|middel)\w*|vaatwas\w*|afwas\w*tablet\w*|hart\w*(?:pil|tablet|medicijn)\w*|bloeddruk\w*"
    r"|slaap(?:pil|tablet|middel)\w*|antidepressiva|diabetes\w*|suiker(?:pil|tablet)\w*"
    r"|(?:oma|opa|mama|papa)\s?s\s+(?:\w+\s+)?(?:pil|tablet|medicijn)\w*|(?:pil|tablet"
    r"|medicijn)\w*"
    r"\s+van\s+(?:oma|opa|mama|papa|mij|mijn\s+\w+|zijn\s+\w+|haar\s+\w+)|bleek\w*"
    r"|schoonmaakmiddel\w*|ontstopper\w*|chloor\w*)\b"
)
# Tussen het ding en het werkwoord geen "en", "toen" of komma: dat zijn twee dingen.
_NEAR = r"\s+(?:(?!(?:en|toen|daarna|maar)\s)[^\s.!?,]+\s+){0,6}?"
CHILD_SWALLOWED = (
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,12}}?{_HARM}{_NEAR}{_INTO}",
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,8}}?{_INTO}{_NEAR}{_HARM}",
    # "Zoon heeft per ongeluk 10 tabletten van mijn metoprolol genomen": a number of someone
    # else's pills.
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,8}}?(?:\d+|een\s+paar|een\s+heleboel|veel|alle"
    r"|een\s+handvol)\s+(?:\w+\s+)?"
    r"(?:tabletten|pillen|pilletjes|tabletjes)\s+van\s+(?:mijn|m\s+n|oma|opa|mama|papa|zijn|haar)"
    r"\s+(?:\w+\s+){0,2}?(?:genomen|ingenomen|geslikt|opgegeten|gegeten)\b",
)

# Someone else's seizure (rules_nl_seizing.py) joins the someone-else sign here, beside the
# poisons, so rules_nl.py need not change.
swallowed = swallowed_family(
    (*SWALLOWED_POISON, *CHILD_SWALLOWED, *SEIZING), (*SWALLOWED_PILLS, *OVERDOSE_MORE)
)
