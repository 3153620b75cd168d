"""What a reminder says, declared by the feature that words reminders: the scheduler claims due
rows and sends what these compose, in the person's language, naming no feature itself."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.reminders import Kind
from bot.flow import Output, Say
from bot.storage.models import User

__all__ = ["ReminderWords"]


@dataclass(frozen=True)
class ReminderWords:
    """Declared as `Feature(reminders=...)` by exactly one feature.

    `message` is a reminder's message: (its kind, the person's bedtime, the local time it goes
    out). `weekly` composes the weekly summary from the person's own records: (a read session,
    the person, now, the deployment's default zone); empty when there is nothing to send."""

    message: Callable[[Kind, time | None, time | None], Say]
    weekly: Callable[[AsyncSession, User, datetime, str], Awaitable[list[Output]]]
