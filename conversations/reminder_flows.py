"""The small flows reminders open: a reminder's own time, quiet hours and the morning sleep log.

A time that falls inside quiet hours is pointed out when it is chosen, with what would happen
to it (it waits, or is dropped as too late to help) and a choice. The shell seeds these flows
with what a pure flow cannot look up: the quiet hours (`data["quiet"]`) and the times of the
reminders that are on (`data["enabled"]`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time

from bot.core import reminders as rules
from bot.core.reminders import Kind, QuietClash
from bot.core.timeparse import format_clock, parse_clock_time
from bot.flow import (
    Button,
    Choice,
    ClockTime,
    Ctx,
    Flow,
    Option,
    Output,
    Record,
    RunAction,
    Say,
)
from bot.flow.callback_data import menu_button
from conversations.checkin_records import SaveCheckIn
from conversations.i18n import _
from conversations.menu import menu_row
from conversations.reminders import QUIET, REMINDER_TIME, SLEEP_LOG, kind_name
from conversations.routine import (
    BEDTIME_HOURS,
    WAKE_HOURS,
    checkin_fits,
    cutoff_fits,
    latest_cutoff,
)
from conversations.settings import SaveProfile


@dataclass(frozen=True)
class SetReminderTime(Record):
    """Give reminder `kind` its own local time ("HH:MM") and switch it on."""

    kind: str
    local_time: str


__all__ = [
    "build_quiet_flow",
    "build_sleep_log_flow",
    "build_time_flow",
    "clash_line",
    "suggested_times",
    "time_prompt",
]

# The answers to "that's inside your quiet hours": keep the time, choose another, change the
# quiet hours (or, after new quiet hours, change one reminder's time: "time_<kind>").
KEEP, OTHER_TIME, OTHER_QUIET, TIME_OF = "keep", "other", "quiet", "time_"


def time_prompt(kind: Kind, example: time) -> str:
    return _("What time should “{name}” come? (like {example})").format(
        name=kind_name(kind), example=format_clock(example)
    )


def _shift(at: time, minutes: int) -> time:
    total = (at.hour * 60 + at.minute + minutes) % (24 * 60)
    return time(total // 60, total % 60)


def suggested_times(kind: Kind, wake: time | None, bedtime: time | None) -> list[time]:
    """Times that suit what the reminder is for: a morning log in the morning, a last call for
    coffee in the afternoon (at least the cut-off's hours before bed), a wind-down before bed."""
    if kind is Kind.SLEEP_LOG:
        if wake is not None:
            return [_shift(wake, minutes) for minutes in (0, 30, 60, 90)]
        return [time(6, 30), time(7), time(7, 30), time(8), time(8, 30), time(9)]
    if kind is Kind.CAFFEINE:
        afternoon = [time(12), time(13), time(14), time(15), time(16)]
        fitting = [t for t in afternoon if cutoff_fits(t, wake, bedtime)]
        return fitting or ([latest_cutoff(bedtime)] if bedtime else [time(14)])
    if kind is Kind.CHECKIN:
        evening = [time(19), time(20), time(21), time(22)]
        fitting = [t for t in evening if checkin_fits(t, wake, bedtime)]
        return fitting or ([_shift(bedtime, -60)] if bedtime else [time(21)])
    if kind is Kind.WIND_DOWN:
        if bedtime is not None:
            return [_shift(bedtime, minutes) for minutes in (-60, -45, -30, -15)]
        return [time(21), time(21, 30), time(22), time(22, 30)]
    return [time(10), time(12), time(17), time(18), time(19), time(20)]


# Where each reminder's answers usually fall, so a bare "9" at the evening check-in asks
# "21:00 or 09:00?" (the weekly summary may come at any hour).
_PLAUSIBLE: dict[Kind, tuple[time, time]] = {
    Kind.SLEEP_LOG: WAKE_HOURS,
    Kind.CAFFEINE: (time(6), time(19)),
    Kind.CHECKIN: (time(15), time(3)),
    Kind.WIND_DOWN: (time(17), time(4)),
}


# --- what quiet hours would do to a time ------------------------------------------------------


def _profile(ctx: Ctx, quiet: tuple[time, time] | None) -> rules.Profile:
    """The routine as the dispatcher sees it, with these quiet hours."""
    start, end = quiet or (None, None)
    return rules.Profile(
        zone=ctx.profile.time_zone or "UTC",
        wake_time=ctx.profile.wake_time,
        bedtime=ctx.profile.bedtime,
        caffeine_cutoff=ctx.profile.caffeine_cutoff,
        checkin_time=ctx.profile.checkin_time,
        quiet_start=start,
        quiet_end=end,
    )


def _times(value: object) -> tuple[time, time] | None:
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    start, end = (parse_clock_time(str(v)) for v in value)
    return (start, end) if start is not None and end is not None else None


def clash_line(kind: Kind, at: time, clash: QuietClash) -> str:
    """What quiet hours would do to reminder `kind` at `at`, as one sentence."""
    if clash.dropped:
        return _(
            "“{name}” at {time} would fall inside your quiet hours ({start}–{end}). By {end} "
            "it would be too late to help, so on those days it wouldn't come at all."
        ).format(
            name=kind_name(kind),
            time=format_clock(at),
            start=format_clock(clash.start),
            end=format_clock(clash.end),
        )
    return _(
        "“{name}” at {time} would fall inside your quiet hours ({start}–{end}), so it "
        "would wait until {end}."
    ).format(
        name=kind_name(kind),
        time=format_clock(at),
        start=format_clock(clash.start),
        end=format_clock(clash.end),
    )


# --- a reminder's own time --------------------------------------------------------------------


def _kind(ctx: Ctx) -> Kind:
    return Kind(ctx.data["kind"])


def _suggestions(ctx: Ctx) -> list[time]:
    return suggested_times(_kind(ctx), ctx.profile.wake_time, ctx.profile.bedtime)


def _time_prompt(ctx: Ctx) -> str:
    times = _suggestions(ctx)
    return time_prompt(_kind(ctx), times[len(times) // 2])


def _chosen_clash(ctx: Ctx) -> tuple[time, QuietClash] | None:
    """The chosen time, and what quiet hours would do to it (None: they leave it alone)."""
    at = parse_clock_time(str(ctx.data.get("at")))
    quiet = _times(ctx.data.get("quiet"))
    if at is None or quiet is None:
        return None
    clash = rules.quiet_clash(_kind(ctx), _profile(ctx, quiet), at)
    return (at, clash) if clash is not None else None


def _clash_prompt(ctx: Ctx) -> str:
    lines = [clash_line(_kind(ctx), *found)] if (found := _chosen_clash(ctx)) else []
    return "\n\n".join([*lines, _("What would you like to do?")])


def _clash_choices(ctx: Ctx) -> list[Option]:
    at = str(ctx.data.get("at"))
    return [
        Option(KEEP, _("Keep {time}").format(time=at)),
        Option(OTHER_TIME, _("Choose another time")),
        Option(OTHER_QUIET, _("Change quiet hours")),
    ]


def build_time_flow() -> Flow:
    def finish(ctx: Ctx) -> list[Output]:
        kind, at = str(ctx.data["kind"]), str(ctx.data["at"])
        answer = ctx.data.get("inside_quiet")
        if answer == OTHER_TIME:
            return [RunAction(REMINDER_TIME, kind)]
        outputs: list[Output] = [SetReminderTime(kind=kind, local_time=at)]
        if answer == OTHER_QUIET:
            outputs.append(RunAction(QUIET))
        return outputs

    return Flow(
        name=REMINDER_TIME,
        steps=(
            ClockTime(
                key="at",
                prompt=_time_prompt,
                suggestions=_suggestions,
                plausible=lambda ctx: _PLAUSIBLE.get(_kind(ctx)),
            ),
            Choice(
                key="inside_quiet",
                prompt=_clash_prompt,
                choices=_clash_choices,
                columns=1,
                when=lambda ctx: _chosen_clash(ctx) is not None,
            ),
        ),
        finish=finish,
    )


# --- quiet hours ------------------------------------------------------------------------------


def _differs_from_start(value: time, ctx: Ctx) -> str | None:
    start = parse_clock_time(str(ctx.data.get("start", "")))
    if start == value:
        return _("Quiet hours need an end that differs from the start. When should they end?")
    return None


def _new_quiet(ctx: Ctx) -> tuple[time, time] | None:
    return _times([ctx.data.get("start"), ctx.data.get("end")])


def swallowed(ctx: Ctx) -> list[tuple[Kind, time, QuietClash]]:
    """The reminders that are on and would fall inside the new quiet hours, in `/reminders`
    order."""
    quiet = _new_quiet(ctx)
    enabled = ctx.data.get("enabled")
    if quiet is None or not isinstance(enabled, Mapping):
        return []
    profile = _profile(ctx, quiet)
    found = []
    for kind in rules.ALL_KINDS:
        at = parse_clock_time(str(enabled.get(kind.value)))
        if at is not None and (clash := rules.quiet_clash(kind, profile, at)) is not None:
            found.append((kind, at, clash))
    return found


def _swallowed_prompt(ctx: Ctx) -> str:
    lines = [clash_line(kind, at, clash) for kind, at, clash in swallowed(ctx)]
    return "\n\n".join([*lines, _("What would you like to do?")])


def _swallowed_choices(ctx: Ctx) -> list[Option]:
    options = [Option(KEEP, _("Keep these quiet hours"))]
    options += [
        Option(TIME_OF + kind.value, _("Change the time of “{name}”").format(name=kind_name(kind)))
        for kind, _at, _clash in swallowed(ctx)
    ]
    return [*options, Option(OTHER_QUIET, _("Choose other quiet hours"))]


def quiet_saved(start: str, end: str) -> Say:
    return Say(
        _(
            "Quiet hours are now {start}–{end}. Anything due then waits until "
            "{end}, or is dropped if it would come too late to help."
        ).format(start=start, end=end),
        buttons=((Button(_("🔔 My reminders"), menu_button("reminders")), *menu_row()),),
    )


def build_quiet_flow() -> Flow:
    def finish(ctx: Ctx) -> list[Output]:
        answer = str(ctx.data.get("swallowed") or KEEP)
        if answer == OTHER_QUIET:
            return [RunAction(QUIET)]
        start = parse_clock_time(str(ctx.data["start"]))
        end = parse_clock_time(str(ctx.data["end"]))
        outputs: list[Output] = [
            SaveProfile(fields={"quiet_start": start, "quiet_end": end}),
            quiet_saved(str(ctx.data["start"]), str(ctx.data["end"])),
        ]
        if answer.startswith(TIME_OF):
            # Saved first, so the reminder's time is checked against the new quiet hours.
            outputs.append(RunAction(REMINDER_TIME, answer.removeprefix(TIME_OF)))
        return outputs

    return Flow(
        name=QUIET,
        steps=(
            ClockTime(
                key="start",
                prompt=lambda ctx: _("From what time should I stay quiet? (like 22:30)"),
                suggestions=[time(21), time(22), time(23)],
            ),
            ClockTime(
                key="end",
                prompt=lambda ctx: _("And until what time?"),
                suggestions=[time(6), time(7), time(8)],
                check=_differs_from_start,
            ),
            Choice(
                key="swallowed",
                prompt=_swallowed_prompt,
                choices=_swallowed_choices,
                columns=1,
                when=lambda ctx: bool(swallowed(ctx)),
            ),
        ),
        finish=finish,
    )


# --- the morning sleep log --------------------------------------------------------------------


def build_sleep_log_flow() -> Flow:
    """Two times, saved on today's check-in as the night before it."""

    def finish(ctx: Ctx) -> list[Output]:
        fields = {
            "bedtime": parse_clock_time(str(ctx.data["asleep"])),
            "wake_time": parse_clock_time(str(ctx.data["woke"])),
        }
        return [
            SaveCheckIn(day=str(ctx.data["today"]), fields=fields),
            Say(_("Thanks — noted. Have a gentle day."), buttons=(menu_row(),)),
        ]

    return Flow(
        name=SLEEP_LOG,
        steps=(
            ClockTime(
                key="asleep",
                prompt=lambda ctx: _("Roughly when did you fall asleep? (like 23:30)"),
                suggestions=[time(22), time(23), time(0), time(1)],
                plausible=BEDTIME_HOURS,
            ),
            ClockTime(
                key="woke",
                prompt=lambda ctx: _("And when did you wake up for the day?"),
                suggestions=[time(6), time(7), time(8), time(9)],
                plausible=WAKE_HOURS,
            ),
        ),
        finish=finish,
    )
