"""Dutch: someone at the edge now, and the last preparations made with a decision, a crisis
(ruleset.LanguageRules.crisis), over normalised text. From sets S and T.

At the edge: "zit op het dak van de parkeergarage met mijn benen over de rand", the wrong side
of a bridge's railing, a balcony railing sat on floors up, "sta op het spoor, om 0:40 komt de
laatste trein", "ik kijk al een uur naar de reling van de brug, hoog genoeg", "schrijf dit
zodat iemand weet waar ik ben" from a high place, "ik doe niks doms, maar ik sta elke avond op
de brug", and a crash into a bridge pillar without a seatbelt that will look like an accident.

Done and decided: pills kept and counted ("het zijn er genoeg"), a goodbye the other did not
notice, "morgen ga ik voor de trein" (but "ik ga voor de trein van 8 uur", "voor de trein in
plaats van de auto" is choosing the train), a stone in the backpack with the river or tonight,
and how many pills until one's heart stops, or "ik heb het besloten" after a dose question.
"""

from __future__ import annotations

from bot.core.safety.common import spaced as _s

__all__ = ["DECIDED", "EDGE"]



_HIGH = (
    r"(?:dak|daken|dakrand|parkeergarage|parkeerdek|brug|snelwegbrug|spoorbrug|viaduct|toren"
    r"|flat|klif|balkon|balkonreling|reling|balustrade|borstwering)\w*"
)
_TRACK = r"(?:spoor|spoorweg|rails|overweg|spoorlijn|spoorbaan|treinrails|spoordijk)"
_PILL = (
    r"(?:pillen|tabletten|slaappillen|slaaptabletten|medicijnen|medicatie|paracetamol|oxazepam"
    r"|temazepam|lorazepam|diazepam|insuline|morfine|oxycodon|tramadol)"
)
_I_AM = r"(?:sta|zit|lig|ben|wacht|hang)"
_FEET = (
    r"(?:benen|voeten|been|voet) (?:\w+ ){0,2}?(?:bungelend |bungelen )?over (?:de|het) (?:rand"
    r"|reling|dakrand|balustrade|borstwering|afgrond)\b"
)
_SO_SOMEONE_KNOWS = (
    r"zodat (?:\w+ ){0,2}?(?:iemand|jullie|je|jij|men|er iemand|mensen) (?:\w+ )?(?:weet|weten)"
    r" waar ik (?:ben|zit|lig|sta|was)"
)
_CRASH_INTO = (
    r"tegen (?:een|de|het|die) (?:\w+ )?(?:brugpijler|pijler|boom|muur|vrachtwagen|betonblok"
    r"|viaduct|vangrail)\w*\b"
)
_LOOKS_ACCIDENT = (
    r"(?:(?:lijkt|lijken|uitziet|uitzien|eruitziet|eruit ziet) (?:\w+ ){0,3}?(?:als )?(?:een"
    r" )?ongeluk|als (?:een )?ongeluk (?:lijkt|uitziet|eruitziet))\b"
)
_LATER = r"(?:straks|vanavond|vannacht|morgen|zo meteen|ga|zal|ik rij|rij ik)"

EDGE = _s(
    # "op het dak van de parkeergarage met mijn benen over de rand"
    rf"{_HIGH}\b[^?]{{0,100}}?\b{_FEET}",
    rf"{_FEET}[^?]{{0,100}}?\b{_HIGH}\b",
    # On the wrong side of the railing, or climbed over it.
    r"(?:aan|op) de (?:verkeerde|andere|buiten)\s?kant van de (?:\w+ )?(?:reling|balustrade"
    r"|leuning|railing|borstwering)\b",
    r"over de (?:\w+ )?(?:reling|balustrade|leuning|borstwering) (?:geklommen|gestapt"
    r"|geklauterd)\b",
    # "zit op de balkonreling, 7e verdieping"
    rf"{_I_AM} (?:\w+ ){{0,2}}?op (?:de|het|mijn|m n|mn) (?:balkonreling|reling|balustrade"
    r"|borstwering|vensterbank|dakrand|rand)\b[^?]{0,60}?(?:\d+\s?(?:e|de|ste)? (?:verdieping"
    r"|hoog)|verdieping|waait|wind\b|hoog)",
    # "ik kijk al een uur naar de reling van de brug, hoog genoeg"; "morgen is het zover"
    rf"(?:kijk|staar|sta|zit)\w* (?:\w+ ){{0,5}}?(?:naar|op|bij|over) (?:de|het) (?:\w+ )?"
    rf"(?:{_HIGH}|{_TRACK})\b[^?]{{0,100}}?(?:hoog genoeg|diep genoeg|(?:morgen|vanavond|vannacht"
    r"|vandaag) is het zover|het is zover)\b(?! (?:voor|om)\b)",
    # "sta op het spoor, om 0:40 komt de laatste trein"
    rf"{_I_AM} (?:\w+ ){{0,3}}?(?:op|bij|naast|aan|langs) (?:het|de) (?:\w+ )?{_TRACK}\b[^?]"
    r"{0,100}?laatste (?:\w+ )?(?:trein|goederentrein|intercity|sprinter)\b",
    # "schrijf dit zodat iemand weet waar ik ben", from a roof, a bridge or the tracks.
    rf"{_HIGH}\b[^?]{{0,100}}?\b{_SO_SOMEONE_KNOWS}\b",
    rf"{_SO_SOMEONE_KNOWS}\b[^?]{{0,60}}?\b(?:{_HIGH}|{_TRACK})\b",
    # "ik doe niks doms, maar ik sta elke avond op de brug"
    r"(?:doe|ga|zal) (?:ik )?(?:echt |heus |zeker )?(?:niks|niets|geen) (?:doms|stoms|geks|domme"
    r" dingen|stomme dingen)\b[^?]{0,40}?\b(?:maar|alleen)\b[^?]{0,60}?\b(?:sta|ga|zit|fiets"
    rf"|loop|rij)\w* (?:\w+ ){{0,4}}?(?:op|naar|bij|aan) (?:de|het) (?:\w+ )?"
    rf"(?:{_HIGH}|{_TRACK})\b",
    # A crash planned to look like an accident, or without a seatbelt later on.
    rf"{_CRASH_INTO}[^?]{{0,120}}?\b{_LOOKS_ACCIDENT}",
    rf"{_LOOKS_ACCIDENT}[^?]{{0,120}}?\b{_CRASH_INTO}",
    rf"{_LATER}\b[^?]{{0,60}}?\bzonder (?:\w+ )?gordel\b[^?]{{0,40}}?\b{_CRASH_INTO}",
    rf"{_LATER}\b[^?]{{0,60}}?\b{_CRASH_INTO}[^?]{{0,40}}?\bzonder (?:\w+ )?gordel\b",
)

DECIDED = _s(
    # Pills kept, then counted or "het zijn er genoeg".
    rf"{_PILL}\b[^?]{{0,60}}?\b(?:bewaard|gespaard|verzameld|opgespaard|achtergehouden"
    r"|verstopt|gehamsterd|opgepot|gehouden)\b[^?]{0,80}?(?:tel ze (?:elke|iedere|nog|weer|elk)"
    r"|(?:het )?zijn er (?:nu |inmiddels |ruim |meer dan )?genoeg\s*(?:[.!,]|$))",
    # A goodbye the other did not notice.
    r"afscheid (?:\w+ ){0,2}?genomen\b[^?]{0,40}?zonder dat (?:ze|hij|zij|iemand|die|mijn \w+"
    r"|m n \w+) (?:\w+ ){0,2}?(?:doorhad|doorhadden|door had|merkte|merkten|wist|wisten|besefte"
    r"|snapte)\b",
    # "morgen ga ik voor de trein": not the train chosen ("van 8 uur", "in plaats van de auto").
    r"(?:spring|stap|gooi|leg|loop) (?:ik )?(?:me |mezelf )?voor (?:de|een) (?:\w+ )?(?:trein"
    r"|sneltrein|intercity|metro|tram|vrachtwagen)\b",
    r"(?:morgen|vanavond|vannacht|straks|dan|zaterdag|zondag) ga ik voor (?:de|een) (?:trein"
    r"|metro|tram)\b(?! (?:van|om|naar|in|ipv|i p v|terug|richting|uit|met|is|want|omdat)\b)"
    r"(?![^.!?]{0,40}\b(?:auto|fiets|bus|kiezen|gekozen|plaats|sneller|goedkoper|handiger"
    r"|makkelijker|beter|liever)\b)",
    # A stone in the backpack, with the river or tonight.
    r"(?:steen|stenen|keien|baksteen|bakstenen|gewichten) (?:\w+ ){0,3}?in (?:mijn|m n|mn|de)"
    r" (?:rugzak|zakken|jaszakken|tas|jas)\b[^?]{0,100}?\b(?:rivier|water|kanaal|gracht|meer|zee"
    r"|brug|vanavond|vannacht|leie|schelde|maas|ijssel|rijn|waal|amstel)\b",
    r"(?:rivier|water|kanaal|gracht|meer|zee|brug|vanavond|vannacht|leie|schelde|maas|ijssel"
    r"|rijn|waal|amstel)\b[^?]{0,100}?\b(?:steen|stenen|keien|baksteen|bakstenen|gewichten)"
    r" (?:\w+ ){0,3}?in (?:mijn|m n|mn|de) (?:rugzak|zakken|jaszakken|tas|jas)\b",
    # "hoeveel paracetamol tot mijn hart stopt", or "ik heb het besloten" after a dose question.
    rf"hoeveel (?:\w+ ){{0,3}}?{_PILL}\b[^?]{{0,40}}?(?:tot|voordat|voor|zodat|dat) (?:mijn|m n"
    r"|mn|het) hart (?:\w+ )?(?:stopt|stilstaat|stil staat|ophoudt|het begeeft)\b",
    rf"hoeveel (?:\w+ ){{0,3}}?{_PILL}\b[^.!]{{0,60}}?\?[^?]{{0,100}}?\b(?:ik heb (?:het )?"
    r"besloten|(?:het )?besluit (?:staat vast|is genomen)|ik ben eruit)(?: nu| al)?\s*(?:[.!,]|$)",
)
