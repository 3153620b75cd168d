"""German: a stroke told as past, self-harm long over, an overdose taught in a first-aid course,
whose words are blanked before the rules run (ruleset.LanguageRules.idioms), over normalised,
accent-folded text.
"""

from __future__ import annotations

__all__ = ["PAST"]

# A stroke told as past ("mein Vater hatte 2010 einen Schlaganfall, der Mund hing schief, er
# hat sich gut erholt"): its signs are blanked when a time long past or a recovery goes with
# them and nothing between says it is now ("jetzt hängt sein Gesicht wieder" stays).
_STROKE_NOW = (
    r"(?:jetzt|wieder|heute|gerade|grad|plotzlich|ploetzlich|seit|hangt|haengt|ist|sind|noch"
    r"|minuten|stunden|eben)"
)
_STROKE_GAP = rf"(?:(?!\b{_STROKE_NOW}\b)[^.!?]){{0,60}}?"
_STROKE_WORD = r"(?:schlaganfall|hirninfarkt|hirnblutung|apoplex|schlagerl|schlagl)\w*"
_STROKE_SIGN = (
    r"(?:hing|hingen|herunterhing|runterhing|schief|gelahmt|gelaehmt|verzogen|lallte|lallend"
    r"|konnte\s+nicht\s+(?:mehr\s+)?(?:sprechen|reden|laufen))\b"
)
_STROKE_PAST = (
    r"(?:vor\s+(?:\w+\s+)?(?:jahren|jahrzehnten|monaten|\w+\s+jahren)|(?:19|20)\d\d|damals|letztes"
    r"\s+jahr|letzten\s+(?:sommer|winter|herbst|fruhling)|fruher|als\s+(?:ich|er|sie)\s+\w+\s+war)\b"
)
_STROKE_RECOVERED = (
    r"(?=[^?]{0,120}?\b(?:erholt|wieder\s+(?:ganz\s+)?(?:fit|gesund|der\s+alte|die\s+alte|normal"
    r"|auf\s+den\s+beinen)|geht\s+(?:es\s+)?(?:ihm|ihr)\s+(?:wieder\s+)?(?:gut|prima|super)|alles"
    r"\s+wieder\s+gut|(?:noch|dann\s+noch)\s+(?:\w+\s+)?(?:jahre|lange)\s+gelebt)\b)"
)
# Self-harm long over ("hab mich früher geritzt mit 13, jetzt seit 4 jahren nicht mehr"),
# told with how long it has been over; not beside "wieder", "gestern" or a relapse.
_HARM_OVER = (
    r"(?=[^?]{0,100}?\b(?:seit\s+(?:\w+\s+){0,2}?(?:jahren|jahr|monaten)\s+(?:\w+\s+)?(?:nicht"
    r"|nich)\s+mehr|(?:ist|is|sind)\s+(?:\w+\s+){0,4}?(?:her|vorbei)|clean\s+seit|seit\s+(?:\w+"
    r"\s+){0,3}?clean)\b)(?![^.!?]{0,100}\b(?:wieder|gestern|heute\s+nacht|letzte\s+nacht|ruckfall"
    r"|rueckfall|grad|gerade)\b)"
)

PAST = (
    r"(?:hatte|hatten|erlitt|erlitten|uberlebt\w*|ueberlebt\w*)\s+(?:\w+\s+){0,3}?"
    + _STROKE_WORD
    + _STROKE_GAP
    + _STROKE_SIGN
    + _STROKE_RECOVERED,
    _STROKE_WORD
    + r"\s+(?:gehabt|erlitten|uberlebt|ueberlebt)\b"
    + _STROKE_GAP
    + _STROKE_SIGN
    + _STROKE_RECOVERED,
    r"(?:hatte|hatten|erlitt|erlitten)\s+"
    + _STROKE_GAP
    + _STROKE_PAST
    + _STROKE_GAP
    + _STROKE_WORD
    + _STROKE_GAP
    + _STROKE_SIGN,
    _STROKE_WORD + _STROKE_GAP + _STROKE_PAST + _STROKE_GAP + _STROKE_SIGN,
    r"(?:geritzt(?<!wieder\sgeritzt)(?<!erneut\sgeritzt)|geschnitten(?<!wieder\sgeschnitten)"
    r"|selbstverletz\w*|ritzen|svv)\b" + _HARM_OVER,
    # Set M: what to do about an overdose, taught in a first-aid course ("beim erste hilfe kurs
    # hat der ausbilder erklärt was man bei ner überdosis macht").
    r"(?:kurs|ausbilder\w*|schulung|erste\s+hilfe|unterricht|lehrgang|ausbildung|vortrag|seminar"
    r"|dozent\w*|lehrer\w*|sanitater\w*|sanitaeter\w*)\b[^.!?]{0,80}?(?:uberdosis|ueberdosis)\b"
    r"(?![^.!?]{0,40}\b(?:genommen|geschluckt|eingeworfen|hab|habe)\b)",
)
