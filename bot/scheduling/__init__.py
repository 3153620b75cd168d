"""Reminders: the database holds the schedule, one repeating tick dispatches it."""

from bot.scheduling.dispatcher import Dispatcher
from bot.scheduling.install import dispatcher_of, install, simple_compose
from bot.scheduling.jobs import Job, TickReport
from bot.scheduling.limiter import SendLimiter

__all__ = [
    "Dispatcher",
    "Job",
    "SendLimiter",
    "TickReport",
    "dispatcher_of",
    "install",
    "simple_compose",
]
