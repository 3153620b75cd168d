"""What a turn does to a live exercise session: start one, its buttons (Pause, Resume, Stop, Skip,
the after-rating, Start again), /cancel, and the note typed text gets while one runs. The chat row
is locked and the transaction is the turn's; the runner learns of a change from `WakeExercise`."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.core import typed
from bot.core.pacing import cycles_done, position_at, schedule, total_seconds
from bot.features import Paced
from bot.features.paced import StartExercise
from bot.flow import EditPressed, Output, Say, StartFlow, Toast
from bot.flow.outputs import WakeExercise
from bot.i18n import current_language
from bot.storage import exercises as store
from bot.storage.models import Consent, ExerciseSession, User
from bot.transport.exercises.sessions import elapsed_at

logger = logging.getLogger(__name__)


async def create(
    session: AsyncSession,
    *,
    clock: Clock,
    paced: Paced,
    user: User | None,
    telegram_id: int,
    chat_id: int,
    output: StartExercise,
) -> list[Output]:
    """A new session row; one live session per chat, so an older one is stopped. The row is
    the person's only if they keep records; otherwise it belongs to no one and goes when the
    session ends."""
    now = clock.now()
    outputs: list[Output] = []
    for old in await store.live_in_chat(session, chat_id=chat_id):
        await _stop(paced, session, old, now)
        outputs.append(WakeExercise(old.id))
    kept = user is not None and user.consent is Consent.GIVEN
    row = await store.create(
        session,
        user_id=user.id if kept and user is not None else None,
        telegram_id=telegram_id,
        chat_id=chat_id,
        kind=output.kind,
        pattern=output.pattern,
        # The session's words are in the language of the turn that started it, wherever and
        # whenever it is paced.
        options={**output.options, "language": current_language()},
        tension_before=output.tension_before,
        now=now,
    )
    logger.info("exercise session %d created (%s)", row.id, row.kind)
    outputs.append(WakeExercise(row.id, start=True))
    return outputs


async def on_typed(
    session: AsyncSession,
    *,
    clock: Clock,
    paced: Paced,
    telegram_id: int,
    chat_id: int,
    text: str | None,
) -> list[Output]:
    """Text typed while a session runs: "pause" ("pausar", "пауза"...) and "resume"
    ("weiter", "continuar"...) do what the buttons do; anything else gets a note on what is
    going on. ("stop" is /cancel, which stops it.) Empty if no session runs in the chat."""
    live = await store.live_in_chat(session, chat_id=chat_id)
    if not live:
        return []
    row = live[-1]
    word = typed.recognise(text) if text else None
    if row.telegram_id in (None, telegram_id):
        if word is typed.Word.PAUSE:
            return _pause(paced, row, clock.now())
        if word is typed.Word.CONTINUE:
            return _resume(paced, row, clock.now())
    return [Say(paced.words.busy_note(row.kind, row.pattern))]


async def stop_live(
    session: AsyncSession, *, clock: Clock, paced: Paced, chat_id: int
) -> list[Output]:
    """/cancel during a session: stop it as its Stop button would (empty if none runs)."""
    live = await session.scalars(
        select(ExerciseSession.id).where(
            ExerciseSession.chat_id == chat_id, ExerciseSession.status.in_(store.LIVE)
        )
    )
    outputs: list[Output] = []
    for session_id in list(live):
        row = await store.lock(session, session_id=session_id)
        if row is None or row.status not in store.LIVE:
            continue  # it ended meanwhile
        await _stop(paced, session, row, clock.now())
        outputs += [WakeExercise(row.id), _after_stop(paced, row)]
    return outputs


async def on_button(
    session: AsyncSession,
    *,
    clock: Clock,
    paced: Paced,
    user: User | None,
    telegram_id: int,
    chat_id: int,
    action: str,
    arg: str | None,
) -> list[Output]:
    """Pause, Resume, Stop, Skip, the after-rating, Start again, Note this twitch."""
    words = paced.words
    parsed = _parse_arg(arg)
    if parsed is None:
        return [Toast(words.refused())]
    session_id, extra = parsed
    row = await store.lock(session, session_id=session_id)
    if row is None or row.chat_id != chat_id or not _started_by(row, user, telegram_id):
        # A forged or foreign session id: never touch it, never say whose it is.
        logger.warning("refused an exercise button for a session of another chat")
        return [Toast(words.refused())]
    now = clock.now()
    if action == "ex_pause":
        return _pause(paced, row, now)
    if action == "ex_resume":
        return _resume(paced, row, now)
    if action == "ex_stop":
        if row.status not in store.LIVE:
            return [Toast(words.session_over())]
        await _stop(paced, session, row, now)
        return [Toast(words.stopped_toast()), WakeExercise(row.id), _after_stop(paced, row)]
    if action == "ex_skip":
        return _skip(paced, row, now)
    if action == "ex_rate":
        return _rate(paced, row, extra, now)
    if action == "ex_again" and row.status in store.ENDED:
        options = {k: v for k, v in row.options.items() if k != "skipped"}
        return [StartExercise(kind=row.kind, pattern=row.pattern, options=options)]
    if (
        action == "ex_log"
        and (kind := paced.kinds.get(row.kind)) is not None
        and kind.after_flow is not None
        and row.status in store.ENDED
        and user is not None
        and user.consent is Consent.GIVEN
    ):
        return [StartFlow(kind.after_flow)]
    return [Toast(words.refused())]


def _started_by(row: ExerciseSession, user: User | None, telegram_id: int) -> bool:
    if row.telegram_id is not None:
        return row.telegram_id == telegram_id
    # Rows from before 0007 name only their user.
    return user is not None and row.user_id == user.id


def _after_stop(paced: Paced, row: ExerciseSession) -> Say:
    """What follows a stop: the after-rating if the session asked the before one."""
    if row.options.get("rate"):
        return paced.words.after_question(row.id)
    return paced.words.done_without_rating(row.id, row.kind, **_again(paced, row))


def _again(paced: Paced, row: ExerciseSession) -> dict[str, Any]:
    """What "▶ Again", "Longer" and the wind-down after a session need to know of it."""
    return {
        "pattern": row.pattern,
        "steps": paced.plan(row.kind, row.pattern, row.options),
        "night": bool(row.options.get("night")),
    }


def _pause(paced: Paced, row: ExerciseSession, now: datetime) -> list[Output]:
    words = paced.words
    if row.status == store.PAUSED:
        return [Toast(words.already_paused())]
    if row.status not in store.LIVE:
        return [Toast(words.session_over())]
    row.status, row.paused_at, row.updated_at = store.PAUSED, now, now
    return [Toast(words.paused_toast()), WakeExercise(row.id)]


def _resume(paced: Paced, row: ExerciseSession, now: datetime) -> list[Output]:
    words = paced.words
    if row.status != store.PAUSED or row.paused_at is None:
        if row.status in store.LIVE:
            return [Toast(words.not_paused())]
        return [Toast(words.session_over())]
    row.paused_s = (row.paused_s or 0.0) + max((now - row.paused_at).total_seconds(), 0.0)
    row.status, row.paused_at, row.updated_at = store.RUNNING, None, now
    return [Toast(words.resumed_toast()), WakeExercise(row.id)]


async def _stop(paced: Paced, session: AsyncSession, row: ExerciseSession, now: datetime) -> None:
    steps = paced.plan(row.kind, row.pattern, row.options)
    elapsed = 0.0 if row.status == store.STARTING else elapsed_at(store.snapshot_of(row), now)
    elapsed = min(elapsed, total_seconds(schedule(steps)))
    row.status, row.paused_at, row.ended_at, row.updated_at = store.STOPPED, None, now, now
    row.duration_s = round(elapsed, 1)
    row.cycles_done = cycles_done(steps, elapsed)
    if row.user_id is None:
        # Kept for no one: it lived only while it ran (its runner finds it gone and stops).
        await session.delete(row)
    await session.flush()
    logger.info("exercise session %d stopped", row.id)


def _skip(paced: Paced, row: ExerciseSession, now: datetime) -> list[Output]:
    words = paced.words
    kind = paced.kinds.get(row.kind)
    if kind is None or not kind.skips_parts or row.status not in store.LIVE:
        return [Toast(words.session_over())]
    if row.status != store.RUNNING:
        return [Toast(words.nothing_to_skip())]
    steps = paced.plan(row.kind, row.pattern, row.options)
    plan = schedule(steps)
    elapsed = elapsed_at(store.snapshot_of(row), now)
    position = position_at(plan, elapsed)
    if position is None:
        return [Toast(words.nothing_to_skip())]
    step = steps[position.step_index]
    # In a tense or release step the part is this one; in a rest, the one coming up.
    target = step.cycle if step.kind in ("tense", "release") else step.cycle + 1
    parts = [b for b in plan if b.cycle == target and b.phase in ("tense", "release")]
    if not parts:
        return [Toast(words.nothing_to_skip())]
    jump = max(b.end_s for b in parts) - elapsed
    key = steps[parts[0].step_index].detail or ""
    row.skipped_s = (row.skipped_s or 0.0) + max(jump, 0.0)
    row.options = {**row.options, "skipped": [*row.options.get("skipped", []), key]}
    row.updated_at = now
    return [Toast(words.skipped(key)), WakeExercise(row.id)]


def _rate(paced: Paced, row: ExerciseSession, extra: str | None, now: datetime) -> list[Output]:
    words = paced.words
    if row.status not in store.ENDED or not row.options.get("rate"):
        return [Toast(words.refused())]
    if row.tension_after is not None or row.options.get("rated"):
        return [Toast(words.already_saved())]
    if extra == "s":
        after = None
    elif extra is not None and extra.isdecimal() and 0 <= int(extra) <= 10:
        after = int(extra)
    else:
        return [Toast(words.refused())]
    row.tension_after, row.updated_at = after, now
    row.options = {**row.options, "rated": True}
    return [
        EditPressed(
            words.rated_text(row.tension_before, after),
            words.after_buttons(row.id, row.kind, keeps_records=True, **_again(paced, row)),
        )
    ]


def _parse_arg(arg: str | None) -> tuple[int, str | None] | None:
    """ "123" or "123_7" from callback data; None for anything else."""
    if not arg:
        return None
    head, _sep, tail = arg.partition("_")
    if not head.isdecimal() or len(head) > 12:
        return None
    return int(head), (tail or None)
