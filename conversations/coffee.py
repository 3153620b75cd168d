"""Logging caffeine: one tap for a drink now; its confirmation can move it to the time it
really was, or take it back (for ten minutes, or with /undo)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from bot.core.stats.records import to_minute
from bot.core.timeparse import format_clock, parse_clock_time
from bot.features import Action, Effect, Feature, MenuEntry, Needs, TurnContext
from bot.flow import (
    Button,
    ClockTime,
    Ctx,
    Flow,
    Output,
    Record,
    Say,
    earlier_today,
    not_later_than_now,
    waking_day,
)
from bot.flow.callback_data import menu_button
from bot.storage import repo
from bot.storage.models import User
from bot.storage.rows import DrinkRow
from conversations.i18n import _, ngettext


@dataclass(frozen=True)
class LogCaffeine(Record):
    """A caffeinated drink at local wall time `local_time` ("HH:MM") today, or now if None."""

    local_time: str | None = None


logger = logging.getLogger(__name__)

NAME = "coffee"
# The action (and button) that asks when a drink really was; its argument names the drink to
# move, so no second drink is logged.
EARLIER = "coffee_earlier"
UNDO = "undo"
SUGGESTED = (time(7), time(8), time(9), time(10), time(12), time(14))
# How long a logged drink can be taken back with Undo or /undo.
UNDO_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class MoveCaffeine(Record):
    """Give drink `log_id` the local time `local_time` ("HH:MM") earlier today."""

    log_id: int
    local_time: str


@dataclass(frozen=True)
class UndoCaffeine(Record):
    """Take back drink `log_id`, or the one logged last when None (both within UNDO_WINDOW)."""

    log_id: int | None = None


def logged(local_time: time, count_today: int, log_id: int) -> Say:
    text = ngettext(
        "☕ Logged one at {time} — {count} today.",
        "☕ Logged one at {time} — {count} today.",
        count_today,
    ).format(time=format_clock(local_time), count=count_today)
    buttons = (
        (
            Button(_("↩️ Undo"), menu_button(UNDO, str(log_id))),
            Button(_("🕐 It was earlier"), menu_button(EARLIER, str(log_id))),
        ),
    )
    return Say(text, buttons=buttons)


def undone(local_time: time, count_today: int) -> str:
    return ngettext(
        "↩️ Undone: the drink at {time} is off your log — {count} left today.",
        "↩️ Undone: the drink at {time} is off your log — {count} left today.",
        count_today,
    ).format(time=format_clock(local_time), count=count_today)


def already_gone() -> str:
    return _("That drink isn't on your log any more, so there's nothing to undo.")


def too_late_to_undo() -> str:
    return _(
        "That drink was logged more than 10 minutes ago, so I've left it. You can correct "
        "a day's caffeine in its check-in, from /history."
    )


def nothing_to_undo() -> str:
    return _(
        "There's no drink logged in the last 10 minutes to undo. You can correct a day's "
        "caffeine in its check-in, from /history."
    )


def cutoff_note(cutoff: time) -> str:
    return _(
        "That's after your {cutoff} cut-off. No harm done — caffeine just lingers for hours, "
        "so keeping the last cup earlier tends to make nights calmer."
    ).format(cutoff=format_clock(cutoff))


def _finish(ctx: Ctx) -> list[Output]:
    move = ctx.data.get("move")
    if isinstance(move, int):
        return [MoveCaffeine(log_id=move, local_time=ctx.data["at"])]
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
                fits=lambda ctx: waking_day(ctx, until_now=True),
            ),
        ),
        finish=_finish,
    )


async def _log_now(turn: TurnContext, arg: str | None) -> list[Output]:
    # A quick log leaves any flow in progress exactly where it was.
    return [LogCaffeine()]


async def _log_earlier(turn: TurnContext, arg: str | None) -> list[Output]:
    """Ask when the drink was; with a drink's id (its confirmation's button), that drink moves
    to the time given, so nothing is logged twice."""
    data = {"move": int(arg)} if arg and arg.isdecimal() and len(arg) <= 18 else None
    return turn.start(NAME, data)


async def _undo(turn: TurnContext, arg: str | None) -> list[Output]:
    log_id = int(arg) if arg and arg.isdecimal() and len(arg) <= 18 else None
    return [UndoCaffeine(log_id=log_id)]


def _after_cutoff_note(user: User, local: datetime, earlier: list[DrinkRow]) -> list[Output]:
    cutoff = user.caffeine_cutoff
    if cutoff is None or not local.time() > cutoff:
        return []
    # One gentle line a day at most: none if an earlier drink today was already past it.
    if any((to_minute(d.local_time) or d.local_time) > cutoff for d in earlier):
        return []
    return [Say(cutoff_note(cutoff))]


async def log(turn: TurnContext, output: LogCaffeine) -> list[Output]:
    """Write the drink (now, or at a local time earlier today) and say how many today."""
    assert turn.user is not None  # the effect is declared to need consent
    user = turn.user
    # Kept to the minute: a drink at 14:00 is at the cut-off, not after it.
    local = turn.local_now().replace(second=0, microsecond=0)
    if output.local_time is not None:
        at_time = parse_clock_time(output.local_time) or local.time()
        local = local.replace(hour=at_time.hour, minute=at_time.minute)
    earlier = await repo.caffeine_on(turn.session, user=user, day=local.date())
    entry = await repo.log_caffeine(
        turn.session, user=user, at=local.astimezone(UTC), local=local, now=turn.now
    )
    logger.info("caffeine logged")
    return [
        logged(local.time(), len(earlier) + 1, entry.id),
        *_after_cutoff_note(user, local, earlier),
    ]


async def move(turn: TurnContext, output: MoveCaffeine) -> list[Output]:
    """Give a drink just logged the time it really had (a new one if it was taken back)."""
    assert turn.user is not None
    entry = await repo.get_caffeine(turn.session, user=turn.user, log_id=output.log_id)
    if entry is not None:
        await repo.delete_caffeine(turn.session, entry=entry)
    return await log(turn, LogCaffeine(local_time=output.local_time))


async def undo(turn: TurnContext, output: UndoCaffeine) -> list[Output]:
    """Take back a drink logged in the last ten minutes."""
    assert turn.user is not None
    since = turn.now - UNDO_WINDOW
    if output.log_id is None:
        entry = await repo.last_logged_caffeine(turn.session, user=turn.user, since=since)
        if entry is None:
            return [Say(nothing_to_undo())]
    else:
        entry = await repo.get_caffeine(turn.session, user=turn.user, log_id=output.log_id)
        if entry is None:
            return [Say(already_gone())]
        if entry.logged_at is None or entry.logged_at < since:
            return [Say(too_late_to_undo())]
    day, at = entry.local_date, entry.local_time
    await repo.delete_caffeine(turn.session, entry=entry)
    left = await repo.caffeine_on(turn.session, user=turn.user, day=day)
    logger.info("caffeine log undone")
    return [Say(undone(at, len(left)))]


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
        Action(
            UNDO,
            _undo,
            needs=Needs.CONSENT,
            quick=True,
            order=25,
            describe=lambda: _("Take back the drink you logged in the last 10 minutes"),
        ),
    ),
    menu=(MenuEntry(lambda: _("☕ Log a coffee"), NAME, row=10, column=1),),
    flows=lambda: (build(),),
    effects={
        LogCaffeine: Effect(log, needs=Needs.CONSENT),
        MoveCaffeine: Effect(move, needs=Needs.CONSENT),
        UndoCaffeine: Effect(undo, needs=Needs.CONSENT),
    },
    # Older "log one from earlier" buttons were `m:go:coffee`.
    aliases={NAME: EARLIER},
)
