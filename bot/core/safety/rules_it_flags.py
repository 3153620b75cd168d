"""Italian red flags beside the MND tool's first five: breathless lying flat, numbness climbing
over weeks, weight lost without trying, and restlessness, sweating or jerking since a new
medicine. Kept apart from rules_it.py to keep each file short. Over normalised text.
"""

from __future__ import annotations

from bot.core.safety.verdict import RedFlag as R

# Italian negators only: the shared list holds "ne", an Italian pronoun ("ne ho persi sette").
_NOT_A_NEGATOR = r"(?!(?:non|nn|mai|senza|nessun\w*|niente|nulla)(?!\w))"


def _gap(most: int, stops: str = ",") -> str:
    """Up to `most` words or commas (or other `stops`), none a negator ("senza sudori né
    tremori" denies)."""
    return rf"(?:{_NOT_A_NEGATOR}[\w{stops}]+\s+){{0,{most}}}?"


_AIRLESS = (
    r"(?:mi\s+manca\s+(?:il\s+|l\s?)?(?:fiato|respiro|aria)|manca\s+il\s+fiato|(?:faccio\s+)?fatica"
    r"\s+a\s+respirare|non\s+respiro(?:\s+bene)?|non\s+riesco\s+a\s+respirare|soffoco"
    r"|mi\s+sento\s+soffocare|senza\s+fiato|(?:ho\s+il\s+)?fiato\s+corto|mi\s+affanno|affanno"
    r"|respiro\s+male|vado\s+in\s+affanno)"
)
_WHEN = r"(?:quando|se|appena|non\s+appena|ogni\s+volta\s+che|come)"
_LIE_DOWN = (
    r"(?:mi\s+sdraio|mi\s+stendo|mi\s+corico|mi\s+metto\s+(?:a\s+letto|giu|disteso|distesa"
    r"|sdraiat[oa]|supin[oa]|a\s+pancia\s+in\s+su)|(?:sono|sto)\s+(?:sdraiat[oa]|distes[oa]"
    r"|supin[oa]|a\s+letto))"
)
_FLAT = (
    r"(?:sdraiat[oa]|distes[oa]|supin[oa]|piatt[oa]|in\s+piano|a\s+pancia\s+in\s+su"
    r"|orizzontale|dritt[oa])"
)
_NUMB = (
    r"(?:formicolio|formicolii|formicola|formicolano|intorpidimento|intorpidit[oa]|intorpidit[ie]"
    r"|(?:si\s+)?intorpidisc\w+|addormentat[oaie]|(?:si\s+)?addormentano|parestesi\w*"
    r"|insensibil\w*|sento\s+poco)"
)
_CLIMBS = (
    r"(?:sale|salendo|salito|e\s+salito|arriva|e\s+arrivat[oa]|arrivat[oa]|ora\s+e|adesso\s+e"
    r"|si\s+estende|si\s+sta\s+estendendo|si\s+e\s+estes[oa]|avanza|e\s+avanzat[oa]|fino)"
)
_LIMB_ABOVE = (
    r"(?:ginocchi[oa]|cosce|coscia|caviglie|caviglia|stinchi|stinco|polpacci|polpaccio|anche|anca"
    r"|fianchi|bacino|inguine|gomiti|gomito|braccio|braccia|avambracci[oa]|spalle|spalla|polsi"
    r"|polso|gambe|gamba)"
)
_KILOS = r"(?:peso|chili|chilo|kili|kilo|kg|\d+\s?kg|\d+\s?chili)"
_UNTRIED = (
    r"(?:senza\s+(?:fare\s+|seguire\s+|stare\s+a\s+)?(?:dieta|diete|volerlo|volere|motivo|un\s+motivo"
    r"|ragione|cambiare\s+niente|cambiare\s+nulla|accorgermene|fare\s+niente|fare\s+nulla"
    r"|mangiare\s+meno|sforzo|provarci)|mangiando\s+(?:come\s+sempre|normale|normalmente|uguale"
    r"|lo\s+stesso|le\s+stesse|di\s+piu|tanto|bene)|(?:e\s+|ma\s+)?(?:non|nn)\s+(?:faccio|sto\s+facendo"
    r"|ho\s+fatto|seguo|sto\s+a)\s+(?:nessuna\s+)?dieta|mangio\s+(?:normale|normalmente|come\s+sempre"
    r"|uguale|lo\s+stesso|le\s+stesse|di\s+piu|tanto|bene))"
)
_MEDICINE = (
    r"(?:farmaco\s+nuovo|nuovo\s+farmaco|medicinale\s+nuovo|nuovo\s+medicinale|medicina\s+nuova"
    r"|nuova\s+medicina|pastiglia\s+nuova|nuova\s+pastiglia|terapia\s+nuova|nuova\s+terapia"
    r"|antidepressiv\w+|tramadol\w*|triptan\w*|sumatriptan|rizatriptan|zolmitriptan|sertralina"
    r"|fluoxetina|paroxetina|venlafaxina|escitalopram|citalopram|duloxetina|trazodone|litio"
    r"|linezolid|ondansetron|metoclopramide)"
)
_RESTLESS = (
    r"(?:sudo|suda|sudando|sudat[oa]|sudore|sudori|sudorazione|agitat\w*|irrequiet\w*|scatti"
    r"|scattano|scatta|tremo|tremori|tremolii|brividi|febbre|pelle\s+d\s?oca|caldo\s+e\s+freddo"
    r"|non\s+(?:riesco\s+a\s+)?sto\s+ferm[oa]|non\s+riesco\s+a\s+stare\s+ferm[oa]"
    r"|non\s+sto\s+ferm[oa]|muscoli\s+saltano|pupille\s+enormi|spasmi|nervos[oa])"
)


# Sleeping sat up or on a pile of pillows, said after breath that fails: breathless lying
# flat, for weeks, a red flag here; the emergency breath rules step aside for it.
_SLEEPS_SITTING = (
    r"(?<!non\s)(?<!ne\s)(?:dormo|dormire)\s+(?:\w+\s+){0,3}?(?:sedut[oa]"
    r"|in\s+poltrona|cuscini)"
)
SITTING_UP = rf"(?![^!?]{{0,80}}\b{_SLEEPS_SITTING})"
_BREATH_GONE = r"(?:non\s+respiro|non\s+riesco\s+(?:piu\s+)?a\s+respirare)"

FLAGS = {
    R.BREATHLESS_LYING_FLAT: (
        rf"{_BREATH_GONE}\b[^!?]{{0,80}}?\b{_SLEEPS_SITTING}\b",
        rf"{_AIRLESS}\s+(?:\w+\s+)?{_WHEN}\s+{_LIE_DOWN}\b",
        rf"{_WHEN}\s+{_LIE_DOWN}\s+{_gap(5)}{_AIRLESS}\b",
        r"(?:sdraiat[oa]|distes[oa]|supin[oa])\s+(?:piatt[oa]\s+)?(?:non\s+respiro|mi\s+manca\s+il\s+fiato|soffoco)\b",
        r"non\s+riesco\s+(?:piu\s+)?a\s+(?:dormire|stare|stendermi|sdraiarmi)\s+(?:\w+\s+){0,2}?"
        rf"{_FLAT}\s+{_gap(5)}(?:perche\s+|che\s+|senza\s+che\s+)?{_AIRLESS}\b",
        r"(?:devo|mi\s+tocca|sono\s+costrett[oa]\s+a|ho\s+dovuto|dovuto)\s+(?:dormire|stare)\s+(?:quasi\s+"
        r"|mezz[oa]\s+)?(?:sedut[oa]|semisedut[oa]|in\s+poltrona|sul\s+divano)\b",
        r"(?:devo|mi\s+servono|ho\s+bisogno\s+di|dormo\s+con|stare\s+con|dormire\s+con)\s+"
        r"(?:tre|3|quattro|4|cinque|tanti|piu)\s+cuscini\b",
        r"(?:ormai|da\s+settimane|da\s+giorni|da\s+mesi)\s+dormo\s+(?:quasi\s+|mezz[oa]\s+)?sedut[oa]\b",
        r"(?:mi\s+sveglio|mi\s+tiro\s+su)\s+(?:\w+\s+){0,4}?(?:senza\s+fiato|soffocando|col\s+fiato"
        r"\s+corto|(?:in|a)\s+cerca(?:re)?\s+(?:d\s?|di\s+)?aria)\b",
        r"ortopnea\b",
    ),
    R.NUMBNESS_SPREADING: (
        rf"{_NUMB}\s+{_gap(16)}{_CLIMBS}\s+(?:\w+\s+){{0,6}}?{_LIMB_ABOVE}\b",
        rf"{_NUMB}\s+{_gap(12)}(?:sempre\s+piu\s+su|sale\s+(?:ogni\s+giorno|piano|un\s+po|sempre"
        r"\s+di\s+piu)|ogni\s+(?:giorno|settimana)\s+sale)\b",
        rf"{_NUMB}\s+{_gap(6)}(?:che\s+)?sale\s*\.?\s+prima\s+(?:\w+\s+){{0,3}}?(?:piedi|dita|mano"
        rf"|mani|piede)\s*,?\s+(?:poi|ora|adesso)\s+(?:\w+\s+){{0,3}}?{_LIMB_ABOVE}\b",
        r"prima\s+(?:solo\s+)?(?:i\s+piedi|le\s+dita|la\s+mano|il\s+piede)\s*,\s+poi\s+(?:\w+\s+)"
        rf"{{0,3}}?{_LIMB_ABOVE}\s*,\s+(?:ora|adesso)\s+(?:\w+\s+){{0,5}}?{_LIMB_ABOVE}\b",
    ),
    R.WEIGHT_LOSS: (
        r"(?:perso|persi|perdo|perdendo|dimagrit[oa]|dimagrisco|dimagrendo|calat[oa]|calo"
        rf"|buttato\s+giu|sces[oa])\s+{_gap(5)}{_KILOS}\s+{_gap(8)}{_UNTRIED}\b",
        rf"(?:dimagrit[oa]|dimagrisco|dimagrendo|perdendo\s+peso|perso\s+peso|perdo\s+peso)\s+"
        rf"{_gap(3)}{_UNTRIED}\b",
        rf"(?:chili|kg|kili)\s+in\s+meno\s+{_gap(6)}{_UNTRIED}\b",
        r"(?:vestiti|pantaloni|jeans)\s+mi\s+(?:stanno|vanno|cadono)\s+(?:\w+\s+)?(?:larghi"
        r"|larghissimi|giu)\b(?![^.!?]{0,40}\b(?:dieta|palestra|corsa|regime|lato|sinistr\w*|destr\w*)\b)",
        r"la\s+fede\s+mi\s+(?:scivola|balla|cade)\b(?![^.!?]{0,40}\b(?:anulare|sinistr\w*|destr\w*)\b)",
        r"(?:calo|perdita)\s+di\s+peso\s+(?:senza\s+(?:motivo|spiegazione|ragione|volerlo)"
        r"|involontari[oa]|inspiegabile)\b",
    ),
    R.NEW_MEDICINE: (
        rf"{_MEDICINE}\s+{_gap(25, ',.;:()')}{_RESTLESS}\s+{_gap(10)}{_RESTLESS}\b",
        rf"{_RESTLESS}\s+{_gap(10)}{_RESTLESS}\s+{_gap(12)}da\s+quando\s+(?:\w+\s+){{0,3}}?"
        rf"{_MEDICINE}\b",
    ),
}
