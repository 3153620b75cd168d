"""Italian, round nine: three families over normalised text (common.gas_and_weeks; the
English module, rules_en_panic_gas_weeks.py, says why each is shaped as it is).

A panic attack the writer knows (again, like last time, before an exam or an interview) told by
its body ("come l'altra volta, fiato corto, sento che svengo, aiutami a respirare", "prima
dell'esame mi trema tutto, devo calmarmi"): panic, not an emergency; a danger sign (chest pain
into the arm or jaw, fainted, blue lips, a drooping face) keeps its own emergency elsewhere.

Carbon monoxide and red flags said over weeks: the same families as the English module's.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:di nuovo|ancora una volta|come l altra volta|come (?:la )?(?:volta scorsa"
    r"|ultima volta)|l ho gia avuto|mi e gia successo|lo conosco|i (?:miei )?soliti attacchi"
    r"|so che (?:e|sono) (?:solo )?(?:ansia|panico|i nervi)|prima (?:dell|del|della) (?:esame"
    r"|colloquio|interrogazione|presentazione|orale)|(?:esame|colloquio|orale) tra \d+)"
)
_BODY = (
    r"(?:cuore (?:a mille|che batte|in gola)|petto (?:stretto|chiuso)|oppressione|fiato corto"
    r"|vertigin\w*|gira la testa|mi trema tutto|tremo|tremo tutt[oa]|formicol\w*|(?:sto per"
    r"|sento che) (?:morire|svengo|svenire|muoio)|muoio|aiutami a respirare|devo calmarmi"
    r"|non respiro)"
)
_SOURCE = r"(?:scaldabagno|caldaia|stufa|braciere|generatore|carbonella|barbecue|camino|stufetta)"
_SICK = r"(?:mal di testa|nause\w*|vomit\w*|vertigin\w*|gira la testa|stordit\w*)"
_ALL = (
    r"(?:(?:tutti|tutte) (?:e due|abbiamo|con|quanti)|abbiamo tutti|tutta la famiglia"
    r"|(?:mia moglie|mio marito|i bambini|i miei figli) e (?:io|me))"
)
_FELL = r"(?:svenut\w*|privo di sensi|priva di sensi|non si sveglia|perso i sensi)"
_ALARM = r"(?:(?:rilevatore|allarme|sensore) (?:di |del )?(?:co|monossido))"
_RING = r"(?:suona|sta suonando|scattato|suonando|bippa|fischia)"
_BATTERY = r"(?:pila|batteria|prova|test)"
_SLOW = (
    r"(?:settiman\w*|mesi|un mese|sempre (?:piu|peggio)|non riesco piu|piu come prima"
    r"|prima non)"
)
_WEAK = (
    r"(?:non riesco (?:piu )?(?:a )?(?:aprire (?:i |un )?(?:barattol\w*|vasett\w*)"
    r"|abbottonar\w*|girare la chiave|salire (?:sul|le)|tenere su)|mi cade (?:tutto|la testa"
    r"|di mano)|le gambe non mi reggono|inciamp\w* (?:su tutto|col piede)|piede cadente)"
)
_WASTING = (
    r"(?:(?:incavat\w*|infossat\w*|scavat\w*|piu (?:sottil|magr)\w*) [^.!?]{0,40}?(?:pollice"
    r"|polpaccio|braccio|mano)|(?:pollice|polpaccio|braccio) (?:\w+ ){0,3}?(?:incavat\w*"
    r"|infossat\w*|piu (?:sottil|magr)\w*))"
)
_SWALLOW = (
    r"(?:mi (?:va|vanno) di traverso|faccio fatica a (?:deglutire|ingoiare)"
    r"|difficolta a deglutire)"
)
_SPEECH = (
    r"(?:(?:biascic\w*|impast\w*) (?:le )?parole|parola (?:\w+ )?impastata|parlo (?:strano"
    r"|impastato))"
)
_NUMB = r"(?:intorpidimento|formicolio|formicolii)"
_SPREAD = r"(?:si (?:sta )?(?:espand|allarg)\w*|sale|ora (?:anche )?(?:nelle|nel|fino))"
_CLIMB = (
    r"(?:(?:intorpidimento|formicolio|formicolii) [^.!?]{0,60}?(?:si (?:sta )?(?:espand"
    r"|allarg)\w*|sale|ora (?:anche )?(?:nelle|nel|fino)))"
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
