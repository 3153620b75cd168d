"""Turkish, round nine: three families over normalised text (common.gas_and_weeks; the
English module, rules_en_panic_gas_weeks.py, says why each is shaped as it is).

A panic attack the writer knows (again, like last time, before an exam or an interview) told by
its body ("sinava 15 dk var ve yine ayni sey, gogsum sikisiyor basim donuyor. sakinlesmem
lazim"): panic, not an emergency; a danger sign (chest pain into the arm or jaw, fainted, blue
lips, a drooping face) keeps its own emergency elsewhere.

Carbon monoxide and red flags said over weeks: the same families as the English module's.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:yine|gene|gecen (?:sefer|seferki) gibi|her zamanki (?:atak|kriz)\w*|ayni sey"
    r"|biliyorum (?:sinir|panik|kaygi)\w*|(?:sinav|mulakat|gorusme|sunum)\w* (?:once"
    r"|oncesi)\w*|(?:sinav|mulakat|sunum)\w* \d+)"
)
_BODY = (
    r"(?:gogsum (?:sikisiyor|sikisti|daraliyor|sikiliyor)|gogsumde (?:sikisma|baski)"
    r"|basim (?:donuyor|dondu)|bas donmesi|kalbim (?:carpiyor|hizli|kut)\w*|titriyorum"
    r"|ellerim titriyor|titreme\w*|karincalan\w*|olecek\w*|olucem|bayilacak\w*|bayilcam"
    r"|nefes alamiyorum|nefes almama yardim|sakinlesmem (?:lazim|gerek)|sakinlesemiyorum)"
)
_SOURCE = r"(?:sofben\w*|kombi\w*|soba\w*|mangal\w*|jenerator\w*|komur\w*|somine\w*)"
_SICK = (
    r"(?:bas agri\w*|basi agri\w*|basimiz agri\w*|bas agr\w*|midem bulan\w*|midemiz bulan\w*"
    r"|mide bulanti\w*|bulanti|kusu\w*|kusma\w*|bas donme\w*|basimiz don\w*)"
)
_ALL = (
    r"(?:hepimiz\w*|ikimiz\w*|butun aile|evdeki herkes|(?:esim|annem|babam|cocuklar"
    r"|cocuklarim) ve ben)"
)
_FELL = r"(?:bayil\w*|kendinden gecti|uyanmiyor|bilinci kapa\w*)"
_ALARM = r"(?:(?:karbonmonoksit|co|karbon monoksit) (?:dedektor\w*|alarm\w*|sensor\w*))"
_RING = r"(?:ot\w*|caliyor|caldi|ciliyor|alarm veriyor|bipli\w*)"
_BATTERY = r"(?:pil\w*|test\w*)"
_SLOW = r"(?:haftalardir|aylardir|haftadir|aydir|gittikce|giderek|artik)"
_WEAK = (
    r"(?:(?:kavanoz\w*|dugme\w*|anahtar\w*) (?:\w+ ){0,2}?(?:acamiyorum|ilikleyemiyorum"
    r"|cevi\w*emiyorum|donduremiyorum)|elimden (?:\w+ )?(?:dusuyor|kayiyor)|(?:secdeden"
    r"|sandalyeden|yerden) kalkamiyorum|bacaklar(?:im)? tutmuyor|ayagim (?:takiliyor|surtuyor"
    r"|dusuyor)|ayagimi kaldiramiyorum)"
)
_WASTING = (
    r"(?:(?:cukur\w*|col\w*|incel\w*|eri\w*) [^.!?]{0,40}?(?:basparmak|bas parmak|baldir\w*"
    r"|kol\w*|el\w*)|(?:basparmak\w*|bas parmak\w*|baldir\w*) [^.!?]{0,30}?(?:cukur\w*"
    r"|incel\w*|erimis|coktu))"
)
_SWALLOW = (
    r"(?:yutkunamiyorum|yutkun\w* zor\w*|yutmakta zorlan\w*|bogazimda kaliyor"
    r"|bogaz\w* takiliyor)"
)
_SPEECH = (
    r"(?:(?:konusmam|dilim) (?:\w+ )?(?:peltekles\w*|dolasiyor|bozul\w*)"
    r"|sesim (?:\w+ )?kisildi)"
)
_NUMB = r"(?:uyusma\w*|karincalanma\w*)"
_SPREAD = r"(?:yayiliyor|yayildi|ilerliyor|simdi (?:\w+ )?kadar)"
_CLIMB = (
    r"(?:(?:uyusma\w*|karincalanma\w*) [^.!?]{0,60}?(?:yayiliyor|yayildi|ilerliyor"
    r"|simdi (?:\w+ )?kadar))"
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
