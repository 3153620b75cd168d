"""The composition root: builds the PTB Application with its storage, flows and handlers."""

from __future__ import annotations

import logging

from telegram import BotCommand
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder
from telegram.request import BaseRequest

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.storage import Database
from bot.transport import handlers
from bot.transport.local_api import LOCAL_TOKEN
from bot.transport.turns import Turns
from conversations import menu
from conversations.registry import all_flows

logger = logging.getLogger(__name__)

StillpointApp = Application


def build_application(
    settings: Settings,
    *,
    database: Database,
    request: BaseRequest | None = None,
    clock: Clock | None = None,
    rate_limit: bool = True,
) -> StillpointApp:
    """Wire everything together. `request` replaces Telegram (console mode, tests)."""
    builder = ApplicationBuilder().token(settings.telegram_bot_token or LOCAL_TOKEN)
    builder = builder.base_url(settings.telegram_api_base_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if rate_limit:
        # PTB's builder types the limiter's per-call argument; ours takes the default (None).
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]

    async def post_init(application: StillpointApp) -> None:
        await application.bot.set_my_commands(
            [BotCommand(name, text) for name, text in menu.command_descriptions()]
        )

    async def post_shutdown(application: StillpointApp) -> None:
        await database.dispose()

    application = builder.post_init(post_init).post_shutdown(post_shutdown).build()
    turns = Turns(
        database=database,
        flows=all_flows(),
        clock=clock or SystemClock(),
        default_zone=settings.default_timezone,
    )
    handlers.register(application, turns)
    return application
