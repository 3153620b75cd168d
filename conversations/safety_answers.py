"""The answer to each safety tier, one urgency per message, and the direct question asked
when words are ambiguous.

- emergency: call the number for the person's country now; nothing reassuring beside it.
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

from bot.core.helplines import country_of_person
from bot.core.safety import EmergencySign, SafetyCheck
from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import Button, Output, Say
from bot.flow.callback_data import menu_button
from conversations import menu, report
from conversations import safety as words
from conversations.i18n import _

__all__ = [
    "ASK",
    "ASKED",
    "FEATURE",
    "HELD",
    "ask_question",
    "country_of",
    "crisis",
    "emergency",
    "emergency_message",
    "group_command",
    "red_flag",
]

logger = logging.getLogger(__name__)

ASK = "safety"
# Where a flow keeps the ambiguous words while we ask, so "No" can take them as the answer.
HELD = "_held_text"
# Marks that the direct question waits for its answer (with the state paused, inside a flow or
# not), so a typed "yes" or "no" answers it as the buttons would.
ASKED = "_asked"


def country_of(turn: TurnContext) -> str | None:
    """The country whose numbers to give: where they told us they live, else what their
    Telegram language says (region, then the language's home country)."""
    return country_of_person(turn.language_code, turn.profile.time_zone)


def _menu_row() -> tuple[Button, ...]:
    return (Button(menu.menu_label(), menu_button("menu")),)


def emergency_message(country: str | None, signs: frozenset[EmergencySign]) -> str:
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


def emergency(check: SafetyCheck, *, country: str | None, in_flow: bool) -> Say:
    text = emergency_message(country, check.emergency_signs)
    buttons = menu.pause_buttons() if in_flow else (_menu_row(),)
    return Say(text, buttons=buttons)


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
    if not turn.state.active:
        # Nothing was paused: the question no longer waits.
        turn.state = replace(turn.state, data={}, paused=False)
    if arg in ("yes", "skip"):
        logger.warning("direct question answered %s: crisis resources sent", arg)
        # What was held was about this; it is not an answer to the paused question.
        if turn.state.active:
            data: dict[str, Any] = {
                k: v for k, v in turn.state.data.items() if k not in (HELD, ASKED)
            }
            turn.state = replace(turn.state, data=data)
        return [crisis(country=country_of(turn), in_flow=turn.state.active)]
    said: list[Output] = [Say(_not_like_that())]
    if not turn.state.active:
        return [*said, turn.menu()] if turn.onboarded else said
    held = turn.state.data.get(HELD)
    data = {k: v for k, v in turn.state.data.items() if k not in (HELD, ASKED)}
    turn.state = replace(turn.state, data=data, paused=False)
    # Back to where we were: the words they typed answer the question they were at.
    return [*said, *(turn.answer(str(held)) if held else turn.reask())]


FEATURE = Feature(
    name=ASK,
    actions=(Action(ASK, _answer, needs=Needs.NOTHING, typed=False),),
)
