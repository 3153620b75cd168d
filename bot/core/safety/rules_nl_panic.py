"""Dutch: a panic attack told by its body and the urge to get out ("in de tram nu, alles draait,
handen prikken, ik moet eruit"), over normalised text (ruleset.LanguageRules.panic; its danger
signs, fainting or chest pain, stay rules_nl.PANIC_DANGER's)."""

from __future__ import annotations

__all__ = ["ATTACK", "SWELLING"]

# The body of an attack: spinning, tingling or pins and needles, trembling, sweating, the heart.
_BODY = (
    r"(?:alles\s+draait|draait\s+alles|draaierig|duizelig|licht\s+in\s+(?:mijn\s+|m\s?n\s+)?hoofd"
    r"|(?:handen|vingers|armen|lippen|gezicht)\s+(?:\w+\s+)?(?:prikken|prikkelen|tintelen|trillen"
    r"|doof)|(?:prikkende|tintelende|trillende)\s+(?:handen|vingers)|tintel\w*|trillen|tril\s+"
    r"helemaal|zweet\w*|klam|benauwd|hyperventil\w*|hart\s+(?:\w+\s+)?(?:bonkt|racet|gaat\s+tekeer)"
    r"|adem\s+(?:\w+\s+)?(?:gaat\s+)?(?:te\s+)?(?:snel|hoog|kort))"
)
# The urge to get out, now: "ik moet eruit", "moet hier weg", "moet naar buiten".
_OUT = (
    r"(?:ik\s+)?(?:moet|wil|moest)\s+(?:hier\s+|nu\s+|echt\s+|gewoon\s+|meteen\s+|direct\s+)*"
    r"(?:eruit|er\s+uit|naar\s+buiten|weg\s+hier|hier\s+weg|weg\s*(?:[.!?,;:)]|$)|uitstappen\s*"
    r"(?:[.!?,;:)]|$))(?!\s+(?:bij|op|om|in|voor|naar)\b)"
)

ATTACK = (
    rf"{_BODY}\b[^!?]{{0,80}}?\b{_OUT}",
    rf"{_OUT}[^!?]{{0,60}}?\b{_BODY}\b",
)

# Swelling of the throat, tongue, lips or face, or wheezing after a sting or a food: beside
# panic words the breathlessness stays an emergency (ruleset.LanguageRules.panic_danger).
SWELLING = (
    r"(?:keel|tong|lippen|lip|gezicht|ogen|mond)\s+(?:\w+\s+){0,2}?(?:zwel\w*|opgezwollen"
    r"|gezwollen|dik)\b|(?:zwelt|zwellen)\s+(?:\w+\s+){0,2}?(?:keel|tong|lippen|gezicht)\b|(?:wesp"
    r"\w*|bij|steek|gestoken|pinda\w*|noten|allergi\w*)\b[^.!?]{0,60}?(?:piep\w*|zwel\w*|bulten)",
)
