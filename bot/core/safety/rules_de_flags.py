"""German rules for four red flags beside twitching: breathless when lying flat, numbness
climbing over weeks, weight lost without trying, and restlessness, sweating or jerking since a
new medicine. Imported by rules_de_body.py.
"""

from __future__ import annotations

from bot.core.safety.verdict import RedFlag as R

_NEG = r"(?:nicht|kein\w*|nie|niemals|ohne|weder)"


def _gap(most: int, stop: str = ".!?", also: str = "") -> str:
    """Up to `most` characters that step over no negator ("neues Mittel, kein Schwitzen")."""
    return rf"(?:(?!\b(?:{_NEG}{also})\b)[^{stop}]){{0,{most}}}?"


def _s(*patterns: str) -> tuple[str, ...]:  # a space in the rules below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_AIR = (
    r"(?:(?:keine|kaum|schlecht|schwer|wenig|nicht genug) (?:mehr )?luft|luftnot|atemnot"
    r"|kurzatmig\w*"
    r"|atemlos\w*|nach luft (?:schnapp|ring|japs|hechel)\w*|(?:bleibt|geht) mir (?:\w+ )?(?:die "
    r")?(?:luft|puste) weg|erstick\w*|(?:krieg|bekomm)\w* (?:\w+ )?(?:keine|kaum|schlecht) luft"
    r"|atmen (?:\w+ )?(?:schwer|schwerer|kaum))"
)
_LYING = (
    r"(?:flach (?:hin)?(?:liege|liegen|lieg|lege|legen|leg)\w*|flach liegend|im liegen|beim"
    r" (?:flach )?liegen|beim hinlegen|(?:auf dem|auf den) rucken (?:liege|liegend|lege)\w*|liege"
    r" ich flach|lege ich mich (?:\w+ )?(?:flach|hin))"
)
_UPRIGHT = (
    r"(?:(?:mit|auf) (?:\w+ )?(?:zwei|drei|vier|funf|2|3|4|5|mehreren|vielen|extra|einem berg"
    r"|einem stapel) kissen|(?:im|halb) sitzen\w*|halb sitzend|sitzend schlafen|aufrecht|im"
    r" (?:fernseh|ohren|lese)?sessel|aufsetzen|aufrichten)"
)
_NUMB = (
    r"(?:taubheit\w*|taub\w*|kribbel\w*|ameisenlaufen|pelzig\w*|gefuhllos\w*|ameisen|nadelstiche"
    r"|kein gefuhl)"
)
_ABOVE = (
    r"(?:knie|knien|schienbein\w*|oberschenkel\w*|knochel\w*|waden?|hufte\w*|leiste\w*|ellbogen"
    r"|ellenbogen|unterarm\w*|oberarm\w*|schulter\w*|handgelenk\w*|bauch\w*|becken)\b"
)
# Rules begin with a letter: the unit leads ("8 Kilo runter" is matched from "Kilo").
_UNIT = r"(?:kilo|kilos|kg|kgs|kilogramm|pfund)"
_LOST = r"(?:verloren|abgenommen|runter|weniger|leichter|weg)"
# A diet or sport beside the weight makes it meant: the gap stops there.
_MEANT = (
    r"|diat\w*|diaet\w*|sport\w*|fitness\w*|training\w*|trainier\w*|kalorien\w*|fasten\w*"
    r"|intervallfasten|keto|abnehmspritze|ozempic|wegovy|mounjaro|absicht\w*|gewollt"
)
_UNTRIED = (
    r"(?:ohne (?:\w+ )?(?:diat\w*|diaet\w*|absicht|grund|es zu wollen|was zu machen|etwas zu"
    r" (?:machen|tun|andern)|irgendwas|zu wollen|sport|erklarung)|ess\w* (?:\w+ ){0,3}?(?:normal"
    r"|wie immer|genauso|mehr|wie sonst|gleich)|ungewollt\w*|unfreiwillig\w*|unbeabsichtigt"
    r"|(?:hab|habe) (?:nix|nichts) (?:\w+ )?geandert|nicht (?:gewollt|absichtlich|abnehmen wollen)"
    r"|keine diat|obwohl ich (?:\w+ ){0,6}?(?:esse|ess|esse)|weiss nicht (?:warum|wieso|woher)"
    r"|einfach so|ohne zu wollen)"
)
_SEROTONERGIC = (
    r"(?:antidepressiv\w*|antidepressant\w*|ssris?|snris?|sertralin\w*|zoloft|fluoxetin\w*|fluctin"
    r"|citalopram|escitalopram|cipralex|paroxetin|venlafaxin|trevilor|duloxetin|cymbalta"
    r"|mirtazapin"
    r"|trazodon|tramadol|tramal|tilidin|triptan\w*|sumatriptan|rizatriptan|zolmitriptan"
    r"|naratriptan"
    r"|eletriptan|almotriptan|lithium|linezolid|ondansetron|methadon|fentanyl|johanniskraut)\b"
)
_GENERIC = r"(?:medikament\w*|tablette\w*|pille\w*|mittel\w*|arznei\w*|medizin|dosis)\b"
_REACTION = (
    r"(?:unruh\w*|schwitz\w*|schweiss\w*|zuck\w*|zitter\w*|schuttel\w*|fieber\w*|zappel\w*"
    r"|hibbel\w*|aufgedreht|aufgekratzt|(?:kann|konnte) (?:\w+ )?(?:nicht|kaum) (?:mehr )?"
    r"(?:stillsitzen|still sitzen|stillhalten|still liegen)|schlagen (?:\w+ )?aus|ausschlag\w*"
    r"|pupillen|krampf\w*|ruckartig\w*|getrieben|nervos\w*|rastlos\w*|wie aufgezogen|zappelig)"
)
_CHANGE = (
    r"(?:neue[nmrs]?|neu|angefangen|anfangen|begonnen|umgestellt|erhoht|hochgesetzt|hochgedreht"
    r"|verdoppelt|dazu|dazubekommen|zusatzlich|verschrieben|verordnet|seit (?:\d+|einer|einem|zwei"
    r"|drei|vier|funf|sechs|paar|ein paar|wenigen) (?:tagen|tag|woche|wochen)|seit (?:kurzem"
    r"|gestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))"
)

RED_FLAGS = {
    R.BREATHLESS_LYING_FLAT: _s(
        rf"orthopno\w*\b|{_LYING}\b{_gap(60)}{_AIR}|{_AIR}{_gap(40)}(?:sobald|wenn|wann|beim|im"
        r"|weil) (?:ich )?(?:mich )?(?:\w+ )?(?:flach|liegen|hinlege|hinlegen)\b",
        r"(?:kann|konnte) (?:\w+ ){0,4}?(?:nicht|kaum) (?:mehr )?flach (?:\w+ )?(?:liegen"
        rf"|schlafen)\b(?:{_gap(90, '!?')}(?:{_AIR}|{_UPRIGHT})"
        r"|(?: ,)? (?:\w+ )?ohne (?:\w+ )?(?:luftnot"
        r"|atemnot|keine luft|nach luft))",
        rf"(?:schlafe|schlaf|schlafen|muss|penn\w*) (?:\w+ ){{0,5}}?{_UPRIGHT}{_gap(60)}{_AIR}"
        rf"|{_AIR}{_gap(80)}(?:schlafe|schlaf|schlafen|muss|penn\w*) (?:\w+ ){{0,5}}?{_UPRIGHT}",
    ),
    R.NUMBNESS_SPREADING: _s(
        rf"{_NUMB}\b{_gap(90)}(?:hoch|hoher|hochgewandert|hochgekrochen|hochgestiegen|hochgezogen"
        rf"|nach oben|aufwarts|ausgebreitet|breitet sich (?:(?!{_NEG}\b)\w+ )?aus|steigt|gestiegen"
        r"|wandert"
        r"|gewandert|kriecht|gekrochen)\b",
        rf"{_NUMB}\b{_gap(90)}(?:angefangen|begonnen|erst|zuerst|anfangs)\b{_gap(90)}(?:jetzt"
        rf"|inzwischen|mittlerweile|schon|nun)\b{_gap(40)}(?:bis|in|an|zu) (?:\w+ )?(?:den |die"
        rf" |zu den |zum |zur )?{_ABOVE}",
    ),
    R.WEIGHT_LOSS: _s(
        rf"{_UNIT} (?:(?!(?:{_MEANT[1:]})\b)\w+ ){{0,4}}?{_LOST}\b{_gap(80, also=_MEANT)}"
        rf"{_UNTRIED}|(?:minus|ganze|habe|hab|hat|schon"
        rf"|bereits|fast|knapp|uber|ca|circa|rund|etwa) (?:\w+ )?\d+(?:[.,]\d+)?\s*{_UNIT}\b"
        rf"(?: (?:(?!(?:{_MEANT[1:]})\b)\w+ ){{0,3}}?{_LOST}\b)?{_gap(80, also=_MEANT)}{_UNTRIED}",
        r"(?:ungewollt\w*|unfreiwillig\w*|unbeabsichtigt\w*|ohne grund|ohne es zu wollen"
        r"|ohne diat"
        r"|einfach so|unerklarlich\w*) (?:\w+ ){0,4}?(?:abgenommen|verloren|gewicht verloren"
        r"|gewichtsverlust|gewichtsabnahme)\b|(?:nehme|nehm|nimmt|nehmen) (?:\w+ ){0,4}?ab\b"
        rf"{_gap(30)}(?:ohne (?:es zu wollen|grund|diat|absicht)|obwohl ich|ungewollt)"
        r"|gewichtsverlust ohne\b|abgenommen ohne (?:\w+ )?(?:diat|grund|absicht|es zu wollen)",
        r"(?:hose|hosen|kleidung|klamotten|sachen|jeans) (?:\w+ ){0,3}?(?:schlackert|schlackern"
        r"|schlottert|schlottern|hangt mir|hangen mir) (?:\w+ )?(?:am leib|an mir|runter)",
    ),
    R.NEW_MEDICINE: _s(
        rf"{_CHANGE} {_gap(60)}{_SEROTONERGIC}{_gap(160, '!?')}{_REACTION}",
        rf"{_SEROTONERGIC} (?:\w+ ){{0,4}}?(?:angefangen|begonnen|bekommen|dazubekommen"
        r"|verschrieben"
        rf"|erhoht|neu|dazu|seit)\b{_gap(160, '!?')}{_REACTION}",
        r"(?:neue[nmrs]?|neu|umgestellt\w*|erhoht\w*|andere[nmrs]?|hoher\w*"
        r"|verdoppelt\w*) (?:\w+ )"
        rf"{{0,2}}?{_GENERIC}{_gap(160, '!?')}{_REACTION}",
        r"(?:medikament\w*|tabletten|dosis) (?:\w+ ){0,3}?(?:umgestellt|erhoht|geandert"
        rf"|gewechselt|verdoppelt)\b{_gap(160, '!?')}{_REACTION}",
    ),
}
