"""Safety inside a turn: the reading's verdict is answered before anything else, in every
state, and the questions safety asks (the direct question "are you thinking about ending your
life?", the panic question) wait in the chat's state so a typed answer reaches them. The words
themselves are never logged."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from bot.core import typed
from bot.core.message import Message
from bot.core.safety import Concern
from bot.transport.turn import Turn

logger = logging.getLogger(__name__)

__all__ = ["answer", "waiting_answer"]

# A typed word at the direct question, as the argument of the button it means.
_ANSWERS = {typed.Word.YES: "yes", typed.Word.NO: "no", typed.Word.CONTINUE: "skip"}


def _without_questions(turn: Turn) -> dict[str, Any]:
    """The chat's data without safety's questions waiting and the words held while they do."""
    answers = turn.catalog.safety
    questions = (answers.asked, answers.held, answers.triage)
    return {k: v for k, v in turn.state.data.items() if k not in questions}


def answer(turn: Turn, reading: Message, *, held: bool = True) -> bool:
    """Add the answer the reading's verdict needs. True when the words must not reach a flow.

    Emergency and crisis words pause a flow in progress; ambiguous words are asked about
    directly (the flow waits, holding the words, which are the answer if it was "not like
    that" — unless `held` is False, for an edit); panic words are asked one question first."""
    check = reading.safety
    concern, in_flow = check.concern, turn.state.active
    if concern is Concern.NONE:
        return False
    out, answers = turn.outputs, turn.catalog.safety
    country = answers.country(turn)
    if concern in (Concern.EMERGENCY, Concern.CRISIS):
        logger.warning("%s words: resources sent", concern.value)
        # A question safety asked before is answered by this.
        turn.state = replace(turn.state, paused=in_flow, data=_without_questions(turn))
        if concern is Concern.EMERGENCY:
            out.append(answers.emergency(check, country))
        else:
            out.append(answers.crisis(country, in_flow))
        return True
    if concern is Concern.ASK:
        logger.info("ambiguous words: asked directly")
        data = {**turn.state.data, answers.asked: True}
        if in_flow and held:
            data[answers.held] = reading.text
        # Paused outside a flow too: the question waiting is state a typed answer needs.
        turn.state = replace(turn.state, paused=True, data=data)
        out.append(answers.ask())
        return True
    if concern is Concern.PANIC:
        if answers.triage in turn.state.data:
            # "It's my usual panic": the answer to the question waiting, not a new alarm.
            return False
        logger.info("panic words: asked whether it is familiar")
        data = {**turn.state.data, answers.triage: True}
        turn.state = replace(turn.state, paused=True, data=data)
        out.append(answers.panic())
        return True
    if concern is Concern.RED_FLAG:
        out.append(answers.red_flag(check, turn.keeps_records, in_flow))
        # Outside a flow the safety answer is the whole reply; inside, the flow goes on.
        return not in_flow
    # The fear itself: a different answer each time (the count lives in the chat's state).
    data = dict(turn.state.data)
    out.append(answers.fear(data, turn.keeps_records))
    turn.state = replace(turn.state, data=data)
    if in_flow and not turn.takes_words():
        # A worried question at a choice is not an answer to it: the question comes again,
        # not "tap one of the buttons".
        out.extend(turn.reask())
        return True
    return not in_flow


def waiting_answer(turn: Turn, reading: Message) -> tuple[str, str] | None:
    """While safety's question waits, the button (action, argument) typed words mean.

    At the direct question a typed "yes" or "no" is its answer; moving on without answering
    ("carry on", "weiter") is not a "no": it is taken as "I'd rather not say", so the help is
    given, and the pause then lets them carry on. At the panic question "familiar" or "new",
    in words or as the buttons read. Other words outside a flow let the question go and are
    read as new."""
    data, answers = turn.state.data, turn.catalog.safety
    pressed: tuple[str, str] | None = None
    if answers.asked in data:
        if (arg := _ANSWERS.get(reading.word)) is not None:  # type: ignore[arg-type]
            pressed = (answers.ask_action, arg)
    elif answers.triage in data:
        if (arg := answers.triage_answer(reading.text, reading.word)) is not None:
            pressed = (answers.panic_action, arg)
    else:
        return None
    if pressed is None and not turn.state.active:
        turn.state = replace(turn.state, paused=False, data=_without_questions(turn))
    return pressed
