"""English: a gun made ready (loaded, on the table, by the bed) and a time or an end said in
the same breath, a crisis (ruleset.LanguageRules.crisis), over normalised text."""

from __future__ import annotations

__all__ = ["GUN_READY"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


# A gun, and what makes readying it a crisis: a time set or an end said after it.
_GUN = r"(?:gun|rifle|shotgun|pistol|revolver|handgun|twelve\s?bore)"
_READY_FOR = (
    r"(?![^.!?]{0,80}?\b(?:for|to|go|going|on) (?:the |a )?(?:hunt|hunting|range|shoot|stalk\w*"
    r"|season|clays?|vermin|foxes|rabbits|pigeons|deer|competition)\b)"
    r"[^!?]{0,120}?\b(?:tonight|today is the day|as good as any|this is it|tired of (?:it"
    r" all|all of it|everything|living)|can not (?:do|take) (?:this|it) (?:anymore|any more)"
    r"|goodbye|before (?:anyone|they|she|he) (?:gets|get|come|comes) (?:home|back))\b"
)

GUN_READY = _s(
    # Set M: a gun made ready (loaded, on the table, by the bed) and a time or an end in the
    # same breath ("cleaned the deer rifle and loaded it… tonight is as good as any").
    rf"(?:load|loaded|loading|cleaned|cleaning|got out|took out|dug out|oiled)\b[^.!?]{{0,30}}?"
    rf"\b{_GUN}\b{_READY_FOR}",
    rf"{_GUN}\b[^.!?]{{0,40}}?\b(?:loaded|is ready|ready to go|on the (?:kitchen )?table"
    rf"|by (?:the|my) bed|next to me|in my lap){_READY_FOR}",
)
