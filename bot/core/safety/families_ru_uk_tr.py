"""Round ten's Russian, Ukrainian and Turkish families (sets V and W), added to those languages'
rules where more_families.widened gathers every language's: crisis acts (acts_ru_uk_tr.py),
emergencies no sign named (urgent_ru_uk_tr.py), weakness over weeks, panic in a crowd or after
an alarm, and two near misses (body_ru_uk_tr.py), and a passive wish to be dead already
(wishes_ru_uk_tr.py)."""

from __future__ import annotations

from dataclasses import replace

from bot.core.safety.acts_ru_uk_tr import ACTS
from bot.core.safety.body_ru_uk_tr import IDIOMS, PANIC, WEEKS
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.urgent_ru_uk_tr import URGENT
from bot.core.safety.wishes_ru_uk_tr import WISHES

__all__ = ["widened_ru_uk_tr"]


def widened_ru_uk_tr(rules: LanguageRules) -> LanguageRules:
    """`rules` with round ten's families of its language added (none for other languages)."""
    lang = rules.language
    if lang not in ACTS:
        return rules
    emergency = dict(rules.emergency)
    for sign, patterns in URGENT[lang].items():
        emergency[sign] = (*emergency.get(sign, ()), *patterns)
    flags = dict(rules.red_flags)
    for flag, patterns in WEEKS[lang].items():
        flags[flag] = (*flags.get(flag, ()), *patterns)
    return replace(
        rules,
        crisis=(*rules.crisis, *ACTS[lang]),
        ask=(*rules.ask, *WISHES[lang]),
        panic=(*rules.panic, *PANIC[lang]),
        idioms=(*rules.idioms, *IDIOMS[lang]),
        emergency=emergency,
        red_flags=flags,
    )
