"""Spot crisis language, medical red flags and health-anxiety questions in a user's message.

Pure and deterministic: readable regex rules over normalised text, no I/O and no model.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "PERSISTENCE_DAYS",
    "PERSISTENCE_LEVEL",
    "PERSISTENCE_WINDOW",
    "Concern",
    "RedFlag",
    "SafetyCheck",
    "check_text",
    "needs_clinician_for_persistence",
    "normalise",
]


class Concern(enum.Enum):
    """The one thing the bot should respond to first; the order of checking is the priority."""

    NONE = "none"
    RED_FLAG = "red_flag"
    CRISIS = "crisis"
    HEALTH_ANXIETY = "health_anxiety"


class RedFlag(enum.Enum):
    """A symptom that should be seen by a clinician rather than soothed by a bot."""

    WEAKNESS = "weakness"
    WASTING = "wasting"
    SWALLOWING = "swallowing"
    SPEECH = "speech"
    FALLS = "falls"
    SPREADING_WITH_WEAKNESS = "spreading_with_weakness"
    NUMBNESS_AFTER_INJURY = "numbness_after_injury"


@dataclass(frozen=True)
class SafetyCheck:
    """The verdict on one message.

    `red_flags` is filled whatever the concern, so a caller that has answered a crisis first can
    still follow up on a symptom later.
    """

    concern: Concern
    red_flags: frozenset[RedFlag]


# --- normalisation --------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        # Dashes separate clauses, which matters for the reach of a negation.
        "\u2013": ",",
        "\u2014": ",",
    }
)

# Contractions are expanded so one rule covers "don't", "dont" (common on phones) and "do not".
# "its" is left alone: it is usually the possessive, and rules that need "it is" accept both.
_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b(?:{pattern})\b"), replacement)
    for pattern, replacement in (
        (r"can'?t|cannot", "can not"),
        (r"won'?t", "will not"),
        (
            r"(do|does|did|is|are|was|were|have|has|had|could|should|would|must|need)n'?t",
            r"\1 not",
        ),
        (r"i'?m", "i am"),
        (r"i'?ve", "i have"),
        (r"it's", "it is"),
        (r"(that|what|there)'?s", r"\1 is"),
        (r"wanna", "want to"),
        (r"gonna", "going to"),
    )
)

_WHITESPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case `text`, straighten quotes, expand contractions and collapse whitespace."""
    text = text.casefold().translate(_QUOTES)
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return _WHITESPACE.sub(" ", text).strip()


# --- negation -------------------------------------------------------------------------------

# A negation reaches only a few words back and never across a clause: in "no pain, but my hand is
# weak" the "no" belongs to the pain.
_NEGATION_REACH = 3
_CLAUSE_BREAK = re.compile(
    r"[.,;:!?()\"]|\s-\s|\b(?:but|and|though|although|however|yet|except|whereas)\b"
)
# "not sure", "no idea" hedge the sentence rather than deny the symptom.
_NEGATOR = re.compile(
    r"\b(?:no|not|never|without|nor|neither|none)\b(?!\s+(?:sure|idea|clue|know|certain)\b)"
)


def _is_negated(text: str, start: int) -> bool:
    clause = _CLAUSE_BREAK.split(text[:start])[-1]
    return _NEGATOR.search(" ".join(clause.split()[-_NEGATION_REACH:])) is not None


def _compile(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for pattern in patterns)


def _matches(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(pattern.search(text) for pattern in patterns)


def _matches_unnegated(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(
        not _is_negated(text, match.start())
        for pattern in patterns
        for match in pattern.finditer(text)
    )


# --- crisis ---------------------------------------------------------------------------------
# Crisis rules are never negated away: "I'm not sure I want to live" is a crisis, and a kind
# message sent by mistake costs far less than one missed. The rules still avoid idioms
# ("dying to try", "killing it", "to die for", "kill time", "dead tired").

_CRISIS = _compile(
    (
        r"\bsuicid(?:e|es|al|ally)?\b(?!\s+squad)",  # "Suicide Squad" is a film
        r"\bself[- ]?harm(?:ing|ed|s)?\b",
        r"\bkill(?:ing)?\s+myself\b",
        r"\bkms\b",
        r"\bunaliv(?:e|ing)\b",
        r"\b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b",
        r"\bend(?:ing)?\s+it\s+all\b",
        r"\bwant\s+(?:it\s+all|everything|my\s+life)\s+to\s+end\b",
        # "don't want to die" is fear of illness, not a wish to die.
        r"(?<!not )\b(?:want|wanted|wanting|ready|plan|planning)\s+to\s+die\b",
        r"\bwish\s+i\s+(?:was|were|could\s+be)\s+dead\b",
        r"\bwish\s+i\s+(?:could|would)\s+(?:just\s+)?(?:die|not\s+wake\s+up|never\s+wake\s+up)\b",
        r"\bwish\s+i\s+(?:had|was|were)\s+(?:never|not)\s+(?:been\s+)?born\b",
        r"\bbetter\s+off\s+(?:dead|without\s+me)\b",
        r"\b(?:no|any)\s+(?:reason|point)\s+(?:to|in|for)\s+(?:me\s+to\s+)?"
        r"(?:live|living|go\s+on|going\s+on|carry\s+on|carrying\s+on|keep\s+going"
        r"|be\s+alive|being\s+alive|be\s+here|being\s+here|exist|existing)\b",
        r"\bwhat\s+is\s+the\s+point\s+(?:of|in)\s+(?:living|life|going\s+on|being\s+alive)\b",
        r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b",
        r"\bnot\s+worth\s+living\b",
        r"\btired\s+of\s+(?:living|being\s+alive)\b",
        # "live with/in/near…" is about where or how, not whether.
        r"\b(?:do\s+not|does\s+not|no\s+longer|never|not\s+sure\s+(?:if\s+|that\s+)?i)\s+"
        r"(?:really\s+|even\s+|actually\s+)?want\s+to\s+(?:live|be\s+alive|exist|keep\s+living)\b"
        r"(?!\s+(?:with|in|near|there|abroad|at)\b)",
        r"\b(?:do\s+not|no\s+longer|not\s+sure\s+(?:if\s+|that\s+)?i)\s+(?:really\s+|even\s+)?"
        r"want\s+to\s+be\s+(?:here|around|alive)\s+(?:anymore|any\s+more|any\s+longer)\b",
        # Only at the end of a clause: "don't want to wake up early" is about alarms.
        r"\b(?:do\s+not|no\s+longer|never)\s+want\s+to\s+wake\s+up"
        r"(?:\s+(?:again|anymore|any\s+more|tomorrow|ever))?\s*(?:[.!?,]|$)",
        r"\bcan\s+not\s+(?:go\s+on|keep\s+going)"
        r"(?:\s+(?:like\s+this|anymore|any\s+more|any\s+longer|living))?\s*(?:[.!?,]|$)",
        r"\b(?:hurting|harming|cutting|burning)\s+myself\b",
        r"\b(?:want|going|plan|planning|urge|urges|thinking\s+about|thoughts\s+of|thought\s+about)"
        r"\s+(?:to\s+)?(?:hurt|harm|cut|burn|hurting|harming|cutting|burning)\s+myself\b",
        r"\boverdos(?:e|ed|es|ing)\b(?!\s+on\s+(?:caffeine|coffee|sugar|chocolate)\b)",
        r"\b(?:take|taking|took|swallow|swallowing)\s+(?:all|a\s+whole\s+bottle\s+of"
        r"|the\s+whole\s+bottle\s+of|a\s+bunch\s+of)\s+(?:of\s+)?(?:my\s+|the\s+)?"
        r"(?:pills|tablets|meds|medication)\b",
        r"\bhang(?:ing)?\s+myself\b",
        r"\bshoot(?:ing)?\s+myself\b(?!\s+in\s+the\s+foot)",
        r"\bjump(?:ing)?\s+(?:off|in\s+front\s+of)\s+(?:a|the)\s+"
        r"(?:bridge|building|roof|train|cliff)\b",
        r"\bslit(?:ting)?\s+my\s+wrists?\b",
    )
)

# --- red flags ------------------------------------------------------------------------------

_BODY = (
    r"(?:hands?|arms?|legs?|foot|feet|fingers?|thumbs?|grip|wrists?|ankles?|knees?|hips?"
    r"|shoulders?|calf|calves|thighs?|muscles?|limbs?|side|toes?|neck)"
)
# Up to three words between a body part and its symptom, none of them a negation, so "my hand is
# weak" matches and "my hand is not weak" does not.
_FILLER = r"(?:(?!(?:no|not|never)\b)\w+\s+){0,3}?"
_WEAK = r"weak(?:er|ened|ening|ness)?\b"  # the \b keeps "weakly" out

_RED_FLAGS: dict[RedFlag, tuple[re.Pattern[str], ...]] = {
    # Focal weakness, not "I feel weak": feeling drained all over is common with anxiety.
    RedFlag.WEAKNESS: _compile(
        (
            rf"\b{_BODY}\s+{_FILLER}{_WEAK}",
            rf"\b(?!weak\s+in\s+the\s+knees\b){_WEAK}\s+(?:in|on|of)\s+"
            rf"(?:(?:my|the|both|one)\s+)?(?:\w+\s+){{0,2}}?{_BODY}\b",
            r"\b(?:muscle|muscular|some|real|actual|true|any|with|and|have|having|noticed|notice"
            r"|getting|feel|feeling|experiencing|new)\s+weakness\b",
            r"\bweak\s+grip\b",
            r"\b(?:can\s+not|can\s+barely|unable\s+to|not\s+able\s+to|struggl\w*\s+to"
            r"|trouble|difficulty|problems?)\s+(?:to\s+)?(?:grip|grasp|squeeze|gripping|grasping"
            r"|squeezing)\b",
            r"\b(?:can\s+not|can\s+barely|unable\s+to|not\s+able\s+to|struggl\w*\s+to)\s+"
            r"(?:lift|raise|hold\s+up|hold|open)\s+(?:up\s+)?(?:my|a|the)?\s*"
            r"(?:arms?|legs?|foot|hands?|head|cups?|mugs?|glass|pen|fork|kettle|bags?|jars?"
            r"|bottles?|things|anything|objects)\b",
            r"\b(?:lost|losing|lose|no)\s+(?:all\s+|my\s+|the\s+|some\s+)?strength\s+in\b",
            r"\b(?:legs?|knees?|ankles?)\s+(?:\w+\s+){0,2}?(?:giving\s+way|giving\s+out|give\s+way"
            r"|give\s+out|gave\s+way|gave\s+out|buckling|buckle|buckled)\b",
            r"\bfoot\s+drop\b",
            r"\bdragging\s+my\s+(?:foot|leg)\b",
        )
    ),
    # Bare "wasting" is left out because of "wasting time".
    RedFlag.WASTING: _compile(
        (
            r"\bmuscle\s+(?:wasting|loss)\b",
            r"\batroph(?:y|ied|ying)\b",
            rf"\b{_BODY}\s+{_FILLER}(?:shrinking|shrunk|shrank|shrunken|thinning|thinner|smaller"
            r"|wasting|wasted|withering|losing\s+(?:size|bulk|mass)|(?:a\s+)?(?:dent|dip)|dented"
            r"|hollow|hollowed|hollowing)\b",
            r"\blos(?:ing|t|e)\s+muscle(?:\s+mass|\s+bulk)?\s+in\b",
            rf"\b(?:dent|dip|hollow|hollowing)\s+(?:in|on|between)\s+(?:\w+\s+){{0,3}}?{_BODY}\b",
        )
    ),
    RedFlag.SWALLOWING: _compile(
        (
            r"\b(?:trouble|difficulty|difficulties|problems?|issues?|pain|struggl(?:e|es|ing)"
            r"|hard\s+time)\s+(?:with\s+|when\s+)?swallowing\b",
            # Metaphors swallow something abstract: the news, my pride, that.
            r"\b(?:can\s+not|can\s+barely|unable\s+to|not\s+able\s+to|hard\s+to|difficult\s+to"
            r"|painful\s+to|struggl\w*\s+to|hurts\s+to)\s+swallow\b"
            r"(?!\s+(?:the\s+news|my\s+pride|that|this|what|it\b))",
            r"\bswallowing\s+(?:is|has\s+been|feels|got|gets|has\s+got|seems|became)\s+"
            r"(?:\w+\s+){0,2}?(?:hard|harder|difficult|weird|strange|painful|a\s+problem"
            r"|tricky|off)\b",
            r"\b(?:choking|choke|choked)\s+(?:on|when)\s+(?:my\s+)?(?:food|water|drinks?|liquids?"
            r"|saliva|spit|eating|drinking)\b",
            r"\b(?:keep|keeps|kept)\s+choking\b",
            r"\bfood\s+(?:\w+\s+)?(?:gets|getting|got|keeps\s+getting|sticks|sticking)\s+stuck\b",
            r"\bdysphagia\b",
        )
    ),
    RedFlag.SPEECH: _compile(
        (
            r"\bslurr(?:ed|ing|y)\b",
            # "trouble talking to people" is shyness, not a speech problem.
            r"\b(?:trouble|difficulty|problems?|issues?|struggl(?:e|es|ing))\s+(?:with\s+)?"
            r"(?:speaking|talking|speech|pronouncing|getting\s+(?:my|the)\s+words\s+out"
            r"|forming\s+words|saying\s+words)\b"
            r"(?!\s+(?:to|about|with|in\s+front|on\s+the\s+phone|up|in\s+public|in\s+meetings)\b)",
            r"\b(?:speech|words|voice)\s+(?:is|are|has\s+been|have\s+been|sounds?|seems?|feels?"
            r"|got|gets|getting|became|come\s+out|comes\s+out|coming\s+out|came\s+out)\s+"
            r"(?:\w+\s+){0,2}?(?:slurred|slurry|garbled|thick|jumbled|nasal|slow|slower)\b",
            r"\b(?:can\s+not|unable\s+to|not\s+able\s+to|can\s+barely)\s+(?:speak|talk"
            r"|get\s+(?:my|the)\s+words\s+out|pronounce\s+words)\s+(?:properly|clearly|right"
            r"|normally)\b",
            r"\bdysarthria\b",
        )
    ),
    # Habitual falls and drops; a single "fell" or "dropped" is ordinary, and "fell asleep",
    # "dropped by", "drop the kids off" are not falls at all.
    RedFlag.FALLS: _compile(
        (
            r"\b(?:keep|keeps|kept|always|constantly|often|been|started|start)\s+(?:on\s+)?"
            r"(?:falling|tripping|stumbling|dropping)\b"
            r"(?!\s+(?:asleep|behind|apart|in\s+love|for|off|by|out|the\s+ball)\b)"
            r"(?!\s+\w+\s+off\b)",  # "dropping things off at the tip"
            r"\b(?:fall|falls|falling|fell|fallen)\s+(?:over|down)\b"
            r"(?!\s+(?:a|the|this|that)\s+(?:\w+\s+)?rabbit\b)",
            r"\b(?:falling|tripping|stumbling)\s+(?:a\s+lot|all\s+the\s+time|more|so\s+much"
            r"|constantly|often|again)\b",
            r"\b(?:had|have\s+had|having)\s+(?:a\s+few|several|some|two|three|many|lots\s+of"
            r"|a\s+couple\s+of)\s+falls\b",
            r"\btrip(?:s|ping)?\s+(?:over|up\s+on)\s+(?:my\s+own\s+feet|nothing|things"
            r"|my\s+feet)\b",
            r"\b(?:drop|drops|dropping|dropped)\s+(?:things|stuff|objects|everything)\b"
            r"(?!\s+off\b)",
            r"\b(?:things|stuff|objects|cups?)\s+(?:keep\s+|keeps\s+)?(?:falling|slipping|fall"
            r"|slip)\s+out\s+of\s+my\s+hands?\b",
        )
    ),
}

_SPREADING = _compile(
    (
        r"\bspread(?:s|ing)?\b",
        r"\b(?:moving|moved|jumping|jumped|travell?ing|travell?ed)\s+(?:around|to|all\s+over)\b",
        r"\ball\s+over\s+(?:my|the)\s+body\b",
    )
)

# "I feel numb" on its own is usually emotional; numbness "in" somewhere is physical.
_NUMBNESS = _compile(
    (
        r"(?<!emotionally )(?<!i feel )(?<!i felt )(?<!i am )\bnumb(?:ness)?\b",
        r"\bnumb(?:ness)?\s+in\b",
        r"\btingl(?:e|es|ed|ing|y)\b",
        r"\bpins\s+and\s+needles\b",
        r"\b(?:lost|losing|loss\s+of|no)\s+(?:the\s+)?(?:feeling|sensation)\s+in\b",
        r"\bcan\s+not\s+feel\s+my\b",
    )
)

_INJURY = _compile(
    (
        r"\b(?:injur(?:y|ies|ed)|accident|crash(?:ed)?|whiplash|concussion|sprain(?:ed)?"
        r"|fractur(?:e|ed)|broken|trauma)\b",
        r"\bbroke\b(?!\s+up\b)",
        r"\b(?:fell|fall|fallen|falling)\b(?!\s+(?:asleep|in\s+love|behind|apart|for)\b)",
        r"\b(?:hit|bumped|banged|knocked|hurt|twisted|pulled|injured)\s+my\b",
        r"\blanded\s+on\b",
    )
)

# --- health anxiety -------------------------------------------------------------------------

# Names that, in this bot, almost always carry the fear of a serious diagnosis.
_FEARED_CONDITION = (
    r"\b(?:als|a\.l\.s|lou\s+gehrig'?s?|motor\s+neurone?\s+disease|mnd|multiple\s+sclerosis"
    r"|parkinson'?s|huntington'?s|myasthenia(?:\s+gravis)?|brain\s+tumou?r|neurodegenerative"
    r"|degenerative\s+(?:nerve|neurological)\s+disease)\b"
)
# Short or broad words ("ms", "cancer") only count inside a worried question.
_FEAR_FRAME = (
    r"(?:is\s+(?:it|this|that)|could\s+(?:it|this|that)\s+be|might\s+(?:it|this|that)\s+be"
    r"|(?:it|this|that)\s+(?:could|might|must)\s+be|(?:do|could|might)\s+i\s+have"
    r"|have\s+i\s+got|i\s+(?:think\s+i\s+)?(?:have|got)"
    r"|what\s+if\s+(?:it\s+is|its|this\s+is|i\s+have|i\s+got)"
    r"|(?:scared|afraid|terrified|worried|convinced|sure|certain|paranoid|fear)\s+"
    r"(?:of|about|that|it\s+is|its|i\s+have|i\s+got|i\s+might\s+have)"
    r"|signs?\s+of|symptoms?\s+of|early\s+stages?\s+of|dying\s+(?:of|from))"
)
_HEALTH_ANXIETY = _compile(
    (
        _FEARED_CONDITION,
        rf"\b{_FEAR_FRAME}\s+(?:\w+\s+){{0,2}}?(?:ms|cancer|a\s+tumou?r|tumou?r"
        r"|something\s+(?:serious|sinister|neurological|degenerative|fatal|terminal)"
        r"|nerve\s+damage|a\s+neurological|neurological\s+disease|neuropathy|a\s+stroke)\b",
        r"\bam\s+i\s+dying\b",
        r"\b(?:think|feel\s+like|scared|afraid|worried|convinced|sure)\s+(?:that\s+)?i\s+am\s+dying\b",
        r"\bi\s+am\s+going\s+to\s+die\s+(?:of|from)\b",
        r"\b(?:do|does)\s+not\s+want\s+to\s+die\b",
        r"\bis\s+(?:it|this|that)\s+(?:serious|dangerous|fatal|terminal)\b",
        r"\bsomething\s+(?:seriously|really|very)\s+wrong\s+with\s+me\b",
    )
)


def _red_flags(text: str) -> frozenset[RedFlag]:
    flags = {flag for flag, patterns in _RED_FLAGS.items() if _matches_unnegated(patterns, text)}
    # Spreading twitches alone are common and benign; spreading together with weakness is not.
    if RedFlag.WEAKNESS in flags and _matches_unnegated(_SPREADING, text):
        flags.add(RedFlag.SPREADING_WITH_WEAKNESS)
    if _matches_unnegated(_NUMBNESS, text) and _matches_unnegated(_INJURY, text):
        flags.add(RedFlag.NUMBNESS_AFTER_INJURY)
    return frozenset(flags)


def check_text(text: str) -> SafetyCheck:
    """Classify one message: crisis first, then red flags, then health anxiety."""
    normalised = normalise(text)
    flags = _red_flags(normalised)
    if _matches(_CRISIS, normalised):
        concern = Concern.CRISIS
    elif flags:
        concern = Concern.RED_FLAG
    elif _matches(_HEALTH_ANXIETY, normalised):
        concern = Concern.HEALTH_ANXIETY
    else:
        concern = Concern.NONE
    return SafetyCheck(concern=concern, red_flags=flags)


# --- persistence ----------------------------------------------------------------------------

PERSISTENCE_WINDOW = 14
PERSISTENCE_DAYS = 10
PERSISTENCE_LEVEL = 2  # 0 none, 1 mild, 2 moderate, 3 strong


def needs_clinician_for_persistence(levels_last_14_days: Sequence[int | None]) -> bool:
    """Whether twitching was moderate or strong on at least 10 of the last 14 days.

    Days without a check-in (None) do not count; with fewer than 14 values the missing days are
    treated the same way. Only the last 14 values are read.
    """
    window = levels_last_14_days[-PERSISTENCE_WINDOW:]
    for level in window:
        if level is not None and not 0 <= level <= 3:
            raise ValueError(f"twitch level must be 0-3, got {level}")
    strong_days = sum(1 for level in window if level is not None and level >= PERSISTENCE_LEVEL)
    return strong_days >= PERSISTENCE_DAYS
