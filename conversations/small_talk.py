"""Text typed outside any conversation: what people commonly say ("twitching now", "can't
sleep", "is coffee making this worse?", "check in", "danke") is answered with the actions that
fit, or opens the one it asks for; anything else is offered to the journal.

The offer never blocks: the next message is read as new, and the offer keeps its buttons. The
words offered are held in the chat's state (encrypted at rest like a journal entry, the last
few only), never in a button, and only for someone who keeps records; a button names its words
by number. Safety has read every message before it gets here (`bot.transport.dispatch`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from bot.core.intents import Intent
from bot.core.message import Message
from bot.core.typed import Word
from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import Button, Output, RunAction, Say
from bot.flow.callback_data import menu_button
from bot.flow.steps import excerpt
from conversations import answer_cards, guided, journal, menu
from conversations.i18n import _
from conversations.journal import SaveJournal

NAME = "small_talk"
MENU, SET_UP = "menu", "start"
# The journal offer's buttons: keep the words they name (by number), or let them go.
JOURNAL, LET_GO = "keep", "let_go"
# Where the chat's state holds the words offered; carried across flows (its "__" says so,
# `bot.transport.turn.CARRIED`).
OFFERS = "__offers"
# How many offers keep their words at once: an older offer's button says they are gone.
HELD_OFFERS = 3
# A message longer than this says more than its intent: it is worth offering to the journal.
SAYS_MORE_WORDS = 8


@dataclass(frozen=True)
class Answer:
    """How one intent is answered: a line, the actions that fit (shown to whoever may use
    them), whether the words themselves are worth keeping, and whether it is answered before
    sign-up (otherwise the sign-up's first choices are). `card` writes a longer answer from
    the person's own figures."""

    reply: Callable[[], str]
    actions: tuple[str, ...]
    worth_keeping: bool
    before_signup: bool
    card: Callable[[TurnContext], Awaitable[str]] | None = None


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


def _goodnight() -> str:
    return _("Good night. Rest well, and I'm here if the night gets long.")


def _venting() -> str:
    return _(
        "That sounds like a lot to carry. I'm listening. A calm minute can take the edge off, "
        "and writing it down can help you put it aside for now."
    )


ANSWERS: dict[Intent, Answer] = {
    Intent.TWITCHING: Answer(_twitching, ("now", "breathe"), True, True),
    Intent.CANT_SLEEP: Answer(_cant_sleep, ("breathe", "relax"), True, True),
    Intent.ANXIOUS: Answer(_anxious, ("now", "breathe", "relax"), True, True),
    Intent.COFFEE: Answer(_coffee, ("coffee",), False, False),
    Intent.HELP: Answer(_help, ("now", "breathe", "help"), False, False),
    Intent.THANKS: Answer(_thanks, (), False, True),
    Intent.GREETING: Answer(_greeting, ("now", "breathe"), False, False),
    Intent.CAFFEINE_QUESTION: Answer(
        answer_cards.caffeine_facts,
        ("coffee", "insights"),
        False,
        True,
        card=answer_cards.caffeine_card,
    ),
    Intent.SLEEP_QUESTION: Answer(
        answer_cards.sleep_facts, ("relax", "breathe"), False, True, card=answer_cards.sleep_card
    ),
    Intent.GOODNIGHT: Answer(_goodnight, (), False, True),
    Intent.VENTING: Answer(_venting, ("now",), True, True),
}
# What the words ask for, opened at once as if its button were pressed (before sign-up too:
# breathing is open to anyone; the rest shows the way in).
OPENS: dict[Intent, str] = {
    Intent.BREATHE: "breathe",
    Intent.REPORT: "report",
    Intent.CHECKIN: "checkin",
    Intent.HISTORY: "history",
    Intent.SETTINGS: "settings",
    Intent.PAUSE: "pause",
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
    if action == "insights":
        return _("📈 Insights")
    if action == menu.RESUME:
        return _("↩️ Back to the question")
    if action == JOURNAL:
        return _("📝 Save to journal")
    if action == SET_UP:
        return _("Set me up")
    return _("Menu")


def offer_prompt(text: str) -> str:
    return _("Shall I keep this in your journal?\n\n“{excerpt}”").format(excerpt=excerpt(text))


def not_now_label() -> str:
    return _("Not now")


def no_longer_held() -> str:
    return _(
        "I no longer have those words. You can write them down in /journal whenever you like."
    )


# --- the answer ---------------------------------------------------------------------------------


async def answer(turn: TurnContext, message: Message) -> list[Output]:
    """What a message gets by what it is about and who sent it: outside any flow, or before
    sign-up while the set-up waits, for distress its question could not take (then nothing
    is held or offered)."""
    if message.word is Word.AGAIN:
        # "nochmal", "ещё раз": the last exercise once more (`guided`).
        return await guided.again_typed(turn)
    intent = message.intent
    if message.bare:
        # "ok", "no", a lone emoji: an answer to the offer just made, or nothing to keep.
        return _typed_answer(turn, message.word)
    _close_offer(turn)
    if intent is not None and (opens := OPENS.get(intent)) is not None:
        # Let through as if pressed: whoever may not use it is shown the way in.
        return [RunAction(opens)]
    if not turn.onboarded:
        if intent is None or not ANSWERS[intent].before_signup:
            return turn.start(menu.ONBOARDING)  # who I am, and the two first choices
        return [await _answered(turn, ANSWERS[intent])]
    if _offers_journal(turn, message.text, intent):
        number = _hold(turn, message.text.strip())
        if intent is None:
            return [_offer(message.text, number)]
        return [await _answered(turn, ANSWERS[intent], keep=number)]
    if intent is None:
        return [turn.menu()]
    chosen = ANSWERS[intent]
    if chosen.actions and not chosen.card and not any(turn.may(a) for a in chosen.actions):
        # "coffee" from someone who keeps no records: say why there is nothing to log.
        return [turn.menu(menu.not_keeping_records())]
    return [await _answered(turn, chosen)]


def _way_on(turn: TurnContext) -> list[Output]:
    if turn.state.active:
        return turn.reask()
    return [turn.menu()] if turn.onboarded else turn.start(menu.ONBOARDING)


def _offers_journal(turn: TurnContext, text: str, intent: Intent | None) -> bool:
    if turn.state.active or not turn.may(JOURNAL):
        return False
    says_more = len(text.split()) > SAYS_MORE_WORDS
    return intent is None or says_more or ANSWERS[intent].worth_keeping


def _row(buttons: list[Button]) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


async def _answered(turn: TurnContext, chosen: Answer, keep: str | None = None) -> Say:
    """The intent's line (or card) with its actions as menu buttons, the journal offer when
    the words are held, then the way on (back to the flow waiting, the menu, or setting up)."""
    text = await chosen.card(turn) if chosen.card is not None else chosen.reply()
    buttons = [Button(label(a), menu_button(a)) for a in chosen.actions if turn.may(a)]
    if keep is not None:
        buttons.append(Button(label(JOURNAL), menu_button(JOURNAL, keep)))
    if turn.state.active:
        way_on = menu.RESUME
    else:
        way_on = MENU if turn.onboarded else SET_UP
    buttons.append(Button(label(way_on), menu_button(way_on)))
    return Say(text, buttons=_row(buttons))


def _offer(text: str, number: str) -> Say:
    buttons = [
        Button(label(JOURNAL), menu_button(JOURNAL, number)),
        Button(not_now_label(), menu_button(LET_GO, number)),
    ]
    return Say(offer_prompt(text), buttons=_row(buttons))


# --- the words held for the offer ---------------------------------------------------------------


def _offers(turn: TurnContext) -> dict[str, Any]:
    held = turn.state.data.get(OFFERS)
    return dict(held) if isinstance(held, dict) else {"held": {}, "next": 1, "open": None}


def _store(turn: TurnContext, offers: dict[str, Any]) -> None:
    data = {k: v for k, v in turn.state.data.items() if k != OFFERS}
    if offers["held"]:
        data[OFFERS] = offers
    turn.state = replace(turn.state, data=data)


def _hold(turn: TurnContext, text: str) -> str:
    """Keep `text` for its offer's buttons (the last few only); the offer's number."""
    offers = _offers(turn)
    number = str(offers["next"])
    held = dict(offers["held"])
    held[number] = text
    for old in sorted(held, key=int)[:-HELD_OFFERS]:
        del held[old]
    _store(turn, {"held": held, "next": offers["next"] + 1, "open": number})
    return number


def _close_offer(turn: TurnContext) -> None:
    """New words: a typed "yes" after them no longer answers the offer before them."""
    offers = _offers(turn)
    if offers.get("open") is not None:
        _store(turn, {**offers, "open": None})


def _take(turn: TurnContext, number: str | None) -> str | None:
    offers = _offers(turn)
    held = dict(offers["held"])
    text = held.pop(number, None) if number is not None else None
    if text is not None:
        _store(turn, {**offers, "held": held, "open": None})
    return text


def _typed_answer(turn: TurnContext, word: Word | None) -> list[Output]:
    """A typed "yes" or "no" right after an offer answers it, as its buttons would."""
    offers = _offers(turn) if not turn.state.active else {}
    number = offers.get("open")
    if number is not None and word in (Word.YES, Word.NO):
        return _keep(turn, number) if word is Word.YES else _let_go(turn, number)
    return _way_on(turn)


def _keep(turn: TurnContext, number: str | None) -> list[Output]:
    text = _take(turn, number)
    if text is None:
        return [turn.menu(no_longer_held())]
    return [SaveJournal(text=text, tags=()), turn.menu(journal.saved(text))]


def _let_go(turn: TurnContext, number: str | None) -> list[Output]:
    _take(turn, number)
    return [turn.menu()]


async def _keep_pressed(turn: TurnContext, number: str | None) -> list[Output]:
    return _keep(turn, number)


async def _let_go_pressed(turn: TurnContext, number: str | None) -> list[Output]:
    return _let_go(turn, number)


FEATURE = Feature(
    name=NAME,
    actions=(
        Action(JOURNAL, _keep_pressed, needs=Needs.CONSENT, typed=False),
        Action(LET_GO, _let_go_pressed, needs=Needs.CONSENT, typed=False),
    ),
    free_text=answer,
)
