"""Crisis (ruleset.LanguageRules.crisis) in en, de, nl, tr, over normalised text: the means kept
at hand behind a denial ("I won't do anything stupid, but the pills are in my bedside drawer",
set S: "ik doe niks doms hoor, maar… ik tel ze elke avond"), and a lethal dose looked up with a
day set ("ich hab die tödliche Dosis nachgeschaut und mir Samstag ausgesucht"). Each rule needs
both parts: a denial alone, pills in a drawer alone, or a lethal dose of caffeine (blanked with
the idioms, caffeine_idioms.py) are not a crisis."""

from __future__ import annotations

from bot.core.safety.common import spaced as _s

__all__ = ["MEANS_READY"]



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

# Sets S, T: pills hoarded and a day set to "do it" ("ik spaar al maanden mijn oxazepam…
# zaterdag… doe ik het"); a rope bought and the place known ("hab mir ein Seil gekauft. weiß
# auch schon wo"); poison or pills and "I know how much is enough"; a gun loaded and lying ready.
_BENZOS = r"oxazepam|diazepam|temazepam|lorazepam|alprazolam"
_EN_PILLS = rf"(?:pills|tablets|meds|sleeping pills|painkillers|{_BENZOS}|oxy\w*|insulin|poison)"
_DE_PILLS = rf"(?:tabletten|pillen|schlaftabletten|medikamente|{_BENZOS}|gift|insulin)"
_NL_PILLS = rf"(?:pillen|tabletten|slaappillen|medicijnen|{_BENZOS}|gif|insuline)"
_TR_PILLS = r"(?:hap|ilac|uyku hap|zehir|insulin)\w*"
_HUNT = r"(?![^.!?]{0,80}\b(?:jagd|ansitz|schiessstand|jacht|schietbaan|av|avda|ava)\b)"
MEANS_READY["en"] += _s(
    rf"(?:saving|saved|stockpil\w*|hoard\w*|collecting|collected|stashing|stashed|keeping"
    rf" back|kept back) (?:up )?(?:\w+ ){{0,3}}?{_EN_PILLS}\b[^?]{{0,120}}?\b{_EN_DAY}\b"
    r"[^?]{0,60}?\b(?:i will do it|i ll do it|i do it|is the day|i take them|i ll take them)\b",
    r"(?:bought|got|buying) (?:a |some |the )?(?:rope|noose|cord)\b[^?]{0,80}?\b(?:already |also"
    r" )?know (?:exactly |just |already )?where\s*(?:[.!,;:]|$)",
    rf"{_EN_PILLS}\b[^?]{{0,100}}?\b(?:i )?know (?:exactly |just )?how (?:much|many) (?:is|are"
    r"|will be) enough\b",
    rf"know (?:exactly )?how much {_EN_PILLS}? ?(?:\w+ )?it takes\b[^?]{{0,150}}?\b(?:slipped"
    r"|took|put|hid|pocketed) (?:a |the |one )?(?:bottle|vial|box|pack)\b",
)
MEANS_READY["de"] += _s(
    rf"(?:sammle|spare|horte|bunkere|gesammelt|gespart|gehortet|gebunkert|aufgehoben)\w*"
    rf" (?:\w+ ){{0,4}}?{_DE_PILLS}\b[^?]{{0,120}}?\b{_DE_DAY}\b[^?]{{0,60}}?\b(?:mach ich es"
    r"|mach ichs|mach ich s|tu ich es|ist es so ?weit|nehm ich sie|nehme ich sie)\b",
    r"(?:seil|strick)\w* (?:\w+ ){0,3}?gekauft\b[^?]{0,80}?\b(?:weiss|weis) (?:\w+ ){0,2}?wo"
    r"\s*(?:[.!,;:]|$)",
    rf"{_DE_PILLS}\b[^?]{{0,100}}?\b(?:ich )?(?:weiss|weis) (?:\w+ )?wie ?viel (?:\w+ )?(?:reicht"
    r"|genug ist)\b",
    rf"(?:gewehr|jagdgewehr|flinte|pistole|revolver|waffe)\w* (?:\w+ ){{0,4}}?geladen\b"
    rf"[^?]{{0,60}}?\b(?:liegt|steht|ist|liegen) (?:\w+ )?bereit\b{_HUNT}",
)
MEANS_READY["nl"] += _s(
    rf"(?:spaar|verzamel|bewaar|hamster|gespaard|verzameld|bewaard)\w* (?:\w+ ){{0,4}}?"
    rf"{_NL_PILLS}\b[^?]{{0,120}}?\b{_NL_DAY}\b[^?]{{0,60}}?\b(?:doe ik het|ga ik het doen"
    r"|neem ik ze|is het zover|is het zo ver)\b",
    r"(?:touw|strop)\w* (?:\w+ ){0,3}?gekocht\b[^?]{0,80}?\bweet (?:\w+ ){0,2}?waar"
    r"\s*(?:[.!,;:]|$)",
    rf"{_NL_PILLS}\b[^?]{{0,100}}?\b(?:ik )?weet (?:\w+ )?hoeveel (?:er )?genoeg (?:is|zijn)\b",
    rf"(?:geweer|jachtgeweer|pistool|revolver|wapen) (?:\w+ ){{0,4}}?geladen\b[^?]{{0,60}}?"
    rf"\b(?:ligt|staat) (?:\w+ )?klaar\b{_HUNT}",
)
MEANS_READY["tr"] += _s(
    rf"{_TR_PILLS} (?:\w+ ){{0,3}}?(?:biriktir|sakla|topla)\w*[^?]{{0,120}}?\b{_TR_DAY}\b"
    r"[^?]{0,60}?(?:yapacagim|yapicam|yapcam|alacagim|icecegim|bitirecegim)\b",
    r"ip (?:\w+ )?(?:aldim|satin aldim)\b[^?]{0,80}?(?:nerede|nerde|nereye|yerini) (?:\w+ ){0,2}?"
    r"(?:biliyorum|belli|buldum|kararlastirdim)\b",
    rf"{_TR_PILLS}[^?]{{0,100}}?\b(?:ne kadar|kac tane)\w* (?:\w+ )?(?:yetecegini|yeterli"
    r" oldugunu) (?:\w+ )?biliyorum\b",
    rf"(?:silah|tufek|tabanca)\w* (?:\w+ ){{0,3}}?(?:doldurdum|dolu)\b[^?]{{0,60}}?\b(?:hazir"
    rf"|yanimda|basucumda)\b{_HUNT}",
)
