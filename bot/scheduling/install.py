"""Puts the dispatcher on an Application: the repeating tick, block/unblock tracking, shutdown.

One JobQueue job ticks for everyone; no per-user jobs (ARCHITECTURE.md, "Scheduling").
"""

from __future__ import annotations

import logging
from typing import Any
from zoneinfo import ZoneInfo

from telegram import ChatMember, Update
from telegram.ext import Application, ChatMemberHandler, ContextTypes

from bot import metrics
from bot.clock import Clock
from bot.config import Settings
from bot.core.reminders import Kind
from bot.features import ReminderWords
from bot.flow import Output
from bot.i18n import use_language
from bot.scheduling.dispatcher import Dispatcher
from bot.scheduling.jobs import Compose, Job, Observe
from bot.scheduling.limiter import SendLimiter
from bot.storage import Database, repo
from bot.storage import reminders as store
from bot.storage.models import User, UserStatus
from bot.transport.budget import ChatBudget

logger = logging.getLogger(__name__)

_KEY = "stillpoint.dispatcher"


def dispatcher_of(application: Application[Any, Any, Any, Any, Any, Any]) -> Dispatcher:
    dispatcher = application.bot_data.get(_KEY)
    if not isinstance(dispatcher, Dispatcher):
        raise LookupError("this application has no reminder dispatcher")
    return dispatcher


def simple_compose(job: Job, words: ReminderWords) -> list[Output]:
    # The hour it goes out on their clock, so a morning log at 14:00 is not "good morning".
    local = job.due_at.astimezone(ZoneInfo(job.profile.zone)).time()
    return [words.message(job.kind, job.profile.bedtime, local)]


def _count(outcome: str, kind: Kind) -> None:
    if outcome in ("sent", "failed", "skipped", "blocked"):
        metrics.reminder_outcome(outcome)  # type: ignore[arg-type]


def composer(database: Database, clock: Clock, default_zone: str, words: ReminderWords) -> Compose:
    """Reminder messages; the weekly summary is the user's own 7-day chart and findings."""

    async def compose(job: Job) -> list[Output]:
        # A reminder speaks the language its person chose.
        with use_language(job.language):
            return await _compose(job)

    async def _compose(job: Job) -> list[Output]:
        if job.kind is not Kind.WEEKLY:
            return simple_compose(job, words)
        async with database.session() as session:
            user = await session.get(User, job.user_id)
            if user is None:
                return []
            return await words.weekly(session, user, clock.now(), default_zone)

    return compose


def install(
    application: Application[Any, Any, Any, Any, Any, Any],
    *,
    settings: Settings,
    database: Database,
    clock: Clock,
    reminders: ReminderWords,
    compose: Compose | None = None,
    observe: Observe | None = None,
    budget: ChatBudget | None = None,
) -> Dispatcher:
    dispatcher = Dispatcher(
        database=database,
        bot=application.bot,
        clock=clock,
        compose=compose or composer(database, clock, settings.default_timezone, reminders),
        default_zone=settings.default_timezone,
        limiter=SendLimiter(
            rate_per_s=settings.reminder_rate_per_s,
            per_chat_interval_s=settings.reminder_per_chat_interval_s,
        ),
        batch_size=settings.reminder_batch_size,
        observe=observe or _count,
        paid_broadcast=settings.reminder_paid_broadcast,
        budget=budget,
    )
    application.bot_data[_KEY] = dispatcher

    async def tick(context: ContextTypes.DEFAULT_TYPE) -> None:
        # Claims and queues; the dispatcher's senders do the sending in the background.
        await dispatcher.feed()

    async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Blocking the bot stops reminders; unblocking (or /start again) resumes them."""
        change = update.my_chat_member
        if change is None or change.chat.type != "private":
            return
        status = change.new_chat_member.status
        blocked = status in (ChatMember.BANNED, ChatMember.LEFT)
        async with database.session() as session, session.begin():
            user = await repo.get_user(session, telegram_id=change.from_user.id)
            if user is None:
                return
            await store.set_status(
                session,
                user=user,
                status=UserStatus.BLOCKED if blocked else UserStatus.ACTIVE,
                now=clock.now(),
                default_zone=settings.default_timezone,
            )
        logger.info("chat membership changed: %s", "blocked" if blocked else "unblocked")

    application.add_handler(
        ChatMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER), group=1
    )
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            tick,
            interval=settings.reminder_tick_s,
            first=settings.reminder_tick_s,
            name="reminders:tick",
            job_kwargs={"max_instances": 1, "coalesce": True},
        )
    return dispatcher


__all__ = ["composer", "dispatcher_of", "install", "simple_compose"]
