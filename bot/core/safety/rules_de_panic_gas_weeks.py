"""German, round nine: three families over normalised text (common.gas_and_weeks; the
English module, rules_en_panic_gas_weeks.py, says why each is shaped as it is).

A panic attack the writer knows (again, like last time, before an exam or an interview) told by
its body ("schon wieder wie letztes Mal, Brust eng, mir ist schwindlig", "vor der Prüfung
zittere ich, ich muss mich beruhigen"): panic, not an emergency; a danger sign (chest pain into
the arm or jaw, fainted, blue lips, a drooping face) keeps its own emergency elsewhere.

Carbon monoxide and red flags said over weeks: the same families as the English module's.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:schon wieder|wieder (?:so|das|dasselbe|diese|eine|die) (?:attacke|panik\w*|anfall"
    r"|gefuhl)|wie (?:beim )?letzte(?:s|n) mal|kenn(?:e)? (?:ich|das) (?:schon|ja)"
    r"|hatte ich schon (?:ofter|oefter|mal|oft)|meine (?:ublichen |ueblichen )?(?:attacken"
    r"|panikattacken|anfalle)|ich weiss (?:doch )?(?:es sind|das sind"
    r"|dass es) (?:nur )?(?:die )?(?:nerven|angst|panik)|vor (?:der|meiner|dem|einer|einem"
    r"|meinem) (?:prufung|pruefung|klausur|vorstellungsgesprach|vorstellungsgespraech"
    r"|prasentation|praesentation|referat|vortrag|abiprufung)|(?:prufung|pruefung|klausur"
    r"|vortrag|prasentation|praesentation) (?:ist |fangt |beginnt )?in \d+)"
)
_BODY = (
    r"(?:brust (?:ist |wird |so |total )?(?:eng|zu)|enge in der brust|herz (?:rast|hammert"
    r"|pocht|klopft|schlagt bis)|herzrasen|schwindel\w*|mir ist schwindlig|ich zittere"
    r"|zittere (?:am ganzen|total|nur noch)|(?:hande|haende) zittern|kribbel\w*"
    r"|(?:ich )?(?:sterbe|sterb) (?:gleich|jetzt)|(?:kipp|kippe) (?:gleich )?um|(?:werde"
    r"|werd) (?:gleich )?ohnmachtig|hilf mir (?:zu )?atmen|(?:muss"
    r"|muss mich) (?:mich )?beruhigen|(?:bekomme|krieg|kriege) keine luft)"
)
_SOURCE = (
    r"(?:(?:gas)?therme|boiler|durchlauferhitzer|heizung|kohleofen|gasofen|holzkohle\w*|grill"
    r"|generator|stromerzeuger|kamin|heizpilz|ofen)"
)
_SICK = (
    r"(?:kopfschmerz\w*|kopfweh|(?:mir|uns) ist (?:so )?(?:ubel|uebel|schlecht|schwindlig)"
    r"|ubelkeit|uebelkeit|schwindel\w*|erbrech\w*|benommen)"
)
_ALL = (
    r"(?:wir (?:haben )?(?:alle|beide)|alle (?:im haus|in der wohnung)|die ganze familie"
    r"|(?:meine frau|mein mann|die kinder|meine kinder|meine eltern) und ich)"
)
_FELL = (
    r"(?:ohnmachtig|ohnmaechtig|bewusstlos|umgekippt|zusammengebrochen"
    r"|wacht nicht (?:mehr )?auf)"
)
_ALARM = (
    r"(?:(?:co|kohlenmonoxid) ?(?:melder|warnmelder|warner)|kohlenmonoxidmelder|co warnmelder)"
)
_RING = r"(?:piept|schlagt an|schlaegt an|geht los|ging los|losgegangen|heult)"
_BATTERY = r"(?:batterie|test)"
_SLOW = (
    r"(?:wochen|monaten|einem monat|immer (?:mehr|schlimmer|ofter|oefter)|nicht mehr|kaum noch"
    r"|fruher|frueher)"
)
_WEAK = (
    r"(?:(?:lass|lasse) (?:ich )?(?:\w+ ){0,4}?fallen|(?:fallt"
    r"|faellt) mir (?:\w+ ){0,3}?aus der hand|(?:glaser|glaeser|marmeladenglas|flaschen"
    r"|deckel) (?:\w+ ){0,2}?(?:auf|aufkriegen|aufbekommen|offnen|oeffnen)|(?:muhe|muehe"
    r"|probleme|schwer) (?:beim|mit dem|mit) (?:\w+ )?(?:zuknopfen|zuknoepfen|knopfe\w*"
    r"|knoepfe\w*|schlussel|schluessel|aufschliessen)|stolper\w* (?:uber|ueber) (?:meinen "
    r"|den )?(?:rechten |linken |eigenen )?fuss|fuss (?:schleift|hangt|haengt|klatscht)"
    r"|treppe (?:[\w.]+ ){0,6}?kaum (?:noch )?hoch)"
)
_WASTING = (
    r"(?:(?:delle|mulde|kuhle|eingefallen\w*|dunner|duenner"
    r"|schmaler) [^.!?]{0,40}?(?:daumen\w*|wade|unterarm|hand)|(?:daumen\w*|wade|unterarm"
    r"|handmuskel) [^.!?]{0,40}?(?:eingefallen|dunner|duenner|schmaler|abgebaut|geschrumpft))"
)
_SWALLOW = (
    r"(?:verschluck\w*|schluck(?:beschwerden|probleme)|(?:essen"
    r"|bissen) bleibt (?:\w+ )?stecken|schlucken (?:fallt|faellt|ist) (?:\w+ )?schwer)"
)
_SPEECH = (
    r"(?:(?:sprache|aussprache|sprechen) (?:\w+ ){0,2}?(?:verwaschen|undeutlich|nuschel\w*"
    r"|lall\w*)|lalle|nuschle)"
)
_NUMB = r"(?:taubheit\w*|taub\w*|kribbeln|eingeschlafen)"
_SPREAD = r"(?:breitet sich|wandert|steigt|jetzt (?:auch )?(?:in|bis))"
_CLIMB = (
    r"(?:(?:taubheit\w*|taub\w*|kribbeln|eingeschlafen) [^.!?]{0,60}?(?:breitet sich|wandert"
    r"|steigt|jetzt (?:auch )?(?:in|bis)))"
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
