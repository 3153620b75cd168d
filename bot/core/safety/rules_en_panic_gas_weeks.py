"""English, round nine: three families over normalised text (common.gas_and_weeks).

A panic attack the writer knows ("again", "same as last month", "had this before", "I know
it's my nerves", or just before an exam or an interview) told by its body (chest tight,
dizzy, shaking, tingling, "gonna die", "gonna pass out", "help me breathe"): panic, and no
emergency, while a danger sign (chest pain into the arm or jaw, fainted, blue lips, a
drooping face) keeps its own emergency elsewhere.

Carbon monoxide: several people in one home with headaches and sickness beside a boiler, a
heater, a stove, a generator or charcoal indoors, someone fainted there, or the CO alarm
going off (not its test nor a battery chirp).

Red flags said in words over weeks: jars, keys and buttons beyond the hand, tripping over
one foot, a hollow by the thumb or one calf thinner, choking on food or words slurring,
numbness climbing.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:(?:happening|attack|it is|this|here we go|same thing|panic|started|starting) again"
    r"|again the same|same (?:as|like) (?:last|before|always)|like last (?:time|week|month)"
    r"|had (?:this"
    r"|it|these) before|(?:my|the) usual (?:attacks?|panic|episode)|(?:i|we) know (?:its|it s"
    r"|it is|this is) (?:just )?(?:my |the )?(?:nerves|anxiety|panic)|its my nerves|it s my"
    r" nerves|before (?:my|the|an|a) (?:exam|interview|presentation|test|speech|final)s?"
    r"|(?:exam|interview|presentation|speech|test) (?:starts )?in \d+)"
)
_BODY = (
    r"(?:chest (?:is |feels |so |really )?tight|tight chest|(?:cant|can not|cannot) catch my"
    r" breath|(?:so |really |super )?dizzy|(?:i am|all|so) (?:shaking|trembling|shaky)|tingl\w*"
    r"|fingers buzz\w*"
    r"|(?:gonna|going to) (?:die|pass out|faint)|(?:help me|cant|can not) (?:breathe|calm down)"
    r"|(?:need to|have to|gotta) calm down|heart (?:is )?(?:racing|pounding))"
)
PANIC = _s(*near(100, _KNOWN, _BODY, stop="!?"))

_SOURCE = (
    r"(?:boiler|water heater|gas heater|space heater|heater|furnace|gas fire|stove|generator"
    r"|charcoal|bbq|barbecue|grill|fireplace|wood burner)"
)
_SICK = (
    r"(?:headaches?|head (?:hurts|hurting|aches|is pounding)|nause\w*|sick|vomit\w*|throwing"
    r" up|dizzy|drowsy|confused)"
)
_ALL = (
    r"(?:we (?:all|both)|all of us|both of us|the whole (?:family|house)|everyone|everybody"
    r"|(?:my )?(?:kids|wife|husband|partner|mum|mom|dad) and (?:i|me|the \w+|my \w+))"
)
_FELL = r"(?:fainted|passed out|collapsed|wont wake|will not wake|unconscious)"
_ALARM = r"(?:co|carbon monoxide) (?:alarm|detector)"
GAS = _s(
    rf"{_ALARM} (?:is |keeps |just |has )?(?:going off|gone off|went off|beeping|screaming"
    r"|sounding)(?! [^.!?]{0,30}(?:battery|test|chirp))",
)
GAS_OTHERS = _s(
    *near(60, _ALL, _SICK, _SOURCE),
    *near(60, _SOURCE, _FELL),
    rf"carbon monoxide [^.!?]{{0,60}}?{_FELL}",
)

_SLOW = (
    r"(?:weeks|months|a month|lately|anymore|any more|no longer|getting worse|worse and worse"
    r"|more and more|since (?:spring|summer|autumn|winter|christmas|january|february|march|april"
    r"|may|june|july|august|september|october|november|december)|(?:was|wasnt|wasn t) like"
    r" that|compared to the (?:other|right|left))"
)
_WEAK = (
    r"(?:(?:cant|can not|cannot|struggl\w* to|hard to) (?:open (?:a |the )?jars?|turn (?:the |my"
    r" )?keys?|do (?:up )?(?:my )?buttons|button (?:my|up)|hold (?:a |my |the )?(?:pen|cup|mug"
    r"|fork|tools?))|keep dropping|dropping (?:things|stuff|my \w+)"
    r"|trip\w* over (?:my )?(?:(?:right"
    r"|left|own) )?foot|foot (?:is )?(?:slapping|dragging|drops?|catching)|toes? (?:catch\w*"
    r"|drag\w*))"
)
_WASTING = (
    r"(?:(?:hollow|dip|dent|sunken|caved|thinner|smaller|skinnier|shrunk\w*|wasting)"
    r" [^.!?]{0,40}?(?:thumb|index finger|calf|calves|forearm|hand|shoulder)|(?:thumb|calf|hand"
    r"|forearm) [^.!?]{0,40}?(?:looks |is |gone |getting )?(?:hollow|sunken|thinner|smaller"
    r"|skinnier|wasted|caved in))"
)
_SWALLOW = (
    r"(?:chok\w* on (?:my )?(?:food|drinks?|water|saliva|spit)|food (?:gets )?stuck"
    r"|(?:hard|trouble"
    r"|struggl\w*) (?:to |with )?swallow\w*)"
)
_SPEECH = (
    r"(?:slurr\w*|words (?:come out|coming out) (?:wrong|funny|slurred)|speech (?:is )?(?:changing"
    r"|slurred|thick))"
)
_CLIMB = (
    r"(?:numb\w*|tingl\w*|pins and needles) [^.!?]{0,60}?(?:spread\w*|creep\w*|climb\w*"
    r"|now (?:in|up))"
)
WEEKS = {
    R.WEAKNESS: _s(*near(80, _SLOW, _WEAK)),
    R.WASTING: _s(*near(80, _SLOW, _WASTING)),
    R.SWALLOWING: _s(*near(80, _SLOW, _SWALLOW)),
    R.SPEECH: _s(*near(80, _SLOW, _SPEECH)),
    R.NUMBNESS_SPREADING: _s(*near(80, _SLOW, _CLIMB)),
}


def widen(rules: LanguageRules) -> LanguageRules:
    return gas_and_weeks(rules, PANIC, GAS, GAS_OTHERS, WEEKS)
