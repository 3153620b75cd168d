"""English rules for the body: red flags (weakness, wasting, swallowing, speech, falls) and the
parts that only count together (spreading, numbness, injury). Imported by rules_en.py.
"""

from __future__ import annotations

from bot.core.safety.common import END, filler, words
from bot.core.safety.panic_ahead import AHEAD as _AHEAD
from bot.core.safety.rules_en_flags import RED_FLAGS as _FLAGS
from bot.core.safety.verdict import RedFlag as R

# Panic before an exam or a talk (panic_ahead.py), joined with the body's other panic parts.
AHEAD = _AHEAD["en"]

_BODY = (
    r"(?:hands?|arms?|legs?|foot|feet|fingers?|thumbs?|grip|wrists?|ankles?|knees?|hips?"
    r"|shoulders?|calf|calves|thighs?|muscles?|limbs?|side|toes?|neck)"
)
_WEAK = r"weak(?:er|ened|ening|ness)?\b"  # the \b keeps "weakly" out


def _s(*patterns: str) -> tuple[str, ...]:  # a space in the rules below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


RED_FLAGS = {
    # Focal weakness, not "I feel weak": feeling drained all over is common with anxiety.
    R.WEAKNESS: _s(
        rf"{_BODY} {filler(3)}{_WEAK}|weak(?:er|ened|ening|ness)? (?!in the knees\b)(?:in|on"
        rf"|of) (?:(?:my|the|both|one) )?{words(2)}{_BODY}\b|(?:muscle|muscular|some|real|actual"
        rf"|true|any|with|and|have|having|noticed|notice|getting|feel|feeling|experiencing"
        rf"|new) weakness\b|weak grip\b|grip (?:is|has been|feels|got|has got|is getting) (?:so "
        rf"|really )?(?:weak|weaker|worse|bad)\b|(?:can not|can barely|unable to|not able to"
        rf"|struggl\w* to|trouble|difficulty|problems?) (?:to )?(?:grip|grasp|squeeze|gripping"
        rf"|grasping|squeezing)\b|(?:can not|can barely|unable to|not able to|struggl\w* to) "
        rf"(?:hold"
        rf"|grip) (?:the|my|a) (?:\w+ )?(?:grip|handle|wheel|joystick|controller|tools?|knife|cup"
        rf"|pen"
        rf"|hammer|mouse|racket|bat) (?:properly|right|anymore)\b"
        rf"|(?:can not|can barely|unable to|not able to|struggl\w* to) "
        rf"(?:lift|raise|hold up|hold|open) (?:up )?(?:my|a|the)?\s*(?:arms?|legs?|foot|toes"
        rf"|hands?|head|cups?|mugs?|glass|pen|fork|kettle|bags?|jars?|bottles?|things|anything"
        rf"|objects|phone|spoon|toothbrush|lids?)\b|(?:lost|losing|lose|no) (?:all |my |the "
        rf"|some )?strength in\b|(?:legs?|knees?|ankles?) (?:\w+ ){{0,2}}?(?:giving way"
        rf"|giving out|give way|give out|gave way|gave out|buckling|buckle|buckled)\b|foot drop\b"
        rf"|drop foot\b|dragging my (?:foot|leg)\b|(?:can not|unable to) stand on my (?:tip"
        rf"\s?toes|heels)\b|(?:foot|feet) (?:\w+ ){{0,2}}?(?:slapping|slaps|flopping|flops"
        rf"|dragging|drags|slap|flop|drag)\b|(?:hand|grip|fingers?) (?:\w+ ){{0,2}}?(?:keeps?"
        rf"|kept|keep on) letting go\b|grip (?:just |keeps |simply )?(?:gives|gave|giving) (?:out "
        rf"|way )?(?:on me )?{END}",
    ),
    # Bare "wasting" is left out because of "wasting time".
    R.WASTING: _s(
        rf"muscle (?:wasting|loss)\b|atroph(?:y|ied|ying)\b|{_BODY} {filler(3)}(?:shrinking"
        rf"|shrunk|shrank|shrunken|thinning|thinner|smaller|wasting|wasted|withering"
        rf"|losing (?:size|bulk|mass)|(?:a )?(?:dent|dip)|dented|hollow|hollowed|hollowing|sunken"
        rf"|sunk)\b|los(?:ing|t|e) muscle(?: mass| bulk)? in\b|(?:dent|dip|hollow|hollowing) "
        rf"(?:in|on|between) {words(3)}{_BODY}\b",
    ),
    R.SWALLOWING: _s(
        r"(?:trouble|difficulty|difficulties|problems?|issues?|pain|struggl(?:e|es|ing)"
        r"|hard time) (?:with |when )?swallowing\b",
        # Metaphors swallow something abstract: the news, my pride, that.
        r"(?:can not|can barely|unable to|not able to|hard to|difficult to|painful to"
        r"|struggl\w* to|hurts to) swallow\b(?! (?:the news|my pride|that|this|what|it\b))"
        r"|swallowing (?:is|has been|feels|got|gets|has got|seems|became|has become|is getting"
        r"|is becoming) (?:\w+ ){0,2}?(?:hard"
        r"|harder|difficult|weird|strange|painful|a problem|tricky|off)\b|(?:choking|choke|choked"
        r"|chokes|cough|coughing|splutter\w*) (?:on|when|whenever) (?:i )?(?:my )?(?:food|water"
        r"|drinks?|drink|liquids?|saliva|spit|eating|drinking|tea|coffee)\b|(?:keep|keeps"
        r"|kept) choking\b|(?:food|bread|meat|rice|drinks?|water) (?:keeps? )?(?:go|goes|going)"
        r" the"
        r" wrong (?:way|pipe) (?:when|whenever|every time) i (?:eat|drink|swallow)\b[^.!?]{0,30}?"
        r"(?:more"
        r"|worse|every|lately|all the time|often|keeps)\b"
        r"|(?:drinks?|liquids?|water) (?:keeps? )?(?:going|goes|went) down the wr"
        r"ong (?:way|pipe)\b|food (?:\w+ )?(?:gets|getting|got|keeps getting|sticks"
        r"|sticking) stuck\b|(?:tablets|pills|food) (?:keep |keeps )?(?:stick|sticks|sticking)\b"
        r"(?! (?:to|together|out|with|at)\b)|(?:drinking|eating|swallowing) (?:\w+ ){0,2}?makes"
        r" me (?:cough"
        r"|choke)\b|dysphagia\b",
    ),
    R.SPEECH: _s(
        r"slurr(?:ed|ing|y)\b|dysarthria\b",
        # "trouble talking to people" is shyness, not a speech problem.
        r"(?:trouble|difficulty|problems?|issues?|struggl(?:e|es|ing)) (?:with )?(?:speaking"
        r"|talking|speech|pronouncing|getting (?:my|the) words out|forming words|saying words)\b"
        r"(?! (?:to|about|with|in front|on the phone|up|in public|in meetings)\b)|(?:speech"
        r"|speaking|words|voice) (?:is|are|has been|have been|sounds?|seems?|feels?|become|got"
        r"|gets|getting|became|come out|comes out|coming out|came out|has gone|has become|went"
        r"|gone) (?:\w+ ){0,2}?(?:slurred"
        r"|slurry|garbled|thick|jumbled|nasal|slow|slower)\b|(?:can not|unable to|not able to"
        r"|can barely) (?:speak|talk|get (?:my|the) words out|pronounce words) (?:properly"
        r"|clearly|right|normally)\b",
    ),
    # Habitual falls and drops; a single "fell" or "dropped" is ordinary, and "fell asleep",
    # "dropped by", "drop the kids off" are not falls at all.
    R.FALLS: _s(
        r"(?:keep|keeps|kept|always|constantly|often|been|started|start) (?:on )?"
        r"(?:falling|tripping|stumbling|dropping)\b"
        r"(?! (?:asleep|behind|apart|in love|for|off|by|out|the ball)\b)"
        r"(?! \w+ off\b)",  # "dropping things off at the tip"
        r"(?:fall|falls|falling|fell|fallen) (?:over|down)\b(?! (?:a|the|this|that) (?:\w+ )?rabb"
        r"it\b)|(?:falling|tripping|stumbling) (?:a lot|all the time|more|so much|constantly"
        r"|often|again)\b|(?:fallen|fell|tripped) (?:twice|three times|several times)\b"
        r"|catch\w* my toes\b|(?:had|have had|having) (?:a few|several|some|two|three|many"
        r"|lots of|a couple of) falls\b|trip(?:s|ping)? (?:over|up on) (?:my own feet|nothing"
        r"|things|my feet|my toes)\b|(?:drop|drops|dropping|dropped) (?:things|stuff|objects"
        r"|everything)\b(?! off\b)|(?:dropped|dropping) (?:my |the )?(?:\w+ )?(?:\d|two|three"
        r"|four|five"
        r"|several|a few|many) times (?:this|a|per|in a|in the last|every) (?:week|month)\b|"
        r"(?:things|stuff|objects|cups?) (?:keep |keeps )?(?:falling"
        r"|slipping|fall|slip) out of my hands?\b",
    ),
    **_FLAGS,
}

SPREADING = _s(
    r"spread(?:s|ing)?\b|all over (?:my|the) body\b|(?:moving|moved|jumping|jumped|travell?ing"
    r"|travell?ed) (?:around|to|all over)\b",
)

# "I feel numb" on its own is usually emotional; numbness in a body part is physical.
NUMBNESS = _s(
    rf"numb(?:ness)? (?:in|on|down)\b|numbness\b|{_BODY} {filler(3)}numb\b|tingl(?:e|es|ed|ing"
    rf"|y)\b|pins and needles\b|(?:lost|losing|loss of|no) (?:the )?(?:feeling|sensation) in\b"
    rf"|can not feel my\b",
)

INJURY = _s(
    r"(?:injur(?:y|ies|ed)|accident|crash(?:ed)?|whiplash|concussion|sprain(?:ed)?|fractur(?:e"
    r"|ed)|broken|trauma)\b|broke\b(?! up\b)|(?:fell|fall|fallen|falling)\b(?! (?:asleep|in love"
    r"|behind|apart|for)\b)|(?:hit|bumped|banged|knocked|hurt|twisted|pulled|injured) my\b"
    r"|landed on\b",
)

# Swelling of the throat, tongue, lips or face, or wheezing after a sting or a food: beside
# panic words the breathlessness stays an emergency (ruleset.LanguageRules.panic_danger).
SWELLING = _s(
    r"(?:throat|tongue|lips|lip|face|mouth|eyes|eyelids) (?:\w+ ){0,2}?(?:swelling|swollen"
    r"|swells|swelled|swole|puffing up|puffed up)\b|(?:swollen|swelling) (?:throat|tongue|lips"
    r"|face)\b|(?:stung|sting|bee|wasp|hornet|peanuts?|nuts|prawns|shrimp|shellfish|allerg\w*)"
    r"\b[^.!?]{0,60}?(?:wheez\w*|swell\w*|swollen|hives|throat (?:is )?closing)|throat (?:is |s )?"
    r"closing (?:up )?(?:\w+ ){0,2}?(?:after|since|from)\b",
)
