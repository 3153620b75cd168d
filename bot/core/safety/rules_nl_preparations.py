"""Dutch preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text ("m'n" and "mijn" both written)."""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_MY = r"(?:mijn|m\s?n|mn|me|onze|ons)"
_KIN = r"(?:zus|zusje|broer|broertje|moeder|mama|mam|ma|vader|papa|pap|pa|vrouw|man|zoon"
_KIN += r"|dochter|kinderen|kids|ouders|familie|vriend|vriendin|beste vriend\w*|partner|buurman"
_KIN += r"|buurvrouw|buren|neef|nicht|oma|opa|kleinzoon|kleindochter|schoonzus|zwager)"
_MY_KIN = rf"{_MY} {_KIN}"
_PET = r"(?:kat|katten|kater|poes|poezen|hond|honden|huisdier\w*|vogel\w*|parkiet\w*|konijn\w*"
_PET += r"|cavia\w*|hamster\w*|vis|vissen|aquarium|paard)"
_THING = (
    rf"(?:{_PET}|spullen|kleren|boeken|gitaar|piano|fiets|auto|scooter|sieraden|ring|ringen"
    r"|horloge|platen|planten|spelletjes|games|console|ps5|playstation|switch|verzameling"
    r"|gereedschap|camera|laptop|computer)"
)

GIVEN_AWAY = _s(
    rf"(?:heb|had|ik heb) (?:\w+ ){{0,3}}?(?:al )?{_MY} (?:\w+ ){{0,2}}?{_THING} (?:\w+ ){{0,5}}?"
    r"(?:weggegeven|weg gegeven|cadeau gegeven|afgestaan|nagelaten|geschonken|overgedaan)\b",
    rf"(?:geef|gaf|gegeven) (?:\w+ ){{0,2}}?(?:al )?{_MY} {_THING} (?:\w+ ){{0,2}}?(?:weg|aan"
    rf" {_MY_KIN})\b(?! (?:\w+ ){{0,3}}?(?:terug|voor (?:een|twee|drie|\d)))",
    rf"{_MY} {_PET} (?:\w+ ){{0,2}}?(?:aan|naar) {_MY_KIN} (?:\w+ )?(?:gegeven|gedaan|overgedaan"
    r"|gebracht|meegegeven)\b",
    rf"(?:een )?(?:nieuw|ander|goed) (?:thuis|baasje|adres) (?:\w+ ){{0,2}}?(?:voor|gevonden voor)"
    rf" {_MY} {_PET}\b",
    rf"{_MY} {_PET} (?:\w+ ){{0,3}}?(?:gaat|woont|blijft|is|komt|zit) (?:nu |voortaan |vanaf nu"
    rf" |straks |voorgoed )?(?:naar|bij) {_MY_KIN}\b",
    rf"{_MY_KIN} (?:\w+ ){{0,2}}?(?:neemt|krijgt|zorgt (?:voortaan |straks )?voor) (?:\w+ )?{_MY}"
    rf" {_PET}\b",
    rf"(?:sleutels?|huissleutel\w*|autosleutel\w*|reservesleutel\w*) (?:\w+ ){{0,4}}?(?:aan|bij)"
    rf" {_MY_KIN} (?:\w+ ){{0,2}}?(?:gegeven|afgegeven|gebracht|achtergelaten)\b",
)
# A move, a clear-out or a holiday: "alles weggegeven aan de kringloop, we verhuizen".
_NOT_A_MOVE = (
    r"(?![^!?]{0,80}?\b(?:verhuis|verhuiz|kringloop|marktplaats|opruim|emigr|vakantie|oppas|logeer"
    r"|weekend)\w*)"
)
GIVEN_AWAY += _s(
    # Set O: "heb net alles weggegeven: sieraden, boeken, de kat naar de buren".
    r"(?:heb|had|ik heb) (?:\w+ ){0,2}?(?:bijna )?(?:alles|al mijn spullen|al m n spullen|de"
    r" meeste spullen) (?:al )?(?:weggegeven|weg gegeven|weggedaan|afgestaan|verdeeld"
    r"|uitgedeeld)\b" + _NOT_A_MOVE,
    rf"(?:de|mijn|m n|mn|onze) {_PET} (?:\w+ )?(?:naar|bij|aan) (?:de )?(?:buren|buurman|buurvrouw"
    r"|overburen)\b(?! (?:\w+ ){0,3}?(?:terug|voor (?:een|twee|drie|\d)|tijdens))" + _NOT_A_MOVE,
)
AFFAIRS = _s(
    r"(?:huur|huren) (?:\w+ ){0,5}?(?:vooruit|vooruitbetaald|van tevoren|alvast|op voorhand)"
    r" (?:\w+ ){0,2}?(?:betaald|overgemaakt)\b",
    r"(?:huur|maanden|maand|weken|jaar) (?:\w+ ){0,3}?vooruit\s?betaald\b",
    r"(?:schulden|lening|leningen|rekeningen|creditcard|rood staan|schuld) (?:\w+ ){0,3}?"
    r"(?:afbetaald|afgelost|betaald|vereffend|opgezegd|afgesloten|opgeheven)\b",
    r"(?:testament|wilsverklaring|levenstestament) (?:\w+ ){0,3}?(?:gemaakt|geschreven|opgesteld"
    r"|getekend|ondertekend|klaar|laten opmaken|aangepast|bij de notaris)\b",
    rf"(?:wachtwoorden|wachtwoord|pincodes?|pin|inloggegevens|codes|papieren|documenten"
    rf"|bankgegevens|map) (?:\w+ ){{0,5}}?(?:voor|aan|naar|bij) {_MY_KIN}\b",
    r"(?:zaken|papieren|administratie|financien|alles) (?:\w+ ){0,2}?(?:op orde|geregeld|"
    r"afgehandeld|uitgezocht) (?:gebracht|gemaakt|gezet)\b",
    r"(?:zaken|papieren|administratie|financien) (?:\w+ ){0,2}?(?:op orde|geregeld|afgehandeld)\b",
    r"(?:alle |al mijn |mijn )(?:abonnementen|contracten|verzekeringen|lidmaatschappen)"
    r" (?:\w+ ){0,2}?opgezegd\b",
    r"(?:alle |al mijn |mijn )(?:accounts|profielen|socials|social media) (?:\w+ ){0,2}?"
    r"(?:verwijderd|gewist)\b",
)
GOODBYES = _s(
    r"(?:afscheids|laatste |afscheid)(?:brief|brieven|bericht|berichten|berichtje|woorden"
    r"|mail|appje|video)\b",
    rf"(?:brief|brieven|briefje|berichten|bericht) (?:\w+ ){{0,3}}?(?:voor|aan) {_MY_KIN} (?:\w+"
    r" ){0,3}?(?:geschreven|achtergelaten|klaargelegd|neergelegd|klaar)\b",
    r"(?:dank|bedankt) (?:je |jullie )?voor alles\b",
    r"(?:heb|ik heb) (?:\w+ ){0,2}?(?:afscheid genomen|gedag gezegd|dag gezegd) (?:van|tegen)"
    r" (?:iedereen|jullie|{m}|{m} \w+)\b".replace("{m}", _MY),
    r"(?:vaarwel|het ga jullie goed|hou je goed) (?:allemaal|iedereen|voor altijd)\b",
)
FINALITY = _s(
    r"(?:alles|het) (?:is |staat )?(?:nu |al )?(?:klaar|geregeld|voorbereid|geregeld|rond)\b"
    r"(?! (?:voor|om|met) (?!morgen|vannacht|straks|daarna)\w)",
    r"(?:ik )?(?:heb )?alles (?:al )?(?:geregeld|voorbereid|klaargezet|afgehandeld|rond)\b"
    r"(?! (?:voor|om|met) (?!morgen|vannacht|straks|daarna)\w)",
    r"(?:heb|hoef) (?:\w+ ){0,3}?(?:niet|niks|niets) (?:meer )?(?:nodig|te hebben) (?:waar|straks"
    r"|binnenkort|als ik)\b|(?:ga|zal) (?:\w+ ){0,3}?(?:niet|niks|niets) meer nodig hebben\b",
    r"waar ik (?:heen )?ga (?:heb|hoef)\b",
    r"zodat (?:niemand|jullie|ze|hij|zij) (?:\w+ ){0,3}?(?:gedoe|problemen|last|werk|zorgen"
    r"|rompslomp|moeite) (?:\w+ )?(?:heeft|hebben|heb|krijgt|krijgen)\b",
    r"(?:het is|is) (?:zo )?beter (?:zo|op deze manier)\b",
    r"(?:ze|jullie|hij|zij|je) (?:zullen|zal|gaan|gaat) het (?:later|ooit|ooit wel|wel|straks)"
    r" (?:\w+ )?begrijpen\b",
    r"als ik er niet meer ben\b|na mijn dood\b|als ik (?:weg|dood) ben\b",
    # Set O: the end set for a time, "morgen is het klaar", "vannacht is het voorbij".
    r"(?:morgen|vanavond|vannacht|straks|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
    r"|dan|binnenkort|overmorgen) is het (?:\w+ )?(?:klaar|voorbij|afgelopen|over|gedaan|af)"
    r" ?(?:[.!?,;:)]|$|voorgoed|voor altijd)",
)

# Sets S, T: keys and pin codes with kin ("mijn broer heeft de sleutels en de pincodes"); a
# message set to go out to everyone; a thing not needed "na zondag".
_DAY = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen"
    r"|het weekend|dit weekend|volgende week)"
)
AFFAIRS += _s(
    rf"{_MY_KIN} (?:\w+ ){{0,2}}?(?:heeft|krijgt|kent|kreeg) (?:nu |al |alle |de |mijn |m n )*"
    r"(?:sleutels|wachtwoorden|pincodes?|codes|bankgegevens|inloggegevens)\b",
    rf"(?:sleutels|wachtwoorden|pincodes?|bankgegevens|inloggegevens) (?:\w+ ){{0,3}}?(?:aan|bij"
    rf"|voor) {_MY_KIN}\b",
)
FINALITY += _s(
    r"(?:mail|mailtje|bericht|berichten|appje|post) (?:\w+ ){0,3}?(?:naar|aan|voor) (?:iedereen"
    r"|allemaal|de hele familie|al mijn vrienden) (?:\w+ ){0,2}?(?:ingepland|gepland|klaargezet"
    r"|ingesteld)\b",
    rf"na {_DAY} (?:heb|hoef|zal) (?:ik )?(?:\w+ ){{0,3}}?(?:niet|niks|niets) meer (?:nodig"
    r"|hebben)\b",
    rf"(?:mag|kan|krijgt) (?:hem|het|ze|die|dat) (?:\w+ )?(?:na|vanaf) {_DAY} (?:hebben|houden"
    r"|krijgen)\b",
)
