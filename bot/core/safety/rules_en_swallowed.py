"""English: someone else has swallowed something dangerous just now — a toddler and a button
battery, a dishwasher tablet, bleach; a brother who drank rat poison or antifreeze; a child in a
parent's or grandparent's pills. Call the emergency number now (poison control comes after).

Who swallowed it is named (my son, the baby, my brother; "he just"), so "I swallowed my pride"
and "my dog ate chocolate" (a vet matter) stay clear; what was swallowed is named too, so a
cherry stone or chewing gum stays clear; and for pills a quantity or someone else's pills, so
"my son took his antibiotics" and "she took a pill to sleep" stay clear.
"""

from __future__ import annotations

from bot.core.safety.common import any_order, not_after, swallowed_family
from bot.core.safety.rules_en_seizing import SEIZING

__all__ = ["CHILD_SWALLOWED", "OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]


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
# Not someone in a story ("the kid in the news swallowed a magnet").
_NOT_STORY = (
    r"(?! (?:in|on|from) (?:the|a|an|this) (?:news|article|story|video|film|show|paper|tv))"
)
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
    r"|e\s?liquid|vape (?:juice|liquid)|nicotine (?:liquid|juice|pouch\w*)"
    # Sets S-T: perfume, cologne and the like (alcohol, for a small child).
    r"|perfume|cologne|aftershave|after shave|mouthwash|hand (?:saniti[sz]er|gel)|nail polish"
    r" remover|essential oils?)\b"
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
    r"|(?:god|who|lord) knows how many (?:\w+ ){0,2}?"
    # Set P: "my son he took many of my sleeping pills".
    r"|(?:many|a lot|lots|loads|a bunch) of my (?:\w+ ){0,2}?)"
)
# Someone else's pills: mine, grandma's, "some of her nan's".
_OTHERS = (
    r"(?:(?:\w+ ){0,2}?(?:some|few|couple|one|two|three|handful|bunch) of )?(?:my|mum s|mums|mom s"
    r"|moms|nan s|nans|nana s|grandma s|grandmas|granny s|grannys|gran s|dad s|dads|grandpa s"
    r"|grandpas|(?:his|her|their) (?:nan|nana|grandma|granny|gran|mum|mom|dad|grandpa)s?(?: s)?"
    r"|someone s|someone else s) (?:\w+ ){0,3}?"
)

SWALLOWED_POISON = _s(
    rf"{_WHO}{_NOT_STORY} {_GAP}(?:swallowed|ate|eaten|drank|drunk|chewed(?: on)?|bit into"
    rf"|sucked on|licked|got into|got hold of|ingested|downed|necked"
    rf"|had a (?:sip|swig|mouthful) of) "
    # "ate dinner while playing with magnets" is two things.
    rf"(?:(?!while |then |after |before )\w+ ){{0,4}}?{_POISON}",
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


# An overdose said with a quantity word the older rules miss ("I took a fistful of my
# antidepressants", "swallowed the rest of my sleeping pills"), and a week's or a double dose, or
# the whole pill organiser, taken by mistake by the writer or someone named. Habits ("a day",
# "every day"), "as prescribed", "almost took" and vitamins or sweets stay clear.
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?\b(?:a day|per day|every (?:day|morning|night)|each day|daily|as prescribed"
    r"|for years|over the years)\b)"
)
_OD_PILLS = (
    r"(?:pills|tablets|tabs|meds|medication|sleeping (?:pills|tablets)|sleepers|antidepressants"
    r"|painkillers|paracetamol|tylenol|ibuprofen|codeine|tramadol|xanax|benzos|oxy\w*"
    r"|\w+(?:zepam|azolam|done|pine|oline|aline|amine|etine|olol|pram))\b"
)
_OD_VERB = not_after("took|taken|swallowed|downed|necked|popped|chugged", "almost|nearly")
# The writer: "I", "I ve", "just" (a film or someone else's story stays out).
_I = r"(?:i|i ve|i have|ive|i just|just|i ve just|i have just|i had)"
_ALMOST = r"almost|nearly"
_MISTAKE = not_after(
    r"by mistake|by accident|accidentally|accidently|mistakenly|in error|mixed up"
    r"|got mixed up|got confused",
    r"almost|nearly",
)
_TOOK = not_after(
    r"took|taken|swallowed|downed|had|ate",
    r"almost|nearly",
)
_DOSE = (
    r"(?:week s|weeks|weekly"
    r"|two weeks|fortnight s|two days|three days) (?:\w+ )?(?:dose|doses|worth|pills"
    r"|tablets|meds|medication|supply)\b|(?:whole|entire|all|weekly|week s) (?:\w+ )?"
    r"(?:pill )?(?:organi[sz]er|dosette|pill ?box|pill case|blister pack)\b"
)
OVERDOSE_MORE = _s(
    rf"{_I} {_OD_VERB} (?:a fistful|fistfuls|a mouthful|a palmful|the rest|the remainder"
    rf"|what was left"
    rf"|whatever was left|a (?:whole )?(?:heap|pile|ton|shitload|fuckton)|heaps|tons|dozens"
    rf"|a dozen) (?:of )?(?:my |the |her |his |those |these )?(?:\w+ ){{0,2}}?{_OD_PILLS}"
    rf"{_NOT_HABIT}",
    *any_order(_ALMOST, _MISTAKE, _TOOK, _DOSE),
)


# Set R: a small child, often with an age ("my son (3)", "my 4yo"), into what harms even while
# they seem fine for now: a button battery, magnets, iron gummies, a laundry pod bitten, an
# adult's heart, blood-pressure or sleeping pills. The child and the thing are both named, so a
# cherry stone, chewing gum, "took his vitamins" and a news story about batteries stay clear.
_CHILD = (
    r"(?:son|daughter|kid|kiddo|child|toddler|baby|little one|grandson|granddaughter|grandkid"
    r"|grandchild|nephew|niece|twins?)"
)
_KID = (
    rf"(?:(?:my|our|the) (?:\w+ ){{0,2}}?(?:{_CHILD}|\d+\s?(?:yo|y o|yr old|year old|month old"
    rf"|mo old))|{_CHILD})\b"
)
_INTO = (
    r"(?:swallowed|ate|eaten|chewed|bit|bitten|licked|sucked|got into|got hold of|found and ate"
    r"|put (?:\w+ ){0,3}?in (?:his|her|their) mouth)\b"
)
_HARM = (
    r"(?:button batt?er\w*|coin (?:cell|batt?er)\w*|magnets?|iron (?:tablets|pills|supplements"
    r"|gummies|vitamins)|(?:gummies|gummy vitamins|vitamins|gummy bears) (?:with|containing) iron"
    r"|prenatal (?:vitamins|pills)|(?:laundry|washing|tide|dishwasher|dish) (?:pod|capsule|tab"
    r"|tablet)s?|(?:heart|blood pressure|bp|sleeping|diabetes|thyroid|seizure|adhd) (?:pills"
    r"|tablets|meds|medicine|medication)|antidepressants|(?:nan|nana|grandma|granny|gran"
    r"|grandpa|mum|mom|dad) s (?:\w+ )?(?:pills|tablets|meds|medicine))\b"
)
# Between the verb and the thing no "while", "then" or comma ("ate dinner while playing with
# magnets" is two things).
_NEAR = r" (?:(?!(?:while|and|then|after|before|but|with) )[^\s.!?,]+ ){0,6}?"
CHILD_SWALLOWED = _s(
    rf"{_KID}{_NOT_STORY}\s+(?:[^\s.!?]+\s+){{0,8}}?{_INTO}{_NEAR}{_HARM}",
)

# Someone else's seizure (rules_en_seizing.py) joins the someone-else sign here, beside the
# poisons, so rules_en.py need not change.
swallowed = swallowed_family(
    (*SWALLOWED_POISON, *CHILD_SWALLOWED, *SEIZING), (*SWALLOWED_PILLS, *OVERDOSE_MORE)
)
