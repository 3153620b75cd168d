"""Logging caffeine: one tap for a drink now, or a time for one earlier today."""

from __future__ import annotations

from datetime import time

from bot.core.timeparse import format_clock
from bot.flow import Button, ClockTime, Ctx, Flow, LogCaffeine, Output, Say
from bot.flow.callback_data import menu_button
from conversations.i18n import _, ngettext

NAME = "coffee"


def logged(local_time: time, count_today: int) -> Say:
    text = ngettext(
        "☕ Logged one at {time} — {count} today.",
        "☕ Logged one at {time} — {count} today.",
        count_today,
    ).format(time=format_clock(local_time), count=count_today)
    buttons = ((Button(_("Log one from earlier"), menu_button("go", NAME)),),)
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
                suggestions=[time(7), time(8), time(9), time(10), time(12), time(14)],
            ),
        ),
        finish=_finish,
    )
