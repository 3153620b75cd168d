"""Puts live exercises on an Application: the bot they talk through, where to find them, and the
repeating sweep that ends sessions whose runner is gone."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, ContextTypes

from bot.clock import Clock, SystemClock, Timer
from bot.features import Paced
from bot.storage import Database
from bot.transport.budget import ChatBudget
from bot.transport.exercises.pacing_loop import LiveExercises

# Also how soon a process that has just started takes up the sessions handed over to it.
SWEEP_EVERY_S = 10.0

_KEY = "stillpoint.live_exercises"


def install(application: Application[Any, Any, Any, Any, Any, Any], live: LiveExercises) -> None:
    """Bind the bot, keep `live` findable, and sweep for sessions no runner paces (taking them
    up) a second after start and then every `SWEEP_EVERY_S`."""
    live.bind(application.bot)
    application.bot_data[_KEY] = live

    async def sweep(context: ContextTypes.DEFAULT_TYPE) -> None:
        await live.sweep()

    if application.job_queue is not None:
        # A repeating job rather than post_init: a runner can die with its process while
        # other instances carry on, and theirs is the sweep that notices.
        application.job_queue.run_repeating(
            sweep,
            interval=SWEEP_EVERY_S,
            first=1.0,
            name="exercises:sweep",
            job_kwargs={"max_instances": 1, "coalesce": True},
        )


def live_exercises_of(application: Application[Any, Any, Any, Any, Any, Any]) -> LiveExercises:
    live = application.bot_data.get(_KEY)
    if not isinstance(live, LiveExercises):
        raise LookupError("this application has no live exercises")
    return live


def make_live_exercises(
    database: Database, clock: Clock, paced: Paced, budget: ChatBudget | None = None
) -> LiveExercises:
    """The runner for an application, pacing the exercises `paced` describes; a clock that
    cannot wake code up gets the system's."""
    timer = clock if isinstance(clock, Timer) else SystemClock()
    return LiveExercises(database=database, clock=timer, paced=paced, budget=budget)
