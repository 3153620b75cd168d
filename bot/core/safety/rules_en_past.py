"""English: a stroke told as past and self-harm long over, whose words are blanked before the
rules run (ruleset.LanguageRules.idioms), over normalised text.
"""

from __future__ import annotations

__all__ = ["PAST"]

# A stroke told as past: "my brother in law had a stroke back in 2019, face drooped and
# everything, hes fine now". Its signs are blanked when a time long past or a recovery goes
# with them and nothing between says it is now ("now his face is drooping again" stays).
_STROKE_NOW = (
    r"(?:now|again|today|tonight|this|just|suddenly|currently|right|is|are|keeps|started"
    r"|starting|still|minutes?|hours?)"
)
_STROKE_GAP = rf"(?:(?!\b{_STROKE_NOW}\b)[^.!?]){{0,60}}?"
_STROKE_SIGN = (
    r"(?:drooped|droopy|drooping|sagged|sagging|lopsided|crooked|hung|slurred|paraly[sz]ed|went"
    r" numb|could not (?:speak|talk|move|walk))\b"
)
_STROKE_PAST = (
    r"(?:back in|in (?:19|20)\d\d|years? (?:ago|back)|decades? ago|last (?:year|summer|winter"
    r"|spring|autumn|fall|month)|ago|when (?:i|he|she|we) (?:was|were))\b"
)
_STROKE_RECOVERED = (
    r"(?=[^?]{0,120}?\b(?:fine now|ok now|okay now|recovered|full recovery|back to normal|right"
    r" as rain|doing (?:great|well|fine)|good as new|bounced back|lived (?:\w+ )?(?:years|ages"
    r"|long)|still (?:goes|drives|plays|walks|works|beats))\b)"
)
_HAD_STROKE = r"(?:had(?<!just\shad)|suffered|survived) (?:\w+ ){0,2}?strokes?\b"
# Self-harm told as long over: "i used to self harm, havent in 15 years, therapy helped".
_HARM_OVER = (
    r"(?=[^?]{0,120}?\b(?:have not (?:since|in (?:\w+ ){0,2}?years|for (?:\w+ ){0,2}?years)"
    r"|(?:\w+ ){0,2}?years? clean|clean (?:for|since)|therapy (?:\w+ ){0,2}?(?:helped|worked)"
    r"|(?:fine|good|well|better|great) now|not (?:anymore|any more)|in recovery|recovered)\b)"
    r"(?![^?]{0,160}?\b(?:again|relapsed|last night|tonight|yesterday|urges?|started)\b)"
)

PAST = (
    _HAD_STROKE + _STROKE_GAP + _STROKE_SIGN + _STROKE_RECOVERED,
    _HAD_STROKE + _STROKE_GAP + _STROKE_PAST + _STROKE_GAP + _STROKE_SIGN,
    _STROKE_PAST + _STROKE_GAP + r"strokes?\b" + _STROKE_GAP + _STROKE_SIGN,
    r"(?:used\s+to|would|was)\s+(?:self[\s-]?harm\w*|cut\w*(?:\s+myself)?|hurt\w*\s+myself"
    r"|burn\w*\s+myself)\b" + _HARM_OVER,
)
