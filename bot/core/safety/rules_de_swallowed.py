"""German: someone else has swallowed something dangerous just now — das Kind und eine
Knopfbatterie, ein Spülmaschinentab, Bleichmittel; der Bruder hat Rattengift oder Frostschutz
getrunken; Tabletten von Oma, eine ganze Packung. Sofort den Notruf (112), dann den Giftnotruf.

Wer es war, steht da (mein Sohn, das Baby, mein Bruder), was es war auch (ein Kirschkern, ein
Kaugummi, Schokolade für den Hund bleiben draußen), und bei Tabletten eine Menge oder fremde
Tabletten ("hat sein Antibiotikum genommen", "nimmt jeden Tag viele Tabletten" bleiben draußen).
"""

from __future__ import annotations

from bot.core.safety.common import any_order, not_after, swallowed_family

__all__ = ["OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

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

swallowed = swallowed_family(SWALLOWED_POISON, (*SWALLOWED_PILLS, *OVERDOSE_MORE))
