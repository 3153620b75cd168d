"""One typed message as a turn reads it, once, at its start: the reading of the words
(`bot.core.reading`: the safety verdict and what they are about, rules and learned model
together) and the short answer the whole message is (yes, no, cancel, carry on, familiar…).

Pure. The turn reads every text once (`read`) and each part of the turn takes what it needs
from the same `Message`, so no part reads the words again and no two parts can disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot.core import reading, typed
from bot.core.intents import Intent
from bot.core.intents.classify import classify as classify_rules
from bot.core.safety import Concern, SafetyCheck
from bot.core.safety.classify import check_text as check_rules

__all__ = ["URGENT", "Message", "read"]

# What someone types when it can't wait behind the set-up's question ("tap a button" would be
# the answer): twitching now, anxious, can't sleep, breathe.
URGENT = frozenset({Intent.TWITCHING, Intent.ANXIOUS, Intent.CANT_SLEEP, Intent.BREATHE})


@dataclass(frozen=True)
class Message:
    """What one typed message says, as every part of a turn sees it.

    `safety` is the verdict (its tier wins over everything else); `word` the short answer the
    whole message is, if it is one; `intent` what a message outside any question is about."""

    text: str
    reading: reading.Reading
    word: typed.Word | None
    # The words as `typed.normalise` leaves them; empty for a lone emoji or punctuation.
    normalised: str = field(repr=False)

    @property
    def safety(self) -> SafetyCheck:
        return self.reading.check

    @property
    def concern(self) -> Concern:
        return self.reading.check.concern

    @property
    def intent(self) -> Intent | None:
        return self.reading.intent

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
        """Distress to answer first, even while the set-up waits for its answer."""
        return self.intent in URGENT


# Words that name the breathing exercise outright, alone or nearly ("respirar", "breathe
# please"), are a request for it, not a symptom.
_REQUEST_WORDS = 3


def read(text: str) -> Message:
    """The one reading of `text`, and the short answer it may be."""
    normalised = typed.normalise(text)
    read_ = reading.read(text)
    word = typed.recognise_normalised(normalised)
    if not read_.by_rules and (
        word is not None or not normalised or _asks_to_breathe(read_, normalised, text)
    ):
        # A short answer ("yes", "the usual") says nothing but the answer, a lone emoji or
        # "..." has no words at all, and the word "breathe" asks for the exercise: the learned
        # model alone can read any of them as a sign ("can't breathe", a trailing-off "...").
        # The rules, which look for the sign itself, found none.
        read_ = replace(read_, check=check_rules(text), by_rules=True)
    if word is not None and read_.intent is not None and classify_rules(text) is None:
        # Nor is a short answer a request the model guessed ("yes" is not "show my history").
        read_ = replace(read_, intent=None)
    return Message(text=text, reading=read_, word=word, normalised=normalised)


def _asks_to_breathe(read_: reading.Reading, normalised: str, text: str) -> bool:
    return (
        read_.intent is Intent.BREATHE
        and normalised.count(" ") < _REQUEST_WORDS
        and classify_rules(text) is Intent.BREATHE
    )
