"""Safety inside a turn: typed words are read before anything else, in every state, and the
direct question ("are you thinking about ending your life?") waits in the chat's state so a
typed answer reaches it. The words themselves are never logged."""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.core import safety, typed
from bot.core.safety import Concern
from bot.transport.turn import Turn
from conversations import fear, safety_answers

logger = logging.getLogger(__name__)

__all__ = ["read", "typed_answer"]

# A typed word at the direct question, as the argument of the button it means.
_ANSWERS = {typed.Word.YES: "yes", typed.Word.NO: "no", typed.Word.CONTINUE: "skip"}


def read(turn: Turn, text: str, *, held: bool = True) -> bool:
    """Check `text` and add the answer it needs. True when it must not reach a flow.

    Emergency and crisis words pause a flow in progress; ambiguous words are asked about
    directly (the flow waits, holding the words, which are the answer if it was "not like
    that" — unless `held` is False, for an edit)."""
    check = safety.check_text(text)
    concern, in_flow = check.concern, turn.state.active
    if concern is Concern.NONE:
        return False
    out = turn.outputs
    country = safety_answers.country_of(turn)
    if concern in (Concern.EMERGENCY, Concern.CRISIS):
        logger.warning("%s words: resources sent", concern.value)
        if in_flow:
            data = {k: v for k, v in turn.state.data.items() if k != safety_answers.ASKED}
            turn.state = replace(turn.state, paused=True, data=data)
        elif safety_answers.ASKED in turn.state.data:
            turn.state = replace(turn.state, data={}, paused=False)
        if concern is Concern.EMERGENCY:
            out.append(safety_answers.emergency(check, country=country, in_flow=in_flow))
        else:
            out.append(safety_answers.crisis(country=country, in_flow=in_flow))
        return True
    if concern is Concern.ASK:
        logger.info("ambiguous words: asked directly")
        data = {**turn.state.data, safety_answers.ASKED: True}
        if in_flow and held:
            data[safety_answers.HELD] = text
        # Paused outside a flow too: the question waiting is state a typed answer needs.
        turn.state = replace(turn.state, paused=True, data=data)
        out.append(safety_answers.ask_question())
        return True
    if concern is Concern.RED_FLAG:
        out.append(
            safety_answers.red_flag(check, keeps_records=turn.keeps_records, in_flow=in_flow)
        )
        # Outside a flow the safety answer is the whole reply; inside, the flow goes on.
        return not in_flow
    # The fear itself: a different answer each time (the count lives in the chat's state).
    data = dict(turn.state.data)
    out.append(fear.answer(data, keeps_records=turn.keeps_records))
    turn.state = replace(turn.state, data=data)
    if in_flow and not turn.takes_words():
        # A worried question at a choice is not an answer to it: the question comes again,
        # not "tap one of the buttons".
        out.extend(turn.reask())
        return True
    return not in_flow


def typed_answer(turn: Turn, text: str) -> str | None:
    """While the direct question waits, a typed "yes" or "no" is its answer (the button's
    argument). Moving on without answering ("carry on", "weiter") is not a "no": it is taken
    as "I'd rather not say", so the help is given, and the pause then lets them carry on.
    Other words outside a flow let the question go and are read as usual."""
    if not (turn.state.paused and safety_answers.ASKED in turn.state.data):
        return None
    word = typed.recognise(text)
    if word is not None and (answer := _ANSWERS.get(word)) is not None:
        return answer
    if not turn.state.active:
        turn.state = replace(turn.state, data={}, paused=False)
    return None
