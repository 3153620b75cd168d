"""/insights and the weekly report in words: choosing a period, chart labels, and the numbers
under the charts, each score with one plain line on what it means. The findings are worded in
conversations/findings.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from bot.core.chart_labels import SleepLabels, SymptomLabels
from bot.core.stats import PeriodChange, PeriodSummary, PracticeSummary
from bot.flow import Button, Say
from bot.flow.callback_data import menu_button
from conversations.checkin_labels import level_label
from conversations.formats import (
    format_clock,
    format_decimal,
    format_short_date,
    format_weekday,
)
from conversations.i18n import _, ngettext

PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30
# Below this a change reads as 0.0 and is "about the same".
_SAME = 0.05
# A weekend shift this small is "about the same time" on weekends and weekdays.
_SAME_HOURS = 0.25


def parse_period(arg: str | None) -> int | None:
    """7, 30 or 90 from a command argument or button ("30", "30d", "30 days"); None otherwise."""
    if arg is None:
        return None
    word = arg.strip().lower().removesuffix("days").removesuffix("d").strip()
    return int(word) if word.isdecimal() and int(word) in PERIODS else None


def period_buttons() -> tuple[tuple[Button, ...], ...]:
    return (
        tuple(
            Button(ngettext("{n} day", "{n} days", n).format(n=n), menu_button("insights", str(n)))
            for n in PERIODS
        ),
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
    sentences = (
        ngettext(
            "There isn't enough to show for the last {period} day yet.",
            "There isn't enough to show for the last {period} days yet.",
            period,
        ).format(period=period),
        ngettext(
            "{days} of those days has a check-in.",
            "{days} of those days have a check-in.",
            days,
        ).format(days=days),
        ngettext(
            "{needed} more and I can draw your first chart — /checkin takes about a minute.",
            "{needed} more and I can draw your first chart — /checkin takes about a minute.",
            needed,
        ).format(needed=needed),
    )
    return Say(" ".join(sentences), buttons=period_buttons())


def symptom_labels(period: int) -> SymptomLabels:
    return SymptomLabels(
        title=ngettext(
            "Twitching and anxiety, last {n} day", "Twitching and anxiety, last {n} days", period
        ).format(n=period),
        twitch=_("Twitching"),
        anxiety=_("Anxiety (0–10)"),
        levels=(level_label(0), level_label(1), level_label(2), level_label(3)),
        coffee_late=_("Caffeine after cut-off"),
        short_night=_("Under 6 h in bed"),
        day=format_short_date,
        weekday=format_weekday,
    )


def sleep_labels(period: int) -> SleepLabels:
    return SleepLabels(
        title=ngettext(
            "Bed and wake times, last {n} day", "Bed and wake times, last {n} days", period
        ).format(n=period),
        asleep=_("In bed"),
        target=_("Your targets"),
        weekend=_("Weekend"),
        day=format_short_date,
        weekday=format_weekday,
    )


def symptom_caption(period: int) -> str:
    return ngettext(
        "Your last {n} day. ▼ caffeine after your cut-off, ■ under 6 hours in bed.",
        "Your last {n} days. ▼ caffeine after your cut-off, ■ under 6 hours in bed.",
        period,
    ).format(n=period)


def sleep_caption(bed: time | None, wake: time | None) -> str:
    if bed is None or wake is None:
        return _("Your nights, as you reported them. Shaded days are weekends.")
    return _(
        "Your nights, as you reported them; dashed lines are your targets ({bed} and {wake}). "
        "Shaded days are weekends."
    ).format(bed=format_clock(bed), wake=format_clock(wake))


# --- the numbers under the charts, each with what it means ---------------------------------------


@dataclass(frozen=True)
class SleepNumbers:
    variation_minutes: float | None
    weekend_shift_hours: float | None
    nights: int


def moved(delta: float | None, period: int) -> str | None:
    """One sentence on how a mean moved since the period before; None with nothing to compare."""
    if delta is None:
        return None
    if abs(delta) < _SAME:
        return ngettext(
            "About the same as the {n} day before.",
            "About the same as the {n} days before.",
            period,
        ).format(n=period)
    if delta > 0:
        text = ngettext(
            "Up {d} from the {n} day before.", "Up {d} from the {n} days before.", period
        )
    else:
        text = ngettext(
            "Down {d} from the {n} day before.", "Down {d} from the {n} days before.", period
        )
    return text.format(d=format_decimal(abs(delta)), n=period)


def _with_change(line: str, delta: float | None, period: int) -> str:
    change = moved(delta, period)
    return line if change is None else f"{line} {change}"


def twitch_line(mean: float) -> str:
    return _("Twitching: {m} on average — 0 is none, 3 is strong.").format(m=format_decimal(mean))


def anxiety_line(mean: float) -> str:
    return _("Anxiety: {m} on average — your own rating, 0 calm to 10 the most anxious.").format(
        m=format_decimal(mean)
    )


def variation_line(minutes: float) -> str:
    """How much bed and wake times move from night to night, in plain minutes."""
    # To the nearest 5 minutes: the times people report are rarely more exact than that.
    rounded = int(5 * round(minutes / 5))
    if rounded == 0:
        return _("Your bed and wake times stay the same from night to night.")
    return ngettext(
        "Your bed and wake times vary by about {m} minute from night to night.",
        "Your bed and wake times vary by about {m} minutes from night to night.",
        rounded,
    ).format(m=rounded)


def weekend_shift_line(hours: float) -> str:
    if abs(hours) < _SAME_HOURS:
        return _(
            "Weekend shift: none to speak of — your nights sit at about the same time on "
            "weekends as on weekdays."
        )
    if hours > 0:
        text = _(
            "Weekend shift: your nights sit {h} hours later on weekends — the middle of your "
            "sleep moves by that much; under 1 hour is usual."
        )
    else:
        text = _(
            "Weekend shift: your nights sit {h} hours earlier on weekends — the middle of your "
            "sleep moves by that much; under 1 hour is usual."
        )
    return text.format(h=format_decimal(abs(hours)))


def numbers(
    *,
    period: int,
    current: PeriodSummary,
    delta: PeriodChange,
    sleep: SleepNumbers,
    practice: PracticeSummary,
) -> list[str]:
    days = current.days_with_data
    lines = [
        ngettext(
            "The last {n} days — {days} with a check-in.",
            "The last {n} days — {days} with a check-in.",
            days,
        ).format(n=period, days=days)
    ]
    if current.mean_twitch is not None:
        lines.append(_with_change(twitch_line(current.mean_twitch), delta.twitch, period))
    if current.mean_anxiety is not None:
        lines.append(_with_change(anxiety_line(current.mean_anxiety), delta.anxiety, period))
    lines.append("")
    if sleep.variation_minutes is not None:
        lines.append(variation_line(sleep.variation_minutes))
    if sleep.weekend_shift_hours is not None:
        lines.append(weekend_shift_line(sleep.weekend_shift_hours))
    if sleep.variation_minutes is None:
        lines.append(
            _("Add bed and wake times to a few check-ins and I'll show how steady they are.")
        )
    lines.append("")
    lines += practice_lines(practice)
    return lines


def practice_lines(practice: PracticeSummary) -> list[str]:
    if practice.breathing == 0 and practice.relaxation == 0 and practice.rated == 0:
        return [_("No breathing or relaxation sessions in this stretch.")]
    lines = [
        _("Practice: {breathing} and {relaxation} finished.").format(
            breathing=ngettext(
                "{n} breathing session", "{n} breathing sessions", practice.breathing
            ).format(n=practice.breathing),
            relaxation=ngettext(
                "{n} relaxation session", "{n} relaxation sessions", practice.relaxation
            ).format(n=practice.relaxation),
        )
    ]
    change = practice.tension_change
    if change is not None:
        n = practice.rated
        if abs(change) < _SAME:
            text = ngettext(
                "Tension (0–10) was about the same after as before, over {n} rated session.",
                "Tension (0–10) was about the same after as before, over {n} rated sessions.",
                n,
            )
        elif change < 0:
            text = ngettext(
                "Tension (0–10) went down {d} on average from before to after, over {n} "
                "rated session.",
                "Tension (0–10) went down {d} on average from before to after, over {n} "
                "rated sessions.",
                n,
            )
        else:
            text = ngettext(
                "Tension (0–10) went up {d} on average from before to after, over {n} rated "
                "session.",
                "Tension (0–10) went up {d} on average from before to after, over {n} rated "
                "sessions.",
                n,
            )
        lines.append(text.format(d=format_decimal(abs(change)), n=n))
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
        text = ngettext(
            "A gentle Sunday hello 🌿 You checked in on {days} day this week — thank you. "
            "With a few more next week, I can show you a chart and what goes with your "
            "twitching.",
            "A gentle Sunday hello 🌿 You checked in on {days} days this week — thank you. "
            "With a few more next week, I can show you a chart and what goes with your "
            "twitching.",
            days,
        ).format(days=days)
    return Say(text, buttons=((Button(_("Menu"), menu_button("menu")),),))


def weekly_caption() -> str:
    return _("Your last 7 days. ▼ caffeine after your cut-off, ■ under 6 hours in bed.")


def weekly_summary(current: PeriodSummary, delta: PeriodChange) -> str:
    days = current.days_with_data
    lines = [
        ngettext(
            "{days} day with a check-in this week.", "{days} days with a check-in this week.", days
        ).format(days=days)
    ]
    if current.mean_twitch is not None:
        lines.append(_with_change(twitch_line(current.mean_twitch), delta.twitch, 7))
    if current.mean_anxiety is not None:
        lines.append(_with_change(anxiety_line(current.mean_anxiety), delta.anxiety, 7))
    return "\n".join(lines)
