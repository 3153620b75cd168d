"""Deciding a turn: what a typed message, a command, a button or anything else does, from the
chat's locked state and one reading of the words. Names no feature: actions, flows, effects
and the answer to free text come from the features' declarations (`bot.features`).

A typed message is read once (`bot.core.message`) and dispatched in this order: safety (its
tier wins) → the question the chat waits on (the direct question, the panic question, "leave
it?", the paused prompt) → the flow's step → what the words are about → the journal offer.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.core.message import Message
from bot.core.typed import Word
from bot.features import Action, Catalog, Needs, allowed
from bot.flow import (
    ButtonPress,
    Ctx,
    Event,
    Invalid,
    Output,
    Record,
    RunAction,
    Say,
    ShowMenu,
    StartFlow,
    TextInput,
    Toast,
    apply,
)
from bot.flow import callback_data as cbd
from bot.transport import safety_turn, words
from bot.transport.exercises import LiveExercises
from bot.transport.turn import Turn, carry

__all__ = ["Dispatch"]

logger = logging.getLogger(__name__)


class Dispatch:
    def __init__(self, *, catalog: Catalog, exercises: LiveExercises | None) -> None:
        self.catalog = catalog
        self.exercises = exercises
        self.shell = catalog.shell

    # --- what arrived --------------------------------------------------------------------------

    async def command(self, turn: Turn, name: str, arg: str | None) -> None:
        """A typed command: the declared action of that name, in every state."""
        action = self.catalog.command(name)
        if action is None:
            turn.outputs += [Say(self.shell.unknown_command()), Say(turn.help()), *turn.reask()]
            return
        turn.outputs += await self.act(turn, action, arg)

    async def text(self, turn: Turn, reading: Message) -> None:
        """Typed words, read once: safety, a way out, the question waiting, then the rest."""
        if safety_turn.answer(turn, reading):
            return
        if command := reading.command:
            # A word that means a way out ("abbrechen", "меню") works like its command.
            await self.command(turn, command, None)
            return
        if await self._waiting(turn, reading):
            return
        await self.event(turn, TextInput(reading.text), reading)

    async def button(self, turn: Turn, button: cbd.FlowButton | cbd.MenuButton) -> None:
        out = turn.outputs
        if isinstance(button, cbd.FlowButton):
            if turn.state.active and button.seq == turn.state.seq:
                await self.event(turn, button.press)
                return
            out.append(Toast(words.question_passed()))
            if turn.state.active:
                out.extend(turn.reask())
            elif turn.onboarded:
                out.append(turn.menu())
            return
        found = self.catalog.button(button.action, button.arg)
        if found is None:
            out.append(Toast(self.shell.refused_button()))
            if turn.onboarded:
                out.append(turn.menu())
            return
        out += await self.act(turn, *found)

    async def event(self, turn: Turn, event: Event, reading: Message | None = None) -> None:
        """Anything that is not a command, after the question waiting had its say: the flow's
        step, or outside a flow the answer to what the words are about."""
        if self.shell.leaving in turn.state.data:
            # Not "yes" or "no" to "leave it?": it answers the flow's own question instead.
            data = {k: v for k, v in turn.state.data.items() if k != self.shell.leaving}
            turn.state = replace(turn.state, data=data)
        if turn.state.paused:
            if not isinstance(event, ButtonPress):
                turn.outputs.append(self.shell.paused())
                return
            # Tapping the paused question's own buttons is choosing to carry on.
            turn.state = replace(turn.state, paused=False)
        free_text = self.catalog.free_text
        if turn.state.active:
            if reading is not None and free_text is not None and self._cannot_wait(turn, reading):
                # "ich kann nicht schlafen", "atmen": help first; the set-up waits.
                await turn.load_user()
                turn.outputs.extend(await free_text(turn, reading))
                return
            flow = self.catalog.flows[turn.state.flow or ""]
            state, outputs = apply(flow, turn.state, event, profile=turn.profile, now=turn.now)
            turn.state = carry(turn.state, state)
            turn.outputs.extend(outputs)
        elif (
            self.exercises is not None
            and turn.exercising
            and (
                busy := await self.exercises.on_typed(
                    turn.session,
                    telegram_id=turn.telegram_id,
                    chat_id=turn.chat_id,
                    text=event.text if isinstance(event, TextInput) else None,
                )
            )
        ):
            # Before sign-up too: exercises run for anyone. "Pausar" pauses, "weiter" resumes.
            turn.outputs.extend(busy)
        elif reading is not None and free_text is not None:
            # Safety has read it already; what is left is answered by what it is about.
            await turn.load_user()
            turn.outputs.extend(await free_text(turn, reading))
        elif not turn.onboarded:
            turn.outputs.extend(turn.start(self.catalog.setup_flow or ""))
        else:
            turn.outputs.append(turn.menu())

    # --- the question the chat waits on --------------------------------------------------------

    async def _waiting(self, turn: Turn, reading: Message) -> bool:
        """A typed answer to the question the chat waits on, taken as its button would be."""
        state = turn.state
        if state.paused and (pressed := safety_turn.waiting_answer(turn, reading)):
            await self._press(turn, *pressed)
            return True
        word = reading.word
        if self.shell.leaving in turn.state.data and word in (Word.YES, Word.NO):
            await self._press(turn, self.shell.leave if word is Word.YES else self.shell.resume)
            return True
        if turn.state.paused and (chosen := self.shell.paused_answer(word)):
            # "weiter", "yes" or "no" typed at the pause: as its buttons would.
            await self._press(turn, chosen)
            return True
        return False

    def _cannot_wait(self, turn: Turn, reading: Message) -> bool:
        """Before sign-up, words of distress the set-up's question cannot take ("tap a
        button" would be the answer) are answered first. Later flows ask about the person's
        day, where "stress" or "couldn't sleep" is their answer, not a call for help."""
        if turn.onboarded or not reading.urgent:
            return False
        flow = self.catalog.flows[turn.state.flow or ""]
        step = flow.step(turn.state.step)
        ctx = Ctx(turn.state.data, turn.profile, turn.now)
        return isinstance(step.parse_text(reading.text, ctx), Invalid)

    async def _press(self, turn: Turn, action: str, arg: str | None = None) -> None:
        """What a typed answer means, done as pressing its button would."""
        found = self.catalog.button(action, arg)
        assert found is not None
        turn.outputs += await self.act(turn, *found)

    # --- actions and effects -------------------------------------------------------------------

    async def act(self, turn: Turn, action: Action, arg: str | None) -> list[Output]:
        """Carry out a declared action for whoever may use it; others are shown the way in.

        An action that would start a flow while another has answers in it asks first
        (nothing is thrown away without the person choosing); quick actions leave the flow
        as it was."""
        if allowed(action.needs, onboarded=turn.onboarded, consent=turn.keeps_records):
            await turn.load_user()
            before, turn.started = turn.state, False
            said = await action.run(turn, arg)
            # Only when something would be lost: a flow still at its first question is left.
            if before.active and before.history and turn.started and not action.quick:
                flow = self.catalog.flows[before.flow or ""]
                pending = {"action": action.name, "arg": arg}
                turn.state = replace(before, data={**before.data, self.shell.leaving: pending})
                return [self.shell.leave_question(flow.leaving)]
            return said
        if not turn.onboarded:
            setup = self.catalog.setup_flow or ""
            if turn.state.flow == setup:
                # Said, not only re-asked: the command was not silently ignored.
                return [Say(self.shell.setup_first()), *turn.reask()]
            return [Say(self.shell.setup_first()), *turn.start(setup)]
        return [turn.menu(self.shell.not_keeping_records())]

    async def effects(self, turn: Turn) -> None:
        """Outputs that change stored data (`Record`s) are carried out inside the turn's
        transaction by the effect their feature registered; what an effect says follows it.
        Chained flows start, chained actions run (as if pressed) and the menu is drawn here
        too."""
        index = 0
        while index < len(turn.outputs):
            output = turn.outputs[index]
            if isinstance(output, StartFlow):
                turn.outputs[index + 1 : index + 1] = turn.start(output.name)
            elif isinstance(output, RunAction):
                action = self.catalog.actions.get(output.name)
                if action is not None:
                    turn.outputs[index + 1 : index + 1] = await self.act(turn, action, output.arg)
            elif isinstance(output, ShowMenu):
                turn.outputs[index] = turn.menu(output.text)
            elif isinstance(output, Record):
                effect = self.catalog.effect(output)
                if effect.needs is Needs.CONSENT and not turn.keeps_records:
                    # Consent was withdrawn while a flow was open: keep nothing.
                    said: list[Output] = [Say(self.shell.not_keeping_records())]
                else:
                    await turn.load_user()
                    said = await effect.run(turn, output)
                turn.outputs[index + 1 : index + 1] = said
            index += 1
