"""French, round nine: three families over normalised text (common.gas_and_weeks; the
English module, rules_en_panic_gas_weeks.py, says why each is shaped as it is).

A panic attack the writer knows (again, like last time, before an exam or an interview) told by
its body ("ça recommence comme la dernière fois, le coeur à 1000, je vais mourir", "avant
l'oral je tremble, faut que je me calme"): panic, not an emergency; a danger sign (chest pain
into the arm or jaw, fainted, blue lips, a drooping face) keeps its own emergency elsewhere.

Carbon monoxide and red flags said over weeks: the same families as the English module's.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:encore (?:une|cette|la meme) (?:crise|attaque)|ca recommence|c est reparti"
    r"|comme la derniere fois|comme d hab\w*|je connais|j ai deja eu (?:ca|cela|ces crises)"
    r"|mes crises (?:habituelles|d angoisse)|je sais que c est (?:juste |que )?(?:le stress"
    r"|l angoisse|les nerfs|une crise|de l angoisse)|c est une crise|avant (?:mon|l|un|le|la"
    r"|mon) (?:examen|exam|oral|entretien|partiel|concours|presentation|expose)|(?:examen|oral"
    r"|entretien|partiel) dans \d+)"
)
_BODY = (
    r"(?:coeur (?:a|qui bat a) (?:\d+|mille|fond|cent a l heure)|coeur (?:qui )?(?:bat"
    r"|s emballe|cogne)|poitrine (?:serree|oppressee)|oppression|j etouffe|d etouffer"
    r"|vertige\w*|(?:la )?tete (?:qui )?tourne|je tremble|tremble de partout"
    r"|(?:toute? )?tremblant\w*|mains qui tremblent|picot\w*|fourmill\w*|je vais mourir"
    r"|je vais (?:m evanouir|tomber dans les pommes)|aide(?:z)? moi a respirer|(?:faut"
    r"|dois) que je me calme|me calmer)"
)
_SOURCE = (
    r"(?:chauffe eau|chaudiere|poele|brasero|barbecue|groupe electrogene"
    r"|chauffage (?:d appoint|au gaz)|cheminee|charbon)"
)
_SICK = (
    r"(?:mal a la tete|maux de tete|nause\w*|envie de vomir|vomi\w*|vertige\w*"
    r"|la tete qui tourne)"
)
_ALL = (
    r"(?:on a tous|on est tous|nous avons tous|nous (?:deux|tous)|toute la famille|(?:ma femme"
    r"|mon mari|les enfants|mes enfants|mon copain|ma copine|mon coloc|ma coloc) et moi)"
)
_FELL = r"(?:evanou\w*|inconscient\w*|tombe dans les pommes|ne se reveille pas|perdu connaissance)"
_ALARM = r"(?:(?:detecteur|alarme) (?:de |d )?(?:co|monoxyde))"
_RING = r"(?:sonne|bip\w*|hurle|s est declench\w*)"
_BATTERY = r"(?:pile|batterie|test)"
_SLOW = (
    r"(?:semaines|mois|de plus en plus|plus capable|n arrive plus|j arrive plus|avant (?:je|j)"
    r"|par rapport a l autre|a cote de l autre)"
)
_WEAK = (
    r"(?:(?:de la misere|du mal|j arrive plus|je n arrive plus) a (?:tenir|ouvrir|boutonner"
    r"|tourner) (?:mon |ma |les |le |la |un |une )?(?:tournevis|bocal|bocaux|pot|boutons?|cle"
    r"|stylo|tasse|chemise)|je lache (?:tout|les objets)|(?:je )?(?:me prends"
    r"|jme prends) les pieds|mon pied (?:droit |gauche )?(?:tombe|traine|accroche)"
    r"|pied tombant)"
)
_WASTING = (
    r"(?:(?:creu\w*|fondu|plus (?:fin|mince|maigre)) [^.!?]{0,40}?(?:pouce|mollet|avant bras"
    r"|main)|(?:pouce|mollet|avant bras) [^.!?]{0,40}?(?:creu\w*|fondu|plus (?:fin|mince"
    r"|maigre)))"
)
_SWALLOW = (
    r"(?:(?:je )?m etouffe en mangeant|fausse route|(?:du mal|de la misere) a avaler"
    r"|avale de travers)"
)
_SPEECH = (
    r"(?:(?:je )?bafouill\w*|(?:parole|elocution) (?:\w+ )?(?:pateuse|change|lente)"
    r"|mots (?:sortent )?(?:de travers|mal))"
)
_NUMB = r"(?:engourdissement|fourmillement\w*|insensibilite)"
_SPREAD = r"(?:monte|s etend|gagne|maintenant (?:aussi )?(?:dans|jusqu))"
_CLIMB = (
    r"(?:(?:engourdissement|fourmillement\w*|insensibilite) [^.!?]{0,60}?(?:monte|s etend"
    r"|gagne|maintenant (?:aussi )?(?:dans|jusqu)))"
)
PANIC = _s(*near(100, _KNOWN, _BODY, stop="!?"))
# Numbness with its weeks said inside ("started in the feet five weeks ago, now in the hands").
_CLIMB_IN = _s(rf"{_NUMB} (?=[^.!?]{{0,100}}?(?<!\w){_SLOW})[^.!?]{{0,100}}?(?<!\w){_SPREAD}")
GAS = _s(rf"{_ALARM} (?:\w+ ){{0,2}}?(?:{_RING})(?![^.!?]{{0,40}}(?:{_BATTERY}))")
GAS_OTHERS = _s(*near(60, _ALL, _SICK, _SOURCE), *near(60, _SOURCE, _FELL))
WEEKS = {
    R.WEAKNESS: _s(*near(120, _SLOW, _WEAK, stop="!?")),
    R.WASTING: _s(*near(120, _SLOW, _WASTING, stop="!?")),
    R.SWALLOWING: _s(*near(120, _SLOW, _SWALLOW, stop="!?")),
    R.SPEECH: _s(*near(120, _SLOW, _SPEECH, stop="!?")),
    R.NUMBNESS_SPREADING: (*_s(*near(120, _SLOW, _CLIMB, stop="!?")), *_CLIMB_IN),
}


def widen(rules: LanguageRules) -> LanguageRules:
    return gas_and_weeks(rules, PANIC, GAS, GAS_OTHERS, WEEKS)
