"""French red flags beside the MND tool's first five: breathless lying flat, numbness climbing
over weeks, weight lost without trying, and restlessness, sweating or jerking since a new
medicine. Kept apart from rules_fr.py to keep each file short. Over normalised text, where
apostrophes are spaces ("m'allonge" → "m allonge").
"""

from __future__ import annotations

from bot.core.safety.verdict import RedFlag as R

_NOT_A_NEGATOR = r"(?!(?:ne|n|pas|jamais|sans|aucune?|ni)(?!\w))"


def _gap(most: int, stops: str = ",") -> str:
    """Up to `most` words or commas (or other `stops`), none a negator ("sans sueurs ni
    tremblements" denies)."""
    return rf"(?:{_NOT_A_NEGATOR}[\w{stops}]+\s+){{0,{most}}}?"


_AIRLESS = (
    r"(?:(?:je\s+)?m\s?essouffle|essouffle|essoufflee|(?:je\s+)?manque\s+d\s?air|en\s+manque"
    r"\s+d\s?air|j\s?etouffe|etouffe|(?:je\s+)?suffoque|(?:j\s?ai\s+)?du\s+mal\s+a\s+respirer"
    r"|je\s+respire\s+mal|je\s+n\s?arrive\s+pas\s+a\s+respirer|j\s?arrive\s+(?:plus|pas)\s+a"
    r"\s+respirer|(?:le\s+)?souffle\s+court|a\s+bout\s+de\s+souffle|plus\s+d\s?air)"
)
_WHEN = r"(?:quand|des\s+que|lorsque|si|a\s+peine|chaque\s+fois\s+que|sitot\s+que)"
_LIE_DOWN = (
    r"(?:(?:je\s+)?(?:suis|reste|me\s+mets)\s+(?:allongee?|couchee?|a\s+plat|sur\s+le\s+dos)"
    r"|(?:je\s+)?m\s?allonge|(?:je\s+)?me\s+couche)"
)
_FLAT = r"(?:a\s+plat|sur\s+le\s+dos|allongee?|couchee?|a\s+l\s?horizontale)"
_NUMB = (
    r"(?:fourmillements?|fourmille\w*|engourdissements?|engourdi\w*|picotements?|s\s?endorment"
    r"|s\s?endort|endormie?s?|paresthesies?|insensibles?)"
)
_CLIMBS = (
    r"(?:monte|montent|remonte|remontent|grimpe|grimpent|est\s+monte|a\s+monte|s\s?etend"
    r"|s\s?est\s+etendu|gagne|gagnent|avance|depasse|jusqu|c\s?est\s+(?:aux|au|dans|jusqu))"
)
_LIMB_ABOVE = (
    r"(?:genoux|genou|cuisses?|chevilles?|tibias?|mollets?|hanches?|bassin|taille|aine|coudes?"
    r"|bras|avant\s+bras|epaules?|poignets?|jambes?)"
)
_KILOS = r"(?:poids|kilos?|kg|\d+\s?kg|\d+\s?kilos)"
_UNTRIED = (
    r"(?:sans\s+(?:faire\s+|etre\s+au\s+|suivre\s+)?(?:de\s+|d\s?|un\s+|aucun\s+)?(?:regime|le\s+vouloir"
    r"|vouloir|raison|explication|rien\s+changer|rien\s+faire|faire\s+attention|manger\s+moins"
    r"|faire\s+expres|effort|essayer|cause)"
    r"|(?:mais|et)\s+(?:je\s+)?(?:ne\s+|n\s?)?(?:fais|suis|ai\s+fait|fait)\s+(?:pas|aucun)\s+"
    r"(?:de\s+|d\s?|au\s+)?regime"
    r"|(?:je\s+)?mange\s+(?:normal|normalement|comme\s+d\s?habitude|pareil|autant|plus|bien)"
    r"|en\s+mangeant\s+(?:normal|normalement|pareil|autant|comme\s+d\s?habitude|plus|bien))"
)
_MEDICINE = (
    r"(?:nouve(?:au|l|lle)\s+(?:medicament|traitement|antidepresseur|cachet|comprime|medoc"
    r"|molecule)|(?:medicament|traitement|cachet|medoc)\s+nouveau|antidepresseurs?|antidep"
    r"|tramadol|triptans?|sumatriptan|zolmitriptan|rizatriptan|sertraline|fluoxetine|paroxetine"
    r"|venlafaxine|escitalopram|citalopram|duloxetine|trazodone|lithium|linezolide|ondansetron"
    r"|metoclopramide)"
)
_RESTLESS = (
    r"(?:transpire|transpirant|transpiration|sueurs?|en\s+sueur|agite|agitee|agitation"
    r"|secousses|sursaut\w*|tremble|tremblements|frissons|fievre|(?:je\s+)?(?:ne\s+)?tien[st]"
    r"\s+(?:pas|plus)\s+en\s+place|nerveux|nerveuse|pupilles\s+enormes|spasmes|claque)"
)


# Sleeping sat up or on a pile of pillows, said after breath that fails: breathless lying
# flat, for weeks, a red flag here; the emergency breath rules step aside for it.
_SLEEPS_SITTING = (
    r"(?<!ne\s)(?<!n\s)(?:dors|dormir)\s+(?:\w+\s+){0,3}?(?:assise?|(?:dans"
    r"|sur)\s+(?:le|mon)\s+fauteuil|oreillers|coussins)"
)
# Or breath that fails "when I lie flat" (sets P and Q: "je dois dormir presque assise sinon
# j'étouffe quand je suis à plat"): the same red flag, said the other way round.
_WHEN_FLAT = (
    r"(?:quand|des\s+que|si|lorsque|chaque\s+fois\s+que|a\s+chaque\s+fois\s+que)\s+(?:je\s+"
    r"(?:suis|me\s+mets|me\s+retrouve|reste)\s+(?:a\s+plat|allongee?|couchee?|sur\s+le\s+dos)"
    r"|je\s+m\s?allonge|je\s+me\s+couche|j\s?m\s?allonge|jm\s?allonge)"
)
SITTING_UP = rf"(?![^!?]{{0,80}}\b(?:{_SLEEPS_SITTING}|{_WHEN_FLAT}))"
_BREATH_GONE = (
    r"(?:j\s?etouffe|(?:n\s?arrive|jn?arrive|arrive)\s+(?:pas|plus)\s+a\s+respirer"
    r"|(?:ne\s+)?peux\s+(?:pas|plus)\s+respirer)"
)

FLAGS = {
    R.BREATHLESS_LYING_FLAT: (
        rf"{_BREATH_GONE}\b[^!?]{{0,80}}?\b{_SLEEPS_SITTING}\b",
        rf"{_AIRLESS}\s+(?:\w+\s+)?{_WHEN}\s+{_LIE_DOWN}\b",
        rf"{_WHEN}\s+{_LIE_DOWN}\s+{_gap(5, ',;:')}{_AIRLESS}\b",
        rf"(?:allongee?|couchee?)\s+(?:a\s+plat|sur\s+le\s+dos)\s*[,;:]?\s+{_AIRLESS}\b",
        r"(?:je\s+)?(?:peux|arrive|ne\s+peux|n\s?arrive)\s+(?:plus|pas)\s+(?:a\s+)?(?:dormir"
        rf"|m\s?allonger|rester\s+allongee?|me\s+coucher)\s+(?:\w+\s+)?{_FLAT}\b",
        r"(?:je\s+dois|obligee?\s+de|je\s+suis\s+obligee?\s+de|il\s+faut\s+que\s+je|dois)\s+dormir"
        r"\s+(?:a\s+moitie\s+|presque\s+|quasiment\s+)?(?:assise?|dans\s+(?:le|mon)\s+fauteuil"
        r"|redressee?|relevee?)\b",
        r"(?:je\s+)?dors\s+(?:\w+\s+){0,3}?(?:sur|avec|contre)\s+(?:trois|3|quatre|4|cinq|plusieurs)"
        r"\s+(?:oreillers|coussins)\b",
        r"(?:je\s+)?dors\s+(?:assise?|calee?|redressee?)\s+(?:sur|contre|avec)\s+(?:des|mes|plein"
        r"\s+de)\s+(?:oreillers|coussins)\b",
        r"(?:je\s+)?me\s+reveille\s+(?:\w+\s+){0,3}?(?:en\s+manque\s+d\s?air|en\s+etouffant|sans\s+air"
        r"|a\s+bout\s+de\s+souffle|essouffle|essoufflee|en\s+suffoquant|a\s+chercher\s+(?:de\s+)?l\s?air)\b",
        r"orthopnee\b",
    ),
    R.NUMBNESS_SPREADING: (
        rf"{_NUMB}\s+{_gap(18)}{_CLIMBS}\s+(?:\w+\s+){{0,6}}?{_LIMB_ABOVE}\b",
        rf"{_NUMB}\s+{_gap(16)}(?:monte|remonte|grimpe|montent|remontent|avance)\s+(?:\w+\s+)?"
        r"(?:petit\s+a\s+petit|peu\s+a\s+peu|un\s+peu\s+(?:plus\s+)?chaque\s+(?:jour|semaine)"
        r"|lentement|de\s+jour\s+en\s+jour|tous\s+les\s+jours)\b",
        rf"{_NUMB}\s+{_gap(12)}(?:au\s+debut|d\s?abord)\s+(?:\w+\s+){{0,4}}?(?:pieds|orteils|doigts"
        rf"|main|pied)\s*,\s+maintenant\s+(?:c\s?est\s+)?(?:\w+\s+){{0,3}}?{_LIMB_ABOVE}\b",
    ),
    R.WEIGHT_LOSS: (
        r"(?:perdu|perds|perd|perdre|perdant|maigri|maigris|maigrit|maigrir|maigrissant|fondu)\s+"
        rf"{_gap(6)}{_KILOS}\s+{_gap(8)}{_UNTRIED}\b",
        rf"(?:maigri|maigris|maigrit|maigrir|maigrissant|fondu|perds\s+du\s+poids|perdu\s+du\s+poids"
        rf"|perds\s+le\s+poids)\s+{_gap(3)}{_UNTRIED}\b",
        r"(?:pantalons?|vetements|jeans?|habits)\s+(?:me\s+)?(?:tombe|tombent|flotte|flottent|baille"
        r"|baillent|sont\s+trop\s+grands|est\s+trop\s+grand)\b"
        r"(?![^.!?]{0,40}\b(?:regime|sport|salle|course|muscu|cote|gauche|droite?|seulement)\b)",
        r"(?:trous|crans)\s+de\s+plus\s+a\s+(?:ma|la)\s+ceinture\b"
        r"(?![^.!?]{0,40}\b(?:regime|sport|salle|course|muscu|cote|gauche|droite?|seulement)\b)",
        r"perte\s+de\s+poids\s+(?:sans\s+(?:explication|raison|cause|le\s+vouloir)|involontaire"
        r"|inexpliquee)\b",
    ),
    R.NEW_MEDICINE: (
        rf"{_MEDICINE}\s+{_gap(25, ',.;:()+')}{_RESTLESS}\s+{_gap(10)}{_RESTLESS}\b",
        rf"{_RESTLESS}\s+{_gap(10)}{_RESTLESS}\s+{_gap(12)}depuis\s+(?:\w+\s+){{0,3}}?{_MEDICINE}\b",
    ),
}
