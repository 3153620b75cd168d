"""Safety: spot emergencies, crisis language, medical red flags, ambiguous words and
health-anxiety questions in a user's message, in eleven languages.

Pure and deterministic; see `classify.check_text`. Rules live in one module per language.
"""

from bot.core.safety.classify import check_text
from bot.core.safety.normalise import normalise
from bot.core.safety.persistence import (
    PERSISTENCE_DAYS,
    PERSISTENCE_LEVEL,
    PERSISTENCE_WINDOW,
    needs_clinician_for_persistence,
)
from bot.core.safety.verdict import Concern, EmergencySign, RedFlag, SafetyCheck

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
