"""German: someone else has swallowed something dangerous just now — das Kind und eine
Knopfbatterie, ein Spülmaschinentab, Bleichmittel; der Bruder hat Rattengift oder Frostschutz
getrunken; Tabletten von Oma, eine ganze Packung. Sofort den Notruf (112), dann den Giftnotruf.

Wer es war, steht da (mein Sohn, das Baby, mein Bruder), was es war auch (ein Kirschkern, ein
Kaugummi, Schokolade für den Hund bleiben draußen), und bei Tabletten eine Menge oder fremde
Tabletten ("hat sein Antibiotikum genommen", "nimmt jeden Tag viele Tabletten" bleiben draußen).
"""

from __future__ import annotations

from bot.core.safety.common import any_order, not_after, swallowed_family
from bot.core.safety.rules_de_seizing import SEIZING

__all__ = ["CHILD_SWALLOWED", "OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

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
    r"|terpentin\w*|salmiak\w*|natronlauge|e\s?liquid|liquid|nikotin\w*"
    # Sets S-T: Parfüm, Kölnisch Wasser und dergleichen (Alkohol, für ein Kleinkind).
    r"|parfum\w*|parfuem\w*|kolnisch\w*|koelnisch\w*|aftershave|rasierwasser|mundwasser|mundspulung"
    r"|desinfektionsmittel|handdesinfektion\w*|nagellackentferner|duftol\w*|lampenoel)\b"
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


# Eine Überdosis mit einem Mengenwort, das die älteren Regeln nicht kennen ("ich habe eine Handvoll
# Tabletten geschluckt", "den Rest meiner Schlaftabletten"), und die Wochendosis, eine doppelte
# Dosis oder der ganze Wochendosierer aus Versehen genommen. Gewohnheit ("am Tag", "jeden Tag"),
# "wie verschrieben", "fast" und Vitamine oder Gummibärchen bleiben draußen.
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?\b(?:am\s+tag|pro\s+tag|jeden\s+(?:tag|morgen|abend)|taglich"
    r"|wie\s+(?:verschrieben|verordnet)|seit\s+jahren)\b)"
)
_OD_QTY = (
    r"(?:eine\s+(?:ganze\s+)?handvoll|ne\s+handvoll|handvoll|einen\s+haufen|nen\s+haufen|haufenweise"
    r"|massenweise|den\s+rest|die\s+restlichen|alle\s+restlichen|was\s+(?:noch\s+)?(?:ubrig\s+war"
    r"|da\s+war)\s+an|eine\s+halbe\s+packung|ne\s+halbe\s+packung)"
)
_OD_END = (
    r"(?:geschluckt|genommen|eingeworfen|eingenommen|reingeworfen|runtergeschluckt|reingehauen)\b"
)
_ALMOST = r"fast|beinahe"
_MISTAKE = not_after(
    r"aus\s+versehen|versehentlich|irrtumlich|hat\s+sich\s+vertan|habe\s+mich\s+vertan"
    r"|hab\s+mich\s+vertan|durcheinander\s+gebracht|verwechselt",
    r"fast|beinahe|fast\sschon",
)
_TOOK = not_after(
    r"genommen|geschluckt|eingenommen|nahm|schluckte",
    r"fast|beinahe|fast\sschon",
)
_DOSE = (
    r"(?:wochendosis|dosis\s+(?:fur\s+)?(?:eine|die\s+ganze)"
    r"\s+woche|(?:eine\s+|die\s+)?doppelte\s+dosis|(?:den\s+)?(?:ganzen\s+)?(?:wochen)?"
    r"(?:dosierer|tablettenbox|pillenbox|medikamentenbox|dosette)\s+(?:fur\s+die\s+(?:ganze\s+)?"
    r"woche|komplett|leer)|(?:die\s+)?(?:tabletten|medikamente|pillen)\s+(?:fur\s+)?(?:der|die)"
    r"\s+ganzen?\s+woche)"
)
OVERDOSE_MORE = (
    rf"(?:ich|ich\s+habe|hab|habe|ich\s+hab)\s+(?:gerade\s+|eben\s+|grad\s+)?{_OD_QTY}\s+(?:meiner\s+"
    rf"|von\s+meinen\s+|der\s+|meine\s+|an\s+)?(?:\w+\s+)?{_PILL}\s+(?:\w+\s+)?{_OD_END}{_NOT_HABIT}",
    rf"(?:ich\s+)?(?:schluckte|nahm)\s+{_OD_QTY}\s+(?:meiner\s+|von\s+meinen\s+|der\s+|meine\s+)?"
    rf"(?:\w+\s+)?{_PILL}{_NOT_HABIT}",
    *any_order(_ALMOST, _MISTAKE, _TOOK, _DOSE),
)


# Set R: ein kleines Kind, oft mit Alter ("mein Kleiner (2)"), an etwas, das schadet, auch wenn
# es gerade noch munter wirkt: Knopfzelle, Magnete, Eisentabletten oder Vitamingummis mit Eisen,
# eine Waschmittelkapsel angebissen, Herz-, Blutdruck- oder Schlaftabletten von Oma. Kind und
# Ding stehen beide da: ein Kirschkern, ein Kaugummi, "hat seine Vitamine genommen" und ein
# Zeitungsartikel über Knopfzellen bleiben draußen.
_KID = (
    r"(?:mein|meine|meinen|unser|unsere|unsre|der|die|das)\s+(?:\w+\s+)?(?:sohn|sohnchen|sohnemann"
    r"|tochter|tochterchen|kind|kindchen|kleine|kleiner|kleines|kleinen|baby|kleinkind|enkel"
    r"|enkelin|enkelkind|enkelsohn|enkeltochter|junge|madchen|bub|neffe|nichte|zwerg|zwillinge)\b"
)
_INTO = (
    r"(?:verschluckt|geschluckt|runtergeschluckt|gegessen|aufgegessen|gekaut|zerkaut|gebissen"
    r"|angebissen|zerbissen|gelutscht|geleckt|abgeleckt|erwischt|genascht|rangekommen"
    r"|drangekommen|rangegangen|drangegangen|in\s+den\s+mund"
    r"\s+gesteckt|verschluckte|schluckte|ass|kaute|biss|lutschte)\b"
)
_HARM = (
    r"(?:\w*knopfzelle\w*|\w*knopfbatterie\w*|\w*batterie\w*|\w*magnet\w*|eisen(?:tablette|kapsel"
    r"|prap|dragee|gumm|saft|tropfen)\w*|\w+\s+mit\s+eisen|wasch\w*(?:kapsel|pod|tab|perle)\w*"
    r"|spulmaschinen\w*|geschirrspul\w*|spultab\w*"
    r"|herz\w*(?:tablette|pille|medikament)\w*|blutdruck\w*|schlaf(?:tablette|mittel|pille)\w*"
    r"|antidepressiva|beruhigungs\w*|diabetes\w*|zucker(?:tablette|pille)\w*|(?:omas|opas|mamas"
    r"|papas)\s+(?:\w+\s+)?(?:tablette|pille|medikament)\w*|(?:tablette|pille|medikament)\w*"
    r"\s+(?:von|der|vom)\s+(?:oma|opa|mama|papa|mir|meiner|meinem|seiner|ihrer)|putzmittel\w*"
    r"|\w*reiniger|bleichmittel|entkalker)\b"
)
# Between the thing and the verb no "und", "dann" or comma: "hat mit Magneten gespielt und
# dann gegessen" is two things.
_NEAR = r"\s+(?:(?!(?:und|dann|aber|danach)\s)[^\s.!?,]+\s+){0,6}?"
# Getrunken nur bei Putz- und Waschmitteln: "hat seine Medizin getrunken" ist keine Vergiftung.
_DRANK = r"(?:getrunken|ausgetrunken|trank|geschluckt)\b"
_CLEANING = (
    r"(?:putzmittel\w*|\w*reiniger|bleichmittel|chlor\w*|entkalker|waschmittel\w*|spulmittel"
    r"|weichspuler|essigessenz|lampenol|grillanzunder|spiritus)\b"
)
CHILD_SWALLOWED = (
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,12}}?{_HARM}{_NEAR}{_INTO}",
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,8}}?{_INTO}{_NEAR}{_HARM}",
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,12}}?{_CLEANING}{_NEAR}{_DRANK}",
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,8}}?(?:trank|schluckte){_NEAR}{_CLEANING}",
)

# Someone else's seizure (rules_de_seizing.py) joins the someone-else sign here, beside the
# poisons, so rules_de.py need not change.
swallowed = swallowed_family(
    (*SWALLOWED_POISON, *CHILD_SWALLOWED, *SEIZING), (*SWALLOWED_PILLS, *OVERDOSE_MORE)
)
