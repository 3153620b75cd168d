"""Reminders as a feature: `/reminders`, `/pause`, `/nap`, a reminder's snooze and skip-today
buttons, toggles, own times, quiet hours and the morning sleep log.

Each action changes the schedule rows in the turn's own transaction, so a pressed button and
the dispatcher never disagree for long. The words are in `conversations.reminders`, the small
flows in `conversations.reminder_flows`.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import reminders as rules
from bot.core.reminders import Kind
from bot.core.timeparse import format_clock, parse_clock_time
from bot.features import Action, Effect, Feature, Needs, ReminderWords, TurnContext
from bot.flow import Output, Say, Toast
from bot.storage import reminders as store
from bot.storage.models import User
from conversations import menu, reminder_flows
from conversations import reminders as words
from conversations.i18n import _
from conversations.reminder_flows import SetReminderTime

logger = logging.getLogger(__name__)

# "Until I turn them back on": far enough away never to pass.
FOREVER = datetime(9999, 1, 1, tzinfo=UTC)


def parse_kind(value: str | None, kinds: tuple[Kind, ...] = rules.ALL_KINDS) -> Kind | None:
    try:
        kind = Kind(value or "")
    except ValueError:
        return None
    return kind if kind in kinds else None


async def act(
    session: AsyncSession,
    *,
    user: User,
    name: str,
    arg: str | None,
    now: datetime,
    default_zone: str,
) -> list[Output]:
    """Carry out one reminder action; bad or stale arguments get a kind refusal."""
    if name == "reminders":
        return [await overview(session, user=user, now=now, default_zone=default_zone)]
    if name == "pause":
        return await _pause(session, user=user, arg=arg, now=now, default_zone=default_zone)
    if name == "nap":
        return await _nap(session, user=user, arg=arg, now=now, default_zone=default_zone)
    kind_text, _sep, rest = (arg or "").rpartition("_") if name != "skipday" else (arg, "", "")
    kind = parse_kind(kind_text)
    if kind is None and arg is None:
        # Typed without what a button would name (/snooze, /skipday): those live on a
        # reminder's buttons, so show where, and the reminders.
        shown = await overview(session, user=user, now=now, default_zone=default_zone)
        return [Say(words.from_reminder_buttons()), shown] if name != "remind" else [shown]
    if kind is None:
        return [Toast(menu.refused_button())]
    if name == "snooze":
        minutes = int(rest) if rest.isdecimal() else 0
        if minutes not in rules.SNOOZE_MINUTES:
            return [Toast(menu.refused_button())]
        row = await store.snooze(session, user=user, kind=kind, minutes=minutes, now=now)
        return [Toast(words.snoozed(kind, minutes) if row else words.reminder_gone())]
    if name == "skipday":
        row = await store.skip_today(
            session, user=user, kind=kind, now=now, default_zone=default_zone
        )
        return [Toast(words.skipped_today(kind) if row else words.reminder_gone())]
    if rest != "toggle":
        return [Toast(menu.refused_button())]
    rows = await store.sync_reminders(session, user=user, now=now, default_zone=default_zone)
    enabled = not rows[kind].enabled
    row = await store.set_enabled(
        session, user=user, kind=kind, enabled=enabled, now=now, default_zone=default_zone
    )
    said: list[Output] = [Toast(words.toggled(kind, enabled))]
    if enabled and row.next_due_at is None:
        said.append(Say(words.needs_routine_time(kind)))
    said.append(await overview(session, user=user, now=now, default_zone=default_zone))
    return said


async def set_time(
    session: AsyncSession,
    *,
    user: User,
    output: SetReminderTime,
    now: datetime,
    default_zone: str,
) -> list[Output]:
    kind = parse_kind(output.kind)
    at = parse_clock_time(output.local_time)
    if kind is None or at is None:
        return [Say(menu.refused_button())]
    await store.set_time(
        session, user=user, kind=kind, local_time=at, now=now, default_zone=default_zone
    )
    return [
        Say(words.time_set(kind, at)),
        await overview(session, user=user, now=now, default_zone=default_zone),
    ]


async def overview(session: AsyncSession, *, user: User, now: datetime, default_zone: str) -> Say:
    rows = await store.sync_reminders(session, user=user, now=now, default_zone=default_zone)
    profile = store.profile_of(user, default_zone)
    states = {
        kind: (row.enabled, rules.local_time_for(kind, profile, row.local_time))
        for kind, row in rows.items()
    }
    paused = user.paused_until if user.paused_until and user.paused_until > now else None
    return words.overview(
        states, paused_until=_local(paused, profile.zone), quiet=rules.quiet_hours(profile)
    )


async def _pause(
    session: AsyncSession, *, user: User, arg: str | None, now: datetime, default_zone: str
) -> list[Output]:
    if arg in (None, "ask"):
        if user.paused_until is not None and user.paused_until > now:
            zone = user.time_zone or default_zone
            return [words.paused_reply(_local(user.paused_until, zone) or user.paused_until)]
        return [words.pause_question()]
    if arg == "resume":
        if user.paused_until is None or user.paused_until <= now:
            return [words.not_paused()]
        user.paused_until = None
        user.updated_at = now
        # Occurrences skipped while paused are gone; the schedule simply carries on from now.
        await store.sync_reminders(session, user=user, now=now, default_zone=default_zone)
        logger.info("reminders resumed")
        return [words.resumed()]
    # Typed, a length may come with its unit ("/pause 3 days", "/pause 3 Tage").
    days = arg.split()[0] if arg.strip() else ""
    if arg == "forever":
        until = FOREVER
    elif days.isdecimal() and int(days) in words.PAUSE_DAYS:
        # "1 day" ends at the same time on the clock tomorrow, also across a clock change
        # (aware arithmetic in a ZoneInfo zone is wall-clock arithmetic).
        local = now.astimezone(ZoneInfo(user.time_zone or default_zone))
        until = (local + timedelta(days=int(days))).astimezone(UTC)
    else:
        return [words.pause_question(words.pause_length_not_offered())]
    user.paused_until = until
    user.updated_at = now
    logger.info("reminders paused")
    return [words.paused_reply(_local(until, user.time_zone or default_zone) or until)]


async def _nap(
    session: AsyncSession, *, user: User, arg: str | None, now: datetime, default_zone: str
) -> list[Output]:
    if arg == "cancel":
        cancelled = await store.cancel_nap(session, user=user, now=now)
        return [Toast(words.nap_cancelled() if cancelled else words.no_nap())]
    if arg is not None:
        return [Toast(menu.refused_button())]
    zone = ZoneInfo(user.time_zone or default_zone)
    if (night := rules.nap_night(store.profile_of(user, default_zone), now)) is not None:
        # No alarm: it would only wake them as (or after) the night begins.
        logger.info("nap declined at night")
        local = now.astimezone(zone).time().replace(second=0, microsecond=0)
        return [words.nap_at_night(night, now=local, bedtime=user.bedtime)]
    row = await store.start_nap(session, user=user, now=now)
    assert row.next_due_at is not None
    wake = row.next_due_at.astimezone(zone).time().replace(second=0, microsecond=0)
    late = now.astimezone(zone).time() >= words.LATE_NAP_FROM
    logger.info("nap started")
    return [words.nap_started(wake, late=late)]


def _local(instant: datetime | None, zone: str) -> datetime | None:
    if instant is None or instant >= FOREVER:
        return instant
    return instant.astimezone(ZoneInfo(zone))


def _schedule_action(name: str) -> Action:
    """One of the actions that change the schedule rows (`act` says what each does)."""

    async def run(turn: TurnContext, arg: str | None) -> list[Output]:
        assert turn.user is not None  # declared to need consent
        return await act(
            turn.session,
            user=turn.user,
            name=name,
            arg=arg,
            now=turn.now,
            default_zone=turn.default_zone,
        )

    described = {
        "reminders": (100, lambda: _("Turn reminders on or off and change their times")),
        "pause": (110, lambda: _("Pause all reminders for a while")),
        "nap": (120, lambda: _("A 20-minute nap with a gentle alarm")),
    }
    order, describe = described.get(name, (1000, None))
    return Action(name, run, needs=Needs.CONSENT, order=order, describe=describe)


async def _own_time(turn: TurnContext, arg: str | None) -> list[Output]:
    kind = parse_kind(arg)
    if kind is None:
        return [Toast(menu.refused_button())]
    assert turn.user is not None  # declared to need consent
    window = rules.quiet_hours(store.profile_of(turn.user, turn.default_zone))
    quiet = [format_clock(t) for t in window] if window else None
    return turn.start(words.REMINDER_TIME, {"kind": kind.value, "quiet": quiet})


async def _quiet(turn: TurnContext, arg: str | None) -> list[Output]:
    assert turn.user is not None  # declared to need consent
    # Read, not synced: opening the question must not drop a pending snooze.
    rows = await store.user_reminders(turn.session, user_id=turn.user.id)
    profile = store.profile_of(turn.user, turn.default_zone)
    enabled: dict[str, str] = {}
    for kind in rules.ALL_KINDS:
        row = rows.get(kind)
        on = row.enabled if row is not None else rules.default_enabled(kind)
        at = rules.local_time_for(kind, profile, row.local_time if row is not None else None)
        if on and at is not None:
            enabled[kind.value] = format_clock(at)
    return turn.start(words.QUIET, {"enabled": enabled})


async def _sleep_log(turn: TurnContext, arg: str | None) -> list[Output]:
    return turn.start(words.SLEEP_LOG, {"today": turn.local_now().date().isoformat()})


async def _set_time(turn: TurnContext, output: SetReminderTime) -> list[Output]:
    assert turn.user is not None  # the effect is declared to need consent
    return await set_time(
        turn.session, user=turn.user, output=output, now=turn.now, default_zone=turn.default_zone
    )


async def _weekly(
    session: AsyncSession, user: User, now: datetime, default_zone: str
) -> list[Output]:
    # Charts pull in matplotlib; loading it only when a summary is due keeps start-up quick.
    from conversations import insights_view

    return await insights_view.weekly_report(
        session, user=user, now=now, default_zone=default_zone
    )


FEATURE = Feature(
    name="reminders",
    reminders=ReminderWords(
        message=lambda kind, bedtime, local: words.reminder(kind, bedtime=bedtime, local=local),
        weekly=_weekly,
    ),
    actions=(
        *(
            _schedule_action(name)
            for name in ("reminders", "pause", "nap", "snooze", "skipday", "remind")
        ),
        Action(words.REMINDER_TIME, _own_time, needs=Needs.CONSENT),
        Action(words.QUIET, _quiet, needs=Needs.CONSENT),
        Action(words.SLEEP_LOG, _sleep_log, needs=Needs.CONSENT),
    ),
    flows=lambda: (
        reminder_flows.build_time_flow(),
        reminder_flows.build_sleep_log_flow(),
        reminder_flows.build_quiet_flow(),
    ),
    effects={SetReminderTime: Effect(_set_time, needs=Needs.CONSENT)},
)
