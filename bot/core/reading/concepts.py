"""The classes the learned reading tells apart, and what each means for the answer.

Safety concepts are finer than tiers so that a reading can name the sign behind an emergency
(someone else, an overdose taken) or a red flag; each maps to one tier and at most one sign or
flag. Intent classes are the `Intent` members and "none" (a message that is none of them).
See docs/understanding.md for the map and its sources.
"""

from __future__ import annotations

from bot.core.intents.intent import Intent
from bot.core.safety.verdict import Concern, EmergencySign, RedFlag

__all__ = ["FLAG_OF", "INTENT_CLASSES", "NO_INTENT", "SAFETY_CONCEPTS", "SIGN_OF", "TIER_OF"]

E, R = EmergencySign, RedFlag

# Concept name → tier. Order is the column order of the weights: never reorder without
# retraining (the trainer writes the names into the weights file and they are checked at load).
TIER_OF: dict[str, Concern] = {
    "none": Concern.NONE,
    "health_anxiety": Concern.HEALTH_ANXIETY,
    "panic": Concern.PANIC,
    "ask": Concern.ASK,
    "crisis": Concern.CRISIS,
    "em_someone_else": Concern.EMERGENCY,
    "em_overdose": Concern.EMERGENCY,
    "em_breathing": Concern.EMERGENCY,
    "em_chest": Concern.EMERGENCY,
    "em_stroke": Concern.EMERGENCY,
    "em_headache": Concern.EMERGENCY,
    "em_head_injury": Concern.EMERGENCY,
    "rf_weakness": Concern.RED_FLAG,
    "rf_wasting": Concern.RED_FLAG,
    "rf_swallowing": Concern.RED_FLAG,
    "rf_speech": Concern.RED_FLAG,
    "rf_falls": Concern.RED_FLAG,
    # Weight loss, breathlessness lying flat, numbness spreading for weeks, a new medicine with
    # agitation and sweating: one concept for the model, which reads too few rows of each to
    # tell them apart; the rules name each family (RedFlag) where they find it.
    "rf_other": Concern.RED_FLAG,
}
SAFETY_CONCEPTS: tuple[str, ...] = tuple(TIER_OF)

SIGN_OF: dict[str, EmergencySign] = {
    "em_someone_else": E.SOMEONE_ELSE,
    "em_overdose": E.OVERDOSE_TAKEN,
    "em_breathing": E.CANNOT_BREATHE,
    "em_chest": E.CHEST_PAIN_SPREADING,
    # BE-FAST signs described in words: the answer says to note the time, as for a stroke.
    "em_stroke": E.HEART_ATTACK_OR_STROKE,
    "em_headache": E.WORST_HEADACHE,
    "em_head_injury": E.HEAD_INJURY_CONFUSION,
}
FLAG_OF: dict[str, RedFlag] = {
    "rf_weakness": R.WEAKNESS,
    "rf_wasting": R.WASTING,
    "rf_swallowing": R.SWALLOWING,
    "rf_speech": R.SPEECH,
    "rf_falls": R.FALLS,
}

NO_INTENT = "none"
INTENT_CLASSES: tuple[str, ...] = (NO_INTENT, *(intent.value for intent in Intent))
