"""Guided exercises as a feature: /now, /breathe and /relax, the buttons of a session while it
runs (pause, resume, stop, skip, the after-rating, again), and starting a live session.

The words and the choosing flows are in `conversations.breathing`; the pacing runs in the
process's live sessions (`TurnContext.exercises`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.features import Action, Effect, Feature, MenuEntry, Needs, TurnContext
from bot.flow import Output, Say
from bot.flow.outputs import StartExercise
from conversations import breathing, menu
from conversations.i18n import _


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
)
