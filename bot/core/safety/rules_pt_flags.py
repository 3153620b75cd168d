"""Portuguese red flags beside the MND tool's first five: breathless lying flat, numbness
climbing over weeks, weight lost without trying, and restlessness, sweating or jerking since a
new medicine. Kept apart from rules_pt.py to keep each file short. Over normalised text.
"""

from __future__ import annotations

from bot.core.safety.verdict import RedFlag as R

# Portuguese negators only: the shared list holds Spanish "no", which is Portuguese "in the"
# ("no pé", "no joelho") and must not stop a gap.
_NOT_A_NEGATOR = r"(?!(?:nao|nem|nunca|sem|nenhum|nenhuma|jamais)(?!\w))"


def _gap(most: int, stops: str = ",") -> str:
    """Up to `most` words or commas (or other `stops`), none a negator ("sem suor nem
    tremores" denies)."""
    return rf"(?:{_NOT_A_NEGATOR}[\w{stops}]+\s+){{0,{most}}}?"


_AIRLESS = (
    r"(?:(?:fico|ficar|fica|estou|to|tou)\s+sem\s+ar|sem\s+ar|(?:me\s+)?falta\s+(?:o\s+|de\s+)?ar"
    r"|nao\s+consigo\s+respirar|nao\s+respiro(?:\s+bem)?|(?:me\s+)?sufoco|fico\s+sufocad[oa]"
    r"|perco\s+o\s+ar|fico\s+ofegante|abafad[oa]|me\s+afogo)"
)
_WHEN = r"(?:quando|se|ao|assim\s+que|logo\s+que|sempre\s+que|mal)"
_LIE_DOWN = (
    r"(?:(?:eu\s+)?(?:me\s+)?deito|(?:me\s+)?deitar|(?:fico|estou|to|tou)\s+deitad[oa]"
    r"|deito-me|me\s+ponho\s+deitad[oa])"
)
_FLAT = (
    r"(?:ret[oa]|direito|direita|de\s+costas|deitad[oa]|na\s+horizontal|plan[oa]|de\s+barriga"
    r"\s+(?:pra|para)\s+cima|esticad[oa])"
)
_NUMB = (
    r"(?:formigamento|formigando|formigueiro|formiga|dormencia|dormente|dormentes|adormecid[oa]s?"
    r"|entorpecid[oa]s?|dormindo|parestesias?)"
)
_CLIMBS = (
    r"(?:sobe|subindo|subiu|tem\s+subido|foi\s+subindo|vai\s+subindo|chega|chegou|ja\s+chega"
    r"|ja\s+(?:esta|ta)|agora\s+(?:esta|ta|ja\s+ta|ja\s+esta)|se\s+espalh\w+|espalhando|avanc\w+"
    r"|passou\s+para|passou\s+pro|depois|ate)"
)
_LIMB_ABOVE = (
    r"(?:joelhos?|coxas?|tornozelos?|canelas?|panturrilhas?|batatas?\s+da\s+perna|quadril|quadris"
    r"|ancas?|cintura|virilha|cotovelos?|bracos?|antebracos?|ombros?|pulsos?|pernas?)"
)
_KILOS = r"(?:peso|quilos?|kilos?|kg|\d+\s?kg|\d+\s?quilos)"
_UNTRIED = (
    r"(?:sem\s+(?:fazer\s+|estar\s+de\s+|estar\s+a\s+)?(?:dieta|regime|querer|tentar|motivo|razao"
    r"|explicacao|fazer\s+nada|mudar\s+nada|comer\s+menos|perceber|esforco)"
    r"|comendo\s+(?:normal|igual|o\s+mesmo|como\s+sempre|bem|mais|de\s+tudo)"
    r"|(?:e|mas)\s+(?:eu\s+)?(?:nao|nem)\s+(?:faco|fiz|estou\s+fazendo|to\s+fazendo|estou\s+de"
    r"|to\s+de|tou\s+de|estou\s+a\s+fazer)\s+(?:dieta|regime)"
    r"|(?:e\s+)?como\s+(?:normal|igual|o\s+mesmo|como\s+sempre|bem))"
)
_MEDICINE = (
    r"(?:antidepressivos?|remedio\s+nov[oa]|medicamento\s+novo|medicacao\s+nova|tratamento\s+novo"
    r"|comprimido\s+novo|nov[oa]\s+(?:remedio|medicamento|medicacao|tratamento|comprimido"
    r"|antidepressivo)|tramadol|triptan\w*|sumatriptano|zolmitriptano|rizatriptano|sertralina"
    r"|venlafaxina|fluoxetina|paroxetina|escitalopram|citalopram|duloxetina|desvenlafaxina"
    r"|trazodona|litio|linezolida|ondansetrona|metoclopramida)"
)
_RESTLESS = (
    r"(?:suo|sua|suando|suar|suad[oa]|suor|suores|agitad\w*|inquiet[oa]|espasmos?|trancos?"
    r"|tremo|tremendo|tremores|tremedeira|calafrios|arrepios|febre|nervos[oa]|acelerad[oa]"
    r"|pupilas\s+enormes|(?:nao\s+consigo|nao\s+consegue)\s+ficar\s+(?:parad[oa]|quiet[oa])"
    r"|aos\s+saltos|choques?|em\s+bica)"
)


# Sleeping sat up or on a pile of pillows, said after breath that fails: breathless lying
# flat, for weeks, a red flag here; the emergency breath rules step aside for it.
_SLEEPS_SITTING = (
    r"(?<!nem\s)(?<!nao\s)(?:durmo|dormir)\s+(?:\w+\s+){0,3}?(?:sentad[oa]"
    r"|na\s+poltrona|no\s+sofa|travesseiros|almofadas)"
)
SITTING_UP = rf"(?![^!?]{{0,80}}\b{_SLEEPS_SITTING})"
_BREATH_GONE = r"(?:nao\s+(?:consigo|conseguia|to\s+conseguindo|estou\s+conseguindo)\s+respirar)"

FLAGS = {
    R.BREATHLESS_LYING_FLAT: (
        rf"{_BREATH_GONE}\b[^!?]{{0,80}}?\b{_SLEEPS_SITTING}\b",
        rf"{_AIRLESS}\s+(?:\w+\s+)?{_WHEN}\s+{_LIE_DOWN}\b",
        rf"{_WHEN}\s+{_LIE_DOWN}\s+{_gap(5)}{_AIRLESS}\b",
        r"(?:(?:ja\s+)?nao\s+(?:consigo|da\s+para|da\s+pra|posso)|dificil)\s+(?:mais\s+)?(?:dormir"
        rf"|deitar|me\s+deitar|ficar\s+deitad[oa])\s+(?:\w+\s+){{0,2}}?{_FLAT}\s+{_gap(5)}"
        rf"(?:que\s+|porque\s+|pois\s+|sem\s+ficar\s+|sem\s+)?{_AIRLESS}\b",
        r"(?:tenho\s+que|tenho\s+de|preciso|tive\s+que|tive\s+de)\s+dormir\s+(?:meio\s+|quase\s+)?"
        r"(?:sentad[oa]|recostad[oa]|no\s+sofa|na\s+poltrona|no\s+cadeirao)\b",
        r"(?:dormir|durmo)\s+(?:\w+\s+){0,3}?com\s+(?:tres|3|quatro|4|varios|muitos|uma\s+pilha"
        r"\s+de)\s+(?:travesseiros|almofadas)\b",
        r"acordo\s+(?:\w+\s+){0,3}?(?:sufocad[oa]|sem\s+ar|com\s+falta\s+de\s+ar|a\s+procura\s+de"
        r"\s+ar|buscando\s+ar)\b",
        r"ortopneia\b",
    ),
    R.NUMBNESS_SPREADING: (
        rf"{_NUMB}\s+{_gap(16, ',?')}{_CLIMBS}\s+(?:\w+\s+){{0,6}}?{_LIMB_ABOVE}\b",
        rf"{_NUMB}\s+{_gap(16)}(?:sobe|subindo|subiu|tem\s+subido)\s+(?:\w+\s+)?(?:devagar"
        r"|aos\s+poucos|pouco\s+a\s+pouco|cada\s+(?:dia|semana)|um\s+pouco\s+mais)\b",
    ),
    R.WEIGHT_LOSS: (
        r"(?:perdi|perdendo|perdido|perco|emagreci|emagrecendo|emagrecido|emagreco|baixei)\s+"
        rf"{_gap(5)}{_KILOS}\s+{_gap(6)}{_UNTRIED}\b",
        rf"(?:emagreci|emagrecendo|emagrecido|emagreco|perdendo\s+peso|perdi\s+peso|perco\s+peso)"
        rf"\s+{_gap(3)}{_UNTRIED}\b",
        rf"(?:quilos?|kg)\s+a\s+menos\s+{_gap(6)}{_UNTRIED}\b",
        r"(?:roupa|calcas?)\s+(?:\w+\s+){0,2}?(?:larga|largas|caindo|a\s+cair|sobrando)\b"
        r"(?![^.!?]{0,40}\b(?:dieta|academia|gym|ginasio|regime|treino|lado|esquerd\w*|direit\w*)\b)",
        r"(?:furar|fazer|abrir)\s+mais\s+(?:\w+\s+)?(?:buracos?|furos?)\s+no\s+cinto\b",
        r"perda\s+de\s+peso\s+(?:sem\s+(?:explicacao|motivo|razao|querer)|involuntaria"
        r"|inexplicavel)\b",
    ),
    R.NEW_MEDICINE: (
        rf"{_MEDICINE}\s+{_gap(25, ',.;:()')}{_RESTLESS}\s+{_gap(10)}{_RESTLESS}\b",
        rf"{_RESTLESS}\s+{_gap(10)}{_RESTLESS}\s+{_gap(12)}desde\s+(?:que\s+(?:comecei|tomo"
        rf"|me\s+\w+)\s+)?{_gap(3)}{_MEDICINE}\b",
    ),
}
