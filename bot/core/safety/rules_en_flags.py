"""English rules for four red flags beside twitching: breathless when lying flat, numbness
climbing over weeks, weight lost without trying, and restlessness, sweating or jerking since a
new medicine. Imported by rules_en_body.py.
"""

from __future__ import annotations

from bot.core.safety.verdict import RedFlag as R

# Up to `most` characters within a sentence that step over no negator, so "started sertraline
# and no sweating so far" is not a flag.
_NEG = r"(?:no|not|never|without|nor|neither|none)"


def _gap(most: int, stop: str = ".!?", also: str = "") -> str:
    return rf"(?:(?!\b(?:{_NEG}{also})\b)[^{stop}]){{0,{most}}}?"


def _s(*patterns: str) -> tuple[str, ...]:  # a space in the rules below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_BREATHLESS = (
    r"(?:short of breath|out of breath|breathless\w*|winded|gasp\w*|wheez\w*|suffocat\w*"
    r"|struggl\w* (?:to|for) (?:breathe?|air)|(?:can not|can barely|could not) (?:breathe?"
    r"|get (?:any |enough )?air)|hard to breathe|(?:no|not enough|short of) air|breathing"
    r" (?:is |gets |becomes )?(?:hard|difficult|worse)|choking for air|fighting for air)"
)
_FLAT = (
    r"(?:lie|lay|lying|laying|am lying|go to bed|go to sleep|sleep) (?:down )?(?:flat"
    r"|on my back)\b"
)
_UPRIGHT = (
    r"(?:propped up|sitting up|sat up|upright|(?:on|with|against) (?:like )?(?:three|four|five"
    r"|[2-9]|several|extra|a stack of|a pile of|loads of|lots of) pillows|in (?:a|the|my) (?:arm)?"
    r"(?:chair|recliner))"
)
_NUMB = r"(?:numbness|numb|tingl\w*|pins and needles|dead feeling|no feeling)"
_CLIMB = (
    r"(?:spread\w*|creep\w*|crept|climb\w*|mov(?:ing|ed|es)|travell?\w*|work\w* its way|gone"
    r"|going|goes|go|went|got|getting|come|coming|came|crawl\w*) (?:further |slowly "
    r"|all the way )?"
    r"(?:up|upwards?|higher)\b"
)
_UP_TO = (
    r"(?:up to|up past|up into|past|into|to|reached|reaching|at|in) (?:my |the |both |mid )?"
    r"(?:knees?|shins?|thighs?|hips?|calf|calves|ankles?|elbows?|shoulders?|groin|waist|wrists?"
    r"|forearms?)\b"
)
_AMOUNT = (
    r"(?:\d+(?:\.\d+)?\s*(?:kilos?|kilograms?|kgs?|stone|st|pounds|lbs?)|(?:a|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|half a|nearly a|almost a|over a)"
    r" (?:kilos?|stone|pounds)(?: and a half)?|(?:(?:a lot of|so much|loads of|lots of|a ton of"
    r"|some|a bunch of|heaps of|a fair bit of) )?weight)\b"
)
# A diet or sport beside the weight makes it meant: the gap stops there.
_MEANT = (
    r"|diet\w*|keto|gym|exercis\w*|workout\w*|working out|running|calorie\w*|fasting|purpose"
    r"|slimming|ozempic|wegovy|mounjaro|training"
)
_UNTRIED = (
    r"(?:without (?:trying|dieting|a diet|any diet|meaning to|doing anything|changing anything"
    r"|even trying|wanting to|any reason)|not (?:even |been )?(?:dieting|trying|on a diet)|no diet"
    r"|do not (?:make|do) diet|(?:for )?no (?:reason|idea why)|not sure why|do not know why"
    r"|eat(?:ing)? (?:normal\w*|the same|as usual|same as always|loads|more|like normal"
    r"|the same junk|as much as ever)|nothing (?:has )?changed|have not changed anything"
    r"|unintentional\w*|by accident)"
)
# Serotonergic medicines by name, and the generic words that need "new" or a change beside them.
_SEROTONERGIC = (
    r"(?:antidepressants?|anti depressants?|ssris?|snris?|sertraline|zoloft|fluoxetine|prozac"
    r"|citalopram|escitalopram|lexapro|paroxetine|paxil|seroxat|venlafaxine|effexor|duloxetine"
    r"|cymbalta|mirtazapine|vortioxetine|trazodone|tramadol|triptans?|sumatriptan|rizatriptan"
    r"|zolmitriptan|naratriptan|eletriptan|almotriptan|lithium|linezolid"
    r"|ondansetron|methadone|fentanyl|st johns wort|dextromethorphan|mdma)\b"
)
_GENERIC = r"(?:meds|medication|medications|medicine|medicines|tablets|pills?|tabs|prescription)\b"
_REACTION = (
    r"(?:agitat\w*|restless\w*|sweat\w*|jerk\w*|shiver\w*|fever\w*|temp\w* (?:of |is )?(?:3[89]"
    r"|10[0-4])|(?:can not|could not) (?:sit still|settle|keep still|stay still)|twitch\w*"
    r"|shak(?:ing|y|es)|trembl\w*|jumpy|jittery|wired|pupils (?:\w+ )?(?:huge|big|dilated"
    r"|enormous)"
    r"|spasm\w*|clonus|hot and sweaty|muscles (?:keep )?jump\w*)"
)
_CHANGE = (
    r"(?:new|newly|started|starting|start|began|begun|switched|changed|increased|upped|raised"
    r"|doubled|higher dose|added|adding|put me on|put on|gave me|give me|prescribed)"
)

RED_FLAGS = {
    R.BREATHLESS_LYING_FLAT: _s(
        rf"orthopn\w*\b|{_BREATHLESS} {_gap(40)}(?:when|whenever|if|once|as soon as|every time"
        r"|the moment|unless) (?:i )?(?:\w+ )?(?:lie|lay|am lying|go) (?:down|flat)\b"
        rf"|{_BREATHLESS} (?:\w+ )?(?:lying|laying) (?:down )?(?:flat|on my back)\b",
        r"(?:can not|can no longer|unable to|not able to|can barely) (?:lie|lay|sleep"
        r"|be) (?:down )?"
        rf"flat\b(?:{_gap(90, '!?')}(?:{_BREATHLESS}|{_UPRIGHT})"
        r"| (?:\w+ ){0,3}?without (?:getting |becoming "
        rf"|being |feeling |going |ending up )?{_BREATHLESS})",
        r"(?:lying|laying) (?:down )?flat (?:\w+ )?(?:makes|leaves"
        rf"|gets) me (?:so )?{_BREATHLESS}",
        rf"(?:sleep|sleeping|slept) {_UPRIGHT}{_gap(60)}{_BREATHLESS}|{_BREATHLESS}{_gap(60)}"
        rf"(?:sleep|sleeping|slept|sleep in) {_UPRIGHT}|(?:wake|waking|woke) (?:up )?{_BREATHLESS}"
        rf"{_gap(60)}(?:{_UPRIGHT}|{_FLAT}|sit up)",
    ),
    R.NUMBNESS_SPREADING: _s(
        rf"{_NUMB}\b{_gap(90)}{_CLIMB}|{_NUMB} (?:has |have |is |are |keeps |has been "
        r"|have been )?"
        r"(?:spreading|creeping|climbing|crawling|travell?ing) (?:slowly )?(?:from|through|into"
        r"|up|to"
        r"|over)\b",
        rf"{_NUMB}\b{_gap(70)}(?:started|began|was|first) (?:\w+ ){{0,3}}?(?:in|at|on) (?:my |the"
        rf" |both )?(?:toes?|feet|foot|hands?|fingers?|fingertips)\b{_gap(90)}(?:now|has|have"
        rf"|since|crept|spread|climbed|moved)\b{_gap(40)}{_UP_TO}",
        rf"{_NUMB}\b{_gap(40)}(?:from|in) (?:my |the |both )?(?:toes?|feet|foot|hands?|fingers?)"
        r" (?:up )?(?:to|into) (?:my |the |both )?(?:knees?|shins?|thighs?|hips?|ankles?|elbows?"
        r"|arms?|shoulders?)\b",
    ),
    R.WEIGHT_LOSS: _s(
        r"(?:lost|lose|losing|dropped|dropping|down|shed|shedding) (?:like |about |nearly "
        r"|almost |over |around |roughly |a good "
        rf"|at least )?{_AMOUNT}{_gap(80, also=_MEANT)}{_UNTRIED}",
        r"(?:unexplained|unintentional|unintended|unexpected|unwanted|sudden) weight loss\b"
        r"|weight loss (?:without|for no reason)\b|weight (?:is |keeps )?(?:dropping|falling off"
        rf"|coming off|melting off)\b{_gap(40, also=_MEANT)}{_UNTRIED}",
        r"(?:clothes|jeans|trousers|pants|shirts?|belt|ring) (?:\w+ ){0,3}?(?:hanging|falling"
        r"|slipping) off me\b",
    ),
    R.NEW_MEDICINE: _s(
        rf"{_CHANGE} {_gap(60)}{_SEROTONERGIC}{_gap(160, '!?')}{_REACTION}",
        rf"{_SEROTONERGIC} (?:\w+ ){{0,3}}?(?:since|from|started|starting) {_gap(160, '!?')}"
        rf"{_REACTION}",
        r"(?:new|newly|switched|changed|increased|upped|raised|doubled|higher dose) (?:\w+ )"
        rf"{{0,3}}?{_GENERIC}{_gap(160, '!?')}{_REACTION}",
        r"(?:changed|switched|increased|upped|doubled) (?:my |the |her |his )?(?:meds|medication"
        rf"|medicine|dose)\b{_gap(160, '!?')}{_REACTION}",
    ),
}
