"""Text typed outside any conversation: what people commonly say ("twitching now", "can't
sleep", "danke") is answered with the actions that fit; anything else is offered to the journal.

The words offered to the journal are held in the offer's flow state (encrypted at rest like a
journal entry), never in a button, and only for someone who keeps records. Safety has read every
message before it gets here (`bot.transport.turns`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.core import typed
from bot.core.intents import Intent, classify
from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import (
    Button,
    Choice,
    Ctx,
    Flow,
    Invalid,
    Option,
    Output,
    RunAction,
    SaveJournal,
    Say,
    ShowMenu,
)
from bot.flow.callback_data import menu_button
from bot.flow.steps import excerpt
from conversations import guided, journal, menu
from conversations.i18n import _

NAME = "small_talk"
JOURNAL, MENU, SET_UP = "journal", "menu", "start"
# The action that answers new words typed while an answer's side offer of the journal waits.
AGAIN = "small_talk"
# A message longer than this says more than its intent: it is worth offering to the journal.
SAYS_MORE_WORDS = 8


@dataclass(frozen=True)
class Answer:
    """How one intent is answered: a line, the actions that fit (shown to whoever may use
    them), whether the words themselves are worth keeping, and whether it is answered before
    sign-up (otherwise the sign-up's first choices are)."""

    reply: Callable[[], str]
    actions: tuple[str, ...]
    worth_keeping: bool
    before_signup: bool


def _twitching() -> str:
    return _("I'm sorry it's acting up. A calm minute, paced with you, is one tap away.")


def _cant_sleep() -> str:
    return _(
        "Sorry sleep won't come. Slow breathing, or letting your muscles go one by one, "
        "can help you settle."
    )


def _anxious() -> str:
    return _("That sounds hard. Would it help to slow your breathing with me for a minute or two?")


def _coffee() -> str:
    return _("Had a coffee? One tap logs it, with the time.")


def _help() -> str:
    return _(
        "I'm here. If something is twitching right now, start with a calm minute — "
        "or see everything I can do."
    )


def _thanks() -> str:
    return _("You're welcome. I'm here whenever you need me.")


def _greeting() -> str:
    return _("Hello! 🌿 What would help right now?")


ANSWERS: dict[Intent, Answer] = {
    Intent.TWITCHING: Answer(_twitching, ("now", "breathe"), True, True),
    Intent.CANT_SLEEP: Answer(_cant_sleep, ("breathe", "relax"), True, True),
    Intent.ANXIOUS: Answer(_anxious, ("now", "breathe", "relax"), True, True),
    Intent.COFFEE: Answer(_coffee, ("coffee",), False, False),
    Intent.HELP: Answer(_help, ("now", "breathe", "help"), False, False),
    Intent.THANKS: Answer(_thanks, (), False, True),
    Intent.GREETING: Answer(_greeting, ("now", "breathe"), False, False),
}


def label(action: str) -> str:
    """A button's words, the same as on the main menu."""
    if action == "now":
        return _("🌊 Twitching now")
    if action == "breathe":
        return _("🫁 Breathe")
    if action == "relax":
        return _("💪 Relax")
    if action == "coffee":
        return _("☕ Log a coffee")
    if action == "help":
        return _("❓ Help")
    if action == JOURNAL:
        return _("📝 Save to journal")
    if action == SET_UP:
        return _("Set me up")
    return _("Menu")


def offer_prompt(text: str) -> str:
    return _("Shall I keep this in your journal?\n\n“{excerpt}”").format(excerpt=excerpt(text))


def not_now_label() -> str:
    return _("Not now")


def still_holding() -> str:
    return _(
        "I'm still holding on to your last message. Tap a button to keep it or let it go — "
        "then tell me the next thing."
    )


# --- the answer ---------------------------------------------------------------------------------


async def answer(turn: TurnContext, text: str) -> list[Output]:
    """What a message outside any flow gets, by what it is about and who sent it."""
    if typed.recognise(text) is typed.Word.AGAIN:
        return await guided.again_typed(turn)
    intent = classify(text)
    if intent is None and (not typed.normalise(text) or typed.recognise(text) is not None):
        # "ok", "no", a lone emoji: nothing to keep, nothing to answer but the way on.
        return _way_on(turn)
    if not turn.onboarded:
        if intent is None or not ANSWERS[intent].before_signup:
            return turn.start(menu.ONBOARDING)  # who I am, and the two first choices
        return [_answered(turn, ANSWERS[intent])]
    if _offers_journal(turn, text, intent):
        actions = [a for a in ANSWERS[intent].actions if turn.may(a)] if intent else []
        data = {"text": text.strip(), "intent": intent, "actions": actions}
        return turn.start(NAME, data)
    if intent is None:
        return [turn.menu()]
    chosen = ANSWERS[intent]
    if chosen.actions and not any(turn.may(a) for a in chosen.actions):
        # "coffee" from someone who keeps no records: say why there is nothing to log.
        return [turn.menu(menu.not_keeping_records())]
    return [_answered(turn, chosen)]


def _way_on(turn: TurnContext) -> list[Output]:
    return [turn.menu()] if turn.onboarded else turn.start(menu.ONBOARDING)


def _offers_journal(turn: TurnContext, text: str, intent: Intent | None) -> bool:
    if not turn.may(JOURNAL):
        return False
    says_more = len(text.split()) > SAYS_MORE_WORDS
    return intent is None or says_more or ANSWERS[intent].worth_keeping


def _answered(turn: TurnContext, chosen: Answer) -> Say:
    """The intent's line with its actions as menu buttons, then the way on (the menu, or
    setting up for someone who has not yet)."""
    actions = [a for a in chosen.actions if turn.may(a)]
    actions.append(MENU if turn.onboarded else SET_UP)
    buttons = [Button(label(a), menu_button(a)) for a in actions]
    rows = tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
    return Say(chosen.reply(), buttons=rows)


# --- the offer: a one-question flow holding the words -------------------------------------------


def _intent(ctx: Ctx) -> Intent | None:
    value = ctx.data.get("intent")
    return Intent(value) if value else None


def _prompt(ctx: Ctx) -> str:
    intent = _intent(ctx)
    return ANSWERS[intent].reply() if intent is not None else offer_prompt(ctx.data["text"])


def _choices(ctx: Ctx) -> Sequence[Option]:
    actions: list[str] = list(ctx.data.get("actions") or ())
    options = [Option(a, label(a)) for a in actions]
    options.append(Option(JOURNAL, label(JOURNAL)))
    options.append(Option(MENU, label(MENU) if _intent(ctx) else not_now_label()))
    return options


@dataclass(frozen=True, kw_only=True)
class Offer(Choice):
    """The offer's buttons; typed "yes" keeps the words and "no" lets them go. Anything else
    typed after "Shall I keep this?" is not taken: the words held stay until a button is
    pressed (or /cancel). After an answer ("sorry it's acting up"), where the journal was
    only one button among others, new words let the old ones go and get their own answer."""

    def parse_text(self, text: str, ctx: Ctx) -> Any | Invalid:
        option = self.match_option(text, ctx)
        if option is not None:
            return option.value
        word = typed.recognise(text)
        if word is typed.Word.YES:
            return JOURNAL
        if word is typed.Word.NO:
            return MENU
        if _intent(ctx) is not None:
            return {AGAIN: text}
        return Invalid(still_holding())


def _finish(ctx: Ctx) -> list[Output]:
    choice = ctx.data["choice"]
    if isinstance(choice, dict):
        return [RunAction(AGAIN, choice[AGAIN])]
    if choice == JOURNAL:
        return [
            SaveJournal(text=ctx.data["text"], tags=()),
            ShowMenu(journal.saved(ctx.data["text"])),
        ]
    if choice == MENU:
        return [ShowMenu()]
    return [RunAction(choice)]


def build() -> Flow:
    return Flow(
        name=NAME,
        cancel_first=False,  # "Not now" is its way out
        steps=(Offer(key="choice", prompt=_prompt, choices=_choices, columns=2),),
        finish=_finish,
    )


async def _again(turn: TurnContext, text: str | None) -> list[Output]:
    """New words typed while an answer's offer waited: answered as if typed outside a flow."""
    return await answer(turn, text or "")


FEATURE = Feature(
    name=NAME,
    actions=(Action(AGAIN, _again, needs=Needs.NOTHING, typed=False, pressed=False),),
    flows=lambda: (build(),),
    free_text=answer,
)
