"""Dutch, round nine: three families over normalised text (common.gas_and_weeks; the
English module, rules_en_panic_gas_weeks.py, says why each is shaped as it is).

A panic attack the writer knows (again, like last time, before an exam or an interview) told by
its body ("alweer zo n aanval, net als vorige keer, hart bonkt, help me ademen", "voor mijn
tentamen tril ik, ik moet kalmeren"): panic, not an emergency; a danger sign (chest pain into
the arm or jaw, fainted, blue lips, a drooping face) keeps its own emergency elsewhere.

Carbon monoxide and red flags said over weeks: the same families as the English module's.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:alweer|weer (?:een|zo n|die) (?:aanval|paniek\w*)|daar gaan we weer|het gebeurt weer"
    r"|opnieuw|net als (?:de )?(?:vorige keer|laatst)|ken ik (?:al|wel)|heb (?:ik )?(?:dit"
    r"|het) (?:al )?(?:vaker|eerder)|mijn (?:gebruikelijke )?aanvallen"
    r"|ik weet dat het (?:de )?(?:zenuwen|angst|paniek) (?:is|zijn)|voor (?:mijn|het|de"
    r"|een) (?:tentamen|examen|sollicitatie\w*|presentatie|toets)|(?:tentamen|examen"
    r"|presentatie) (?:over|in) \d+)"
)
_BODY = (
    r"(?:hart (?:gaat tekeer|bonkt|racet|klopt)|borst (?:zit |voelt )?(?:strak|dicht|benauwd)"
    r"|benauwd|duizelig|draaierig|ik tril|tril helemaal|trillende handen|handen trillen"
    r"|tintel\w*|ik ga dood|ga flauwvallen|val (?:bijna )?flauw|help me (?:te )?ademen"
    r"|moet (?:even )?(?:kalmeren|rustig worden))"
)
_SOURCE = (
    r"(?:geiser|cv ketel|ketel|kachel|houtkachel|gaskachel|aggregaat|generator|houtskool"
    r"|barbecue|bbq|open haard|terrasverwarmer)"
)
_SICK = r"(?:hoofdpijn|misselijk|duizelig|overgeven|braken|suf)"
_ALL = (
    r"(?:we (?:hebben )?allemaal|wij allebei|we allebei|het hele gezin|iedereen (?:in huis"
    r"|hier)|(?:mijn vrouw|mijn man|de kinderen|mijn kinderen) en ik)"
)
_FELL = r"(?:flauwgevallen|bewusteloos|buiten bewustzijn|wordt niet wakker|in elkaar gezakt)"
_ALARM = r"(?:(?:co|koolmonoxide) ?(?:melder|alarm)|koolmonoxidemelder)"
_RING = r"(?:gaat af|piept|ging af|loeit)"
_BATTERY = r"(?:batterij|test)"
_SLOW = r"(?:weken|maanden|een maand|steeds (?:slechter|erger|vaker)|niet meer|vroeger)"
_WEAK = (
    r"(?:valt (?:soms |steeds )?(?:gewoon )?uit (?:mijn|m n) hand|niet meer uit (?:mijn"
    r"|m n) stoel|(?:potten|potjes|knopen|sleutel) (?:\w+ )?(?:niet meer )?(?:open|dicht)"
    r"|voet sleept|sleep (?:mijn|m n) voet|(?:neus van|punt van) (?:mijn|m n) schoen schuurt"
    r"|struikel over (?:mijn|m n) (?:eigen )?voet|handschrift wordt (?:steeds )?slechter)"
)
_WASTING = (
    r"(?:(?:kuil|holte|ingevallen|dunner|smaller) [^.!?]{0,40}?(?:duim\w*|kuit|onderarm|hand)"
    r"|(?:duimspier|kuit|onderarm) (?:\w+ ){0,3}?(?:ingevallen|dunner|smaller|hol))"
)
_SWALLOW = r"(?:verslik\w*|slikken gaat (?:\w+ )?(?:moeilijk|slecht)|eten blijft (?:\w+ )?steken)"
_SPEECH = (
    r"(?:brabbel\w*|lal\w*|(?:praat|spreek) (?:\w+ )?(?:onduidelijk|dubbel)"
    r"|spraak (?:\w+ )?(?:onduidelijk|verandert|slechter))"
)
_NUMB = r"(?:gevoelloos\w*|doof gevoel|tintelingen|verdoofd)"
_SPREAD = r"(?:breidt (?:zich )?uit|kruipt|trekt (?:omhoog|op)|nu (?:ook )?(?:in|tot))"
_CLIMB = (
    r"(?:(?:gevoelloos\w*|doof gevoel|tintelingen"
    r"|verdoofd) [^.!?]{0,60}?(?:breidt (?:zich )?uit|kruipt|trekt (?:omhoog|op)"
    r"|nu (?:ook )?(?:in|tot)))"
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
