"""What a claim hands to the senders: one reminder to send now, and the tally of a tick."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from bot.core import reminders as rules
from bot.core.reminders import Kind
from bot.flow import Output


@dataclass(frozen=True)
class Job:
    """One claimed reminder that should go out now: what the message needs, no ORM rows."""

    reminder_id: int
    kind: Kind
    user_id: int
    chat_id: int
    telegram_id: int
    language: str | None
    profile: rules.Profile
    local_time: time | None
    due_at: datetime
    attempts: int
    today: date
    lease_until: datetime


Compose = Callable[[Job], Awaitable[list[Output]]]
Observe = Callable[[str, Kind], None]


@dataclass
class TickReport:
    claimed: int = 0
    sent: int = 0
    skipped: int = 0
    held: int = 0
    retried: int = 0
    failed: int = 0
    blocked: int = 0
    expired: int = 0  # waited past its lease in the queue; left to be claimed again
    reasons: dict[str, int] = field(default_factory=dict)
