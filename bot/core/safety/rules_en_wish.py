"""English passive wishes from set R, asked about: not waking up accepted ("if I don't wake up
tomorrow, that's fine by me"), and a prayer to be taken ("dear God, just take me already").
Round 9, one policy in all languages: a passive wish with no method, plan, intent, time,
preparation or farewell is the first rung of the Columbia scale, and the blind writers label it
ask (33 of 40 rows): hoping or wanting not to wake up, to sleep and never wake, not to exist,
not wanting to be here anymore, "better off if I wasn't here". The other signs still read crisis
through their own rules; "I want to die", "I don't want to live" stay crisis.
Over normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END

_ANYMORE = r"(?:anymore|any\s?more|any\s+longer)"

__all__ = ["WISH"]

WISH = (
    # Not waking up, hoped for or wanted (at the end of a clause: "wake up early" is alarms).
    rf"(?:do\s+not|no\s+longer|never)\s+(?:really\s+|even\s+)?want\s+to\s+wake\s+up(?:\s+(?:again"
    rf"|anymore|any\s+more|tomorrow|ever))?{END}",
    r"(?:do\s+not|no\s+longer|never)\s+want\s+to\s+wake\s+up\s+(?:again|anymore|tomorrow|ever)\b"
    r"(?!\s+(?:at|morning|early|for)\b)",
    r"(?:want|like|wish\s+i\s+could)\s+to\s+(?:go\s+to\s+)?sleep\s+and\s+(?:never|not)\s+(?:ever\s+)?wake"
    r"\s+up\b(?![^.!?]{0,30}\b(?:for|until|till)\b)",
    r"wish\s+i\s+(?:could|would)\s+(?:just\s+)?(?:not|never)\s+wake\s+up\b",
    # Not existing, not being here.
    r"wish\s+i\s+(?:did\s+not|could\s+just\s+not|could\s+not|would\s+not|could)\s+(?:just\s+)?"
    r"(?:not\s+)?exist\b",
    r"want(?<!not\swant)\s+to\s+(?:just\s+)?(?:stop|cease)\s+existing\b",
    r"want\s+to\s+(?:just\s+)?not\s+(?:exist|be\s+here)\b",
    r"(?:do\s+not|does\s+not|no\s+longer|never)\s+(?:really\s+|even\s+|actually\s+)?want\s+to\s+exist"
    r"\b(?!\s+(?:with|in|near|there|at)\b)",
    rf"(?:do\s+not|no\s+longer|not\s+sure\s+(?:if\s+|that\s+)?i)\s+(?:really\s+|even\s+)?want\s+to"
    rf"\s+be\s+(?:here|around)(?:\s+{_ANYMORE}\b|\s+(?:at\s+all|like\s+at\s+all)\b|{END})",
    r"wish\s+i\s+(?:was|were)\s+not\s+(?:here|around)\b",
    r"better\s+off\s+(?:if|when)\s+i\s+(?:was|were|am|m)\s+(?:gone|not\s+(?:here|around))\b",
    r"(?:no|not\s+any|any)\s+(?:will|desire|wish)\s+to\s+live\b",
    # Or the other way round: "it would be a relief if I didn't wake up".
    r"(?:would\s+be|it\s+d\s+be|be|is)\s+(?:\w+\s+)?(?:a\s+relief|easier|better|fine|nice|okay|ok|simpler|peaceful)\s+(?:if\s+i\s+(?:just\s+)?(?:did\s+not|do\s+not|never|would\s+not)\s+(?:ever\s+)?wake\s+up|(?:to\s+)?(?:just\s+)?not\s+(?:to\s+)?wake\s+up)\b(?!\s+(?:the|my|him|her|them|everyone|anyone|early|at|for|until|till|in|before|so|every|with)\b)",
    r"if\s+i\s+(?:do\s+not|did\s+not|never|would\s+not|just\s+do\s+not|just\s+did\s+not)\s+"
    r"(?:ever\s+)?wake\s+up\s+(?:\w+\s+){0,3}?(?:,\s+)?(?:that\s+is|that\s+would\s+be|it\s+is"
    r"|it\s+would\s+be|that\s+d\s+be|i\s+would\s+be|i\s+am|i\s+d\s+be)\s+(?:\w+\s+)?(?:fine"
    r"|ok|okay|alright|a\s+relief|at\s+peace|no\s+loss|not\s+so\s+bad|not\s+the\s+worst)\b",
    r"(?:god|lord|jesus)\s+(?:,\s+)?(?:please\s+)?(?:just\s+)?take\s+me\s+(?:already|now|soon"
    r"|home|away|with\s+(?:you|him|her))\b(?!\s+(?:to|from)\b)",
    rf"(?:god|lord|jesus)\s+(?:,\s+)?(?:please\s+)?(?:just\s+)?take\s+me{END}",
    r"(?:pray|praying|ask\s+god|asking\s+god|beg\s+god)\s+(?:\w+\s+){0,3}?(?:to|that\s+he\s+will"
    r"|he\s+will|he\s+would)\s+take\s+me\b(?!\s+(?:to|through|from)\b)",
)
