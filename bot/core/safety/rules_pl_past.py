"""Polish: a stroke told as past and a game's deaths, whose words are blanked before the rules
run (ruleset.LanguageRules.idioms), over normalised, accent-folded text.
"""

from __future__ import annotations

__all__ = ["PAST"]

# A stroke told as past ("tata miał udar w 2005, twarz krzywa, ale doszedł do siebie"): its
# signs are blanked when a time long past or a recovery goes with them and nothing between
# says it is now ("teraz znowu opada mu twarz" stays).
_STROKE_NOW = r"(?:teraz|znowu|znow|dzis|dzisiaj|nagle|wlasnie|jest|ma|opada|rano|wieczorem)"
_STROKE_GAP = rf"(?:(?!\b{_STROKE_NOW}\b)[^.!?]){{0,60}}?"
_STROKE_WORD = r"(?:udar\w*|wylew\w*)\b"
_STROKE_SIGN = (
    r"(?:krzyw\w*|opadl\w*|opadniet\w*|sparaliz\w*|belkotal\w*|nie\s+mogl\w*\s+(?:mowic|chodzic))"
    r"\b"
)
_STROKE_PAST = (
    r"(?:w\s+(?:19|20)\d\d|(?:lata|lat|rok|miesiace|miesiecy)\s+temu|w\s+zeszlym\s+roku|dawno"
    r"|kiedys|wtedy)\b"
)
_STROKE_RECOVERED = (
    r"(?=[^?]{0,120}?\b(?:doszedl\s+do\s+siebie|doszla\s+do\s+siebie|wyzdrowial\w*|wrocil\w*\s+do"
    r"\s+(?:siebie|formy|zdrowia)|(?:juz\s+)?(?:jest|czuje\s+sie)\s+(?:juz\s+)?(?:dobrze|ok|swietnie)"
    r"|zyl\w*\s+jeszcze|ma\s+sie\s+dobrze)\b)"
)

PAST = (
    r"(?:mial|miala|mieli|przeszedl|przeszla|przebyl|przebyla|dostal|dostala)\s+(?:\w+\s+){0,2}?"
    + _STROKE_WORD
    + _STROKE_GAP
    + _STROKE_SIGN
    + _STROKE_RECOVERED,
    r"(?:mial|miala|mieli|przeszedl|przeszla|przebyl|przebyla|dostal|dostala)\s+(?:\w+\s+){0,2}?"
    + _STROKE_WORD
    + _STROKE_GAP
    + _STROKE_PAST
    + _STROKE_GAP
    + _STROKE_SIGN,
    # Set N: died ten times on the same boss, "nie mogę już" — a game, not one's life.
    r"(?:zginal\w*|zginel\w*|umarl\w*|umieral\w*|padl\w*|przegral\w*|gine)\s+(?:\w+\s+){0,3}?"
    r"(?:razy|raz)\b[^.!?]{0,80}?nie\s+(?:moge|dam\s+rady)\s+(?:juz|wiecej)\b",
)
