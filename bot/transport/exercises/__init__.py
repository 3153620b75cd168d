"""Live guided exercises, paced message by message: the pacing loop (`pacing_loop`), what a turn
does to a session (`controls`), the session rows (`sessions`), the Telegram side (`rendering`)."""

from bot.transport.exercises.install import (
    SWEEP_EVERY_S,
    install,
    live_exercises_of,
    make_live_exercises,
)
from bot.transport.exercises.pacing_loop import (
    EDITS_PER_MINUTE,
    MAX_PAUSE,
    PAUSE_POLL_S,
    LiveExercises,
)
from bot.transport.exercises.rendering import EDIT_SLACK_S, MIN_EDIT_INTERVAL_S, EditRecord
from bot.transport.exercises.sessions import HEARTBEAT_S, POLL_S, STALE_AFTER_S

__all__ = [
    "EDITS_PER_MINUTE",
    "EDIT_SLACK_S",
    "HEARTBEAT_S",
    "MAX_PAUSE",
    "MIN_EDIT_INTERVAL_S",
    "PAUSE_POLL_S",
    "POLL_S",
    "STALE_AFTER_S",
    "SWEEP_EVERY_S",
    "EditRecord",
    "LiveExercises",
    "install",
    "live_exercises_of",
    "make_live_exercises",
]
