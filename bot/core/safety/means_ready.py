"""Crisis (ruleset.LanguageRules.crisis) in en, de, nl, tr, over normalised text: the means kept
at hand behind a denial ("I won't do anything stupid, but the pills are in my bedside drawer",
set S: "ik doe niks doms hoor, maar… ik tel ze elke avond"), and a lethal dose looked up with a
day set ("ich hab die tödliche Dosis nachgeschaut und mir Samstag ausgesucht"). Each rule needs
both parts: a denial alone, pills in a drawer alone, or a lethal dose of caffeine (blanked with
the idioms, caffeine_idioms.py) are not a crisis."""

from __future__ import annotations

__all__ = ["MEANS_READY"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


# en
_EN_DENIAL = (
    r"(?:(?:will not|wont|won t|not going to|not gonna|never|would not|would never|am not going"
    r" to|m not going to) (?:do )?(?:anything|something|nothing|owt|smth) (?:stupid|dumb|silly"
    r"|crazy|rash|drastic|daft)|(?:will not|wont|not going to|not gonna|would never) (?:hurt"
    r"|harm) (?:myself|my self))"
)
_EN_MEANS = (
    r"(?:pills|tablets|meds|sleeping pills|painkillers|paracetamol|rope|noose|knife|blade|blades"
    r"|razor|razors|gun|pistol|rifle|bottle)"
)
_EN_AT_HAND = (
    r"(?:bedside|nightstand|night stand|night table|drawer|under (?:my |the )?(?:pillow|bed"
    r"|mattress)|next to (?:my |the )?bed|by (?:my |the )?bed|in (?:my |the )?(?:bag|pocket"
    r"|glovebox|car))"
)
_EN_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this weekend"
    r"|the weekend|next week|the \d+(?:st|nd|rd|th)?|my birthday)"
)

# de
_DE_DENIAL = (
    r"(?:(?:mach|mache|tu|tue|werd|werde)\w* (?:\w+ )?(?:schon |echt |wirklich )?(?:nix|nichts"
    r"|keinen|keine) (?:dummes|blodes|bloedes|bloedsinn|blodsinn|quatsch|dummheiten"
    r"|unuberlegtes)|tu mir (?:schon |echt )?(?:nix|nichts) an)"
)
_DE_MEANS = (
    r"(?:tabletten|pillen|schlaftabletten|medikamente|strick|seil|messer|klinge|klingen"
    r"|rasierklingen|pistole|waffe|gewehr|flasche)"
)
_DE_AT_HAND = (
    r"(?:nachttisch\w*|nachtschrank\w*|nachtkastchen|schublade|unterm kissen|unter dem kissen"
    r"|unterm bett|unter dem bett|neben dem bett|neben meinem bett|handschuhfach|rucksack)"
)
_DE_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|ubermorgen"
    r"|wochenende|heute nacht|heute abend|nachste woche|geburtstag)"
)
_DE_LOOKED = (
    r"(?:nachgeschaut|nachgeguckt|nachgesehen|nachgelesen|gegoogelt|gegoogled|recherchiert"
    r"|ausgerechnet|rausgefunden|rausgesucht|gesucht|geschaut)"
)

# nl
_NL_DENIAL = (
    r"(?:(?:doe|ga|zal) (?:ik )?(?:echt |heus |zeker )?(?:niks|niets|geen) (?:doms|stoms|geks"
    r"|domme dingen|stomme dingen)|doe (?:mezelf|mijzelf) (?:echt )?(?:niks|niets) aan)"
)
_NL_MEANS = (
    r"(?:pillen|tabletten|slaappillen|medicijnen|touw|strop|mes|mesje|mesjes|scheermesjes"
    r"|pistool|wapen|geweer|fles)"
)
_NL_AT_HAND = (
    r"(?:nachtkast\w*|la|lade|laatje|onder (?:mijn |m n |het )?(?:kussen|bed|matras)|naast"
    r" (?:mijn |m n |het )?bed|handschoenenkastje|rugzak)"
)
_NL_DAY = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|vannacht"
    r"|vanavond|dit weekend|volgende week|mijn verjaardag)"
)
_NL_LOOKED = (
    r"(?:opgezocht|gegoogeld|gegoogled|uitgezocht|nagezocht|uitgerekend|gezocht|nagekeken)"
)

# tr
_TR_DENIAL = (
    r"(?:(?:aptalca|aptal|sacma|kotu|delice) (?:bir |bi )?(?:sey|bisey) (?:yapmayacagim"
    r"|yapmicam|yapmam|yapmiyorum|yapmayacam)|kendime (?:bir sey |bisey )?yapmayacagim)"
)
_TR_MEANS = r"(?:hap|haplar|ilac|ilaclar|ip|bicak|jilet|jiletler|silah|tabanca|tufek)\w*"
_TR_AT_HAND = (
    r"(?:komodin\w*|cekmece\w*|yastig\w*|yatag\w*|basucu\w*|canta\w*|torpido\w*)"
)
_TR_DAY = (
    r"(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|yarin|bu gece|bu aksam"
    r"|hafta sonu|dogum gunum)\w*"
)

MEANS_READY: dict[str, tuple[str, ...]] = {
    "en": _s(
        rf"{_EN_DENIAL}\b[^?]{{0,60}}?\b(?:but|though|just|only)\b[^?]{{0,80}}?\b{_EN_MEANS}\b"
        rf"[^.!?]{{0,40}}?\b{_EN_AT_HAND}\b",
        rf"{_EN_MEANS} (?:\w+ ){{0,4}}?{_EN_AT_HAND}\b[^?]{{0,80}}?\b{_EN_DENIAL}\b",
        rf"(?:looked up|googled|searched|checked|researched|worked out|found out|calculated)"
        rf" (?:\w+ ){{0,4}}?(?:lethal|fatal|deadly) (?:dose|amount)\b[^?]{{0,80}}?\b(?:picked"
        rf"|chose|chosen|set|decided on|settled on|it s|it is|doing it|do it)"
        rf" (?:\w+ )?{_EN_DAY}\b",
    ),
    "de": _s(
        rf"{_DE_DENIAL}\b[^?]{{0,60}}?\b(?:aber|nur|bloss)\b[^?]{{0,80}}?\b{_DE_MEANS}\b"
        rf"[^.!?]{{0,40}}?\b{_DE_AT_HAND}\b",
        rf"{_DE_MEANS} (?:\w+ ){{0,4}}?{_DE_AT_HAND}\b[^?]{{0,80}}?\b{_DE_DENIAL}\b",
        rf"(?:todliche|toedliche|letale) (?:dosis|menge)\b[^?]{{0,40}}?\b{_DE_LOOKED}\b"
        rf"[^?]{{0,80}}?\b{_DE_DAY}\b",
        rf"{_DE_LOOKED} (?:\w+ ){{0,4}}?(?:todliche|toedliche|letale) (?:dosis|menge)\b"
        rf"[^?]{{0,80}}?\b{_DE_DAY}\b",
    ),
    "nl": _s(
        rf"{_NL_DENIAL}\b[^?]{{0,60}}?\b(?:maar|alleen)\b[^?]{{0,80}}?\b{_NL_MEANS}\b"
        rf"[^.!?]{{0,40}}?\b{_NL_AT_HAND}\b",
        rf"{_NL_MEANS} (?:\w+ ){{0,4}}?{_NL_AT_HAND}\b[^?]{{0,80}}?\b{_NL_DENIAL}\b",
        rf"{_NL_LOOKED} (?:\w+ ){{0,4}}?(?:dodelijke|letale) (?:dosis|hoeveelheid)\b[^?]{{0,80}}?"
        rf"\b{_NL_DAY}\b",
        rf"(?:dodelijke|letale) (?:dosis|hoeveelheid)\b[^?]{{0,40}}?\b{_NL_LOOKED}\b[^?]{{0,80}}?"
        rf"\b{_NL_DAY}\b",
    ),
    "tr": _s(
        rf"{_TR_DENIAL}\b[^?]{{0,60}}?\b(?:ama|fakat|sadece)\b[^?]{{0,80}}?\b{_TR_MEANS}"
        rf"[^.!?]{{0,40}}?\b{_TR_AT_HAND}",
        rf"{_TR_MEANS} (?:\w+ ){{0,4}}?{_TR_AT_HAND}[^?]{{0,80}}?\b{_TR_DENIAL}\b",
    ),
}
