"""English passive wishes from set R, asked about: not waking up accepted ("if I don't wake up
tomorrow, that's fine by me"), and a prayer to be taken ("dear God, just take me already").
Over normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END

__all__ = ["WISH"]

WISH = (
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
