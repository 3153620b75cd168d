"""Short answers to typed questions about caffeine and sleep ("is 4 coffees a day making this
worse?"): a few plain facts, the person's own figures from their check-ins where there are
some, and what they can do next. Never a diagnosis, never a promise."""

from __future__ import annotations

from datetime import time

from bot.core.stats.records import DayRecord, sleep_hours
from bot.core.timeparse import format_clock
from bot.features import TurnContext
from bot.storage import repo
from bot.storage.rows import CheckInRow
from conversations.formats import format_decimal
from conversations.i18n import _, ngettext

# How far back the person's own figures look.
DAYS = 14


async def _checkins(turn: TurnContext) -> list[CheckInRow]:
    if turn.user is None or not turn.keeps_records:
        return []
    today = turn.local_now().date()
    return await repo.recent_checkins(turn.session, user=turn.user, until=today, days=DAYS)


def caffeine_facts() -> str:
    return "\n\n".join(
        (
            _(
                "Caffeine doesn't cause anxiety by itself, but it can make its symptoms "
                "stronger, twitching included."
            ),
            _(
                "You don't have to give it up. Many people find it helps to drink a little "
                "less, and none from the late afternoon on."
            ),
        )
    )


def caffeine_figures(drinks: list[int], cutoff: time | None) -> list[str]:
    """Their own numbers: drinks a day on the days they told us, and their last call."""
    lines = []
    if drinks:
        mean = sum(drinks) / len(drinks)
        lines.append(
            ngettext(
                "In your check-ins of the last two weeks: about {n} caffeinated drink a day.",
                "In your check-ins of the last two weeks: about {n} caffeinated drinks a day.",
                max(1, round(mean)),
            ).format(n=format_decimal(mean, 1))
        )
    if cutoff is not None:
        lines.append(_("Your caffeine last call is {time}.").format(time=format_clock(cutoff)))
    return lines


def caffeine_next() -> str:
    return _(
        "To see it for yourself, log your drinks for a week or two: your insights will show "
        "whether the twitchy days follow them."
    )


async def caffeine_card(turn: TurnContext) -> str:
    checkins = await _checkins(turn)
    drinks = [c.caffeine_drinks for c in checkins if c.caffeine_drinks is not None]
    figures = caffeine_figures(drinks, turn.profile.caffeine_cutoff)
    return "\n\n".join((caffeine_facts(), *figures, caffeine_next()))


def sleep_facts() -> str:
    return "\n\n".join(
        (
            _(
                "When sleep runs short, the body makes more of the stress hormone cortisol, "
                "which can turn anxiety and twitching up."
            ),
            _(
                "What helps most is a steady rhythm: the same bedtime and wake time every day, "
                "weekends too, in a dark, quiet room. If you nap, keep it under 20 minutes."
            ),
        )
    )


def sleep_figures(hours: list[float]) -> list[str]:
    if not hours:
        return []
    mean = sum(hours) / len(hours)
    return [
        ngettext(
            "In your check-ins of the last two weeks: about {n} hour in bed a night.",
            "In your check-ins of the last two weeks: about {n} hours in bed a night.",
            max(1, round(mean)),
        ).format(n=format_decimal(mean, 1))
    ]


def sleep_next() -> str:
    return _("Tonight, slow breathing or letting your muscles go one by one can help you settle.")


async def sleep_card(turn: TurnContext) -> str:
    checkins = await _checkins(turn)
    nights = (
        sleep_hours(DayRecord(day=c.local_date, bedtime=c.bedtime, wake=c.wake_time))
        for c in checkins
    )
    hours = [h for h in nights if h is not None]
    return "\n\n".join((sleep_facts(), *sleep_figures(hours), sleep_next()))
