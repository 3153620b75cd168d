"""The words of reminders: the messages themselves, `/reminders`, `/pause` and `/nap` (the
small flows they open are in `conversations.reminder_flows`)."""

from __future__ import annotations

from datetime import datetime, time

from bot.core.reminders import ALL_KINDS, NAP_MINUTES, SNOOZE_MINUTES, Kind, NapNight
from bot.core.timeparse import format_clock
from bot.flow import Button, Say
from bot.flow.callback_data import menu_button
from conversations.formats import format_day_time, format_minutes
from conversations.greetings import greeting, part_of_day
from conversations.i18n import _, ngettext, pgettext
from conversations.menu import menu_row

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


def kind_short_name(kind: Kind) -> str:
    """The kind in a word or two, for a button beside its time."""
    return {
        Kind.CAFFEINE: pgettext("a reminder, on a button beside its time", "Caffeine"),
        Kind.WIND_DOWN: pgettext("a reminder, on a button beside its time", "Wind-down"),
        Kind.CHECKIN: pgettext("a reminder, on a button beside its time", "Check-in"),
        Kind.SLEEP_LOG: pgettext("a reminder, on a button beside its time", "Sleep log"),
        Kind.WEEKLY: pgettext("a reminder, on a button beside its time", "Weekly summary"),
        Kind.NAP: pgettext("a reminder, on a button beside its time", "Nap alarm"),
    }[kind]


# --- the reminders themselves -------------------------------------------------------------------


def _snooze_row(kind: Kind) -> tuple[tuple[Button, ...], ...]:
    snoozes = tuple(
        Button(f"⏰ {format_minutes(m)}", menu_button("snooze", f"{kind}_{m}"))
        for m in SNOOZE_MINUTES
    )
    return (snoozes, (Button(_("Skip today"), menu_button("skipday", kind.value)),))


def wind_down_steps() -> str:
    return _(
        "Time to wind down:\n\n• screens away\n• lights low\n• a quiet, cool room\n\n"
        "A few slow breaths can help the body settle."
    )


def breathe_button() -> Button:
    return Button(_("🫁 Breathe with me"), menu_button("breathe"))


def _sleep_log_text(local: time | None) -> str:
    question = _("When did you fall asleep, and when did you wake?")
    hello = greeting(local) if local is not None else None
    if hello is None:
        return question
    sun = "☀️ " if part_of_day(local or time(0)) == "morning" else ""
    return f"{sun}{hello} {question}"


def reminder(kind: Kind, *, bedtime: time | None = None, local: time | None = None) -> Say:
    """The message a reminder sends at local time `local` (the weekly summary is composed by
    the insights)."""
    extra: tuple[tuple[Button, ...], ...] = ()
    if kind is Kind.CAFFEINE:
        text = _(
            "☕ Last call for caffeine today.\n\nFrom here on, decaf coffee, a herbal tea or "
            "warm milk will be kinder to tonight's sleep."
        )
    elif kind is Kind.WIND_DOWN:
        steps = wind_down_steps()
        soon = (
            _("🌙 Bedtime at {time} is about 30 minutes away.").format(time=format_clock(bedtime))
            if bedtime
            else _("🌙 Bedtime is about 30 minutes away.")
        )
        text = f"{soon} {steps}"
        extra = ((breathe_button(),),)
    elif kind is Kind.CHECKIN:
        text = _("📝 Evening check-in: a minute to note how today went?")
        extra = ((Button(_("Check in now"), menu_button("go", "checkin")),),)
    elif kind is Kind.SLEEP_LOG:
        text = _sleep_log_text(local)
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


def from_reminder_buttons() -> str:
    return _(
        "Snoozing and skipping a day are done with the buttons under a reminder, when it comes."
    )


def reminder_gone() -> str:
    return _("That reminder is switched off now, so there's nothing to change.")


# --- /reminders -------------------------------------------------------------------------------


def overview(
    states: dict[Kind, tuple[bool, time | None]],
    *,
    paused_until: datetime | None,
    quiet: tuple[time, time] | None,
) -> Say:
    """Each kind with its state and time; its name toggles it, its time changes the time.

    The keys carry a short name and the time itself ("✅ Caffeine", "🕒 14:00"): the full
    names with "Turn off:" before them did not fit beside a second button on a phone."""
    lines = [_("Your reminders:"), ""]
    rows: list[tuple[Button, ...]] = []
    for kind in ALL_KINDS:
        enabled, at = states.get(kind, (False, None))
        when = format_clock(at) if at else _("no time set")
        mark = "✅" if enabled else "▫️"
        lines.append(f"{mark} {kind_name(kind)} — {when}")
        clock = f"🕒 {format_clock(at)}" if at else _("🕒 Set a time")
        rows.append(
            (
                Button(f"{mark} {kind_short_name(kind)}", menu_button("remind", f"{kind}_toggle")),
                Button(clock, menu_button("go", f"{REMINDER_TIME}_{kind}")),
            )
        )
    lines += ["", _("Tap a reminder to turn it on or off, or its time to change the time.")]
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


def time_set(kind: Kind, at: time) -> str:
    return _("Done — “{name}” now comes at {time}.").format(
        name=kind_name(kind), time=format_clock(at)
    )


# --- /pause -----------------------------------------------------------------------------------


def pause_length_not_offered() -> str:
    return _("I can pause them for one of these lengths — pick one below.")


def pause_question(reason: str | None = None) -> Say:
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
    question = _("Pause all reminders for how long?")
    return Say(question if reason is None else f"{reason}\n\n{question}", buttons=rows)


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


def nap_at_night(night: NapNight, *, now: time, bedtime: time | None) -> Say:
    """/nap close to bedtime or in the night: no alarm, but the wind-down and a breath."""
    if night is NapNight.BEFORE_BED and bedtime is not None:
        why = _(
            "Your bedtime, {bedtime}, is not far off. A nap now can make it harder to fall "
            "asleep tonight, so rather than set an alarm, let's wind down for the night."
        ).format(bedtime=format_clock(bedtime))
    else:
        why = ngettext(
            "It's {time}, and that's night-time for you. An alarm in {minutes} minute would "
            "only wake you, so I won't set one. Let's help you settle into sleep instead.",
            "It's {time}, and that's night-time for you. An alarm in {minutes} minutes would "
            "only wake you, so I won't set one. Let's help you settle into sleep instead.",
            NAP_MINUTES,
        ).format(time=format_clock(now), minutes=NAP_MINUTES)
    breathe = Button(_("🫁 Breathe with me"), menu_button("breathe", "slow"))
    return Say(f"{why}\n\n{wind_down_steps()}", buttons=((breathe, *menu_row()),))


def nap_cancelled() -> str:
    return _("Alarm cancelled.")


def no_nap() -> str:
    return _("There's no nap alarm running.")
