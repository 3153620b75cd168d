"""Phrase tables for the safety classifier: one module per language, each with the tier every
phrase must get. Kept as data so that a reviewer who reads only one language can check it.

Each module defines CRISIS, EMERGENCY, RED_FLAG and ASK (phrases that must get exactly that
tier) and NEAR_MISS: (phrase, tier) pairs for idioms, negations and look-alikes, whose tier is
lower than their words suggest (often "none").
"""

LANGUAGES = ("en", "de", "es", "fr", "pt", "it", "ru", "uk", "pl", "nl", "tr")
