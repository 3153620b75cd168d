"""The routine questions shared by onboarding and settings: zone, wake, bed, cut-off, check-in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from zoneinfo import ZoneInfo

from bot.core import zones
from bot.core.timeparse import format_clock, parse_clock_time
from bot.flow import ClockTime, Ctx, TimeZone
from conversations.formats import format_duration
from conversations.i18n import _, current_language, ngettext

When = Callable[[Ctx], bool] | None

DEFAULT_CUTOFF = time(14, 0)
DEFAULT_CHECKIN = time(21, 0)
# Drake et al. 2013: caffeine taken even 6 hours before bed cut sleep by more than an hour, so
# the advice leaves a margin beyond that: the last cup at least 8 hours before bed.
STUDY_HOURS_BEFORE_BED = 6
CUTOFF_HOURS_BEFORE_BED = 8
MIN_NIGHT_HOURS, MAX_NIGHT_HOURS = 3, 14
# Where bedtimes and wake-ups usually fall: a bare "11" at a bedtime asks "23:00 or 11:00?".
BEDTIME_HOURS = (time(19), time(4))
WAKE_HOURS = (time(3), time(13))
# The zones offered as keys, by interface language: where people who speak it mostly live.
POPULAR_ZONES = {
    "en": (
        "Europe/London",
        "Europe/Berlin",
        "America/New_York",
        "America/Los_Angeles",
        "Asia/Kolkata",
        "Australia/Sydney",
    ),
    "de": (
        "Europe/Berlin",
        "Europe/Vienna",
        "Europe/Zurich",
        "Europe/London",
        "America/New_York",
        "Europe/Moscow",
    ),
    "es": (
        "Europe/Madrid",
        "America/Mexico_City",
        "America/Bogota",
        "America/Argentina/Buenos_Aires",
        "America/Santiago",
        "America/New_York",
    ),
    "fr": (
        "Europe/Paris",
        "Europe/Brussels",
        "Europe/Zurich",
        "America/Toronto",
        "Africa/Casablanca",
        "Europe/London",
    ),
    "pt": (
        "America/Sao_Paulo",
        "Europe/Lisbon",
        "America/Manaus",
        "America/Fortaleza",
        "Africa/Luanda",
        "Africa/Maputo",
    ),
    "ru": (
        "Europe/Moscow",
        "Asia/Yekaterinburg",
        "Asia/Novosibirsk",
        "Asia/Vladivostok",
        "Europe/Minsk",
        "Asia/Almaty",
    ),
}


def popular_zones(ctx: Ctx) -> tuple[str, ...]:
    return POPULAR_ZONES.get(current_language(), POPULAR_ZONES["en"])


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _after(later: time, earlier: time) -> int:
    """Minutes from `earlier` forward to `later` on a 24-hour dial."""
    return (_minutes(later) - _minutes(earlier)) % (24 * 60)


def _shift(t: time, minutes: int) -> time:
    total = (_minutes(t) + minutes) % (24 * 60)
    return time(total // 60, total % 60)


def current(ctx: Ctx, key: str) -> time | None:
    """This flow's answer for `key` if given, else what the profile already holds."""
    answer = ctx.data.get(key)
    if isinstance(answer, str):
        return parse_clock_time(answer)
    value = getattr(ctx.profile, key, None)
    return value if isinstance(value, time) else None


def latest_cutoff(bedtime: time) -> time:
    return _shift(bedtime, -CUTOFF_HOURS_BEFORE_BED * 60)


def cutoff_fits(cutoff: time, wake: time | None, bedtime: time | None) -> bool:
    """At least `CUTOFF_HOURS_BEFORE_BED` hours before bed, and within the waking day."""
    if bedtime is None:
        return True
    if _after(bedtime, cutoff) < CUTOFF_HOURS_BEFORE_BED * 60:
        return False
    return wake is None or _after(cutoff, wake) <= _after(bedtime, wake)


def checkin_fits(checkin: time, wake: time | None, bedtime: time | None) -> bool:
    if wake is None or bedtime is None:
        return True
    return _after(checkin, wake) < _after(bedtime, wake)


# --- time zone -------------------------------------------------------------------------


def _zone_prompt(ctx: Ctx) -> str:
    return _(
        "Which time zone are you in? It keeps reminders at the right local time.\n"
        "Share your location, tap one below, or type a city (Lisbon), a zone name "
        "(Europe/Lisbon) or an offset (UTC+1)."
    )


def zone_label(zone: str, ctx: Ctx) -> str:
    """The zone as the person knows it, in their language: "São Paulo (UTC−3)"."""
    return zones.zone_label(zone, current_language(), ctx.now)


def _zone_confirmation(zone: str, ctx: Ctx) -> str:
    local = ctx.now.astimezone(ZoneInfo(zone))
    return _("Got it: {zone}. It's {clock} there now.").format(
        zone=zone_label(zone, ctx), clock=format_clock(local.time())
    )


def zone_step(when: When = None) -> TimeZone:
    return TimeZone(
        key="time_zone",
        prompt=_zone_prompt,
        popular=popular_zones,
        confirmation=_zone_confirmation,
        label=zone_label,
        when=when,
    )


# --- wake and bed ------------------------------------------------------------------------


def _wake_prompt(ctx: Ctx) -> str:
    return _(
        "What time do you usually wake up? Tap one or type a time (like 6:45). "
        "Keeping it the same every day, weekends too, helps your body settle."
    )


def wake_step(when: When = None) -> ClockTime:
    return ClockTime(
        key="wake_time",
        prompt=_wake_prompt,
        suggestions=[time(6), time(6, 30), time(7), time(7, 30), time(8), time(8, 30)],
        plausible=WAKE_HOURS,
        when=when,
    )


def bed_prompt(ctx: Ctx) -> str:
    return _(
        "And the bedtime you're aiming for? One time for every night, weekends included. "
        "Tap one or type a time (like 22:45)."
    )


def night_fits(wake: time | None, bedtime: time | None) -> bool:
    if wake is None or bedtime is None:
        return True
    return MIN_NIGHT_HOURS <= _after(wake, bedtime) / 60 <= MAX_NIGHT_HOURS


def _check_bedtime(value: time, ctx: Ctx) -> str | None:
    wake = current(ctx, "wake_time")
    if wake is None:
        return None
    if not night_fits(wake, value):
        night = _("With a {wake} wake-up that gives a night of {length}.").format(
            wake=format_clock(wake), length=format_duration(_after(wake, value))
        )
        choose = ngettext(
            "Please choose a bedtime {low} to {high} hour before you wake, for example 23:00.",
            "Please choose a bedtime {low} to {high} hours before you wake, for example 23:00.",
            MAX_NIGHT_HOURS,
        ).format(low=MIN_NIGHT_HOURS, high=MAX_NIGHT_HOURS)
        return f"{night} {choose}"
    return None


def bed_question(ctx: Ctx) -> str:
    """The bedtime question on its own, not following the wake-up (a change in /settings)."""
    return _(
        "What bedtime are you aiming for? One time for every night, weekends included. "
        "Tap one or type a time (like 22:45)."
    )


def bed_step(when: When = None, *, prompt: Callable[[Ctx], str] = bed_prompt) -> ClockTime:
    return ClockTime(
        key="bedtime",
        prompt=prompt,
        suggestions=[time(22), time(22, 30), time(23), time(23, 30), time(0)],
        plausible=BEDTIME_HOURS,
        check=_check_bedtime,
        when=when,
    )


# --- caffeine cut-off -------------------------------------------------------------------------


def _cutoff_suggestions(ctx: Ctx) -> list[time]:
    wake, bed = current(ctx, "wake_time"), current(ctx, "bedtime")
    fitting = [t for t in (time(12), time(13), time(14), time(15)) if cutoff_fits(t, wake, bed)]
    return fitting or ([latest_cutoff(bed)] if bed else [DEFAULT_CUTOFF])


def _cutoff_prompt(ctx: Ctx) -> str:
    question = _(
        "When should your last coffee (or tea, cola, energy drink) of the day be? "
        "Most people do well with 14:00."
    )
    why = _(
        "Why: in one sleep study, caffeine taken even {study} hours before bed still cost over "
        "an hour of sleep, so I suggest stopping at least {hours} hours before."
    ).format(study=STUDY_HOURS_BEFORE_BED, hours=CUTOFF_HOURS_BEFORE_BED)
    bed = current(ctx, "bedtime")
    if bed is None:
        return f"{question}\n{why}"
    latest = _("With a {bed} bedtime, that means {latest} at the latest.").format(
        bed=format_clock(bed), latest=format_clock(latest_cutoff(bed))
    )
    return f"{question}\n{why} {latest}"


def _check_cutoff(value: time, ctx: Ctx) -> str | None:
    wake, bed = current(ctx, "wake_time"), current(ctx, "bedtime")
    if cutoff_fits(value, wake, bed) or bed is None:
        return None
    if _after(bed, value) < CUTOFF_HOURS_BEFORE_BED * 60:
        return ngettext(
            "That's less than {hours} hour before your {bed} bedtime, so much of it would "
            "still be working when you lie down. Try {latest} or earlier.",
            "That's less than {hours} hours before your {bed} bedtime, so much of it would "
            "still be working when you lie down. Try {latest} or earlier.",
            CUTOFF_HOURS_BEFORE_BED,
        ).format(
            hours=CUTOFF_HOURS_BEFORE_BED,
            bed=format_clock(bed),
            latest=format_clock(latest_cutoff(bed)),
        )
    # Far enough from bed, but before the wake-up: a time in the night.
    return _(
        "That falls while you'd be asleep. Try a time in your day, {latest} or earlier."
    ).format(latest=format_clock(latest_cutoff(bed)))


def cutoff_step(when: When = None) -> ClockTime:
    return ClockTime(
        key="caffeine_cutoff",
        prompt=_cutoff_prompt,
        suggestions=_cutoff_suggestions,
        check=_check_cutoff,
        when=when,
    )


# --- evening check-in -------------------------------------------------------------------------


def _checkin_suggestions(ctx: Ctx) -> list[time]:
    wake, bed = current(ctx, "wake_time"), current(ctx, "bedtime")
    fitting = [t for t in (time(20), time(21), time(22)) if checkin_fits(t, wake, bed)]
    return fitting or ([_shift(bed, -60)] if bed else [DEFAULT_CHECKIN])


def _checkin_prompt(ctx: Ctx) -> str:
    return _(
        "Last one: when shall I check in each evening? It takes about a minute — "
        "twitching, anxiety, sleep and caffeine. 21:00 suits most people."
    )


def _check_checkin(value: time, ctx: Ctx) -> str | None:
    wake, bed = current(ctx, "wake_time"), current(ctx, "bedtime")
    if checkin_fits(value, wake, bed) or wake is None or bed is None:
        return None
    return _(
        "That falls while you'd be asleep ({bed}–{wake}). Pick a time before bed, like 21:00."
    ).format(bed=format_clock(bed), wake=format_clock(wake))


def checkin_question(ctx: Ctx) -> str:
    """The check-in question outside onboarding, where it is not the last of a series."""
    return _(
        "When shall I check in each evening? It takes about a minute — twitching, anxiety, "
        "sleep and caffeine. 21:00 suits most people."
    )


def checkin_step(
    when: When = None, *, prompt: Callable[[Ctx], str] = _checkin_prompt
) -> ClockTime:
    return ClockTime(
        key="checkin_time",
        prompt=prompt,
        suggestions=_checkin_suggestions,
        check=_check_checkin,
        when=when,
    )


ROUTINE_KEYS = ("time_zone", "wake_time", "bedtime", "caffeine_cutoff", "checkin_time")


def routine_fields(ctx: Ctx) -> dict[str, object]:
    """The answers of this flow as profile values (times as `time`, zone as its name)."""
    fields: dict[str, object] = {}
    for key in ROUTINE_KEYS:
        if key not in ctx.data or ctx.data[key] is None:
            continue
        value = ctx.data[key]
        fields[key] = value if key == "time_zone" else parse_clock_time(value)
    return fields


def summary(ctx: Ctx) -> str:
    zone_name = ctx.data.get("time_zone") or ctx.profile.time_zone
    zone = zone_label(zone_name, ctx) if zone_name else "—"

    def show(key: str) -> str:
        value = current(ctx, key)
        return format_clock(value) if value else "—"

    return _(
        "Time zone: {zone}\nWake: {wake} · Bed: {bed}\n"
        "Caffeine cut-off: {cutoff}\nEvening check-in: {checkin}"
    ).format(
        zone=zone,
        wake=show("wake_time"),
        bed=show("bedtime"),
        cutoff=show("caffeine_cutoff"),
        checkin=show("checkin_time"),
    )
