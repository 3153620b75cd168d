"""Dutch self-harm happening now (set R): "ik ben nu aan het snijden in mijn arm", burning a
wrist with a lighter, the blade taken again, a head banged against the wall until it bleeds.
Over normalised text, like every rule; shaving or cooking is no such act.
"""

from __future__ import annotations

__all__ = ["HARM_NOW"]

_PART = r"(?:mijn|m\s+n|me)\s+(?:arm|armen|pols|polsen|been|benen|dij|dijen|bovenbeen|huid|buik)"
_TOOL = r"(?:aansteker|mesje|scheermesje|mes|sigaret|stanleymes|puntenslijper|glas)"
_ACCIDENT = r"(?![^.!?]{0,60}\b(?:scheren|koken|oven|pan|strijkijzer|zon|ui|uien)\b)"

HARM_NOW = (
    # "ik ben aan het snijden met een mes" is cooking: the means only with "me" or "mezelf".
    r"(?:ben|zit)\s+(?:me\s+|mezelf\s+)?(?:nu\s+|weer\s+|alweer\s+|net\s+)?aan\s+het\s+"
    rf"(?:snijden|krassen|branden|verwonden)\s+{_ACCIDENT}in\s+{_PART}\b",
    r"(?:ben|zit)\s+(?:me|mezelf)\s+(?:nu\s+|weer\s+|alweer\s+|net\s+)?aan\s+het\s+"
    rf"(?:snijden|krassen|branden|verwonden)\s+{_ACCIDENT}met\s+(?:een|het|de|mijn|m\s+n)\s+{_TOOL}\b",
    rf"(?:zit|lig|sta)\s+(?:nu\s+|weer\s+|alweer\s+)?(?:in\s+{_PART}|mezelf)\s+(?:\w+\s+){{0,2}}?te"
    r"\s+(?:snijden|krassen|branden)\b",
    r"ben\s+me\s+(?:\w+\s+){0,2}?aan\s+het\s+(?:snijden|krassen|branden|verwonden)\b"
    + _ACCIDENT,
    rf"(?:brand|verbrand|snij|kras)\s+(?:\w+\s+){{0,4}}?{_PART}\s+(?:\w+\s+){{0,3}}?met\s+(?:een"
    rf"|het|mijn|m\s+n|de)\s+{_TOOL}\b",
    r"(?:mesje|scheermesje|mesjes)\s+(?:\w+\s+)?(?:weer|alweer|opnieuw)\s+(?:gepakt|tevoorschijn"
    r"|uit)\b",
    r"(?:weer|alweer|opnieuw)\s+(?:het|een|mijn|m\s+n)\s+(?:mesje|scheermesje)\s+(?:gepakt"
    r"|gehaald|tevoorschijn)\b",
    r"(?:bonk|bonkte|sla|beuk|bons|knal)\s+(?:\w+\s+){0,2}?(?:mijn|m\s+n|me)\s+hoofd\s+(?:\w+\s+)"
    r"{0,2}?tegen\s+(?:de|het)\s+(?:muur|deur|vloer)\s+(?:[\w,]+\s+){0,10}?(?:bloedt|bloed"
    r"|kan\s+niet\s+(?:meer\s+)?stoppen)\b",
)
