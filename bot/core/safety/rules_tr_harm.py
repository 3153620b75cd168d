"""Turkish self-harm happening now (set R): cutting or burning a wrist or an arm with a blade
or a lighter "şu an", the blade taken out again, a head banged against the wall until it
bleeds. Over normalised text, like every rule.
"""

from __future__ import annotations

__all__ = ["HARM_NOW"]

_PART = r"(?:bilegimi|bileklerimi|kolumu|kollarimi|bacagimi|bacaklarimi|cildimi|kendimi)"
_TOOL = r"(?:cakmakla|jiletle|bicakla|sigarayla|makasla|kalemtirasla|maket\s+bicagiyla|camla)"
_VERB = r"(?:kesiyorum|yakiyorum|jiletliyorum|kesip\s+duruyorum|yakip\s+duruyorum)"

HARM_NOW = (
    rf"{_PART}\s+(?:\w+\s+){{0,2}}?{_TOOL}\s+(?:\w+\s+)?{_VERB}\b",
    rf"{_TOOL}\s+(?:\w+\s+)?{_PART}\s+(?:\w+\s+)?{_VERB}\b",
    rf"(?:su\s+an|su\s+anda|simdi|yine|gene|tekrar)\s+(?:\w+\s+){{0,3}}?{_PART}\s+(?:\w+\s+)?{_VERB}\b",
    rf"{_PART}\s+(?:\w+\s+)?{_VERB}\s+(?:[\w,]+\s+){{0,4}}?(?:duramiyorum|durduramiyorum|kaniyor)\b",
    r"(?:jileti|jiletleri|bicagi|maket\s+bicagini)\s+(?:yine|gene|tekrar|yeniden)\s+(?:cikardim"
    r"|aldim|elime\s+aldim)\b",
    r"(?:yine|gene|tekrar|yeniden)\s+(?:jileti|jiletleri|maket\s+bicagini)\s+(?:cikardim|aldim"
    r"|elime\s+aldim)\b",
    r"kafami\s+(?:\w+\s+)?(?:duvara|yere|kapiya)\s+(?:vuruyorum|vurup\s+duruyorum|carpiyorum"
    r"|vurdum)\s+(?:[\w,]+\s+){0,8}?(?:kaniyor|kan|duramiyorum)\b",
)
