"""English idioms and titles blanked before the rules run (ruleset.LanguageRules.idioms), over
normalised text: crisis words that name a song, a film or a crush, not the writer."""

from __future__ import annotations

__all__ = ["TITLES"]


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
