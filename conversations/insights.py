"""/insights and the weekly report in words: chart labels, the numbers under the charts, the
findings ("goes with", never "causes") and one suggestion tied to them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from bot.core.chart_labels import SleepLabels, SymptomLabels
from bot.core.stats import (
    MIN_DAYS_EACH_SIDE,
    Finding,
    PeriodChange,
    PeriodSummary,
    PracticeSummary,
)
from bot.core.timeparse import format_clock
from bot.flow import Button, Say
from bot.flow.callback_data import menu_button
from conversations.checkin import level_label, trigger_label
from conversations.i18n import _

PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30
# A long list of findings stops being read; the strongest come first.
MAX_FINDINGS = 5


def parse_period(arg: str | None) -> int | None:
    """7, 30 or 90 from a command argument or button ("30", "30d", "30 days"); None otherwise."""
    if arg is None:
        return None
    word = arg.strip().lower().removesuffix("days").removesuffix("d").strip()
    return int(word) if word.isdigit() and int(word) in PERIODS else None


def period_buttons() -> tuple[tuple[Button, ...], ...]:
    return (
        tuple(Button(_("{n} days").format(n=n), menu_button("insights", str(n))) for n in PERIODS),
        (Button(_("Menu"), menu_button("menu")),),
    )


def choose_period() -> Say:
    return Say(_("Which stretch would you like to look at?"), buttons=period_buttons())


def unknown_period() -> Say:
    return Say(
        _("I can show the last 7, 30 or 90 days — for example /insights 30. Pick one:"),
        buttons=period_buttons(),
    )


def not_enough(needed: int, days: int, period: int) -> Say:
    return Say(
        _(
            "There isn't enough to show for the last {period} days yet: {days} of those days "
            "have a check-in. {needed} more and I can draw your first chart — /checkin "
            "takes about a minute."
        ).format(period=period, days=days, needed=needed),
        buttons=period_buttons(),
    )


def _weekday(day: date) -> str:
    return day.strftime("%a")


def _day(day: date) -> str:
    return day.strftime("%d %b")


def symptom_labels(period: int) -> SymptomLabels:
    return SymptomLabels(
        title=_("Twitching and anxiety, last {n} days").format(n=period),
        twitch=_("Twitching"),
        anxiety=_("Anxiety (0–10)"),
        levels=(level_label(0), level_label(1), level_label(2), level_label(3)),
        coffee_late=_("Caffeine after cut-off"),
        short_night=_("Under 6 h in bed"),
        day=_day,
        weekday=_weekday,
    )


def sleep_labels(period: int) -> SleepLabels:
    return SleepLabels(
        title=_("Bed and wake times, last {n} days").format(n=period),
        asleep=_("In bed"),
        target=_("Your targets"),
        weekend=_("Weekend"),
        day=_day,
        weekday=_weekday,
    )


def symptom_caption(period: int) -> str:
    return _("Your last {n} days. ▼ caffeine after your cut-off, ■ under 6 hours in bed.").format(
        n=period
    )


def sleep_caption(bed: time | None, wake: time | None) -> str:
    if bed is None or wake is None:
        return _("Your nights, as you reported them. Shaded days are weekends.")
    return _(
        "Your nights, as you reported them; dashed lines are your targets ({bed} and {wake}). "
        "Shaded days are weekends."
    ).format(bed=format_clock(bed), wake=format_clock(wake))


# --- the numbers under the charts ----------------------------------------------------------------


@dataclass(frozen=True)
class SleepNumbers:
    bedtime_sd_minutes: float | None
    social_jetlag_hours: float | None
    sri: float | None
    nights: int


def _moved(delta: float | None, period: int) -> str:
    if delta is None:
        return ""
    if abs(delta) < 0.05:
        return _(" (about the same as the {n} days before)").format(n=period)
    if delta > 0:
        return _(" (up {d:.1f} from the {n} days before)").format(d=delta, n=period)
    return _(" (down {d:.1f} from the {n} days before)").format(d=-delta, n=period)


def numbers(
    *,
    period: int,
    current: PeriodSummary,
    delta: PeriodChange,
    sleep: SleepNumbers,
    practice: PracticeSummary,
) -> list[str]:
    lines = [
        _("The last {n} days — {days} with a check-in").format(
            n=period, days=current.days_with_data
        )
    ]
    if current.mean_twitch is not None:
        lines.append(
            _("Twitching: {m:.1f} on average (0 none – 3 strong){moved}").format(
                m=current.mean_twitch, moved=_moved(delta.twitch, period)
            )
        )
    if current.mean_anxiety is not None:
        lines.append(
            _("Anxiety: {m:.1f} on average (0–10){moved}").format(
                m=current.mean_anxiety, moved=_moved(delta.anxiety, period)
            )
        )
    lines.append("")
    if sleep.bedtime_sd_minutes is not None:
        lines.append(
            _(
                "Bedtime consistency: your bedtimes varied by about {sd:.0f} minutes "
                "(standard deviation; smaller is steadier)."
            ).format(sd=sleep.bedtime_sd_minutes)
        )
    if sleep.social_jetlag_hours is not None:
        lines.append(
            _(
                "Social jetlag: {h:.1f} h between the middle of your sleep on weekends and on "
                "weekdays (under 1 h is usual)."
            ).format(h=sleep.social_jetlag_hours)
        )
    if sleep.sri is not None:
        lines.append(
            _(
                "Sleep regularity (SRI): {sri:.0f}, on a scale from −100 to 100, where 100 "
                "means the same bed and wake times every day."
            ).format(sri=sleep.sri)
        )
    if sleep.bedtime_sd_minutes is None and sleep.sri is None:
        lines.append(
            _("Add bed and wake times to a few check-ins and I'll show how steady they are.")
        )
    lines.append("")
    lines.append(_practice_line(practice))
    return lines


def _practice_line(practice: PracticeSummary) -> str:
    if practice.breathing == 0 and practice.relaxation == 0 and practice.rated == 0:
        return _("No breathing or relaxation sessions in this stretch.")
    line = _("Sessions finished: {b} breathing, {r} relaxation.").format(
        b=practice.breathing, r=practice.relaxation
    )
    change = practice.tension_change
    if change is not None:
        if abs(change) < 0.05:
            moved = _("about the same after as before")
        elif change < 0:
            moved = _("down {d:.1f} on average").format(d=-change)
        else:
            moved = _("up {d:.1f} on average").format(d=change)
        line += " " + _("Tension before → after (0–10): {moved}, over {n} rated sessions.").format(
            moved=moved, n=practice.rated
        )
    return line


# --- findings ------------------------------------------------------------------------------------


def factor_name(factor: str, *, cutoff: time | None = None, bedtime: time | None = None) -> str:
    if factor == "caffeine_after_cutoff":
        if cutoff is not None:
            return _("caffeine after your {t} cut-off").format(t=format_clock(cutoff))
        return _("caffeine after your cut-off")
    if factor == "short_sleep":
        return _("under 6 hours in bed the night before")
    if factor == "bedtime_off_target":
        if bedtime is not None:
            return _("bedtime more than an hour away from {t}").format(t=format_clock(bedtime))
        return _("bedtime more than an hour off target")
    if factor == "high_anxiety":
        return _("anxiety at 7 or more")
    if factor.startswith("tag:"):
        return _("“{tag}” marked as going on").format(
            tag=trigger_label(factor.removeprefix("tag:")).lower()
        )
    return factor


def _level(mean: float) -> str:
    # Half up, not to even: 2.5 reads as "strong", as a person would round it.
    nearest = min(3, max(0, math.floor(mean + 0.5)))
    return _("{m:.1f} ({word})").format(m=mean, word=level_label(nearest))


def finding_line(
    finding: Finding, *, cutoff: time | None = None, bedtime: time | None = None
) -> str:
    name = factor_name(finding.factor, cutoff=cutoff, bedtime=bedtime)
    if abs(finding.difference) < 0.05:
        direction = _("Days with {factor} and days without had about the same twitching")
    elif finding.difference > 0:
        direction = _("Days with {factor} went with more twitching")
    else:
        direction = _("Days with {factor} went with less twitching")
    return (
        "• "
        + direction.format(factor=name)
        + _(": {a} on {n} days with, {b} on {m} days without.").format(
            a=_level(finding.with_mean),
            n=finding.with_days,
            b=_level(finding.without_mean),
            m=finding.without_days,
        )
    )


def findings_block(
    found: Sequence[Finding],
    *,
    more_needed: int,
    cutoff: time | None = None,
    bedtime: time | None = None,
) -> list[str]:
    lines = [_("What goes with your twitching")]
    if found:
        lines += [finding_line(f, cutoff=cutoff, bedtime=bedtime) for f in found[:MAX_FINDINGS]]
        lines.append(
            _(
                "These show what tends to come together in your days, not what causes what. "
                "I only compare a factor with at least {n} days with it and {n} without."
            ).format(n=MIN_DAYS_EACH_SIDE)
        )
    elif more_needed > 0:
        lines.append(
            _(
                "To compare days with and without something, I need at least {n} days on each "
                "side — {more} more check-ins with a twitching answer and I can start."
            ).format(n=MIN_DAYS_EACH_SIDE, more=more_needed)
        )
    else:
        lines.append(
            _(
                "Nothing to compare yet: no factor has at least {n} days with it and {n} "
                "without in this stretch. A longer stretch may show more."
            ).format(n=MIN_DAYS_EACH_SIDE)
        )
    return lines


def summary(head: list[str], block: list[str]) -> Say:
    # Blank lines between sections; never two in a row.
    text = "\n".join([*head, "", *block]).replace("\n\n\n", "\n\n").strip()
    return Say(text, buttons=period_buttons())


# --- the weekly report ---------------------------------------------------------------------------


def weekly_intro() -> str:
    return _("Your week with Stillpoint 🌿 Here's how the last 7 days looked.")


def weekly_too_little(days: int) -> Say:
    if days == 0:
        text = _(
            "A gentle Sunday hello 🌿 There were no check-ins this week, and that's okay. "
            "Whenever you feel like it, /checkin takes about a minute."
        )
    else:
        text = _(
            "A gentle Sunday hello 🌿 You checked in on {days} day(s) this week — thank you. "
            "With a few more next week, I can show you a chart and what goes with your "
            "twitching."
        ).format(days=days)
    return Say(text, buttons=((Button(_("Menu"), menu_button("menu")),),))


def weekly_caption() -> str:
    return _("Your last 7 days. ▼ caffeine after your cut-off, ■ under 6 hours in bed.")


def weekly_summary(current: PeriodSummary, delta: PeriodChange) -> str:
    parts = [
        _("{days} days with a check-in this week.").format(days=current.days_with_data),
    ]
    if current.mean_twitch is not None:
        parts.append(
            _("Twitching {m:.1f} on average (0–3){moved}.").format(
                m=current.mean_twitch, moved=_moved(delta.twitch, 7)
            )
        )
    if current.mean_anxiety is not None:
        parts.append(
            _("Anxiety {m:.1f} (0–10){moved}.").format(
                m=current.mean_anxiety, moved=_moved(delta.anxiety, 7)
            )
        )
    return " ".join(parts)


def weekly_findings_head(days: int) -> str:
    return _("Over the last {days} days, from your own check-ins:").format(days=days)


def suggestion(
    found: Sequence[Finding], *, cutoff: time | None = None, bedtime: time | None = None
) -> str:
    """One small thing to try this week, tied to the strongest finding where twitching was
    higher with a factor; a factor that went with *less* twitching is something to keep."""
    for finding in found:
        if finding.difference <= 0:
            continue
        factor = finding.factor
        if factor == "caffeine_after_cutoff":
            when = format_clock(cutoff) if cutoff else _("early afternoon")
            return _(
                "💡 One thing to try this week: keep your last caffeine before {t}, and see "
                "whether your evenings feel any different."
            ).format(t=when)
        if factor == "short_sleep":
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
            ).format(tag=trigger_label(factor.removeprefix("tag:")).lower())
    for finding in found:
        if finding.difference < 0:
            return _(
                "💡 Days with {factor} went with less twitching — maybe something worth keeping."
            ).format(factor=factor_name(finding.factor, cutoff=cutoff, bedtime=bedtime))
    return _(
        "💡 Nothing stands out yet. Keep checking in when you can — patterns take a few "
        "weeks to show."
    )
