"""Round ten's Spanish, French, Italian and Portuguese families (sets V, W), added where
more_families.widened gathers every language's: crisis said as a place or means and an hour
(edge_hour.py), despair asked about (pit_ask.py), emergencies outside the twitching world
(world_emergency.py), panic in a crowd or known by its count (crowd_panic.py), and hyperbole,
work and someone else's past blanked as idioms (hyperbole_work.py)."""

from __future__ import annotations

from dataclasses import replace

from bot.core.safety import edge_hour
from bot.core.safety.crowd_panic import PANIC
from bot.core.safety.hyperbole_work import IDIOMS
from bot.core.safety.pit_ask import ASK
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.world_emergency import EMERGENCY

__all__ = ["widened"]


def widened(rules: LanguageRules) -> LanguageRules:
    """`rules` with round ten's families of its language added (none outside es, fr, it, pt)."""
    lang = rules.language
    if lang not in ("es", "fr", "it", "pt"):
        return rules
    emergency = dict(rules.emergency)
    for sign, patterns in EMERGENCY.get(lang, {}).items():
        emergency[sign] = (*emergency.get(sign, ()), *patterns)
    return replace(
        rules,
        crisis=(*rules.crisis, *edge_hour.CRISIS.get(lang, ())),
        ask=(*rules.ask, *ASK.get(lang, ())),
        panic=(*rules.panic, *PANIC.get(lang, ())),
        idioms=(*rules.idioms, *IDIOMS.get(lang, ())),
        emergency=emergency,
        goodbyes=(*rules.goodbyes, *edge_hour.GOODBYES.get(lang, ())),
        affairs=(*rules.affairs, *edge_hour.AFFAIRS.get(lang, ())),
        finality=(*rules.finality, *edge_hour.FINALITY.get(lang, ())),
    )
