"""The core of every chat: /start, /menu, /help and /cancel, the main menu and /help built
from every feature's declaration, and the replies outside any flow. The engine draws the
chat's frame with these words through this feature's `shell`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.core import typed
from bot.features import Action, Feature, MenuEntry, Needs, Shell, TurnContext
from bot.flow import Button, Output, RunAction, Say
from bot.flow.callback_data import menu_button
from conversations import exercise_words, formats
from conversations.i18n import _


def menu(rows: Sequence[Sequence[MenuEntry]], text: str | None = None) -> Say:
    """The main menu: the buttons a user may use, row by row (see `bot.features.Catalog`)."""
    buttons = tuple(
        tuple(Button(entry.label(), menu_button(entry.action, entry.arg)) for entry in row)
        for row in rows
    )
    return Say(text or _("What would you like to do?"), buttons=buttons)


def help_text(commands: Sequence[tuple[str, str]]) -> str:
    """Every listed command with its line, and what I am not."""
    lines = [_("Here's everything I can do so far:"), ""]
    lines += [f"/{name} — {description}" for name, description in commands]
    lines += [
        "",
        _(
            "I'm not a doctor and can't diagnose anything. If you notice real weakness, "
            "muscles getting thinner, or trouble swallowing or speaking, please see a "
            "clinician soon."
        ),
    ]
    return "\n".join(lines)


def unknown_command() -> str:
    return _("I don't know that command. Here's what I do know:")


def nothing_to_cancel() -> str:
    return _("There's nothing to cancel — we're not in the middle of anything.")


def cancelled() -> str:
    return _("Okay, I've stopped that. Nothing from it was kept.")


def cancelled_before_setup() -> str:
    return _("Okay, stopped. Whenever you're ready, /start picks it up again.")


def still_in_flow() -> str:
    return _("We're in the middle of something — here's where we were (or /cancel to leave it).")


def setup_first() -> str:
    return _("Let's get you set up first — it only takes a minute.")


def refused_button() -> str:
    return _("Sorry, I can't use that button.")


def something_went_wrong() -> str:
    return _(
        "Sorry — something went wrong on my side. What you've told me so far is safe; "
        "please try that again."
    )


def menu_label() -> str:
    return _("Menu")


def carry_on_label() -> str:
    return _("I'd like to carry on")


def stop_here_label() -> str:
    return _("Stop here for now")


def paused_prompt() -> str:
    return _(
        "I've put what we were doing on hold. Take all the time you need — "
        "when you're ready, you can carry on or stop here."
    )


def not_keeping_records() -> str:
    return _(
        "I'm not keeping any records for you right now, so there's nothing to save or show. "
        "You can turn that on in /settings."
    )


# --- the core actions ---------------------------------------------------------------------------


async def _start(turn: TurnContext, arg: str | None) -> list[Output]:
    """First time: set up. Mid-flow: where we were. Otherwise: the menu."""
    if not turn.onboarded:
        return turn.reask() if turn.state.flow == ONBOARDING else turn.start(ONBOARDING)
    if turn.state.active:
        return [Say(still_in_flow()), *turn.reask()]
    return [turn.menu()]


async def _menu(turn: TurnContext, arg: str | None) -> list[Output]:
    return [turn.menu()]


async def _help(turn: TurnContext, arg: str | None) -> list[Output]:
    return [Say(turn.help()), *turn.reask()]


async def _cancel(turn: TurnContext, arg: str | None) -> list[Output]:
    """Leave whatever is in progress; a breathing or relaxation session stops as with Stop."""
    out: list[Output] = []
    stopped = (
        await turn.exercises.stop_live(turn.session, chat_id=turn.chat_id)
        if turn.exercises is not None
        else []
    )
    if stopped:
        out += [Say(exercise_words.stopped_toast()), *stopped]
    if not turn.state.active:
        # Words held for a journal offer, or a question waiting: let go, nothing kept.
        turn.state = replace(turn.state, data={}, paused=False)
        if not stopped:
            out.append(
                turn.menu(nothing_to_cancel()) if turn.onboarded else Say(nothing_to_cancel())
            )
        return out
    had_keyboard = turn.leave_flow()
    if not turn.onboarded:
        out.append(Say(cancelled_before_setup(), remove_keyboard=True))
    elif had_keyboard:
        # A message can carry one keyboard: first take the reply keyboard away.
        out += [Say(cancelled(), remove_keyboard=True), turn.menu()]
    else:
        out.append(turn.menu(cancelled()))
    return out


async def _resume(turn: TurnContext, arg: str | None) -> list[Output]:
    """ "Carry on" after a pause for crisis resources, or "Go back to it" instead of leaving
    a flow: the question we were at, again."""
    if not turn.state.active:
        return [turn.menu()] if turn.onboarded else []
    data = {k: v for k, v in turn.state.data.items() if k != LEAVING}
    turn.state = replace(turn.state, paused=False, data=data)
    return turn.reask()


async def _leave(turn: TurnContext, arg: str | None) -> list[Output]:
    """ "Leave it": the flow in progress ends unsaved and what was asked for begins."""
    pending = turn.state.data.get(LEAVING) if turn.state.active else None
    if not isinstance(pending, dict):
        # A "Leave it" from an older question: nothing is waiting to begin.
        return [Say(refused_button()), *turn.reask()]
    turn.leave_flow()
    return [RunAction(str(pending["action"]), pending.get("arg"))]


# Where a flow keeps what was asked for while "leave it?" waits for an answer.
LEAVING = "_leaving"
# The actions behind "Leave it" and "Go back to it" (typed "yes" and "no" there too), and
# behind the paused prompt's "Stop here" (its "carry on" is RESUME).
LEAVE, RESUME, STOP = "leave", "resume", "stop"


def leave_question(leaving: Callable[[], str] | None) -> Say:
    text = (
        leaving()
        if leaving is not None
        else _(
            "We're in the middle of something — leave it? What you've told me in it so far "
            "won't be kept."
        )
    )
    return Say(
        text,
        buttons=(
            (Button(_("Leave it"), menu_button(LEAVE)),),
            (Button(_("Go back to it"), menu_button(RESUME)),),
        ),
    )


def menu_row() -> tuple[Button, ...]:
    """A row with the way back to the main menu, for answers that end a conversation."""
    return (Button(_("Menu"), menu_button("menu")),)


def pause_buttons() -> tuple[tuple[Button, ...], ...]:
    return (
        (Button(carry_on_label(), menu_button(RESUME)),),
        (Button(stop_here_label(), menu_button(STOP)),),
    )


def paused_answer(word: typed.Word | None) -> str | None:
    """The pause button a typed answer means: "carry on" for carry-on and yes words, "stop
    here" for no words (cancel words are commands already); None for anything else."""
    if word is typed.Word.CONTINUE or word is typed.Word.YES:
        return RESUME
    return STOP if word is typed.Word.NO else None


# The set-up flow's name (conversations.onboarding declares it; named here to avoid a cycle).
ONBOARDING = "onboarding"

FEATURE = Feature(
    name="core",
    actions=(
        Action(
            "start",
            _start,
            needs=Needs.NOTHING,
            order=190,
            describe=lambda: _("Begin, or see the menu again"),
        ),
        Action("menu", _menu, describe=lambda: _("Show the main menu"), order=160),
        Action(
            "help",
            _help,
            needs=Needs.NOTHING,
            order=180,
            describe=lambda: _("What I can do, in one list"),
        ),
        Action(
            "cancel",
            _cancel,
            needs=Needs.NOTHING,
            pressed=False,
            order=170,
            describe=lambda: _("Leave whatever we're in the middle of"),
        ),
        Action(STOP, _cancel, needs=Needs.NOTHING, typed=False),
        Action(RESUME, _resume, needs=Needs.NOTHING, typed=False),
        Action(LEAVE, _leave, needs=Needs.NOTHING, typed=False),
    ),
    menu=(MenuEntry(lambda: _("❓ Help"), "help", row=90),),
    # Babel's data for every language, so the first person to read a date does not wait for it.
    preload=formats.preload,
    shell=Shell(
        menu=menu,
        help=help_text,
        unknown_command=unknown_command,
        refused_button=refused_button,
        something_went_wrong=something_went_wrong,
        setup_first=setup_first,
        not_keeping_records=not_keeping_records,
        paused=lambda: Say(paused_prompt(), buttons=pause_buttons()),
        paused_answer=paused_answer,
        leave_question=leave_question,
        leaving=LEAVING,
        leave=LEAVE,
        resume=RESUME,
    ),
)
