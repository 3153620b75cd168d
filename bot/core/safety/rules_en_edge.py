"""English: someone at the edge now, and the last preparations made with a decision, a crisis
(ruleset.LanguageRules.crisis), over normalised text. From sets S and T.

At the edge: the feet over the edge of a roof, the wrong side of a bridge's railing, a railing
sat on floors up, a level crossing or the tracks with the last train's time, a bridge or an
overpass looked at for days with "tomorrow is the day", "writing so someone knows where I am"
from a high place, "I won't do anything stupid, but I stand at the bridge every night", and a
crash into a pillar or a tree planned to look like an accident.

Done and decided: pills kept and counted ("there are enough"), a goodbye the other did not
notice, "tomorrow I step in front of the train", a stone in the backpack with the river or
tonight, and how many pills until one's heart stops or "I've decided" after a dose question.

Each needs two parts (a posture and a height, a place and a time, a means and a decision):
the pier with feet over the edge, a level crossing at the barrier, pills counted into a
weekly box and a goodbye at the airport stay clear.
"""

from __future__ import annotations

from bot.core.safety.common import spaced as _s

__all__ = ["AT_THE_EDGE", "DECIDED", "EDGE"]



_HIGH = (
    r"(?:roof|rooftop|car\s?park|multi\s?store?y|parking (?:garage|deck)|bridge|overpass|viaduct"
    r"|tower|cliff|ledge|balcony|parapet|railing|top floor|floor \d+)"
)
_TRACK = r"(?:tracks|rails|railway (?:line|tracks?)|level crossing|railroad crossing|train line)"
_PILL = (
    r"(?:pills|tablets|tabs|meds|sleepers|sleeping pills|paracetamol|tylenol|oxy\w*|morphine"
    r"|codeine|tramadol|insulin|\w+(?:zepam|azolam|pine|oline|amine|etine|pram|pidem|tyline))"
)
_NOTHING_STUPID = (
    r"(?:will not|wont|not going to|not gonna|never|would not|would never) (?:do )?(?:anything"
    r"|something|nothing) (?:stupid|dumb|silly|crazy|rash|drastic|daft)"
)
_FEET = r"(?:feet|legs) (?:\w+ )?(?:dangling |hanging )?(?:over|off) the (?:edge|ledge|side|rail)"
_SO_SOMEONE_KNOWS = (
    r"so (?:someone|somebody|anyone|anybody|you|people|they) (?:knows?|will know|know) where"
    r" (?:i am|im|i m|i was|to find me)"
)
_CRASH_INTO = (
    r"(?:into|against|hit|hitting) (?:a |the |an )?(?:\w+ )?(?:pillar|bridge support|abutment"
    r"|tree|wall|lorry|truck|concrete barrier)\b"
)
_LOOKS_ACCIDENT = r"(?:look|looks|looking|seem|seems|appear|appears) like an accident\b"

EDGE = _s(
    # "sat on the car park roof, feet over the edge"; a pier or a pool has no height word.
    rf"{_HIGH}\b[^?]{{0,100}}?\b{_FEET}\b",
    rf"{_FEET}\b[^?]{{0,100}}?\b{_HIGH}\b",
    # "standing on the wrong side of the railing" (a fence is anybody's other side).
    r"(?:i am|im|i m|standing|stood|sitting|sat|climbed|climbing|got) (?:\w+ ){0,2}?(?:on|to"
    r"|over to|onto) the (?:wrong|other|outer|outside) side of the (?:\w+ )?(?:railing|rail"
    r"|barrier|parapet|guard\s?rail)\b",
    # "sitting on my balcony railing, 9th floor"
    r"(?:sitting|standing|sat|stood|i am|im|i m) (?:\w+ ){0,2}?on (?:top of )?(?:the |my |our )?"
    r"(?:balcony )?(?:railing|parapet|ledge|balustrade)\b[^?]{0,60}?(?:\d+(?:st|nd|rd|th)?"
    r" (?:floor|storey|story)|floor \d+|(?:storeys|stories|floors) up|high up|windy|the wind)",
    # "been looking at the overpass for a week now. tomorrow is the day"
    rf"(?:looking|staring|looked|stared|look|stare) (?:down )?at (?:the )?(?:\w+ ){{0,3}}?"
    rf"(?:{_HIGH}|{_TRACK}|rail)\b[^?]{{0,100}}?(?:(?:tomorrow|tonight|today) (?:is|will be)"
    r" the (?:day|night)|(?:high|tall|far down) enough)\b(?! (?:for|to see)\b)",
    # "i'm at the level crossing. the last train comes at 0:40"
    rf"(?:i am|im|i m|standing|sitting|waiting|lying|stood|sat) (?:\w+ ){{0,3}}?(?:on|at|by|next"
    rf" to|beside) the (?:\w+ )?{_TRACK}\b[^?]{{0,100}}?(?:last|final) (?:\w+ )?(?:train"
    r"|express)\b",
    # "writing this so someone knows where i am", from a roof, a bridge or the tracks.
    rf"{_HIGH}\b[^?]{{0,100}}?\b{_SO_SOMEONE_KNOWS}\b",
    rf"{_SO_SOMEONE_KNOWS}\b[^?]{{0,60}}?\b(?:{_HIGH}|{_TRACK})\b",
    # "i won't do anything stupid but i stand on the bridge every night"
    rf"{_NOTHING_STUPID}\b[^?]{{0,60}}?\b(?:but|just|only)\b[^?]{{0,60}}?\b(?:stand|go|sit"
    rf"|walk|drive)\w* (?:\w+ ){{0,3}}?(?:on|to|at|onto|up to) the (?:\w+ )?"
    rf"(?:{_HIGH}|{_TRACK})\b",
    # A crash planned to look like an accident.
    rf"{_CRASH_INTO}[^?]{{0,120}}?\b{_LOOKS_ACCIDENT}",
    rf"{_LOOKS_ACCIDENT}[^?]{{0,120}}?\b{_CRASH_INTO}",
)

DECIDED = _s(
    # Pills kept, then counted or "there are enough" ("…enough for the trip" is a holiday).
    rf"(?:saved|saving|kept|keeping|hoarded|hoarding|stashed|collected|collecting|put aside"
    rf"|held on to|hid|hidden) (?:\w+ ){{0,6}}?{_PILL}\b[^?]{{0,80}}?(?:count(?:ing|ed)? them"
    rf" (?:every|each|again|at)|there (?:are|is|s) (?:more than |easily |definitely )?enough"
    rf"(?! (?:for|to|left|of)\b))",
    # A goodbye the other did not notice.
    r"(?:said|say|saying) (?:my )?goodbyes? (?:to )?(?:\w+ ){0,3}?without (?:her|him|them|anyone"
    r"|anybody|my \w+) (?:\w+ )?(?:noticing|knowing|realising|realizing|suspecting)\b",
    r"(?:she|he|they) (?:did not|didnt|does not|doesnt) (?:\w+ )?(?:notice|know|realise|realize)"
    r" (?:it was|that it was|i was saying) (?:a )?goodbye\b",
    # "tomorrow i step in front of the train"
    r"(?:will|going to|gonna|i ll|tomorrow i|tonight i|then i) (?:\w+ )?(?:step|jump|throw"
    r" myself|lie down|walk|go) (?:out )?in front of (?:a|the) (?:\w+ )?(?:train|tram|lorry"
    r"|truck)\b",
    # A stone in the backpack, with the river or tonight.
    r"(?:stones?|rocks?|bricks?|weights) in (?:my|the) (?:backpack|rucksack|bag|pockets?"
    r"|coat)\b[^?]{0,100}?\b(?:river|lake|sea|canal|water|bridge|tonight)\b",
    r"(?:river|lake|sea|canal|water|bridge|tonight)\b[^?]{0,100}?\b(?:stones?|rocks?|bricks?"
    r"|weights) in (?:my|the) (?:backpack|rucksack|bag|pockets?|coat)\b",
    # "how many paracetamol until my heart stops", or the dose asked and "i've decided".
    rf"how (?:many|much) (?:\w+ ){{0,3}}?{_PILL}\b[^?]{{0,40}}?(?:until|till|before|to make"
    r"|for) my heart (?:stops|to stop|stop|would stop)\b",
    rf"how (?:many|much) (?:\w+ ){{0,3}}?{_PILL}\b[^.!]{{0,60}}?\?[^?]{{0,100}}?\b(?:i (?:have |ve"
    r" )?(?:decided|made up my mind)|my mind is made up)(?: now| already)?\s*(?:[.!,]|$)",
)

# Both, as rules_en.py adds them to its crisis rules.
AT_THE_EDGE = (*EDGE, *DECIDED)
