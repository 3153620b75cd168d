"""The composition root: builds the PTB Application with its storage, flows and handlers."""

from __future__ import annotations

import asyncio
import gc
import logging
from datetime import timedelta

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder
from telegram.request import BaseRequest

from bot import scheduling
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.core import gazetteer, zones
from bot.core.reading.model import model as reading_model
from bot.core.safety import classify as safety_rules
from bot.features import Catalog, discover
from bot.i18n import DEFAULT_LANGUAGE, SHIPPED_LANGUAGES, use_language
from bot.storage import Database
from bot.transport import exercises, flood, handlers, scope
from bot.transport import sender as replies_sender
from bot.transport.budget import ChatBudget
from bot.transport.flood import FloodGuard
from bot.transport.local_api import LOCAL_TOKEN
from bot.transport.sender import Pause, ReplySender
from bot.transport.turns import Turns

logger = logging.getLogger(__name__)

StillpointApp = Application


def build_application(
    settings: Settings,
    *,
    database: Database,
    request: BaseRequest | None = None,
    clock: Clock | None = None,
    rate_limit: bool = True,
    flood_guard: FloodGuard | None = None,
    reply_pause: Pause | None = None,
    catalog: Catalog | None = None,
) -> StillpointApp:
    """Wire everything together. `request` replaces Telegram (console mode, tests).

    With `rate_limit` (production) a flood guard from the settings is installed too; tests
    that want one pass their own `flood_guard` on a hand-moved clock. `reply_pause` replaces
    the real waiting between retries of a reply (tests don't sleep). `catalog` replaces the
    features found in `conversations/` (tests that add a feature of their own).
    """
    builder = ApplicationBuilder().token(settings.telegram_bot_token or LOCAL_TOKEN)
    builder = builder.base_url(settings.telegram_api_base_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if rate_limit:
        # PTB's builder types the limiter's per-call argument; ours takes the default (None).
        limiter = AIORateLimiter(overall_max_rate=settings.send_max_per_s, max_retries=3)
        builder = builder.rate_limiter(limiter)  # type: ignore[arg-type]

    if catalog is None:
        catalog = discover()

    async def post_init(application: StillpointApp) -> None:
        # Telegram shows the "/" list in the user's language: one list per shipped language,
        # and the English one for everyone else.
        try:
            for language in SHIPPED_LANGUAGES:
                with use_language(language):
                    commands = [BotCommand(n, t) for n, t in catalog.command_descriptions()]
                code = None if language == DEFAULT_LANGUAGE else language
                await application.bot.set_my_commands(commands, language_code=code)
        except TelegramError as exc:
            # The "/" list is a convenience: every command works without it, so start anyway.
            logger.warning("could not set the command menu, starting without it (%s)", exc)
        # Settled first: loading takes seconds on a busy machine, and a heartbeat written
        # before it could run out before the job queue renews it — the first turn would then
        # leave its replies to another process.
        _settle(catalog)
        # Alive before the first turn leases a reply: a process that dies in its first second
        # is then known dead as soon as this runs out, like any other.
        await sender.heartbeat(application.bot)

    async def post_stop(application: StillpointApp) -> None:
        # Reminder senders finish (or give back) their work while the bot can still send. The
        # grace is short: on SIGTERM the webhook server may already have used 8 of the 10 s a
        # stop may take; a send cut off here is sent again after its lease.
        await scheduling.dispatcher_of(application).close(grace_s=1.5)
        # Stopped cleanly: known dead from now, so another instance takes over what is left.
        try:
            await sender.retire()
        except Exception as exc:
            logger.warning("could not hand over unsent replies (%s)", type(exc).__name__)

    async def post_shutdown(application: StillpointApp) -> None:
        # Paced sessions stop before the database closes; their rows are swept elsewhere.
        await exercises.live_exercises_of(application).close()
        await scheduling.dispatcher_of(application).close()
        await database.dispose()

    application = (
        builder.post_init(post_init).post_stop(post_stop).post_shutdown(post_shutdown).build()
    )
    # One budget per chat for all this process sends: replies, reminders, exercise edits.
    budget = ChatBudget(clock=clock or SystemClock())
    live = exercises.make_live_exercises(database, clock or SystemClock(), catalog.paced, budget)
    exercises.install(application, live)
    sender = ReplySender(
        database=database,
        clock=clock or SystemClock(),
        renderers=catalog.renderers,
        lease=timedelta(seconds=settings.outbox_lease_s),
        pause=reply_pause or asyncio.sleep,
        budget=budget,
    )
    replies_sender.install(application, sender, settings.outbox_sweep_s)
    turns = Turns(
        database=database,
        catalog=catalog,
        clock=clock or SystemClock(),
        default_zone=settings.default_timezone,
        exercises=live,
        sender=sender,
    )
    if flood_guard is None and rate_limit:
        flood_guard = FloodGuard(
            clock=clock or SystemClock(),
            max_updates=settings.flood_max_updates,
            window_s=settings.flood_window_s,
        )
    scope.install(application)
    if flood_guard is not None:
        # Group -1 runs before every handler of group 0 and can stop the update there.
        flood.install(application, flood_guard)
    handlers.register(application, turns)
    scheduling.install(
        application,
        settings=settings,
        database=database,
        clock=clock or SystemClock(),
        reminders=catalog.reminders,
        budget=budget,
    )
    return application


def _settle(catalog: Catalog) -> None:
    """Before the first update: load what turns read (what the features' words need in each
    language, such as Babel's data; the names of places and zones; the reading's model; the
    safety rules' own regexes; the catalogues were loaded for the command lists), then take
    everything alive now out of the garbage collector's full sweeps. Those objects (flows,
    catalogues, compiled patterns, SQLAlchemy's statement caches) live as long as the process,
    and rescanning them at every full collection made one turn in a few hundred several
    milliseconds slower."""
    for preload in catalog.preloads:
        preload(SHIPPED_LANGUAGES)
    zones.preload()
    # GeoNames' cities (about a second, once per process): loaded here rather than at the
    # first city typed, where they stopped every chat of the process for that second.
    gazetteer.load()
    # The learned reading's weights (~30 ms): loaded here, not by the first message typed.
    reading_model()
    # Each safety tag's own regex (a few hundred ms in all): importing the rules compiles
    # only their scans, and the first message where a tag may match would otherwise wait.
    safety_rules.preload()
    gc.collect()
    gc.freeze()
