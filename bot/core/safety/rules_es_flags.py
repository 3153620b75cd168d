"""Spanish red flags beside the MND tool's first five: breathless lying flat, numbness climbing
over weeks, weight lost without trying, and restlessness, sweating or jerking since a new
medicine. Kept apart from rules_es.py to keep each file short. Over normalised text.
"""

from __future__ import annotations

from bot.core.safety.common import NOT_A_NEGATOR
from bot.core.safety.verdict import RedFlag as R


def _gap(most: int, stops: str = ",") -> str:
    """Up to `most` words or commas (or other `stops`), none a negator ("sin sudores ni
    temblores" denies)."""
    return rf"(?:{NOT_A_NEGATOR}[\w{stops}]+\s+){{0,{most}}}?"


_AIRLESS = (
    r"(?:me\s+ahogo|me\s+falta\s+(?:el\s+)?aire|me\s+quedo\s+sin\s+aire|no\s+puedo\s+respirar"
    r"|no\s+respiro(?:\s+bien)?|me\s+cuesta\s+respirar|me\s+asfixio|me\s+sofoco|no\s+me\s+entra"
    r"\s+(?:el\s+)?aire|falta\s+de\s+aire)"
)
_LIE_DOWN = (
    r"(?:me\s+acuesto|me\s+tumbo|me\s+echo|me\s+estiro|acostarme|tumbarme|echarme|estoy"
    r"\s+(?:acostad[oa]|tumbad[oa]|echad[oa])|me\s+pongo\s+(?:boca\s+arriba|plan[oa]))"
)
_FLAT = (
    r"(?:boca\s+arriba|tumbad[oa]|acostad[oa]|echad[oa]|plan[oa]|en\s+plano|del\s+todo"
    r"|estirad[oa]|recto|recta)"
)
_NUMB = (
    r"(?:hormigueos?|adormecimiento|adormecid[oa]s?|adormecido|entumecimiento|entumecid[oa]s?"
    r"|cosquilleo|parestesias?|se\s+me\s+duerme(?:n)?|dormid[oa]s?|acorchad[oa]s?|me\s+hormiguea\w*)"
)
_CLIMBS = (
    r"(?:sube|subiendo|subio|ha\s+subido|me\s+sube|va\s+subiendo|ha\s+ido\s+subiendo|llega"
    r"|me\s+llega|ya\s+me\s+llega|ha\s+llegado|se\s+extiende|se\s+ha\s+extendido|se\s+esta"
    r"\s+extendiendo|avanza|ha\s+avanzado|esta\s+por\s+encima|ya\s+esta\s+en|ahora\s+esta\s+en"
    r"|trepa)"
)
_LIMB_ABOVE = (
    r"(?:rodillas?|muslos?|tobillos?|espinillas?|canillas?|pantorrillas?|gemelos?|caderas?"
    r"|cintura|ingles?|codos?|brazos?|antebrazos?|hombros?|munecas?|piernas?)"
)
_KILOS = r"(?:peso|kilos?|kg|\d+\s?kg|\d+\s?kilos)"
_UNTRIED = (
    r"(?:sin\s+(?:hacer\s+|estar\s+a\s+|ponerme\s+a\s+)?(?:dieta|regimen|querer|quererlo|motivo"
    r"|razon|explicacion|proponermelo|buscarlo|intentarlo|hacer\s+nada|cambiar\s+nada"
    r"|comer\s+menos)|comiendo\s+(?:lo\s+mismo|igual|normal|como\s+siempre|mas|bien)"
    r"|(?:pero\s+|y\s+)?no\s+(?:hago|estoy\s+haciendo|estoy\s+a|he\s+hecho|sigo)\s+(?:ninguna\s+)?dieta"
    r"|y\s+como\s+(?:igual|normal|lo\s+mismo|mas|bien|como\s+siempre))"
)
_MEDICINE = (
    r"(?:antidepresivos?|medicamento\s+nuevo|medicacion\s+nueva|pastillas?\s+nuevas?"
    r"|remedio\s+nuevo|tratamiento\s+nuevo|farmaco\s+nuevo|nuev[oa]\s+(?:medicamento|medicacion"
    r"|pastilla|remedio|tratamiento|farmaco|antidepresivo)|tramadol|triptan\w*|sumatriptan|zolmitriptan|rizatriptan|eletriptan|naratriptan"
    r"|sertralina|venlafaxina|fluoxetina|paroxetina|escitalopram|citalopram|duloxetina"
    r"|desvenlafaxina|trazodona|litio|linezolid|ondansetron|metoclopramida|dextrometorfano)"
)
_RESTLESS = (
    r"(?:sudo|suda|sudando|sudad[oa]|sudor|sudores|agitad\w*|agitadisim[oa]|inquiet[oa]|no\s+puedo\s+estar\s+quiet[oa]"
    r"|sacudidas?|espasmos?|tirones|temblores|tiemblo|temblando|escalofrios|fiebre|nervios[oa]"
    r"|acelerad[oa]|pupilas\s+enormes|musculos\s+(?:me\s+)?saltan)"
)


# Sleeping sat up or on a pile of pillows, said after breath that fails: breathless lying
# flat, for weeks, a red flag here; the emergency breath rules step aside for it.
_SLEEPS_SITTING = (
    r"(?<!ni\s)(?<!no\s)(?:duermo|dormir)\s+(?:\w+\s+){0,3}?(?:sentad[oa]"
    r"|en\s+el\s+sillon|almohadas|incorporad[oa])"
)
SITTING_UP = rf"(?![^!?]{{0,80}}\b{_SLEEPS_SITTING})"
_BREATH_GONE = r"(?:no\s+(?:puedo|podia|consigo|logro)\s+respirar)"

FLAGS = {
    R.BREATHLESS_LYING_FLAT: (
        rf"{_BREATH_GONE}\b[^!?]{{0,80}}?\b{_SLEEPS_SITTING}\b",
        rf"{_AIRLESS}\s+(?:\w+\s+)?(?:cuando|si|al|en\s+cuanto|nada\s+mas)\s+{_LIE_DOWN}\b",
        rf"(?:cuando|si|al|en\s+cuanto|nada\s+mas)\s+{_LIE_DOWN}\s+{_gap(4)}{_AIRLESS}\b",
        rf"no\s+(?:puedo|consigo)\s+(?:dormir|acostarme|tumbarme|estar|echarme)\s+(?:\w+\s+){{0,2}}?"
        rf"{_FLAT}\s+{_gap(6)}(?:porque\s+|que\s+|sin\s+que\s+)?{_AIRLESS}\b",
        r"(?:tengo\s+que|necesito|debo|me\s+toca|he\s+de)\s+dormir\s+(?:casi\s+|medio\s+)?"
        r"(?:sentad[oa]|incorporad[oa]|recostad[oa]|en\s+el\s+sillon|en\s+la\s+butaca)\b",
        r"(?:dormir|duermo)\s+(?:\w+\s+){0,3}?(?:con|sobre)\s+(?:tres|3|cuatro|4|cinco|varias"
        r"|muchas|una\s+torre\s+de)\s+almohadas\b",
        r"torre\s+de\s+almohadas\b",
        r"me\s+despierto\s+(?:\w+\s+){0,3}?(?:ahogandome|sin\s+aire|buscando\s+(?:el\s+)?aire"
        r"|asfixiad[oa]|con\s+falta\s+de\s+aire)\b",
        r"ortopnea\b",
    ),
    R.NUMBNESS_SPREADING: (
        rf"{_NUMB}\s+{_gap(16)}{_CLIMBS}\s+(?:\w+\s+){{0,6}}?{_LIMB_ABOVE}\b",
        rf"{_NUMB}\s+{_gap(16)}{_CLIMBS}\s+(?:\w+\s+)?(?:poco\s+a\s+poco|cada\s+(?:dia|semana)"
        r"|un\s+poco\s+mas)\b",
        rf"{_NUMB}\s+{_gap(10)}(?:empezo|comenzo|empezaba)\s+(?:en|por)\s+(?:\w+\s+){{0,5}}?"
        rf"(?:y\s+)?(?:ahora|ya)\s+(?:\w+\s+){{0,3}}?{_LIMB_ABOVE}\b",
    ),
    R.WEIGHT_LOSS: (
        r"(?:perdiendo|perdi|perdido|pierdo|bajado|bajando|baje|bajo|adelgazando|adelgace"
        rf"|adelgazado|adelgazo|rebajado)\s+{_gap(4)}{_KILOS}\s+{_gap(6)}{_UNTRIED}\b",
        rf"(?:adelgazando|adelgace|adelgazado|adelgazo|perdiendo\s+peso|perdido\s+peso|pierdo\s+peso)"
        rf"\s+{_gap(3)}{_UNTRIED}\b",
        rf"(?:kilos?|kg)\s+menos\s+{_gap(6)}{_UNTRIED}\b",
        r"(?:la\s+ropa\s+me\s+(?:baila|queda\s+(?:grande|ancha|floja)|viene\s+grande)|me\s+baila"
        r"\s+la\s+ropa|el\s+cinturon\s+(?:\w+\s+){0,3}?agujeros?\s+menos)\b"
        r"(?![^.!?]{0,40}\b(?:dieta|gimnasio|gym|ejercicio|correr|regimen|lado|izquierd\w*|derech\w*)\b)",
        r"perdida\s+de\s+peso\s+(?:sin\s+(?:explicacion|motivo|razon|querer)|involuntaria"
        r"|inexplicable)\b",
    ),
    R.NEW_MEDICINE: (
        rf"{_MEDICINE}\s+{_gap(25, ',.;:()')}{_RESTLESS}\s+{_gap(10)}{_RESTLESS}\b",
        rf"{_RESTLESS}\s+{_gap(10)}{_RESTLESS}\s+{_gap(12)}desde\s+(?:que\s+(?:empece|tomo|me\s+\w+)"
        rf"\s+)?{_gap(3)}{_MEDICINE}\b",
    ),
}
