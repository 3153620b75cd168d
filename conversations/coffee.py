"""Logging caffeine: one tap for a drink now, or a time for one earlier today."""

from __future__ import annotations

import logging
from datetime import UTC, time

from bot.core.timeparse import format_clock, parse_clock_time
from bot.features import Action, Effect, Feature, MenuEntry, Needs, TurnContext
from bot.flow import (
    Button,
    ClockTime,
    Ctx,
    Flow,
    LogCaffeine,
    Output,
    Say,
    earlier_today,
    not_later_than_now,
)
from bot.flow.callback_data import menu_button
from bot.storage import repo
from conversations.i18n import _, ngettext

logger = logging.getLogger(__name__)

NAME = "coffee"
# The action (and button) that opens the flow for a drink had earlier today.
EARLIER = "coffee_earlier"
SUGGESTED = (time(7), time(8), time(9), time(10), time(12), time(14))


def logged(local_time: time, count_today: int) -> Say:
    text = ngettext(
        "☕ Logged one at {time} — {count} today.",
        "☕ Logged one at {time} — {count} today.",
        count_today,
    ).format(time=format_clock(local_time), count=count_today)
    buttons = ((Button(_("Log one from earlier"), menu_button(EARLIER)),),)
    return Say(text, buttons=buttons)


def cutoff_note(cutoff: time) -> str:
    return _(
        "That's after your {cutoff} cut-off. No harm done — caffeine just lingers for hours, "
        "so keeping the last cup earlier tends to make nights calmer."
    ).format(cutoff=format_clock(cutoff))


def _finish(ctx: Ctx) -> list[Output]:
    return [LogCaffeine(local_time=ctx.data["at"])]


def build() -> Flow:
    return Flow(
        name=NAME,
        steps=(
            ClockTime(
                key="at",
                prompt=lambda ctx: _("What time was it? (like 10:30)"),
                # Earlier today: nothing later than now is offered or taken.
                suggestions=lambda ctx: earlier_today(SUGGESTED, ctx),
                check=not_later_than_now,
            ),
        ),
        finish=_finish,
    )


async def _log_now(turn: TurnContext, arg: str | None) -> list[Output]:
    # A quick log leaves any flow in progress exactly where it was.
    return [LogCaffeine()]


async def _log_earlier(turn: TurnContext, arg: str | None) -> list[Output]:
    return turn.start(NAME)


async def log(turn: TurnContext, output: LogCaffeine) -> list[Output]:
    """Write the drink (now, or at a local time earlier today) and say how many today."""
    assert turn.user is not None  # the effect is declared to need consent
    user, local = turn.user, turn.local_now()
    if output.local_time is not None:
        at_time = parse_clock_time(output.local_time) or local.time()
        local = local.replace(hour=at_time.hour, minute=at_time.minute, second=0, microsecond=0)
    earlier = await repo.caffeine_on(turn.session, user=user, day=local.date())
    await repo.log_caffeine(turn.session, user=user, at=local.astimezone(UTC), local=local)
    logger.info("caffeine logged")
    outputs: list[Output] = [logged(local.time(), len(earlier) + 1)]
    cutoff = user.caffeine_cutoff
    after = cutoff is not None and local.time() > cutoff
    # One gentle line a day at most: none if an earlier drink today was already past it.
    already = cutoff is not None and any(d.local_time > cutoff for d in earlier)
    if after and not already and cutoff is not None:
        outputs.append(Say(cutoff_note(cutoff)))
    return outputs


FEATURE = Feature(
    name=NAME,
    actions=(
        Action(
            NAME,
            _log_now,
            needs=Needs.CONSENT,
            quick=True,
            order=20,
            describe=lambda: _("Log a caffeinated drink, one tap"),
        ),
        Action(EARLIER, _log_earlier, needs=Needs.CONSENT),
    ),
    menu=(MenuEntry(lambda: _("☕ Log a coffee"), NAME, row=10, column=1),),
    flows=lambda: (build(),),
    effects={LogCaffeine: Effect(log, needs=Needs.CONSENT)},
    # Older "log one from earlier" buttons were `m:go:coffee`.
    aliases={NAME: EARLIER},
)
