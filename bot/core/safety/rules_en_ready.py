"""English: a gun made ready (loaded, on the table, by the bed) and a time or an end said in
the same breath, or a height judged from up there, a crisis (ruleset.LanguageRules.crisis),
over normalised text."""

from __future__ import annotations

from bot.core.safety.common import looked_up
from bot.core.safety.means_ready import MEANS_READY

__all__ = ["GUN_READY", "HEIGHT_READY", "LOOKED_ANYWAY"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


# A gun, and what makes readying it a crisis: a time set or an end said after it.
_GUN = r"(?:gun|rifle|shotgun|pistol|revolver|handgun|twelve\s?bore)"
_READY_FOR = (
    r"(?![^.!?]{0,80}?\b(?:for|to|go|going|on) (?:the |a )?(?:hunt|hunting|range|shoot|stalk\w*"
    r"|season|clays?|vermin|foxes|rabbits|pigeons|deer|competition)\b)"
    r"[^!?]{0,120}?\b(?:tonight|today is the day|as good as any|this is it|tired of (?:it"
    r" all|all of it|everything|living)|can not (?:do|take) (?:this|it) (?:anymore|any more)"
    r"|goodbye|before (?:anyone|they|she|he) (?:gets|get|come|comes) (?:home|back)"
    r"|(?:will not|wont|not going to) be (?:around|here|alive)|(?:paperwork|papers|affairs"
    r"|will) (?:\w+ )?in order)\b"
)

GUN_READY = _s(
    # Set M: a gun made ready (loaded, on the table, by the bed) and a time or an end in the
    # same breath ("cleaned the deer rifle and loaded it… tonight is as good as any").
    rf"(?:load|loaded|loading|cleaned|cleaning|got out|took out|dug out|oiled)\b[^.!?]{{0,30}}?"
    rf"\b{_GUN}\b{_READY_FOR}",
    rf"{_GUN}\b[^.!?]{{0,40}}?\b(?:loaded|is ready|ready to go|on the (?:kitchen )?table"
    rf"|by (?:the|my) bed|next to me|in my lap){_READY_FOR}",
)

HEIGHT_READY: tuple[str, ...] = _s(
    # Set Q: up high now, judging whether the drop is enough ("on the roof of the venue…
    # working out if its high enough").
    r"(?:roof|rooftop|edge|ledge|bridge|balcony|top floor|top deck|parapet|cliff|car park"
    r"|multi\s?store?y|overpass|viaduct|tower)\b[^!?]{0,120}?\b(?:if|whether|how) (?:it s |its "
    r"|it is |this is |it would be |it d be |the drop is |the drop s |that is |thats |that s )?"
    r"(?:high|tall|far (?:down )?) enough\b(?! (?:for (?:the|a|my|our) (?:photo|pic|shot|view"
    r"|drone|signal|video))\b)",
)

# "Won't do anything stupid", "not gonna do anything dumb", "i'm not going to hurt myself".
_NOTHING_STUPID = (
    r"(?:(?:will not|wont|won t|not going to|not gonna|never|would not|wouldnt|would never) (?:do"
    r" )?(?:anything|something|nothing|owt|smth) (?:stupid|dumb|silly|crazy|rash|drastic|daft)"
    r"|(?:will not|wont|not going to|not gonna|would never) (?:hurt|harm) (?:myself|my self))"
)
_LOOKED = (
    r"(?:looked up|looked it up|googled|searched|checked|read up|looked at|found out|worked out"
    r"|researched|calculated)"
)
_MEANS = (
    r"(?:how (?:high|tall)|height of|how many (?:floors|storeys|stories|metres|meters|feet|pills"
    r"|tablets|mg|paracetamol|sleeping)|what dose|which dose|lethal|fatal|overdose|\w*bridge\b"
    r"|cliff\b|tower\b|car park\b|multi\s?store?y|railway\b|tracks\b)"
)

LOOKED_ANYWAY = _s(
    # Set O (told in Dutch): acting denied, and a height, a dose or a place looked up all the
    # same ("i won't do anything stupid, i just looked up how high the bridge is").
    rf"{_NOTHING_STUPID}\b[^?]{{0,50}}?\b(?:but|just|only|all i|i just|i only)\b[^?]{{0,50}}?"
    rf"\b{_LOOKED}\b[^?]{{0,50}}?{_MEANS}",
    rf"{_LOOKED}\b[^?]{{0,50}}?{_MEANS}[^?]{{0,80}}?\b{_NOTHING_STUPID}\b",
)

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
HEIGHT_READY += looked_up(
    r"(?:looked\s+up|googled|searched|checked|researched|read\s+up\s+on|worked\s+out)",
    r"(?:(?:from\s+)?(?:which|what)\s+(?:floor|storey|story|height)|how\s+(?:many\s+(?:floors|storeys|stories)|high))",
    r"(?:certain|for\s+sure|guaranteed|fatal|lethal|high\s+enough|(?:you|one|people|a\s+person)\s+(?:die|dies|do\s+not\s+survive|can\s+not\s+survive|would\s+not\s+survive)|no\s+one\s+survives|nobody\s+survives|survivable)",
)

# Sets S, T: the means at the bedside behind a denial, a lethal dose looked up with a day set.
LOOKED_ANYWAY += MEANS_READY["en"]
