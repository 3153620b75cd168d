"""Features declare themselves (commands, buttons, flows, effects); the boundary reads them."""

from bot.features.catalog import Catalog, allowed, build_catalog, discover
from bot.features.context import LiveSessions, TurnContext
from bot.features.declarations import (
    Action,
    Effect,
    Feature,
    FreeText,
    MenuEntry,
    Needs,
    Renderer,
)
from bot.features.paced import Paced, PacedKind, PacedWords, StartExercise
from bot.features.reminding import ReminderWords
from bot.features.safety import SafetyAnswers
from bot.features.shell import Shell

__all__ = [
    "Action",
    "Catalog",
    "Effect",
    "Feature",
    "FreeText",
    "LiveSessions",
    "MenuEntry",
    "Needs",
    "Paced",
    "PacedKind",
    "PacedWords",
    "ReminderWords",
    "Renderer",
    "SafetyAnswers",
    "Shell",
    "StartExercise",
    "TurnContext",
    "allowed",
    "build_catalog",
    "discover",
]
