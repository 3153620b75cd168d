"""The answer to each safety tier, one urgency per message, and the direct question asked
when words are ambiguous.

- emergency: call the number for the person's country now; nothing reassuring beside it.
  Someone else in danger: call, stay with them, the dispatcher talks you through CPR. An
  overdose taken: call now, the crisis line after.
- panic with no danger sign: one question first (panic they know, or something new?); known
  panic gets the calm minute at once, something new the number to call.
- crisis: helplines for their country, and the emergency number.
- red flag: see a doctor soon (today after an injury) and what to tell them.
- ask: "are you thinking about ending your life?" with Yes / No, not like that / I'd rather
  not say. Asking directly is what crisis-line guidance recommends; Yes and "rather not say"
  get the crisis answer, No goes back to where we were.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from bot.core.helplines import country_of_person, for_country
from bot.core.safety import EmergencySign, SafetyCheck
from bot.core.typed import Word
from bot.features import Action, Feature, Needs, SafetyAnswers, TurnContext
from bot.features.paced import StartExercise
from bot.flow import Button, Output, Say
from bot.flow.callback_data import menu_button
from conversations import fear, menu, report
from conversations import safety as words
from conversations.exercise_words import NOW
from conversations.i18n import _

__all__ = [
    "ASK",
    "ASKED",
    "FEATURE",
    "HELD",
    "PANIC",
    "TRIAGE",
    "ask_question",
    "country_of",
    "crisis",
    "emergency",
    "emergency_message",
    "group_command",
    "panic_question",
    "red_flag",
    "triage_answer",
]

logger = logging.getLogger(__name__)

ASK = "safety"
# Where a flow keeps the ambiguous words while we ask, so "No" can take them as the answer.
HELD = "_held_text"
# Marks that the direct question waits for its answer (with the state paused, inside a flow or
# not), so a typed "yes" or "no" answers it as the buttons would.
ASKED = "_asked"
# The panic question's action, its two answers, and the mark that it waits (like ASKED).
PANIC, FAMILIAR, NEW = "panic", "familiar", "new"
TRIAGE = "_triage"


def country_of(turn: TurnContext) -> str | None:
    """The country whose numbers to give: where they told us they live, else what their
    Telegram language says (region, then the language's home country)."""
    return country_of_person(turn.language_code, turn.profile.time_zone)


def _menu_row() -> tuple[Button, ...]:
    return (Button(menu.menu_label(), menu_button("menu")),)


def emergency_message(country: str | None, signs: frozenset[EmergencySign]) -> str:
    if EmergencySign.SOMEONE_ELSE in signs:
        return _someone_else(country)
    if EmergencySign.OVERDOSE_TAKEN in signs:
        return _overdose(country)
    number = words.emergency_number(country)
    call = (
        _("Please call {number} now, or ask someone near you to call.").format(number=number)
        if number
        else _("Please call your local emergency number now, or ask someone near you to call.")
    )
    parts = [
        _("⚠️ What you describe can be a sign of a medical emergency."),
        call,
    ]
    if signs & {
        EmergencySign.FACE_DROOP,
        EmergencySign.SUDDEN_SPEECH_LOSS,
        EmergencySign.ONE_SIDED_WEAKNESS,
        EmergencySign.HEART_ATTACK_OR_STROKE,
    }:
        parts.append(_("Note the time it started, and don't drive yourself."))
    else:
        parts.append(_("Don't drive yourself, and don't wait for it to pass."))
    return "\n\n".join(parts)


def _someone_else(country: str | None) -> str:
    """Someone near them collapsed, is seizing or not breathing: what a bystander does."""
    number = words.emergency_number(country)
    call = (
        _("Please call {number} now and stay with them.").format(number=number)
        if number
        else _("Please call your local emergency number now and stay with them.")
    )
    return "\n\n".join(
        (
            call,
            _(
                "If they are not breathing normally, the dispatcher will talk you through CPR. "
                "Put the phone on speaker so your hands are free."
            ),
        )
    )


def _overdose(country: str | None) -> str:
    """Too much of a medicine or a drug already taken: the number first, the crisis line
    after."""
    number = words.emergency_number(country)
    call = (
        _("Please call {number} now, even if you feel all right at the moment.").format(
            number=number
        )
        if number
        else _(
            "Please call your local emergency number now, even if you feel all right at the "
            "moment."
        )
    )
    help_ = for_country(country)
    after = _("Keep the packet to show them. When you are safe, you can talk to someone here:")
    lines = "\n".join(f"• {line}" for line in words.helpline_sentences(help_))
    return "\n\n".join((call, after + "\n" + lines))


def emergency(check: SafetyCheck, *, country: str | None) -> Say:
    """The number to call, with Menu as the way on: "carry on" is no answer to an emergency
    (a flow stays on hold; the paused prompt offers it again later)."""
    text = emergency_message(country, check.emergency_signs)
    return Say(text, buttons=(_menu_row(),))


def crisis(*, country: str | None, in_flow: bool) -> Say:
    text = words.crisis_message(country, in_flow=in_flow)
    buttons = menu.pause_buttons() if in_flow else (_menu_row(),)
    return Say(text, buttons=buttons)


def red_flag(check: SafetyCheck, *, keeps_records: bool, in_flow: bool) -> Say:
    """Inside a flow the flow's next question follows, so no buttons here."""
    text = words.red_flag_message(check.red_flags)
    if in_flow:
        return Say(text)
    rows: tuple[tuple[Button, ...], ...] = (_menu_row(),)
    if keeps_records:
        rows = ((report.offer_button(),), *rows)
    return Say(text, buttons=rows)


def ask_question() -> Say:
    return Say(
        _(
            "Can I ask you something directly, because it matters: are you thinking about "
            "ending your life?"
        ),
        buttons=(
            (Button(_("Yes"), menu_button(ASK, "yes")),),
            (Button(_("No, not like that"), menu_button(ASK, "no")),),
            (Button(_("I'd rather not say"), menu_button(ASK, "skip")),),
        ),
    )


def panic_question() -> Say:
    """Panic words with no sign of danger: one question first, since a panic attack and a
    heart attack can feel alike, and only the person can tell us which is new."""
    return Say(
        _(
            "Does this feel like panic you have had before, or is something new: chest pain "
            "spreading to the arm or jaw, fainting, blue lips, a drooping face?"
        ),
        buttons=(
            (Button(familiar_label(), menu_button(PANIC, FAMILIAR)),),
            (Button(new_label(), menu_button(PANIC, NEW)),),
            _menu_row(),
        ),
    )


def familiar_label() -> str:
    return _("Panic I've had before")


def new_label() -> str:
    return _("Something new")


def triage_answer(text: str, word: Word | None) -> str | None:
    """The panic question's button that typed words mean: "familiar" for panic as they know
    it, "new" for something new (and for "not sure": the number is the safer answer)."""
    typed_out = text.strip()
    if word is Word.FAMILIAR or word is Word.YES or typed_out == familiar_label():
        return FAMILIAR
    if word is Word.NEW or word is Word.NO or typed_out == new_label():
        return NEW
    return None


def calm_now() -> str:
    return _(
        "Okay. Panic is horrible, and you have come through it before. Let's slow your "
        "breathing down together, starting now."
    )


def _not_like_that() -> str:
    return _(
        "Thank you for telling me. If those thoughts ever do come, you can tell me, and "
        "I'll help you find someone to talk to."
    )


def group_command() -> str:
    return _(
        "I keep nothing in group chats. To talk with me, open a private chat with me — "
        "tap my name, then Start."
    )


# --- the answers to the question ------------------------------------------------------------


async def _answer(turn: TurnContext, arg: str | None) -> list[Output]:
    if arg not in ("yes", "skip", "no"):
        return [Say(menu.refused_button())]
    held = turn.state.data.get(HELD)
    data: dict[str, Any] = {k: v for k, v in turn.state.data.items() if k not in (HELD, ASKED)}
    if not turn.state.active:
        # Nothing was paused: the question no longer waits (the journal's offers stay).
        turn.state = replace(turn.state, data=data, paused=False)
    if arg in ("yes", "skip"):
        logger.warning("direct question answered %s: crisis resources sent", arg)
        # What was held was about this; it is not an answer to the paused question.
        turn.state = replace(turn.state, data=data)
        return [crisis(country=country_of(turn), in_flow=turn.state.active)]
    said: list[Output] = [Say(_not_like_that())]
    if not turn.state.active:
        return [*said, turn.menu()] if turn.onboarded else said
    turn.state = replace(turn.state, data=data, paused=False)
    # Back to where we were: the words they typed answer the question they were at.
    return [*said, *(turn.answer(str(held)) if held else turn.reask())]


async def _triaged(turn: TurnContext, arg: str | None) -> list[Output]:
    """Panic they know: the calm minute at once. Something new: the number to call."""
    if arg not in (FAMILIAR, NEW):
        return [Say(menu.refused_button())]
    data = {k: v for k, v in turn.state.data.items() if k != TRIAGE}
    # A flow stays on hold: the paused prompt offers it again when they write next.
    turn.state = replace(turn.state, data=data, paused=turn.state.active)
    if arg == NEW:
        logger.warning("panic question answered new: emergency number sent")
        country = country_of(turn)
        return [Say(emergency_message(country, frozenset()), buttons=(_menu_row(),))]
    exercise = StartExercise(kind=NOW, pattern=NOW, options={"rate": turn.keeps_records})
    return [Say(calm_now()), exercise]


FEATURE = Feature(
    name=ASK,
    actions=(
        Action(ASK, _answer, needs=Needs.NOTHING, typed=False),
        Action(PANIC, _triaged, needs=Needs.NOTHING, typed=False),
    ),
    safety=SafetyAnswers(
        country=country_of,
        emergency=lambda check, country: emergency(check, country=country),
        emergency_text=emergency_message,
        crisis=lambda country, in_flow: crisis(country=country, in_flow=in_flow),
        red_flag=lambda check, keeps, in_flow: red_flag(
            check, keeps_records=keeps, in_flow=in_flow
        ),
        ask=ask_question,
        panic=panic_question,
        triage_answer=triage_answer,
        fear=lambda data, keeps: fear.answer(data, keeps_records=keeps),
        group_command=group_command,
        asked=ASKED,
        held=HELD,
        triage=TRIAGE,
        ask_action=ASK,
        panic_action=PANIC,
    ),
)
