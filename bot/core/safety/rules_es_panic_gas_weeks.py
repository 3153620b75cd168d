"""Spanish, round nine: three families over normalised text (common.gas_and_weeks; the
English module, rules_en_panic_gas_weeks.py, says why each is shaped as it is).

A panic attack the writer knows (again, like last time, before an exam or an interview) told by
its body ("otra vez como la última vez, me aprieta el pecho y me voy a morir", "antes del
examen tiemblo, necesito calmarme"): panic, not an emergency; a danger sign (chest pain into
the arm or jaw, fainted, blue lips, a drooping face) keeps its own emergency elsewhere.

Carbon monoxide and red flags said over weeks: the same families as the English module's.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:otra vez|de nuevo|como la (?:ultima|otra) vez|ya me ha pasado|ya me paso"
    r"|ya lo conozco|mis (?:ataques|crisis) de siempre|(?:se|ya se) que (?:es"
    r"|son) (?:solo )?(?:ansiedad|los nervios|nervios|panico)|son los nervios|antes de(?:l| la"
    r"| mi)? (?:examen|entrevista|presentacion|exposicion|oposicion)|(?:examen|entrevista"
    r"|presentacion) (?:es )?en \d+)"
)
_BODY = (
    r"(?:pecho (?:muy )?(?:apretado|oprimido)|me aprieta el pecho|opresion en el pecho"
    r"|corazon (?:a mil|acelerado|se me sale|late (?:muy )?(?:rapido|fuerte))|mareo\w*"
    r"|mareada?|tiemblo|estoy temblando|temblando (?:entera|entero|toda|todo)|hormigueo"
    r"|me voy a (?:morir|desmayar)|me muero|ayudame a respirar|(?:tengo"
    r"|necesito) (?:que )?calmarme|no puedo respirar|me falta el aire|falta de aire)"
)
_SOURCE = (
    r"(?:calentador|caldera|estufa|brasero|generador|carbon|barbacoa|chimenea|calefactor"
    r"|boiler)"
)
_SICK = (
    r"(?:dolor de cabeza|(?:nos |me )?duele la cabeza|nauseas|mareo\w*|mareados|vomit\w*"
    r"|ganas de vomitar)"
)
_ALL = (
    r"(?:(?:todos|todas) (?:tenemos|estamos|con)|a todos nos|los dos|toda la familia"
    r"|(?:mi mujer|mi esposa|mi marido|mis hijos|los ninos|mi madre|mi padre) y yo)"
)
_FELL = r"(?:desmay\w*|inconsciente|no (?:se )?despierta|perdio el conocimiento)"
_ALARM = r"(?:(?:detector|alarma|sensor) de (?:co|monoxido))"
_RING = r"(?:sonando|pitando|suena|pita|salto|se disparo)"
_BATTERY = r"(?:pila|bateria|prueba)"
_SLOW = (
    r"(?:semanas|meses|un mes|cada vez (?:mas|peor)|ya no|que el (?:otro|derecho|izquierdo)"
    r"|antes no|antes (?:podia|era)|como si nada)"
)
_WEAK = (
    r"(?:se me (?:estan )?ca(?:e|en|yendo) (?:las cosas|\w+) de la mano|(?:no puedo"
    r"|me cuesta) (?:abrir (?:los |un )?(?:botes|frascos|tarros)|abrochar\w*|girar la llave)"
    r"|tropiezo (?:con todo|con el pie)|se me salen las chanclas|el pie (?:como )?(?:q"
    r"|que )?no lo levanto|no levanto el pie|pie (?:caido|colgando)|se me (?:cae"
    r"|arrastra) el pie)"
)
_WASTING = (
    r"(?:(?:hundid\w*|hueco|mas (?:delgad|flac|flaq)\w*|flaquit\w*) [^.!?]{0,40}?(?:pulgar"
    r"|pantorrilla|brazo|mano|antebrazo)|(?:pulgar|pantorrilla|brazo|mano"
    r"|antebrazo) (?:\w+ ){0,3}?(?:hundid\w*|mas (?:delgad|flac|flaq)\w*|flaquit\w*))"
)
_SWALLOW = (
    r"(?:me atraganto|atragantando|se me va la comida|me cuesta tragar|dificultad para tragar)"
)
_SPEECH = (
    r"(?:(?:arrastro|trabo) (?:las )?palabras|hablo (?:raro|como borracho)"
    r"|se me traba la lengua)"
)
_NUMB = r"(?:adormecimiento|hormigueo|entumecimiento)"
_SPREAD = r"(?:se extiende|sube|ahora (?:tambien )?(?:en|hasta))"
_CLIMB = (
    r"(?:(?:adormecimiento|hormigueo|entumecimiento) [^.!?]{0,60}?(?:se extiende|sube"
    r"|ahora (?:tambien )?(?:en|hasta)))"
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
