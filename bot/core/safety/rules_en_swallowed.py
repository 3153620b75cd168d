"""English: someone else has swallowed something dangerous just now — a toddler and a button
battery, a dishwasher tablet, bleach; a brother who drank rat poison or antifreeze; a child in a
parent's or grandparent's pills. Call the emergency number now (poison control comes after).

Who swallowed it is named (my son, the baby, my brother; "he just"), so "I swallowed my pride"
and "my dog ate chocolate" (a vet matter) stay clear; what was swallowed is named too, so a
cherry stone or chewing gum stays clear; and for pills a quantity or someone else's pills, so
"my son took his antibiotics" and "she took a pill to sleep" stay clear.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.safety.verdict import EmergencySign as E

__all__ = ["SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space in the rules below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


# Someone else, named as people do in a fright; "who"/"that" would make it a story about them.
_WHO = (
    r"(?:(?:my|our|the) (?:\w+ ){0,2}?(?:son|daughter|kid|kiddo|child|toddler|baby|boy|girl"
    r"|little one|lo|yo|year old|yr old|month old|brother|sister|husband|wife|partner|hubby|bf|gf"
    r"|boyfriend|girlfriend|friend|mate|mum|mom|mother|dad|father|nan|nana|grandma|grandpa|granny"
    r"|gran|flatmate|roommate|niece|nephew|grandson|granddaughter|cousin|twins?|stepson"
    r"|stepdaughter|\d+\s?(?:yo|yr|yrs|mo|mos|month|months|year|years)\b(?: old)?)"
    r"|(?:he|she|toddler|baby|kid|son|daughter)(?: s| has)? just)"
)
_GAP = r"(?:(?!who |that |which )\w+ ){0,3}?"
_POISON = (
    r"(?:button batt?er\w*|batt?er(?:y|ies)(?! powered| operated| charger)|coin cell\w*|magnets?"
    r"|dishwasher (?:tab\w*|pod\w*|capsule\w*|liquid|detergent|powder)"
    r"|(?:washing|laundry|tide|wash|washing machine) (?:tab\w*"
    r"|pod\w*|capsule\w*|liquid|detergent|powder)|detergent|bleach|drain (?:cleaner|unblocker)"
    r"|oven cleaner|toilet cleaner|cleaning (?:stuff|products?|liquid|spray|fluid)|rat poison"
    r"|rat bait|mouse poison|rodent poison|poison|antifreeze|anti freeze|screen\s?wash"
    r"|weed\s?killer"
    r"|roundup|pesticide\w*|insecticide\w*|slug pellets|lamp oil|paraffin|kerosene|white spirit"
    r"|turps|turpentine|lighter fluid|petrol|gasoline|caustic soda|lye|ammonia|methanol"
    r"|e\s?liquid|vape (?:juice|liquid)|nicotine (?:liquid|juice|pouch\w*))\b"
)
_PILLS = (
    r"(?:pills|tablets|tabs|meds|medicine|medication|capsules|paracetamol|ibuprofen|tylenol"
    r"|aspirin|sleeping pills|sleepers|antidepressants|iron tablets|xanax"
    r"|benzos|codeine|tramadol"
    r"|\w+(?:zepam|azolam|done|pine|oline|aline|amine|etine|olol|pram))\b"
)
# A quantity: a strip, a blister, a whole pack, a handful, dozens, all of them.
_MANY = (
    r"(?:(?:\w+ ){0,2}?(?:strip|blister|sheet|pack|packet|box|bottle|tub|handful|bunch|load|loads"
    r"|lot|lots|whole|entire|\d\d+) (?:of )?(?:\w+ ){0,3}?"
    r"|all (?:of )?(?:the|my|those|these|\w+ s) (?:\w+ ){0,2}?"
    r"|(?:an )?unknown (?:number|amount) of (?:\w+ ){0,2}?"
    r"|(?:god|who|lord) knows how many (?:\w+ ){0,2}?)"
)
# Someone else's pills: mine, grandma's, "some of her nan's".
_OTHERS = (
    r"(?:(?:\w+ ){0,2}?(?:some|few|couple|one|two|three|handful|bunch) of )?(?:my|mum s|mums|mom s"
    r"|moms|nan s|nans|nana s|grandma s|grandmas|granny s|grannys|gran s|dad s|dads|grandpa s"
    r"|grandpas|(?:his|her|their) (?:nan|nana|grandma|granny|gran|mum|mom|dad|grandpa)s?(?: s)?"
    r"|someone s|someone else s) (?:\w+ ){0,3}?"
)

SWALLOWED_POISON = _s(
    rf"{_WHO} {_GAP}(?:swallowed|ate|eaten|drank|drunk|chewed(?: on)?|bit into|sucked on"
    rf"|licked|got into|got hold of|ingested|downed|necked|had a (?:sip|swig|mouthful) of) "
    rf"(?:\w+ ){{0,4}}?{_POISON}",
)
SWALLOWED_PILLS = _s(
    rf"{_WHO} {_GAP}(?:swallowed|ate|eaten|chewed|got into|got hold of|ingested|took|taken"
    rf"|downed|necked|had|drank|drunk) {_MANY}{_PILLS}",
    rf"{_WHO} {_GAP}(?:swallowed|ate|eaten|chewed|got into|got hold of|ingested) "
    rf"{_OTHERS}(?:{_PILLS}|(?:gummy |iron )?vitamins\b)",
    # "took some pills, I don't know how many": no one knows the dose.
    rf"{_WHO} {_GAP}(?:swallowed|ate|eaten|took|taken|downed|got into) [^.!?]{{0,40}}?{_PILLS}"
    r"[^.!?]{0,30}?(?:do not|dont|no idea|not sure|can not tell|idk) (?:\w+ )?how many\b",
    # A child has eaten some: "he s eaten some of her heart tablets", "6 missing from the strip".
    rf"(?:he|she)(?: s| has) (?:\w+ )?(?:eaten|swallowed|chewed) (?:some|a few|several|loads"
    rf"|a bunch|a handful|a couple|a lot) of (?:\w+ ){{0,3}}?{_PILLS}",
    r"(?:pills|tablets|tabs|meds|medicine|capsules)\b[^.!?]{0,40}?\d+ (?:are |of them )?missing "
    r"from the (?:strip|blister|pack|packet|box|bottle)\b",
)


def swallowed(
    someone_else: Sequence[str], overdose_taken: Sequence[str]
) -> dict[E, tuple[str, ...]]:
    """The two signs of this language with the swallowed family added: poisons and batteries
    to someone else in danger, pills to an overdose taken."""
    return {
        E.SOMEONE_ELSE: (*someone_else, *SWALLOWED_POISON),
        E.OVERDOSE_TAKEN: (*overdose_taken, *SWALLOWED_PILLS),
    }
