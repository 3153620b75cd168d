"""Dutch: a stroke told as past and self-harm long over, whose words are blanked before the
rules run (ruleset.LanguageRules.idioms), over normalised, accent-folded text.
"""

from __future__ import annotations

__all__ = ["PAST"]

# A stroke told as past ("m'n oom heeft vorig jaar een herseninfarct gehad, scheve mond enzo,
# is nu weer helemaal de oude"): its signs are blanked when a time long past or a recovery
# goes with them and nothing between says it is now ("nu hangt zijn mond weer" stays).
_STROKE_NOW = (
    r"(?:nu|weer|vandaag|vanochtend|vanavond|ineens|opeens|plots|plotseling|net|hangt|is)"
)
_STROKE_GAP = rf"(?:(?!\b{_STROKE_NOW}\b)[^.!?]){{0,60}}?"
_STROKE_WORD = r"(?:herseninfarct|beroerte|hersenbloeding|tia|cva)\b"
_STROKE_SIGN = (
    r"(?:scheve|scheef|hing|hangende|verlamd|verlamming|lalde|kon\s+niet\s+(?:meer\s+)?praten)\b"
)
_STROKE_PAST = (
    r"(?:vorig\s+jaar|vorige\s+(?:zomer|winter|maand)|jaren\s+geleden|jaar\s+geleden|lang"
    r"\s+geleden|in\s+(?:19|20)\d\d|toen\s+(?:ik|hij|zij|ze)\s+\w+\s+was|vroeger)\b"
)
_STROKE_RECOVERED = (
    r"(?=[^?]{0,120}?\b(?:hersteld|de\s+oude|weer\s+(?:helemaal\s+)?(?:beter|gezond|fit|de\s+oude)"
    r"|gaat\s+(?:het\s+)?(?:weer\s+)?(?:goed|prima)|nog\s+(?:\w+\s+)?jaren\s+geleefd)\b)"
)
# Self-harm long over ("deed vroeger aan zelfbeschadiging, al 9 jaar niet meer").
_HARM_OVER = (
    r"(?=[^?]{0,100}?\b(?:al\s+(?:\w+\s+){0,2}?(?:jaar|jaren|maanden)\s+(?:niet\s+meer|clean)"
    r"|(?:is|was)\s+(?:\w+\s+){0,4}?(?:geleden|voorbij)|(?:sinds|al)\s+(?:\w+\s+){0,3}?clean"
    r"|jaar\s+clean)\b)(?![^.!?]{0,100}\b(?:weer|gisteren|vannacht|terugval|opnieuw)\b)"
)

PAST = (
    _STROKE_WORD + _STROKE_GAP + _STROKE_SIGN + _STROKE_RECOVERED,
    _STROKE_WORD + _STROKE_GAP + _STROKE_PAST + _STROKE_GAP + _STROKE_SIGN,
    r"(?:vorig|vorige|jaren|jaar|lang|toen|vroeger)\b"
    + _STROKE_GAP
    + _STROKE_WORD
    + _STROKE_GAP
    + _STROKE_SIGN,
    r"(?:zelfbeschadig\w*|gesneden|gekrast|sneed|kraste)\b" + _HARM_OVER,
)
