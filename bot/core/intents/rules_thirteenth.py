"""Intent phrases widened in the thirteenth round, by concept, from the intent rows of sets AB
and AC the rules read wrongly or not at all (en, de, es, fr, pt, ru), over text as
`bot.core.typed.normalise` leaves it. `rules` adds `FOUND` to its own finds, `UNLESS` to its own
take-backs, `KEEP` to what keeps a find and `WHOLE` to its whole messages, as for
`rules_twelfth`.

(Filled in this round.)
"""

from __future__ import annotations

from bot.core.intents.intent import Intent

_Table = dict[str, tuple[str, ...]]

FOUND: dict[Intent, _Table] = {}
UNLESS: dict[Intent, _Table] = {}
KEEP: dict[Intent, _Table] = {}
WHOLE: dict[Intent, _Table] = {}
