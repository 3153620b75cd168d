"""Dutch rules for four red flags beside twitching: breathless when lying flat, numbness
climbing over weeks, weight lost without trying, and restlessness, sweating or jerking since a
new medicine. Imported by rules_nl.py.
"""

from __future__ import annotations

from bot.core.safety.verdict import RedFlag as R

_NEG = r"(?:niet|geen|nooit|zonder)"


def _gap(most: int, stop: str = ".!?", also: str = "") -> str:
    """Up to `most` characters that step over no negator ("nieuw middel, geen zweten")."""
    return rf"(?:(?!\b(?:{_NEG}{also})\b)[^{stop}]){{0,{most}}}?"


def _s(*patterns: str) -> tuple[str, ...]:  # a space in the rules below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_MY = r"(?:mijn|mn|m n|de|het|beide|allebei)"
_AIR = (
    r"(?:benauwd\w*|kortademig\w*|(?:geen|nauwelijks|weinig|moeilijk|slecht|amper) (?:meer )?"
    r"(?:lucht|adem)|naar (?:adem|lucht) (?:te )?(?:happ|snak)\w*|buiten adem|ademnood|stik\w*"
    r"|ademhalen (?:\w+ )?(?:moeilijk|zwaar|lastig)|(?:lucht|adem) (?:\w+ )?tekort)"
)
_LYING = (
    r"(?:plat (?:ga |gaan |te )?(?:lig|ligt|liggen|lag|leg|slapen|slaap)|liggend|op (?:mijn|mn"
    r"|m n) rug (?:lig|liggen))"
)
_UPRIGHT = (
    r"(?:(?:met|op) (?:\w+ )?(?:twee|drie|vier|vijf|2|3|4|5|extra|meerdere|veel|een stapel)"
    r" kussens|half rechtop|rechtop|in (?:de|een|mijn|mn) (?:stoel|fauteuil|relax\w*|leunstoel)"
    r"|zittend)"
)
_NUMB = (
    r"(?:doof|dove|doofheid|verdoofd\w*|tinteling\w*|tintel\w*|gevoelloos\w*|gevoel weg"
    r"|geen gevoel"
    r"|prikkel\w*|mierenkriebel\w*|slapend gevoel)"
)
_ABOVE = (
    r"(?:knie\w*|schenen|scheen\w*|dij\w*|bovenbe\w*|enkel\w*|kuit\w*|heup\w*|lies|liezen"
    r"|elleboog\w*|ellebogen|onderarm\w*|bovenarm\w*|schouder\w*|pols\w*|middel|buik)\b"
)
_UNIT = r"(?:kilo|kilos|kg|pond)"
# A diet or sport beside the weight makes it meant: the gap stops there.
_MEANT = (
    r"|dieet\w*|diet\w*|lijn\w*|sport\w*|sportschool|fitness\w*|calorie\w*|vasten|keto|expres"
    r"|bewust|ozempic|wegovy"
)
_UNTRIED = (
    r"(?:zonder (?:\w+ ){0,2}?(?:dieet|dieten|lijnen|reden|te willen|proberen|iets te doen|moeite"
    r"|aanleiding|verklaring|op te letten)|(?:ik )?eet (?:\w+ ){0,2}?(?:normaal|gewoon|als altijd"
    r"|hetzelfde|net zo\s?veel|meer|zoals altijd)|terwijl ik (?:\w+ ){0,3}?eet|niet op dieet"
    r"|geen dieet|onbedoeld|ongewild|vanzelf|weet niet waarom|zomaar|niet expres|niet bewust)"
)
_SEROTONERGIC = (
    r"(?:antidepressiv\w*|antidepressant\w*|ssris?|snris?|sertraline|zoloft|fluoxetine|prozac"
    r"|citalopram|escitalopram|lexapro|paroxetine|seroxat|venlafaxine|efexor|duloxetine|cymbalta"
    r"|mirtazapine|remeron|trazodon\w*|tramadol|tramal|triptan\w*|sumatriptan|rizatriptan"
    r"|zolmitriptan|naratriptan|eletriptan|almotriptan|lithium|linezolid|ondansetron|methadon"
    r"|fentanyl|sint janskruid)\b"
)
_GENERIC = (
    r"(?:medicijn\w*|medicatie|medicament\w*|pil|pillen|pilletjes|tabletten|tablet|middel\w*"
    r"|dosis)\b"
)
_REACTION = (
    r"(?:onrust\w*|onrustig|zweet\w*|zweten|zwete\w*|transpir\w*|schok\w*|tril\w*|ril\w*|koorts\w*"
    r"|(?:kan|kon) (?:\w+ )?(?:niet|nauwelijks) (?:meer )?stil\s?(?:zitten|liggen|staan)|pupillen"
    r"|spiertrek\w*|trekking\w*|trekken|trekt|kramp\w*|geagiteerd|opgefokt|gejaagd|rusteloos"
    r"|opgejaagd|hyper)"
)
_CHANGE = (
    r"(?:nieuwe?|net|begonnen|beginnen|gestart|starten|overgezet|omgezet|verhoogd|opgehoogd"
    r"|verdubbeld|erbij|erbij gekregen|voorgeschreven(?<!zoals\svoorgeschreven)"
    r"(?<!volgens\svoorgeschreven)|sinds (?:\d+|een|twee|drie|vier|vijf|zes"
    r"|paar|enkele) (?:dagen|dag|week|weken)|sinds (?:kort|gisteren|maandag|dinsdag|woensdag"
    r"|donderdag|vrijdag|zaterdag|zondag))"
)

RED_FLAGS = {
    R.BREATHLESS_LYING_FLAT: _s(
        rf"orthopnoe\w*\b|{_LYING}\b{_gap(60)}{_AIR}|{_AIR}{_gap(40)}(?:als|zodra|wanneer|bij het"
        r"|als ik|zodra ik) (?:\w+ )?(?:plat|liggen)\b",
        r"(?:kan|kon) (?:\w+ ){0,4}?(?:niet|nauwelijks) (?:meer )?plat (?:\w+ )?(?:liggen"
        r"|slapen)"
        rf"\b(?:{_gap(90, '!?')}(?:{_AIR}|{_UPRIGHT})|(?: ,)? (?:\w+ )?zonder (?:\w+ )?(?:benauwd"
        r"|kortademig|naar adem|buiten adem|te stikken))",
        rf"plat (?:liggen|slapen) (?:gaat|lukt) (?:\w+ )?niet (?:meer )?{_gap(60)}{_AIR}",
        rf"(?:slaap|slapen|sliep|moet) (?:\w+ ){{0,5}}?{_UPRIGHT}{_gap(60)}{_AIR}"
        rf"|{_AIR}{_gap(80)}(?:slaap|slapen|sliep|moet) (?:\w+ ){{0,5}}?{_UPRIGHT}",
    ),
    R.NUMBNESS_SPREADING: _s(
        rf"{_NUMB}\b{_gap(90)}(?:omhoog|hoger|naar boven|opwaarts|verspreid\w*|breidt (?:zich )?"
        rf"(?:(?!{_NEG}\b)\w+ )?uit|uitgebreid|kruipt|kruipen|gekropen|trekt op|opgetrokken)\b",
        rf"{_NUMB}\b{_gap(90)}(?:begon|begonnen|eerst|startte|gestart)\b{_gap(90)}(?:nu|inmiddels"
        rf"|intussen|ondertussen|al)\b{_gap(40)}(?:tot|in|aan|bij|op) (?:\w+ ){{0,2}}?{_ABOVE}",
    ),
    R.WEIGHT_LOSS: _s(
        rf"{_UNIT} (?:(?!(?:{_MEANT[1:]})\b)\w+ ){{0,4}}?(?:afgevallen|kwijt|verloren|minder"
        r"|lichter|eraf|af)\b"
        rf"{_gap(80, also=_MEANT)}{_UNTRIED}",
        r"(?:afgevallen|gewicht verloren|aan het afvallen|val af|val ik af) (?:\w+ ){0,2}?"
        r"(?:zonder (?:\w+ ){0,2}?(?:het te willen|te willen|reden|dieet|lijnen|moeite"
        r"|aanleiding"
        r"|iets te doen)|terwijl ik (?:\w+ ){0,3}?eet)|(?:ongewild|onbedoeld|zomaar"
        r"|onverklaarbaar"
        r"|ongewenst) (?:\w+ ){0,3}?(?:afgevallen|gewichtsverlies|kilo kwijt|kilos kwijt)"
        r"|gewichtsverlies zonder\b",
    ),
    R.NEW_MEDICINE: _s(
        rf"{_CHANGE} {_gap(60)}{_SEROTONERGIC}{_gap(160, '!?')}{_REACTION}",
        rf"{_SEROTONERGIC} (?:\w+ ){{0,4}}?(?:erbij|begonnen|gestart|verhoogd|nieuw|gekregen"
        rf"|voorgeschreven(?<!zoals\svoorgeschreven)|sinds)\b{_gap(160, '!?')}{_REACTION}",
        r"(?:nieuwe?|andere|overgezet|verhoogd\w*|hogere"
        rf"|verdubbeld\w*) (?:\w+ ){{0,2}}?{_GENERIC}"
        rf"{_gap(160, '!?')}{_REACTION}",
        r"(?:medicijn\w*|medicatie|dosis|tabletten) (?:\w+ ){0,3}?(?:verhoogd|aangepast"
        r"|veranderd"
        rf"|gewisseld|omgezet|verdubbeld)\b{_gap(160, '!?')}{_REACTION}",
    ),
}
