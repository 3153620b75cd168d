"""Portuguese, round nine: three families over normalised text (common.gas_and_weeks; the
English module, rules_en_panic_gas_weeks.py, says why each is shaped as it is).

A panic attack the writer knows (again, like last time, before an exam or an interview) told by
its body ("no metro outra vez a crise, falta de ar, sinto que vou desmaiar", "antes da prova
tremo, preciso me acalmar"): panic, not an emergency; a danger sign (chest pain into the arm or
jaw, fainted, blue lips, a drooping face) keeps its own emergency elsewhere.

Carbon monoxide and red flags said over weeks: the same families as the English module's.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:outra vez|de novo|como da (?:ultima|outra) vez|ja tive (?:isso|isto|antes)|ja conheco"
    r"|conheco (?:isto|isso|bem)|as minhas crises|minhas crises de sempre|(?:e|sao) (?:dos"
    r"|os) nervos|sei que (?:e|sao) (?:so )?(?:ansiedade|nervos|panico)|antes d[ao] (?:prova"
    r"|exame|entrevista|apresentacao)|(?:prova|exame|entrevista|apresentacao) (?:daqui a"
    r"|em) \d+|(?:o )?(?:medico|cardiologista) (?:ja )?disse que o coracao)"
)
_BODY = (
    r"(?:coracao (?:pulando|disparado|a mil|acelerado|aos saltos|batendo (?:muito )?(?:forte"
    r"|rapido))|aperto no peito|peito apertado|falta de ar|tontura\w*|tont[oa]|tremo"
    r"|tremendo (?:tod[oa]|muito)|a tremer tod[oa]|tremedeira|formigamento|(?:vou"
    r"|ia) (?:morrer|desmaiar)|(?:ajuda|ajude) me a respirar|me (?:ajuda|ajude) a respirar"
    r"|preciso (?:de )?(?:me )?acalmar)"
)
_SOURCE = (
    r"(?:esquentador|aquecedor|caldeira|braseiro|fogareiro|gerador|carvao|churrasqueira"
    r"|lareira|salamandra)"
)
_SICK = r"(?:dor de cabeca|nause\w*|enjo\w*|tontura\w*|tont[oa]s|vomit\w*)"
_ALL = (
    r"(?:(?:todos|todas) (?:estamos|com|temos)|nos dois|a familia toda|toda a familia"
    r"|(?:minha mulher|meu marido|os miudos|as criancas|meus filhos) e eu)"
)
_FELL = r"(?:desmai\w*|inconsciente|nao acorda|perdeu os sentidos)"
_ALARM = r"(?:(?:detetor|detector|alarme|sensor) de (?:co|monoxido))"
_RING = r"(?:a tocar|tocando|apitando|a apitar|disparou|dispara)"
_BATTERY = r"(?:pilha|bateria|teste)"
_SLOW = (
    r"(?:semanas|meses|um mes|cada vez (?:mais|pior)|ja nao|nao consigo mais|antes eu"
    r"|antes nao)"
)
_WEAK = (
    r"(?:(?:nao consigo|custa me) (?:mais )?(?:abrir (?:os |um )?(?:frascos?|potes?)|abotoar"
    r"|levantar os bracos|rodar a chave|segurar)|(?:deixo|deixando) cair (?:tudo|as coisas)"
    r"|tropec\w* (?:em tudo|no pe)|pe (?:caido|a arrastar|arrastando))"
)
_WASTING = (
    r"(?:(?:afundad\w*|cavad\w*|mais (?:fin|magr)\w*) [^.!?]{0,40}?(?:polegar|panturrilha"
    r"|barriga da perna|braco|mao)|(?:polegar|panturrilha|braco) (?:\w+ ){0,3}?(?:afundad\w*"
    r"|mais (?:fin|magr)\w*))"
)
_SWALLOW = r"(?:engasg\w*|comida desce torta|dificuldade (?:em|para|pra) engolir|custa me engolir)"
_SPEECH = r"(?:(?:fala|voz) (?:\w+ )?(?:arrastada|enrolada|embolada)|enrolo (?:as )?palavras)"
_NUMB = r"(?:dormencia|formigamento)"
_SPREAD = r"(?:espalh\w*|sub\w*|agora (?:ja )?(?:esta )?(?:nas|no|ate))"
_CLIMB = (
    r"(?:(?:dormencia|formigamento) [^.!?]{0,60}?(?:espalh\w*|sub\w*"
    r"|agora (?:ja )?(?:esta )?(?:nas|no|ate)))"
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
