"""The kinds of thing people commonly type outside any conversation."""

from __future__ import annotations

import enum


class Intent(enum.StrEnum):
    """In the order they win when a message says more than one ("hi, I can't sleep")."""

    TWITCHING = "twitching"
    CANT_SLEEP = "cant_sleep"
    ANXIOUS = "anxious"
    COFFEE = "coffee"
    HELP = "help"
    THANKS = "thanks"
    GREETING = "greeting"
    BREATHE = "breathe"
    CAFFEINE_QUESTION = "caffeine_question"
    SLEEP_QUESTION = "sleep_question"
    REPORT = "report"
    CHECKIN = "checkin"
    HISTORY = "history"
    SETTINGS = "settings"
    PAUSE = "pause"
    GOODNIGHT = "goodnight"
    VENTING = "venting"
