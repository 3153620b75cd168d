"""What goes with the user's twitching, in words: a pattern only when the gap is bigger than
their day-to-day ups and downs, always with the days on each side, "goes with" and never
"causes"; and one small suggestion tied to a clear pattern."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import time

from bot.core.stats import MIN_DAYS_EACH_SIDE, Finding
from conversations.checkin_labels import level_label, trigger_in_text
from conversations.formats import format_clock, format_decimal
from conversations.i18n import _, ngettext

# A long list of findings stops being read; the clear ones come first.
MAX_FINDINGS = 5


def factor_name(factor: str, *, cutoff: time | None = None, bedtime: time | None = None) -> str:
    if factor == "caffeine_after_cutoff":
        if cutoff is not None:
            return _("caffeine after your {t} cut-off").format(t=format_clock(cutoff))
        return _("caffeine after your cut-off")
    if factor == "short_sleep":
        return _("under 6 hours in bed the night before")
    if factor.startswith("less_sleep:"):
        usual = int(factor.removeprefix("less_sleep:")) / 60
        return _("a night an hour or more shorter than your usual {h} hours in bed").format(
            h=format_decimal(usual)
        )
    if factor == "bedtime_off_target":
        if bedtime is not None:
            return _("bedtime more than an hour away from {t}").format(t=format_clock(bedtime))
        return _("bedtime more than an hour off target")
    if factor == "high_anxiety":
        return _("anxiety at 7 or more")
    if factor.startswith("tag:"):
        return _("“{tag}” marked as going on").format(
            tag=trigger_in_text(factor.removeprefix("tag:"))
        )
    return factor


def _level(mean: float) -> str:
    # Half up, not to even: 2.5 reads as "strong", as a person would round it.
    nearest = min(3, max(0, math.floor(mean + 0.5)))
    return _("{m} ({word})").format(m=format_decimal(mean), word=level_label(nearest))


def _with_days(mean: float, days: int) -> str:
    return ngettext("{level} on {n} day with it", "{level} on {n} days with it", days).format(
        level=_level(mean), n=days
    )


def _without_days(mean: float, days: int) -> str:
    return ngettext("{level} on {n} day without", "{level} on {n} days without", days).format(
        level=_level(mean), n=days
    )


def finding_line(
    finding: Finding, *, cutoff: time | None = None, bedtime: time | None = None
) -> str:
    """A clear finding: which way, both averages and both day counts."""
    name = factor_name(finding.factor, cutoff=cutoff, bedtime=bedtime)
    if finding.difference > 0:
        text = _("• Days with {factor} went with more twitching: {with_days}, {without_days}.")
    else:
        text = _("• Days with {factor} went with less twitching: {with_days}, {without_days}.")
    return text.format(
        factor=name,
        with_days=_with_days(finding.with_mean, finding.with_days),
        without_days=_without_days(finding.without_mean, finding.without_days),
    )


def unclear_line(
    finding: Finding, *, cutoff: time | None = None, bedtime: time | None = None
) -> str:
    """A factor compared whose gap is within day-to-day noise: the day counts, no direction."""
    return _("• Days with {factor}: no clear pattern yet ({with_days}, {without_days}).").format(
        factor=factor_name(finding.factor, cutoff=cutoff, bedtime=bedtime),
        with_days=ngettext("{n} day with it", "{n} days with it", finding.with_days).format(
            n=finding.with_days
        ),
        without_days=ngettext("{n} day without", "{n} days without", finding.without_days).format(
            n=finding.without_days
        ),
    )


def _how_read() -> str:
    return _(
        "I call something a pattern only when the difference is bigger than your usual ups "
        "and downs from day to day could make by chance. It shows what tends to come together "
        "in your days, not what causes what."
    )


def findings_block(
    found: Sequence[Finding],
    *,
    more_needed: int,
    cutoff: time | None = None,
    bedtime: time | None = None,
) -> list[str]:
    lines = [_("What goes with your twitching")]
    clear = [f for f in found if f.clear]
    unclear = [f for f in found if not f.clear]
    if found:
        shown = clear[:MAX_FINDINGS]
        lines += [finding_line(f, cutoff=cutoff, bedtime=bedtime) for f in shown]
        room = MAX_FINDINGS - len(shown)
        lines += [unclear_line(f, cutoff=cutoff, bedtime=bedtime) for f in unclear[:room]]
        if not clear:
            lines.append(
                _(
                    "No clear pattern yet: none of these differences is bigger than your "
                    "everyday ups and downs. More days may show one — or show there is none."
                )
            )
        lines.append(_how_read())
    elif more_needed > 0:
        lines.append(
            ngettext(
                "To compare days with and without something, I need at least {n} day on each "
                "side — {more} more check-ins with a twitching answer and I can start.",
                "To compare days with and without something, I need at least {n} days on each "
                "side — {more} more check-ins with a twitching answer and I can start.",
                MIN_DAYS_EACH_SIDE,
            ).format(n=MIN_DAYS_EACH_SIDE, more=more_needed)
        )
    else:
        lines.append(
            ngettext(
                "Nothing to compare yet: no factor has at least {n} day with it and {n} "
                "without in this stretch. A longer stretch may show more.",
                "Nothing to compare yet: no factor has at least {n} days with it and {n} "
                "without in this stretch. A longer stretch may show more.",
                MIN_DAYS_EACH_SIDE,
            ).format(n=MIN_DAYS_EACH_SIDE)
        )
    return lines


def weekly_findings_head(days: int) -> str:
    return ngettext(
        "Over the last {days} day, from your own check-ins:",
        "Over the last {days} days, from your own check-ins:",
        days,
    ).format(days=days)


def suggestion(
    found: Sequence[Finding], *, cutoff: time | None = None, bedtime: time | None = None
) -> str:
    """One small thing to try this week, tied to the strongest clear finding where twitching
    was higher with a factor; a factor that went with *less* twitching is something to keep.
    Findings within day-to-day noise suggest nothing."""
    clear = [f for f in found if f.clear]
    for finding in clear:
        if finding.difference <= 0:
            continue
        factor = finding.factor
        if factor == "caffeine_after_cutoff":
            when = format_clock(cutoff) if cutoff else _("early afternoon")
            return _(
                "💡 One thing to try this week: keep your last caffeine before {t}, and see "
                "whether your evenings feel any different."
            ).format(t=when)
        if factor == "short_sleep" or factor.startswith("less_sleep:"):
            return _(
                "💡 One thing to try this week: give yourself a chance at 7 hours or more — "
                "the wind-down reminder can help you start on time."
            )
        if factor == "bedtime_off_target":
            when = format_clock(bedtime) if bedtime else _("your usual time")
            return _(
                "💡 One thing to try this week: go to bed within an hour of {t}, weekends "
                "included."
            ).format(t=when)
        if factor == "high_anxiety":
            return _(
                "💡 One thing to try this week: on a tense day, take five minutes for a "
                "breathing exercise before the evening."
            )
        if factor.startswith("tag:"):
            return _(
                "💡 One thing to try this week: on {tag} days, plan one small pause for "
                "yourself, and jot down in /journal what helped."
            ).format(tag=trigger_in_text(factor.removeprefix("tag:")))
    for finding in clear:
        if finding.difference < 0:
            return _(
                "💡 Days with {factor} went with less twitching — maybe something worth keeping."
            ).format(factor=factor_name(finding.factor, cutoff=cutoff, bedtime=bedtime))
    return _(
        "💡 Nothing stands out yet. Keep checking in when you can — patterns take a few "
        "weeks to show."
    )
