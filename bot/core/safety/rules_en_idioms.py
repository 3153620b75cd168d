"""English idioms and titles blanked before the rules run (ruleset.LanguageRules.idioms), over
normalised text: crisis words that name a song, a film or a crush, not the writer."""

from __future__ import annotations

from bot.core.safety.caffeine_idioms import CAFFEINE

__all__ = ["DRINKS", "MOVING", "TITLES"]

# "Overdosed on espresso", "od d on cold brew" (caffeine_idioms.py).
DRINKS = CAFFEINE["en"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


TITLES = _s(
    # Set Q: "overdose on you" (a song, a crush), which French, Italian and Portuguese rules
    # would read too.
    r"(?:overdose|overdosing|overdosed|od|oding) on (?:you|u|ur love|your love|love|romance"
    r"|cuteness|nostalgia|drama|anime|memes|netflix|kdramas?)\b",
    # Set Q: a title with crisis words in it ("our new single is called overdose on you").
    r"(?:album|song|single|track|record|ep|tune|mixtape|movie|film|show|series|episode|poem|novel"
    r"|book|play|band|game)s? (?:\w+ ){0,3}?(?:is |was |are |were )?(?:called|titled|named)"
    r" (?:\w+ ){0,3}?(?:overdos\w*|suicid\w*|kill(?:ing)? (?:my|your|him|her)self|self harm\w*"
    r"|end(?:ing)? it all|want to die)\b(?: on \w+)?",
)

MOVING = _s(
    # Set O: things given away or sold because of a move ("i give my old bike and clothes to my
    # cousin because i move to new flat"), an everyday clear-out, not a preparation.
    r"(?:give|gave|giving|given|giveing|sell|sold|selling|donate|donated|donating|gift|gifted"
    r"|passing on|passed on|pass on|hand(?:ed|ing)? down|getting rid of|got rid of|get rid of)\b"
    r"[^.!?]{0,80}?\b(?:because|cause|cos|coz|cuz|since|as|bc|before|for) (?:of )?(?:i|we|me|us"
    r"|my family|the family) (?:am |are |m |re |will |ll |have to |need to |must |be )?(?:\w+ )?"
    r"(?:move|moving|moved|relocat\w*|emigrat\w*|downsiz\w*|leav\w* the country)\b",
    r"(?:moving|i move|we move|i m moving|we re moving|relocating|downsizing|emigrating)\b"
    r"[^.!?]{0,60}?\b(?:so|and) (?:i|we) (?:am |are |m |re |have |ve )?(?:\w+ )?(?:giving|gave"
    r"|give|selling|sold|sell|donating|donated|getting rid of|got rid of) (?:\w+ ){0,3}?(?:away|to"
    r" (?:my|a|the|our|her|his)|everything|it all|stuff|things|furniture|clothes|books)\b",
)
