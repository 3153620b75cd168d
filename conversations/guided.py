"""Guided exercises as a feature: /now, /breathe and /relax, the buttons of a session while it
runs (pause, resume, stop, skip, the after-rating, again), and starting a live session.

The words and the choosing flows are in `conversations.breathing`; the pacing runs in the
process's live sessions (`TurnContext.exercises`), which know the exercises only as this
feature describes them (`paced`: each kind's plan and controls, and every word of a session).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from datetime import timedelta

from bot.core.night import is_night_at
from bot.features import (
    Action,
    Effect,
    Feature,
    MenuEntry,
    Needs,
    Paced,
    PacedKind,
    PacedWords,
    TurnContext,
)
from bot.features.paced import StartExercise
from bot.flow import Button, Output, Say, Toast
from bot.flow.callback_data import menu_button
from bot.flow.outputs import WakeExercise
from bot.storage import exercises as exercise_store
from bot.storage.models import Consent
from conversations import breathing, exercise_sound, exercise_words, menu
from conversations.exercise_args import (
    IN_CHAT_ACTION,
    VOICE_ACTION,
    exercise_arg,
    exercise_from_arg,
)
from conversations.exercises import SLOW_PACED
from conversations.i18n import _
from conversations.relaxation import group_name
from conversations.reminders import wind_down_steps

# Typed "again" starts the last exercise once more if it ended this recently.
AGAIN_WITHIN = timedelta(hours=1)


def _choose(name: str) -> Callable[[TurnContext, str | None], Awaitable[list[Output]]]:
    async def run(turn: TurnContext, arg: str | None) -> list[Output]:
        # Open to anyone, before sign-up too: without consent nothing is kept (the session's
        # row goes when it ends) and the 0–10 question is not asked.
        remembered = turn.user.breathing_pattern if turn.user is not None else None
        return turn.start(name, breathing.seed(name, arg, remembered=remembered))

    return run


async def _session_button(turn: TurnContext, action: str, arg: str | None) -> list[Output]:
    if turn.exercises is None:
        return [Say(menu.something_went_wrong())]
    return await turn.exercises.on_button(
        turn.session,
        user=turn.user,
        telegram_id=turn.telegram_id,
        chat_id=turn.chat_id,
        action=action,
        arg=arg,
    )


def _button(action: str) -> Action:
    """A button on a running session's message; it names the session in its argument."""

    async def run(turn: TurnContext, arg: str | None) -> list[Output]:
        return await _session_button(turn, action, arg)

    return Action(action, run, needs=Needs.NOTHING, typed=False)


def _night(turn: TurnContext) -> bool | None:
    user = turn.user
    if user is None:
        return None
    return is_night_at(turn.now, user.time_zone, user.bedtime, user.wake_time)


async def _voice(turn: TurnContext, arg: str | None) -> list[Output]:
    """An exercise as a voice message ("▶ Again", "Longer", or sound chosen during /now)."""
    found = exercise_from_arg(arg)
    if found is None:
        return [Toast(menu.refused_button())]
    outputs: list[Output] = []
    if turn.exercises is not None:
        # One can't follow the chat and the sound at once: the sound takes over. Only the
        # runner's wake-up is kept, not the words that end a stopped session.
        stopped = await turn.exercises.stop_live(turn.session, chat_id=turn.chat_id)
        outputs += [o for o in stopped if isinstance(o, WakeExercise)]
    kind, pattern, cycles = found
    return [*outputs, exercise_sound.voice_later(kind, pattern, cycles, _night(turn))]


async def _in_chat(turn: TurnContext, arg: str | None) -> list[Output]:
    """An exercise paced in the chat again ("▶ Again", "Longer" at the end of one)."""
    found = exercise_from_arg(arg)
    if found is None:
        return [Toast(menu.refused_button())]
    kind, pattern, cycles = found
    keeps = turn.user is not None and turn.user.consent is Consent.GIVEN
    options = {"cycles": cycles, "rate": keeps, "night": bool(_night(turn))}
    return [StartExercise(kind=kind, pattern=pattern, options=options)]


async def _wind_down(turn: TurnContext, arg: str | None) -> list[Output]:
    """The wind-down for the night, with slow breathing to follow by sound."""
    slow = exercise_arg(breathing.BREATHE, SLOW_PACED.key, SLOW_PACED.default_cycles)
    return [
        Say(
            wind_down_steps(),
            buttons=(
                (Button(_("🎧 Slow breathing with sound"), menu_button(VOICE_ACTION, slow)),),
                (Button(_("Menu"), menu_button("menu")),),
            ),
        )
    ]


async def again_typed(turn: TurnContext) -> list[Output]:
    """ "Again" typed outside any flow ("nochmal", "ещё раз"): the chat's last exercise once
    more, if it ended within the hour and was kept; otherwise the choice of breathing."""
    since = turn.now - AGAIN_WITHIN
    last = await exercise_store.last_ended_in_chat(turn.session, chat_id=turn.chat_id, since=since)
    if last is None:
        return await _choose(breathing.BREATHE)(turn, None)
    options = {k: v for k, v in last.options.items() if k not in ("skipped", "rated")}
    return [StartExercise(kind=last.kind, pattern=last.pattern, options=options)]


async def start_session(turn: TurnContext, output: StartExercise) -> list[Output]:
    if turn.exercises is None:
        return [Say(menu.something_went_wrong())]
    return await turn.exercises.create(
        turn.session,
        user=turn.user,
        telegram_id=turn.telegram_id,
        chat_id=turn.chat_id,
        output=output,
    )


FEATURE = Feature(
    name="guided",
    actions=(
        Action(
            breathing.NOW,
            _choose(breathing.NOW),
            needs=Needs.NOTHING,
            order=50,
            describe=lambda: _("Twitching right now? A calm minute, paced with you"),
        ),
        Action(
            breathing.BREATHE,
            _choose(breathing.BREATHE),
            needs=Needs.NOTHING,
            order=60,
            describe=lambda: _(
                "Guided breathing: 4-7-8, 4-5-6, box, sighs, slow or your own (/breathe 4 2 6)"
            ),
        ),
        Action(
            breathing.RELAX,
            _choose(breathing.RELAX),
            needs=Needs.NOTHING,
            order=70,
            describe=lambda: _("Progressive muscle relaxation, head to toes"),
        ),
        Action(VOICE_ACTION, _voice, needs=Needs.NOTHING, typed=False),
        Action(IN_CHAT_ACTION, _in_chat, needs=Needs.NOTHING, typed=False),
        Action("winddown", _wind_down, needs=Needs.NOTHING, typed=False),
        *(
            _button(name)
            for name in (
                "ex_pause",
                "ex_resume",
                "ex_stop",
                "ex_skip",
                "ex_rate",
                "ex_again",
                "ex_log",
            )
        ),
    ),
    menu=(
        MenuEntry(lambda: _("🌊 Twitching now"), breathing.NOW, row=40),
        MenuEntry(lambda: _("🫁 Breathe"), breathing.BREATHE, row=40, column=1),
        MenuEntry(lambda: _("💪 Relax"), breathing.RELAX, row=40, column=2),
    ),
    flows=breathing.all_flows,
    effects={StartExercise: Effect(start_session)},
    renderers={exercise_sound.RENDERER: exercise_sound.render},
    paced=Paced(
        kinds={
            breathing.BREATHE: PacedKind(functools.partial(breathing.plan_for, breathing.BREATHE)),
            breathing.RELAX: PacedKind(
                functools.partial(breathing.plan_for, breathing.RELAX), skips_parts=True
            ),
            breathing.NOW: PacedKind(
                functools.partial(breathing.plan_for, breathing.NOW),
                after_flow=breathing.TWITCH_LOG,
            ),
        },
        words=PacedWords(
            progress_text=exercise_words.progress_text,
            progress_buttons=exercise_words.progress_buttons,
            done_text=exercise_words.done_text,
            stopped_text=exercise_words.stopped_text,
            interrupted_text=exercise_words.interrupted_text,
            again_buttons=exercise_words.again_buttons,
            start_over_buttons=exercise_words.start_over_buttons,
            busy_note=exercise_words.busy_note,
            after_question=exercise_words.after_question,
            rated_text=exercise_words.rated_text,
            after_buttons=exercise_words.after_buttons,
            done_without_rating=exercise_words.done_without_rating,
            skipped=lambda key: exercise_words.skipped_toast(group_name(key)),
            session_over=exercise_words.session_over,
            paused_toast=exercise_words.paused_toast,
            resumed_toast=exercise_words.resumed_toast,
            stopped_toast=exercise_words.stopped_toast,
            already_paused=exercise_words.already_paused,
            already_saved=exercise_words.already_saved,
            not_paused=exercise_words.not_paused,
            nothing_to_skip=exercise_words.nothing_to_skip,
            refused=menu.refused_button,
        ),
    ),
)
