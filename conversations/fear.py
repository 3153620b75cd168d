"""Help for the fear itself: "could this be ALS?" gets an answer that varies and helps — what
twitching without weakness usually is, what would change that, and one thing to do now — plus
two short CBT tools: putting the worry off until a set worry time, and a worry record (the
thought, how sure, what speaks for and against, a kinder view, how sure now), kept in the
journal. Never a diagnosis, never a promise; the warning signs are always named.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import Button, Ctx, Flow, FreeText, Number, Output, Say, ShowMenu
from bot.flow.callback_data import menu_button
from conversations import menu
from conversations.exercise_words import NOW
from conversations.i18n import _
from conversations.journal import SaveJournal

__all__ = ["SEEN", "WORRY", "answer", "variants", "worry_entry"]

WORRY, POSTPONE, POSTPONED = "worry", "postpone", "postponed"
# How many fear answers this conversation has had, kept in the chat's state so the next one
# is a different one (never the same block twice in a row).
SEEN = "fear_seen"
# Each answer of the worry record is kept short: the whole record is one journal entry.
PART_MAX = 500
SURE_BUTTONS = (10, 30, 50, 70, 90)


def _what_it_usually_is() -> str:
    return "\n\n".join(
        (
            _("That fear makes sense — twitching can be frightening, most of all late at night."),
            _(
                "What doctors see: twitching without weakness is very common, and in most "
                "people it is harmless. A Mayo Clinic study followed 121 people with such "
                "twitching for 2 to 32 years; none of them developed motor neurone disease."
            ),
            _(
                "What would change that picture is real weakness (dropping things, tripping), "
                "a muscle getting thinner, or trouble swallowing or speaking. If you notice "
                "any of those, please see a doctor."
            ),
            _("One thing for right now:"),
        )
    )


def _the_checking_loop() -> str:
    return "\n\n".join(
        (
            _("The worry is back. That happens, and it doesn't mean something is wrong."),
            _(
                "Checking — testing your grip, searching symptoms, asking again — brings a "
                "moment of relief, and then the worry returns louder. Each check tells your "
                "mind there was something to fear. Cognitive behavioural therapy (CBT), the "
                "treatment with the best evidence for this kind of fear, works by loosening "
                "that loop."
            ),
            _(
                "Instead of checking now, try putting the worry off: write it down for a set "
                "worry time tomorrow. Many worries look smaller by then."
            ),
        )
    )


def _look_at_the_thought() -> str:
    return "\n\n".join(
        (
            _(
                "Still on your mind — that's all right. A fear like this rarely settles the "
                "first time it hears the facts."
            ),
            _(
                "It can help to look at the thought on paper: what it says, what speaks for "
                "and against it, and a kinder way to see it. It takes about three minutes."
            ),
            _(
                "And if something new has changed in your body, a doctor who can examine you "
                "is the right person to ask."
            ),
        )
    )


def variants() -> tuple[str, ...]:
    """The fear answers in the order they are given; built per call, in the current
    language."""
    return (_what_it_usually_is(), _the_checking_loop(), _look_at_the_thought())


def calm_button() -> Button:
    return Button(_("🌊 A calm minute"), menu_button(NOW))


def postpone_button() -> Button:
    return Button(_("⏳ Put the worry off"), menu_button(POSTPONE))


def worry_button() -> Button:
    return Button(_("📝 Worry record"), menu_button(WORRY))


def answer(data: MutableMapping[str, Any], *, keeps_records: bool) -> Say:
    """The next fear answer: a different one from the last, with what to do now. `data` is
    the chat's state, where the count of answers given is kept."""
    seen = int(data.get(SEEN) or 0)
    data[SEEN] = seen + 1
    index = seen % 3
    worry = (worry_button(),) if keeps_records else ()  # kept in the journal: needs consent
    tools: tuple[Button, ...]
    if index == 0:
        tools = (calm_button(), *worry, postpone_button())
    elif index == 1:
        tools = (postpone_button(), calm_button(), *worry)
    else:
        tools = (*worry, calm_button(), postpone_button())
    return Say(variants()[index], buttons=(*((b,) for b in tools), menu.menu_row()))


# --- putting the worry off --------------------------------------------------------------------


def _postpone_prompt(ctx: Ctx) -> str:
    return _(
        "Write the worry down in one line. I'll keep it for tomorrow: give it fifteen minutes "
        "then, at a set time, away from bed — and until then, when it comes back, tell it: "
        "later."
    )


def _postponed(ctx: Ctx) -> list[Output]:
    text = _("Worry put off until tomorrow's worry time: {worry}").format(worry=ctx.data["worry"])
    return [
        SaveJournal(text=text, tags=()),
        ShowMenu(
            _(
                "Kept in your journal for tomorrow. For now, let it rest — a calm minute can "
                "help your body follow."
            )
        ),
    ]


def build_postpone() -> Flow:
    return Flow(
        name=POSTPONED,
        leaving=lambda: _("You're writing down a worry for later — leave it? It won't be kept."),
        steps=(FreeText(key="worry", prompt=_postpone_prompt, max_length=PART_MAX),),
        finish=_postponed,
    )


def postpone_without_keeping() -> str:
    return _(
        "Write the worry down in one line — on paper, or in a note on your phone. Give it "
        "fifteen minutes tomorrow, at a set time and away from bed. Until then, when it comes "
        "back, tell it: later. (I only keep words for people who have set me up to keep "
        "them.)"
    )


async def _postpone(turn: TurnContext, arg: str | None) -> list[Output]:
    if turn.keeps_records:
        return turn.start(POSTPONED)
    return [Say(postpone_without_keeping(), buttons=((calm_button(),), menu.menu_row()))]


# --- the worry record -------------------------------------------------------------------------


def worry_entry(data: Mapping[str, Any]) -> str:
    """The worry record as one journal entry."""
    return _(
        "Worry record\n"
        "The thought: {thought}\n"
        "How sure I was: {before} of 100\n"
        "What makes it feel true: {for_it}\n"
        "What speaks against it: {against}\n"
        "A kinder way to see it: {kinder}\n"
        "How sure I am now: {after} of 100"
    ).format(
        thought=data["thought"],
        before=data["before"],
        for_it=data["for_it"],
        against=data["against"],
        kinder=data["kinder"],
        after=data["after"],
    )


def _outcome(before: int, after: int) -> str:
    if after < before:
        return _(
            "Saved in your journal. From {before} to {after} — that shift is the work, and "
            "it gets easier with practice."
        ).format(before=before, after=after)
    return _(
        "Saved in your journal. Still {after} — that's all right: this thought has had a lot "
        "of practice. Trying again tomorrow often helps."
    ).format(after=after)


def _recorded(ctx: Ctx) -> list[Output]:
    before, after = int(ctx.data["before"]), int(ctx.data["after"])
    return [
        SaveJournal(text=worry_entry(ctx.data), tags=()),
        ShowMenu(_outcome(before, after)),
    ]


def _how_sure(key: str, prompt: Callable[[Ctx], str]) -> Number:
    return Number(key=key, prompt=prompt, low=0, high=100, buttons=SURE_BUTTONS, columns=5)


def build_worry() -> Flow:
    return Flow(
        name=WORRY,
        leaving=lambda: _(
            "You're in the middle of a worry record — leave it? What you've written won't be kept."
        ),
        steps=(
            FreeText(
                key="thought",
                prompt=lambda ctx: _(
                    "What is the worried thought, in one sentence? For example: “This "
                    "twitch means something serious.”"
                ),
                max_length=PART_MAX,
            ),
            _how_sure("before", lambda ctx: _("How sure are you that it's true, from 0 to 100?")),
            FreeText(
                key="for_it",
                prompt=lambda ctx: _("What makes it feel true?"),
                max_length=PART_MAX,
            ),
            FreeText(
                key="against",
                prompt=lambda ctx: _(
                    "What speaks against it? Think of what a good friend would point out, or "
                    "what a doctor has told you."
                ),
                max_length=PART_MAX,
            ),
            FreeText(
                key="kinder",
                prompt=lambda ctx: _("How could you see it in a kinder, more balanced way?"),
                max_length=PART_MAX,
            ),
            _how_sure(
                "after",
                lambda ctx: _(
                    "Now read the first thought again. How sure are you of it now, from 0 to 100?"
                ),
            ),
        ),
        finish=_recorded,
    )


async def _worry(turn: TurnContext, arg: str | None) -> list[Output]:
    return turn.start(WORRY)


FEATURE = Feature(
    name="fear",
    actions=(
        Action(
            WORRY,
            _worry,
            needs=Needs.CONSENT,
            order=45,
            describe=lambda: _("A worry record: look at a fearful thought, step by step"),
        ),
        Action(POSTPONE, _postpone, needs=Needs.NOTHING),
    ),
    flows=lambda: (build_worry(), build_postpone()),
)
