"""Prometheus metrics, kept in Stillpoint's own registry (served at /metrics in webhook mode).

Other modules record through the functions here; nothing else touches prometheus-client.
The registry is its own `CollectorRegistry`, not the library's global one, so importing this
module twice in a test run, or a second bot in one process, cannot collide on metric names.
"""

from __future__ import annotations

from typing import Literal

from prometheus_client import CONTENT_TYPE_LATEST as CONTENT_TYPE
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

REGISTRY = CollectorRegistry()

ReminderOutcome = Literal["sent", "failed", "skipped", "blocked"]
_OUTCOMES: tuple[ReminderOutcome, ...] = ("sent", "failed", "skipped", "blocked")
# Update types get their own label value; anything else counts as "other", so a strange update
# cannot grow the number of series.
UPDATE_TYPES = frozenset({"message", "edited_message", "callback_query", "my_chat_member"})

updates = Counter(
    "stillpoint_updates_total",
    "Deliveries handled, by type; Telegram's retries of a handled update are counted here and "
    "in stillpoint_duplicate_updates_total.",
    ["type"],
    registry=REGISTRY,
)
update_seconds = Histogram(
    "stillpoint_update_seconds",
    "Time to handle one update, from its arrival to the last reply sent.",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
    registry=REGISTRY,
)
duplicates = Counter(
    "stillpoint_duplicate_updates_total",
    "Deliveries whose update_id a committed turn had already handled (only unsent replies "
    "were sent again).",
    registry=REGISTRY,
)
replies_retried = Counter(
    "stillpoint_reply_retries_total",
    "Replies tried again after a network error or a 5xx from Telegram.",
    registry=REGISTRY,
)
rejected = Counter(
    "stillpoint_webhook_rejected_total",
    "Webhook requests refused, by reason (secret, too_large, malformed, slow_headers, slow_body).",
    ["reason"],
    registry=REGISTRY,
)
flood_dropped = Counter(
    "stillpoint_flood_dropped_total",
    "Updates turned away for now (refused to come again, or held) because their sender was "
    "over the flood limit.",
    registry=REGISTRY,
)
reminders = Counter(
    "stillpoint_reminders_total",
    "Reminders, by outcome: sent, failed (Telegram refused them), skipped, blocked.",
    ["outcome"],
    registry=REGISTRY,
)
users_active = Gauge(
    "stillpoint_users_active",
    "Users who have not blocked the bot (read from the database at each scrape).",
    registry=REGISTRY,
)

for _outcome in _OUTCOMES:
    reminders.labels(outcome=_outcome)  # so each outcome shows 0 before it first happens


def reminder_outcome(outcome: ReminderOutcome, count: int = 1) -> None:
    """Count reminders that were sent, failed, skipped (late, quiet hours, paused, purpose met)
    or not sent because the user blocked the bot."""
    if outcome not in _OUTCOMES:
        raise ValueError(f"unknown reminder outcome {outcome!r}")
    reminders.labels(outcome=outcome).inc(count)


def update_handled(update_type: str, seconds: float) -> None:
    updates.labels(type=update_type if update_type in UPDATE_TYPES else "other").inc()
    update_seconds.observe(seconds)


def reply_retried() -> None:
    replies_retried.inc()


def render() -> tuple[bytes, str]:
    """The exposition text and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE
