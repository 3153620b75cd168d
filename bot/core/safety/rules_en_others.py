"""English: another person in danger now (collapsed, not breathing, a seizure) and an overdose
taken, moved out of rules_en.py as they were, to keep that module under its size cap."""

from __future__ import annotations

__all__ = ["OVERDOSE_TAKEN", "SOMEONE_ELSE"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space in the rules below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


# Another person in danger: a person, then what is happening to them.
_SOMEONE = (
    r"(?:he|she|they|husband|wife|partner|dad|father|mum|mom|mother|son|daughter|friend|mate|bf"
    r"|gf|boyfriend|girlfriend|brother|sister|baby|child|kid|grandma|grandpa|nan|granny|uncle|aunt"
    r"|grandmother|grandfather|roommate|flatmate|colleague|coworker|someone|somebody|man|woman"
    r"|guy|person|neighbou?r|cousin|stranger|hes|shes)"
)
SOMEONE_ELSE = _s(
    rf"{_SOMEONE} (?:\w+ ){{0,3}}?(?:just )?(?:collapsed|fainted|passed out|is not breathing"
    rf"|not breathing|stopped breathing|is unresponsive|unresponsive|(?:is )?having a (?:seizure"
    rf"|fit|convulsion)|is seizing|seizing|convulsing|will not wake up|is not waking up"
    rf"|is not responding|not responding|turning blue|(?:is )?unconscious|is choking|overdosed"
    rf"|od\s?d|jerking all over|foaming at the mouth|shaking all over on the floor)\b|(?:his|her"
    rf"|their) eyes (?:are open but|rolled back|rolling back)\b|can not tell if (?:he|she"
    rf"|they) (?:is|are|s) breathing\b|on the (?:\w+ )?floor [^.!?]{{0,40}}?(?:not (?:answering"
    rf"|responding|moving|breathing)|jerking|foaming|eyes rolled)|(?:can not|could not) wake "
    rf"(?:him|her|them|my \w+) up\b|found (?:him|her|them|my \w+) (?:\w+ ){{0,2}}?(?:unconscious"
    rf"|unresponsive|not breathing|collapsed|on the floor)\b|(?:call|calling|called) an ambulanc"
    rf"e for (?:him|her|them|my)\b",
    r"(?:shaking|jerking|twitching|convulsing|fitting) all over\b[^.!?]{0,40}?not (?:answering"
    r"|responding|waking)(?! (?:his|her|their|my|the) (?:phone|texts?|messages?|calls?))|on the"
    # Set O: "sitting on the bathroom floor so i don't wake the baby" is the writer keeping quiet.
    r" (?:\w+ )?floor (?!(?:\w+ ){0,3}?(?:so (?:i|we|as|that)|trying|try|tried|careful|in order)"
    r" )(?:\w+ ){0,3}?(?:not|will not) wak(?:e|ing)\b"
    r"|(?:shaking|jerking|fitting|convulsing|twitching) all over\b[^.!?]{0,30}?eyes (?:rolled"
    r"|rolling"
    r"|rolled right) back\b|(?:went down|collapsed|dropped)\b[^.!?]{0,40}?(?:shaking|jerking"
    r"|fitting"
    r"|convulsing) all over\b"
    r"|(?:roomate|roomie|housemate|hubby|mother in law|father in law) (?:\w+ ){0,3}?(?:just )?"
    r"(?:collapsed|fainted|passed out|not breathing|unresponsive|unconscious|not waking up)\b",
)
OVERDOSE_TAKEN = _s(
    r"(?:took|taken|swallowed|downed|ate|necked) (?:all|the whole|a whole|the entire|an entire"
    r"|(?:way )?too many|a bunch of|a handful of|a lot of|loads of|like|about|over|\d\d+) "
    r"(?:\w+ ){0,3}?(?:pills|tablets|meds|medication|medicine|paracetamol|tylenol|ibuprofen"
    r"|aspirin|sleeping|antidepressants|pack|packet|bottle|box|blister|strip|xanax|benzos|oxy\w*"
    r"|codeine|insulin)\b|(?:have|just|already|i) (?:just )?(?:overdosed|od\s?d)\b(?! on "
    r"(?:caffeine|coffee|sugar|chocolate)\b)|(?:took|taken|have taken) an overdose\b|(?:took"
    r"|taken|swallowed|downed) (?:like |about |around |over )?(?:\d\d+|a load|a handful) of (?:my"
    r"|her|his|their|the) (?:\w+ )?(?:pills|tablets|meds|paracetamol|tylenol|ibuprofen|aspirin"
    r"|codeine|medication|medicine|sleeping|\w+(?:ine|olol|pam|lam|done|zole"
    r"|pine))\b|(?:took|taken) (?:my (?:\w+ ){0,2}?(?:tablets|pills|meds|dose) twice"
    r"|a double dose)\b",
)
