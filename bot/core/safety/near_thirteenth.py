"""Near misses and red flags of sets AB and AC (round thirteen), in the eleven languages, over
normalised text: near misses blanked with the idioms before the rules run (as near_twelfth.py),
red flags added to the rules' own.

(Filled in this round; more_families.py calls `widened`.)
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag

__all__ = ["IDIOMS", "RED_FLAGS", "widened"]

IDIOMS: dict[str, tuple[str, ...]] = {}
RED_FLAGS: dict[str, dict[RedFlag, tuple[str, ...]]] = {}


def widened(rules: LanguageRules) -> LanguageRules:
    """`rules` with its language's near misses of sets AB and AC among the idioms, and its red
    flags added."""
    lang = rules.language
    flags = dict(rules.red_flags)
    for flag, patterns in RED_FLAGS.get(lang, {}).items():
        flags[flag] = (*flags.get(flag, ()), *patterns)
    return replace(rules, idioms=(*rules.idioms, *IDIOMS.get(lang, ())), red_flags=flags)
