"""What the safety classifier can say about a message: the tiers, the signs behind them and the
verdict itself.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["Concern", "EmergencySign", "RedFlag", "SafetyCheck"]


class Concern(enum.Enum):
    """The one thing the bot should respond to first.

    Members are declared lowest first; `rank` orders them, so `max(..., key=Concern.rank)` picks
    the tier that decides the answer. Values are stable strings (they may be stored or logged).
    """

    NONE = "none"
    HEALTH_ANXIETY = "health_anxiety"
    # Panic without a danger sign: asked first whether it is the familiar panic or something new.
    PANIC = "panic"
    ASK = "ask"
    RED_FLAG = "red_flag"
    CRISIS = "crisis"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        """0 for NONE up to 6 for EMERGENCY: a higher rank wins."""
        return _RANKS[self]

    def outranks(self, other: Concern) -> bool:
        """Whether this tier is more urgent than `other`."""
        return self.rank > other.rank


_RANKS = {concern: rank for rank, concern in enumerate(Concern)}


class EmergencySign(enum.Enum):
    """A sign that calls for the emergency number now, not an appointment."""

    FACE_DROOP = "face_droop"
    SUDDEN_SPEECH_LOSS = "sudden_speech_loss"
    ONE_SIDED_WEAKNESS = "one_sided_weakness"
    WORST_HEADACHE = "worst_headache"
    CHEST_PAIN_SPREADING = "chest_pain_spreading"
    CANNOT_BREATHE = "cannot_breathe"
    HEAD_INJURY_CONFUSION = "head_injury_confusion"
    # The person says it outright: "I think I'm having a stroke".
    HEART_ATTACK_OR_STROKE = "heart_attack_or_stroke"
    # Another person collapsing, seizing, unresponsive or not breathing.
    SOMEONE_ELSE = "someone_else"
    # An overdose already taken ("took the whole pack an hour ago").
    OVERDOSE_TAKEN = "overdose_taken"


class RedFlag(enum.Enum):
    """A symptom that should be seen by a clinician rather than soothed by a bot.

    Foot drop and grip weakness are reported as WEAKNESS, choking on liquids as SWALLOWING: the
    words to the user name those families, and the values are stored with weekly check-ins.
    """

    WEAKNESS = "weakness"
    WASTING = "wasting"
    SWALLOWING = "swallowing"
    SPEECH = "speech"
    FALLS = "falls"
    SPREADING_WITH_WEAKNESS = "spreading_with_weakness"
    NUMBNESS_AFTER_INJURY = "numbness_after_injury"
    # The rest of the MND red-flag tool's signs beside twitching (docs/understanding.md, the
    # map): breathless when lying flat, numbness climbing over weeks, weight lost without
    # trying; and restlessness, sweating or jerking since a new medicine, which is asked about
    # today rather than soon (serotonin toxicity looks like that).
    BREATHLESS_LYING_FLAT = "breathless_lying_flat"
    NUMBNESS_SPREADING = "numbness_spreading"
    WEIGHT_LOSS = "weight_loss"
    NEW_MEDICINE = "new_medicine"


@dataclass(frozen=True)
class SafetyCheck:
    """The verdict on one message.

    `concern` is the single highest tier that matched. `red_flags` and `emergency_signs` are
    filled whatever the concern, so a caller that has answered a crisis first can still follow up
    on a symptom later.
    """

    concern: Concern
    red_flags: frozenset[RedFlag] = frozenset()
    emergency_signs: frozenset[EmergencySign] = frozenset()
