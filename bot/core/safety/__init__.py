"""Safety: spot emergencies, crisis language, medical red flags, ambiguous words and
health-anxiety questions in a user's message, in eleven languages.

Pure and deterministic. `check_text` is the whole reading (bot.core.reading): the rules of
`classify.check_text`, one module per language, with the learned model beside them.
"""

from bot.core.safety.normalise import normalise
from bot.core.safety.persistence import (
    PERSISTENCE_DAYS,
    PERSISTENCE_LEVEL,
    PERSISTENCE_WINDOW,
    needs_clinician_for_persistence,
)
from bot.core.safety.verdict import Concern, EmergencySign, RedFlag, SafetyCheck


def check_text(text: str) -> SafetyCheck:
    """The safety verdict on one message: the rules first, the learned reading beside them
    (`bot.core.reading.read`). The rules alone are `bot.core.safety.classify.check_text`."""
    from bot.core.reading import read  # the reading imports this package's rules

    return read(text).check


__all__ = [
    "PERSISTENCE_DAYS",
    "PERSISTENCE_LEVEL",
    "PERSISTENCE_WINDOW",
    "Concern",
    "EmergencySign",
    "RedFlag",
    "SafetyCheck",
    "check_text",
    "needs_clinician_for_persistence",
    "normalise",
]
