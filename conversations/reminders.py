"""Reminder messages, `/reminders`, `/pause`, `/nap`, and the small flows they open."""

from __future__ import annotations

from datetime import datetime, time

from bot.core.reminders import ALL_KINDS, NAP_MINUTES, SNOOZE_MINUTES, Kind
from bot.core.timeparse import format_clock, parse_clock_time
from bot.flow import (
    Button,
    ClockTime,
    Ctx,
    Flow,
    Output,
    SaveCheckIn,
    SaveProfile,
    Say,
    SetReminderTime,
)
from bot.flow.callback_data import menu_button
from conversations.formats import format_day_time, format_minutes
from conversations.i18n import _, ngettext
from conversations.menu import menu_row
from conversations.routine import (
    BEDTIME_HOURS,
    WAKE_HOURS,
    checkin_fits,
    cutoff_fits,
    latest_cutoff,
)

REMINDER_TIME = "remtime"
SLEEP_LOG = "sleeplog"
QUIET = "quiet"
PAUSE_DAYS = (1, 3, 7)
# A nap that starts this late can make it harder to fall asleep at night.
LATE_NAP_FROM = time(15, 0)


def kind_name(kind: Kind) -> str:
    return {
        Kind.CAFFEINE: _("Caffeine last call"),
        Kind.WIND_DOWN: _("Wind-down before bed"),
        Kind.CHECKIN: _("Evening check-in"),
        Kind.SLEEP_LOG: _("Morning sleep log"),
        Kind.WEEKLY: _("Weekly summary (Sundays)"),
        Kind.NAP: _("Nap alarm"),
    }[kind]


# --- the reminders themselves -------------------------------------------------------------------


def _snooze_row(kind: Kind) -> tuple[tuple[Button, ...], ...]:
    snoozes = tuple(
        Button(f"⏰ {format_minutes(m)}", menu_button("snooze", f"{kind}_{m}"))
        for m in SNOOZE_MINUTES
    )
    return (snoozes, (Button(_("Skip today"), menu_button("skipday", kind.value)),))


def reminder(kind: Kind, *, bedtime: time | None = None) -> Say:
    """The message a reminder sends (the weekly summary is composed by the insights)."""
    extra: tuple[tuple[Button, ...], ...] = ()
    if kind is Kind.CAFFEINE:
        text = _(
            "☕ Last call for caffeine today.\n\nFrom here on, decaf coffee, a herbal tea or "
            "warm milk will be kinder to tonight's sleep."
        )
    elif kind is Kind.WIND_DOWN:
        steps = _(
            "Time to wind down:\n\n• screens away\n• lights low\n• a quiet, cool room\n\n"
            "A few slow breaths can help the body settle."
        )
        soon = (
            _("🌙 Bedtime at {time} is about 30 minutes away.").format(time=format_clock(bedtime))
            if bedtime
            else _("🌙 Bedtime is about 30 minutes away.")
        )
        text = f"{soon} {steps}"
        extra = ((Button(_("🫁 Breathe with me"), menu_button("breathe")),),)
    elif kind is Kind.CHECKIN:
        text = _("📝 Evening check-in: a minute to note how today went?")
        extra = ((Button(_("Check in now"), menu_button("go", "checkin")),),)
    elif kind is Kind.SLEEP_LOG:
        text = _("☀️ Good morning. When did you fall asleep, and when did you wake?")
        extra = ((Button(_("Log my sleep"), menu_button("go", SLEEP_LOG)),),)
    elif kind is Kind.WEEKLY:
        text = _("📈 Your week is ready to look back on — /insights shows it.")
    else:
        text = ngettext(
            "⏰ That's your {minutes} minute. Time to get up gently — some water and a bit "
            "of daylight help you come round.",
            "⏰ That's your {minutes} minutes. Time to get up gently — some water and a bit "
            "of daylight help you come round.",
            NAP_MINUTES,
        ).format(minutes=NAP_MINUTES)
        # No snooze here: a nap that runs on past 20 minutes is what the timer is there to
        # prevent, and "skip today" means nothing for a nap already taken.
        return Say(text)
    return Say(text, buttons=extra + _snooze_row(kind))


def snoozed(kind: Kind, minutes: int) -> str:
    return ngettext(
        "Okay — I'll remind you again in {minutes} minute.",
        "Okay — I'll remind you again in {minutes} minutes.",
        minutes,
    ).format(minutes=minutes)


def skipped_today(kind: Kind) -> str:
    return _("Okay, no more “{name}” today.").format(name=kind_name(kind))


def reminder_gone() -> str:
    return _("That reminder is switched off now, so there's nothing to change.")


# --- /reminders -------------------------------------------------------------------------------


def overview(
    states: dict[Kind, tuple[bool, time | None]],
    *,
    paused_until: datetime | None,
    quiet: tuple[time, time] | None,
) -> Say:
    """Each kind with its state and time; a tap toggles it, "🕒" changes its time."""
    lines = [_("Your reminders:"), ""]
    rows: list[tuple[Button, ...]] = []
    for kind in ALL_KINDS:
        enabled, at = states.get(kind, (False, None))
        when = format_clock(at) if at else _("no time set")
        mark = "✅" if enabled else "▫️"
        lines.append(f"{mark} {kind_name(kind)} — {when}")
        toggle = (_("Turn off: {name}") if enabled else _("Turn on: {name}")).format(
            name=kind_name(kind)
        )
        rows.append(
            (
                Button(toggle, menu_button("remind", f"{kind}_toggle")),
                Button("🕒", menu_button("go", f"{REMINDER_TIME}_{kind}")),
            )
        )
    if quiet is not None:
        lines += [
            "",
            _("Quiet hours: {start}–{end}. Nothing but a nap alarm comes then.").format(
                start=format_clock(quiet[0]), end=format_clock(quiet[1])
            ),
        ]
    rows.append((Button(_("🌙 Quiet hours"), menu_button("go", QUIET)),))
    if paused_until is not None:
        lines += ["", paused_line(paused_until)]
        rows.append((Button(_("▶️ Resume reminders"), menu_button("pause", "resume")),))
    else:
        rows.append((Button(_("⏸ Pause all reminders"), menu_button("pause", "ask")),))
    rows.append(menu_row())
    return Say("\n".join(lines), buttons=tuple(rows))


def toggled(kind: Kind, enabled: bool) -> str:
    if enabled:
        return _("“{name}” is on.").format(name=kind_name(kind))
    return _("“{name}” is off.").format(name=kind_name(kind))


def needs_routine_time(kind: Kind) -> str:
    return _(
        "“{name}” follows your routine, and I don't have that time yet. "
        "Tap 🕒 to give it one, or set it in /settings."
    ).format(name=kind_name(kind))


def time_prompt(kind: Kind, example: time) -> str:
    return _("What time should “{name}” come? (like {example})").format(
        name=kind_name(kind), example=format_clock(example)
    )


def time_set(kind: Kind, at: time) -> str:
    return _("Done — “{name}” now comes at {time}.").format(
        name=kind_name(kind), time=format_clock(at)
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


def _suggestions(ctx: Ctx) -> list[time]:
    return suggested_times(Kind(ctx.data["kind"]), ctx.profile.wake_time, ctx.profile.bedtime)


def _time_prompt(ctx: Ctx) -> str:
    times = _suggestions(ctx)
    return time_prompt(Kind(ctx.data["kind"]), times[len(times) // 2])


def build_time_flow() -> Flow:
    def finish(ctx: Ctx) -> list[Output]:
        return [SetReminderTime(kind=str(ctx.data["kind"]), local_time=str(ctx.data["at"]))]

    return Flow(
        name=REMINDER_TIME,
        steps=(
            ClockTime(
                key="at",
                prompt=_time_prompt,
                suggestions=_suggestions,
                plausible=lambda ctx: _PLAUSIBLE.get(Kind(ctx.data["kind"])),
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


def build_quiet_flow() -> Flow:
    def finish(ctx: Ctx) -> list[Output]:
        start = parse_clock_time(str(ctx.data["start"]))
        end = parse_clock_time(str(ctx.data["end"]))
        return [
            SaveProfile(fields={"quiet_start": start, "quiet_end": end}),
            Say(
                _(
                    "Quiet hours are now {start}–{end}. Anything due then waits until "
                    "{end}, or is dropped if it would come too late to help."
                ).format(start=ctx.data["start"], end=ctx.data["end"]),
                buttons=((Button(_("🔔 My reminders"), menu_button("reminders")), *menu_row()),),
            ),
        ]

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


# --- /pause -----------------------------------------------------------------------------------


def pause_question() -> Say:
    rows = (
        tuple(
            Button(
                ngettext("{count} day", "{count} days", days).format(count=days),
                menu_button("pause", str(days)),
            )
            for days in PAUSE_DAYS
        ),
        (Button(_("Until I turn them back on"), menu_button("pause", "forever")),),
        menu_row(),
    )
    return Say(_("Pause all reminders for how long?"), buttons=rows)


def paused_line(until: datetime | None) -> str:
    if until is None or until.year >= 9000:
        return _("⏸ Reminders are paused until you turn them back on.")
    return _("⏸ Reminders are paused until {day}.").format(day=format_day_time(until))


def paused_reply(until: datetime) -> Say:
    text = paused_line(until) + "\n" + _("Take the break you need.")
    resume = Button(_("▶️ Resume now"), menu_button("pause", "resume"))
    return Say(text, buttons=((resume, *menu_row()),))


def resumed() -> Say:
    return Say(_("▶️ Reminders are back on."), buttons=(menu_row(),))


def not_paused() -> Say:
    return Say(_("Your reminders aren't paused."), buttons=(menu_row(),))


# --- /nap -------------------------------------------------------------------------------------


def nap_started(wake_at: time, *, late: bool) -> Say:
    lines = [
        ngettext(
            "😴 Rest well. I'll wake you in {minutes} minute, at {time}.",
            "😴 Rest well. I'll wake you in {minutes} minutes, at {time}.",
            NAP_MINUTES,
        ).format(minutes=NAP_MINUTES, time=format_clock(wake_at))
    ]
    if late:
        lines.append(
            _(
                "One thing: a nap after about 3 pm can make it harder to fall asleep tonight, "
                "so keep it short."
            )
        )
    return Say(
        "\n\n".join(lines),
        buttons=((Button(_("Cancel the alarm"), menu_button("nap", "cancel")), *menu_row()),),
    )


def nap_cancelled() -> str:
    return _("Alarm cancelled.")


def no_nap() -> str:
    return _("There's no nap alarm running.")
