"""The kinds of thing people commonly type outside any conversation."""

from __future__ import annotations

import enum


class Intent(enum.StrEnum):
    """In the order they win when a message says more than one ("hi, I can't sleep")."""

    # Asking for something the bot does wins over what the message is also about ("my report
    # of the twitching", "pause the reminders, I can't sleep").
    PAUSE = "pause"
    SETTINGS = "settings"
    REPORT = "report"
    HISTORY = "history"
    CHECKIN = "checkin"
    BREATHE = "breathe"
    # A question about caffeine or sleep wants an answer, not the log or the calm minute.
    CAFFEINE_QUESTION = "caffeine_question"
    SLEEP_QUESTION = "sleep_question"
    TWITCHING = "twitching"
    CANT_SLEEP = "cant_sleep"
    ANXIOUS = "anxious"
    VENTING = "venting"
    COFFEE = "coffee"
    HELP = "help"
    THANKS = "thanks"
    GOODNIGHT = "goodnight"
    GREETING = "greeting"
