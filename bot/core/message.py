"""One reading of one typed message, made once at the start of a turn and dispatched on: what
safety makes of it, the short answer it is (yes, no, cancel, carry on…), and what it is about.

Pure. The turn reads every text once (`read`) and each part of the turn takes what it needs
from the same `Reading`, so no part reads the words again and no two parts can disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from bot.core import safety, typed
from bot.core.intents import Intent, classify
from bot.core.safety import Concern, SafetyCheck

__all__ = ["URGENT", "Reading", "read"]

# What someone types when it can't wait behind the question a flow is asking ("tap a button"
# would be the answer): twitching now, anxious, can't sleep, breathe.
URGENT = frozenset({Intent.TWITCHING, Intent.ANXIOUS, Intent.CANT_SLEEP, Intent.BREATHE})


@dataclass(frozen=True)
class Reading:
    """What one message says, as every part of a turn sees it.

    `safety` is the verdict (its tier wins over everything else); `word` the short answer the
    whole message is, if it is one; `intent` what a message outside any question is about
    (worked out the first time it is asked for: most messages answer a flow's question and
    never need it)."""

    text: str
    safety: SafetyCheck
    word: typed.Word | None
    # The words as `typed.normalise` leaves them; empty for a lone emoji or punctuation.
    normalised: str = field(repr=False)

    @property
    def concern(self) -> Concern:
        return self.safety.concern

    @property
    def command(self) -> str | None:
        """ "cancel" or "menu" when the words ask for that command ("abbrechen", "меню")."""
        word = self.word
        return word.value if word in (typed.Word.CANCEL, typed.Word.MENU) else None

    @property
    def bare(self) -> bool:
        """Nothing to answer but the way on: a short answer or a lone emoji, no intent."""
        return self.intent is None and (not self.normalised or self.word is not None)

    @property
    def urgent(self) -> bool:
        """Distress to answer first, even while a flow waits for its answer."""
        return self.intent in URGENT

    @cached_property
    def intent(self) -> Intent | None:
        return classify(self.text)


def read(text: str) -> Reading:
    """The reading of `text`: safety first, then the short answer it may be."""
    normalised = typed.normalise(text)
    return Reading(
        text=text,
        safety=safety.check_text(text),
        word=typed.recognise_normalised(normalised),
        normalised=normalised,
    )
