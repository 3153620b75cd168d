"""English preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text ("i am", "will not", apostrophes split off)."""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_KIN = r"(?:sister|brother|mum|mom|mother|dad|father|wife|husband|son|daughter|kids|children"
_KIN += r"|parents|family|friend|best friend|partner|neighbou?r|cousin|niece|nephew)"
_PET = r"(?:cat|cats|dog|dogs|pets?|bird|rabbit|hamster|fish)"

GIVEN_AWAY = _s(
    rf"(?:gave|given|giving) (?:away )?(?:all )?my (?:\w+ ){{0,2}}(?:{_PET}|things|stuff"
    r"|belongings|stuff away|books|guitar|piano|bike|car|jewel(?:le)?ry|rings?|watch|records"
    r"|plants|games|console|ps5|switch|collection|tools)\b",
    rf"(?:found|finding) (?:a )?(?:new )?home for (?:my|the) {_PET}\b",
    rf"re-?hom(?:ed|ing) (?:my|the) {_PET}\b",
    rf"(?:my|the) {_PET} (?:is going|goes|went|will go|stays) (?:to|with)"
    rf" (?:my |the |a )?{_KIN}\b",
    rf"gave (?:my|the) (?:car |house |flat )?keys? to (?:my |the )?{_KIN}\b",
    rf"(?:sorted|arranged) (?:out )?(?:my|the) {_PET} (?:out )?(?:with|for) (?:my |the )?{_KIN}\b",
)
AFFAIRS = _s(
    r"paid (?:the |my )?rent (?:for )?(?:\w+ ){0,3}(?:ahead|in advance)\b",
    r"(?:paid off|cleared|closed|settled) (?:all )?(?:of )?my (?:debts?|loans?|accounts?)\b",
    r"(?:wrote|written|made|updated|signed) (?:my|a) will\b",
    r"(?:passwords?|pins?|pin codes?|bank details|documents|papers)"
    rf" (?:\w+ ){{0,4}}(?:to|for|with) (?:my )?{_KIN}\b",
    r"(?:put|got|have|putting|getting) (?:all )?my (?:affairs|papers|things|life) in order\b",
    # Set Q: "put the paperwork in order for my daughter".
    r"(?:put|got|have|putting|getting|sorted|sorting) (?:all )?(?:of )?(?:the |my )?(?:paperwork"
    rf"|papers|documents|finances) (?:in order |sorted |out )?for (?:my |the )?{_KIN}\b",
    r"(?:cancelled|canceled) (?:all )?my (?:subscriptions|contracts|phone contract|insurance)\b",
    r"deleted (?:all )?(?:of )?my (?:socials|social media|accounts|profiles)\b",
)
GOODBYES = _s(
    r"(?:wrote|written|writing|drafted|left) (?:a |my )?(?:goodbye|farewell|last) (?:letters?"
    r"|notes?|messages?|texts?)\b",
    rf"(?:wrote|written|left) (?:a |the )?(?:letters?|notes?) (?:for|to) (?:my |both my"
    rf" )?{_KIN}\b",
    r"thank you for everything\b",
    # Set M: "wrote her a letter too", "left each of them a note".
    rf"(?:wrote|written|writing|left) (?:her|him|them|each of them|both of them|everyone|my "
    rf"{_KIN}) (?:a |one |my |last )?(?:letter|note|goodbye)s?\b",
    r"(?:said|saying) (?:my )?goodbyes?\b",
)
FINALITY = _s(
    r"everything (?:is |s )?(?:ready|prepared|sorted|arranged|in place)\b",
    r"(?:i have |i )(?:prepared|arranged|sorted) everything\b",
    r"(?:will not|do not|not going to|wont|dont) (?:be )?need(?:ing)? (?:it|them|anything|any of"
    r" it|this|that|my \w+) (?:any ?more|now|where i am going)\b",
    r"so (?:nobody|no one|no-one) (?:has|will have|would have) (?:any )?(?:problems|trouble|to"
    r" deal"
    r" with|to worry|to clean up)\b",
    r"after (?:i am|im|i m) (?:gone|dead|not here|no longer here)\b",
    # Set Q: "won't be around for the next check-in".
    r"(?:will not|wont|won t|not going to) be (?:around|here) (?:for|at|by) (?:the |our |my )?next"
    r" (?:check\s?in|session|entry|appointment|visit|birthday|christmas|one)\b",
    # Set M: "so she aint stuck with a mess", "so they are not left with my debts".
    r"so (?:she|he|they|nobody|no one|my \w+) (?:is not|isnt|aint|ain t|are not|arent|will not"
    r" be|wont be|won t be|is never|does not get|doesnt get) (?:stuck|left) with (?:a |the |my "
    r"|any |all )?(?:mess|debts?|bills?|problems?|paperwork)\b",
    r"(?:it is|its) better this way\b",
    r"(?:they|you|she|he) (?:will|ll) understand (?:later|one day|someday|some day)\b",
)

# Sets S, T: everything put in order. Keys or bank codes handed to kin ("gave my brother the keys
# and the bank codes"); a message set to go out by itself to everyone; a thing given "after
# Sunday"; everything "in order"; "it's better this way" (normalised "it s").
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this weekend"
    r"|the weekend|next week)"
)
GIVEN_AWAY += _s(
    rf"(?:gave|given|giving|left|handed) (?:my |the )?{_KIN} (?:all )?(?:my |the )?(?:spare |car "
    r"|house |flat )?keys?\b",
)
AFFAIRS += _s(
    rf"(?:gave|given|giving|left|handed|told|sent) (?:my |the )?{_KIN} (?:\w+ ){{0,4}}?(?:my "
    r"|the |all my |all the )?(?:passwords?|pins?|pin codes?|bank codes|bank details|bank login"
    r"|logins?|codes)\b",
)
FINALITY += _s(
    r"everything (?:is |s )?(?:now )?in order(?: now)?\s*(?:[.!,;]|$)",
    r"(?:it s|its) better this way\b",
    r"(?:scheduled|timed|queued|set up) (?:an |a |the )?(?:email|e mail|mail|message|post|text)s?"
    r" (?:\w+ ){0,5}?(?:to|for) (?:everyone|everybody|all of them|all my friends|my whole family"
    r"|the whole family|all my contacts)\b",
    rf"(?:can|may|will|ll|gets? to) (?:have|keep) (?:it|them|him|her|my \w+) (?:\w+ )?after"
    rf" {_DAY}\b",
    rf"(?:will not|won t|wont|do not|don t|dont|not going to) need (?:it|them|him|her|my \w+)"
    rf" (?:any ?more )?after {_DAY}\b",
    rf"after {_DAY} (?:i )?(?:will not|won t|wont|do not|don t|dont) need (?:it|them|him|her"
    r"|anything)\b",
)
GOODBYES += _s(
    # Set S: "written a letter to each of my grandchildren".
    r"(?:wrote|written|writing|left) (?:a |one )?(?:letter|note)s? (?:to|for) (?:each|all|both)"
    rf" of my (?:{_KIN}|grandchildren|grandkids|grandsons|granddaughters)\b",
)
FINALITY += _s(
    # Set S: "it won't matter after that" (after a day settled on).
    r"(?:it|this|that|they|none of it) (?:will not|won t|wont) matter (?:any ?more )?(?:after"
    rf" (?:that|then|{_DAY})|by then)\b",
)
