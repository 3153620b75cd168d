"""The check-in's vocabulary: how strong the twitching was, where, what was going on, and the
weekly warning signs, as stored keys and as words (buttons, and words inside a sentence)."""

from __future__ import annotations

from collections.abc import Sequence

from conversations.i18n import _, pgettext

__all__ = [
    "LEVELS",
    "PLACES",
    "TRIGGERS",
    "WARNING_SIGNS",
    "level_from_score",
    "level_label",
    "place_in_text",
    "place_label",
    "places_in_text",
    "trigger_in_text",
    "trigger_label",
    "warning_sign_label",
]

LEVELS = ("none", "mild", "moderate", "strong")
PLACES = ("eyelid", "face", "arms", "hands", "legs", "feet", "torso", "all_over", "other")
TRIGGERS = ("work", "health", "poor_sleep", "conflict", "travel", "exercise", "alcohol", "other")
# The weekly warning-signs question; keys are bot.core.safety.RedFlag values.
WARNING_SIGNS = (
    "weakness",
    "wasting",
    "swallowing",
    "speech",
    "falls",
    "spreading_with_weakness",
    "numbness_after_injury",
)


def level_label(level: int) -> str:
    """How strong the twitching was, as a word inside a sentence ("twitching mild")."""
    return (
        pgettext("twitching level", "none"),
        pgettext("twitching level", "mild"),
        pgettext("twitching level", "moderate"),
        pgettext("twitching level", "strong"),
    )[level]


def place_label(key: str) -> str:
    """Where the twitching was, as a button."""
    return {
        "eyelid": pgettext("body part", "Eyelid"),
        "face": pgettext("body part", "Face"),
        "arms": pgettext("body part", "Arms"),
        "hands": pgettext("body part", "Hands"),
        "legs": pgettext("body part", "Legs and calves"),
        "feet": pgettext("body part", "Feet"),
        "torso": pgettext("body part", "Torso"),
        "all_over": pgettext("body part", "All over"),
        "other": pgettext("body part", "Other"),
    }.get(key, key)


def place_in_text(key: str) -> str:
    """Where the twitching was, as words inside a sentence ("twitching mild (eyelid)")."""
    return {
        "eyelid": pgettext("body part, inside a sentence", "eyelid"),
        "face": pgettext("body part, inside a sentence", "face"),
        "arms": pgettext("body part, inside a sentence", "arms"),
        "hands": pgettext("body part, inside a sentence", "hands"),
        "legs": pgettext("body part, inside a sentence", "legs and calves"),
        "feet": pgettext("body part, inside a sentence", "feet"),
        "torso": pgettext("body part, inside a sentence", "torso"),
        "all_over": pgettext("body part, inside a sentence", "all over"),
        "other": pgettext("body part, inside a sentence", "elsewhere"),
    }.get(key, key)


def places_in_text(keys: Sequence[str], separator: str = ", ") -> str:
    return separator.join(place_in_text(key) for key in keys)


def trigger_label(key: str) -> str:
    return {
        "work": pgettext("what was going on", "Work"),
        "health": pgettext("what was going on", "Health worries"),
        "poor_sleep": pgettext("what was going on", "Poor sleep"),
        "conflict": pgettext("what was going on", "Conflict"),
        "travel": pgettext("what was going on", "Travel"),
        "exercise": pgettext("what was going on", "Exercise"),
        "alcohol": pgettext("what was going on", "Alcohol"),
        "other": pgettext("what was going on", "Other"),
    }.get(key, key)


def trigger_in_text(key: str) -> str:
    """What was going on, as words inside a sentence ("on days with poor sleep")."""
    return {
        "work": pgettext("what was going on, inside a sentence", "work"),
        "health": pgettext("what was going on, inside a sentence", "health worries"),
        "poor_sleep": pgettext("what was going on, inside a sentence", "poor sleep"),
        "conflict": pgettext("what was going on, inside a sentence", "conflict"),
        "travel": pgettext("what was going on, inside a sentence", "travel"),
        "exercise": pgettext("what was going on, inside a sentence", "exercise"),
        "alcohol": pgettext("what was going on, inside a sentence", "alcohol"),
        "other": pgettext("what was going on, inside a sentence", "something else"),
    }.get(key, key)


def warning_sign_label(key: str) -> str:
    return {
        "weakness": _("Real weakness (not just tired)"),
        "wasting": _("A muscle getting thinner"),
        "swallowing": _("Trouble swallowing"),
        "speech": _("Slurred or unclear speech"),
        "falls": _("Falls, or dropping things"),
        "spreading_with_weakness": _("Spreading twitches + weakness"),
        "numbness_after_injury": _("Numbness after an injury"),
    }[key]


def level_from_score(score: int) -> int:
    """A 0–10 score folded onto the four words, so both kinds of answer chart together."""
    return 0 if score == 0 else 1 if score <= 3 else 2 if score <= 6 else 3
