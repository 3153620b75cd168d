"""One turn of a conversation: load the chat's state (locked), decide, store, then reply.

Handlers hand every update to `Turns`; it is the only place where flows meet storage and
the Bot API. It names no feature: commands, buttons, flows and the effects of saved outputs
come from the features' declarations (`bot.features`). The update's id, the new state, what
was saved and the replies (in the outbox) commit together; the replies are sent after, so a
failed send never loses what the user told us, and a retried update never acts twice.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncConnection
from telegram import CallbackQuery, Update
from telegram import User as TelegramUser
from telegram.ext import ContextTypes

from bot import faults, metrics
from bot.clock import Clock
from bot.core import typed
from bot.features import Action, Catalog, Needs, allowed
from bot.flow import (
    ButtonPress,
    Event,
    FlowState,
    LocationInput,
    OtherInput,
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
from bot.flow.outputs import WakeExercise
from bot.i18n import switch_language, use_language
from bot.storage import Database, outbox, turn_store
from bot.storage.models import UserStatus
from bot.transport import groups, replies, safety_turn, words
from bot.transport.chat_locks import ChatLocks
from bot.transport.exercises import LiveExercises
from bot.transport.sender import ReplySender
from bot.transport.turn import Turn
from conversations import menu, safety_answers

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


Decide = Callable[[Turn], Awaitable[None]]


class Turns:
    def __init__(
        self,
        *,
        database: Database,
        catalog: Catalog,
        clock: Clock,
        default_zone: str = "UTC",
        exercises: LiveExercises | None = None,
        sender: ReplySender | None = None,
    ) -> None:
        self.database = database
        self.catalog = catalog
        self.clock = clock
        self.default_zone = default_zone
        self.exercises = exercises
        self.sender = sender or ReplySender(database=database, clock=clock, renderers={})
        self.locks = ChatLocks()

    # --- entry points, one per kind of update -----------------------------------------------

    async def on_command(self, update: Update, context: Context) -> None:
        """A typed command: the declared action of that name, in every state."""
        assert update.effective_message is not None
        text = update.effective_message.text or ""
        name = text.split()[0][1:].split("@")[0].lower() if text.startswith("/") else ""
        parts = text.split(maxsplit=1)
        arg = parts[1].strip()[:64] if len(parts) > 1 else None
        await self._run(update, context, lambda turn: self._typed(turn, name, arg))

    async def on_message(self, update: Update, context: Context) -> None:
        """Text, a location, or anything else goes to the current flow, or gets the menu."""
        message = update.effective_message
        assert message is not None
        event: Event
        if message.location is not None:
            event = LocationInput(message.location.latitude, message.location.longitude)
        elif message.text is not None:
            event = TextInput(message.text)
        else:
            event = OtherInput(_kind(update))
        caption = message.caption

        async def decide(turn: Turn) -> None:
            # A photo's caption is read for safety like any typed words.
            if caption and safety_turn.read(turn, caption, held=False):
                return
            await self._event(turn, event)

        await self._run(update, context, decide)

    async def on_edit(self, update: Update, context: Context) -> None:
        """An edited message is read for safety only: what it changed is not a new answer."""
        message = update.effective_message
        assert message is not None
        text = message.text or message.caption or ""

        async def decide(turn: Turn) -> None:
            safety_turn.read(turn, text, held=False)

        await self._run(update, context, decide)

    async def on_button(self, update: Update, context: Context) -> None:
        """A tap on an inline button: validated, then applied to the flow or an action."""
        query = update.callback_query
        assert query is not None
        chat = update.effective_chat
        if chat is None or chat.type != chat.PRIVATE:
            # Stillpoint keeps nothing in groups, so a button there has nothing to act on.
            await groups.refuse_button(update, context)
            return
        button = cbd.parse(query.data)
        if button is None:
            # Forged or malformed data: refuse it without touching any state.
            logger.warning("refused malformed callback data")
            await query.answer(menu.refused_button())
            return
        await self._run(update, context, lambda turn: self._button(turn, button), query=query)

    # --- the turn -------------------------------------------------------------------------------

    async def _run(
        self, update: Update, context: Context, decide: Decide, query: CallbackQuery | None = None
    ) -> None:
        """One transaction: the update is recorded, the state locked, decided and stored, and
        the replies written to the outbox; then the replies are sent. A retried update whose
        turn committed sends only what is still unsent."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return
        sender = self.sender
        turn: Turn | None = None
        toast: str | None = None
        async with self.locks.hold(chat.id):
            now = self.clock.now()
            # Every word of the turn is in the person's language, set for its whole length.
            with use_language(user.language_code):
                async with self.database.transaction() as conn:
                    loaded = await turn_store.claim_and_load(
                        conn,
                        update_id=update.update_id,
                        chat_id=chat.id,
                        telegram_id=user.id,
                        now=now,
                    )
                    if loaded is None:
                        metrics.duplicates.inc()
                        pending = await outbox.update_rows(
                            conn,
                            update_id=update.update_id,
                            owner=sender.owner,
                            lease=sender.lease,
                            now=now,
                        )
                    else:
                        faults.reach("after_claim")
                        turn, state = await self._decide(conn, loaded, chat.id, user, now, decide)
                        message = query.message if query is not None else None
                        calls, toast = replies.envelopes(
                            turn.outputs,
                            pressed=query is not None,
                            message_id=message.message_id if message is not None else None,
                        )
                        pending = await turn_store.save_with_replies(
                            conn,
                            chat_id=chat.id,
                            state=state,
                            update_id=update.update_id,
                            envelopes=calls,
                            owner=sender.owner,
                            lease=sender.lease,
                            now=now,
                            waiting=loaded.waiting,
                        )
                faults.reach("after_commit")
                if turn is not None:
                    self._after_commit(turn)
                if query is not None:
                    # Outside the outbox: it only stops the button's spinner, Telegram takes it
                    # for a few seconds only, and answering twice does no harm.
                    await replies.answer_button(query, toast)
                await sender.deliver(context.bot, pending)

    async def _decide(
        self,
        conn: AsyncConnection,
        loaded: turn_store.Loaded,
        chat_id: int,
        user: TelegramUser,
        now: datetime,
        decide: Decide,
    ) -> tuple[Turn, turn_store.NewState | None]:
        """Decide the turn from the chat's locked state; returns it with the state it leaves,
        to be written with its replies (None: nothing to write)."""
        before = FlowState(
            flow=loaded.flow,
            step=loaded.step,
            data=loaded.data,
            history=loaded.history,
            seq=loaded.seq,
            paused=loaded.paused,
        )
        turn = Turn(
            catalog=self.catalog,
            connection=conn,
            person=loaded.person,
            row=loaded.user,
            telegram_id=user.id,
            chat_id=chat_id,
            language_code=user.language_code,
            state=before,
            now=now,
            default_zone=self.default_zone,
            exercises=self.exercises,
            exercising=loaded.exercising,
        )
        saving = None
        try:
            switch_language(turn.language)
            if loaded.person is not None and loaded.person.status is UserStatus.BLOCKED:
                # They wrote to us, so they have unblocked the bot: reminders may come again.
                await turn_store.reactivate(conn, user_id=loaded.person.id, now=now)
            await decide(turn)
            await self._effects(turn)
            # The ORM's writes go first (a new person's row, say), then the state.
            await turn.finish()
            state = turn.state
            if turn.user is None and turn.person is None and not state.active and not state.paused:
                # Someone we keep nothing for, between conversations: no row about them stays.
                await turn_store.forget_state(conn, chat_id=chat_id)
            elif state != before:
                saving = turn_store.NewState(
                    flow=state.flow,
                    step=state.step,
                    data=state.data,
                    history=list(state.history),
                    seq=state.seq,
                    paused=state.paused,
                )
        finally:
            await turn.close()
        return turn, saving

    def _after_commit(self, turn: Turn) -> None:
        """What happens in this process once the turn is safe: paced exercises start."""
        if self.exercises is None:
            return
        for output in turn.outputs:
            if isinstance(output, WakeExercise):
                self.exercises.wake(output)

    async def _effects(self, turn: Turn) -> None:
        """Outputs that change stored data (`Record`s) are carried out inside the turn's
        transaction by the effect their feature registered; what an effect says follows it.
        Chained flows start and the menu is drawn here too."""
        index = 0
        while index < len(turn.outputs):
            output = turn.outputs[index]
            if isinstance(output, StartFlow):
                turn.outputs[index + 1 : index + 1] = turn.start(output.name)
            elif isinstance(output, RunAction):
                action = self.catalog.actions.get(output.name)
                if action is not None and allowed(
                    action.needs, onboarded=turn.onboarded, consent=turn.keeps_records
                ):
                    await turn.load_user()
                    turn.outputs[index + 1 : index + 1] = await action.run(turn, output.arg)
            elif isinstance(output, ShowMenu):
                turn.outputs[index] = turn.menu(output.text)
            elif isinstance(output, Record):
                effect = self.catalog.effect(output)
                if effect.needs is Needs.CONSENT and not turn.keeps_records:
                    # Consent was withdrawn while a flow was open: keep nothing.
                    said: list[Output] = [Say(menu.not_keeping_records())]
                else:
                    await turn.load_user()
                    said = await effect.run(turn, output)
                turn.outputs[index + 1 : index + 1] = said
            index += 1

    # --- deciding ------------------------------------------------------------------------------

    async def _typed(self, turn: Turn, name: str, arg: str | None) -> None:
        action = self.catalog.command(name)
        if action is None:
            turn.outputs += [Say(menu.unknown_command()), Say(turn.help()), *turn.reask()]
            return
        await self._act(turn, action, arg)

    async def _act(self, turn: Turn, action: Action, arg: str | None) -> None:
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
                turn.state = replace(before, data={**before.data, menu.LEAVING: pending})
                turn.outputs.append(menu.leave_question(flow.leaving))
                return
            turn.outputs += said
        elif not turn.onboarded:
            setup = self.catalog.setup_flow or ""
            if turn.state.flow == setup:
                # Said, not only re-asked: the command was not silently ignored.
                turn.outputs += [Say(menu.setup_first()), *turn.reask()]
            else:
                turn.outputs += [Say(menu.setup_first()), *turn.start(setup)]
        else:
            turn.outputs.append(turn.menu(menu.not_keeping_records()))

    async def _event(self, turn: Turn, event: Event) -> None:
        if isinstance(event, TextInput) and safety_turn.read(turn, event.text):
            return
        if isinstance(event, TextInput) and (command := typed.command_for(event.text)):
            # A word that means a way out ("abbrechen", "меню") works like its command.
            await self._typed(turn, command, None)
            return
        if isinstance(event, TextInput) and await self._asked(turn, event.text):
            return
        if menu.LEAVING in turn.state.data and await self._leaving(turn, event):
            return
        if turn.state.paused:
            if isinstance(event, ButtonPress):
                # Tapping the paused question's own buttons is choosing to carry on.
                turn.state = replace(turn.state, paused=False)
            elif isinstance(event, TextInput) and (chosen := menu.paused_answer(event.text)):
                # "weiter", "yes" or "no" typed at the pause: as its buttons would.
                await self._press(turn, chosen)
                return
            else:
                turn.outputs.append(Say(menu.paused_prompt(), buttons=menu.pause_buttons()))
                return
        if turn.state.active:
            flow = self.catalog.flows[turn.state.flow or ""]
            turn.state, outputs = apply(
                flow, turn.state, event, profile=turn.profile, now=turn.now
            )
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
        elif isinstance(event, TextInput) and self.catalog.free_text is not None:
            # Safety has read it already; what is left is answered by what it is about.
            turn.outputs.extend(await self.catalog.free_text(turn, event.text))
        elif not turn.onboarded:
            turn.outputs.extend(turn.start(self.catalog.setup_flow or ""))
        else:
            turn.outputs.append(turn.menu())

    async def _asked(self, turn: Turn, text: str) -> bool:
        """A typed "yes" or "no" while the direct question waits answers it, as its buttons
        would."""
        word = safety_turn.typed_answer(turn, text)
        if word is None:
            return False
        await self._press(turn, safety_answers.ASK, word)
        return True

    async def _press(self, turn: Turn, action: str, arg: str | None = None) -> None:
        """What a typed answer means, done as pressing its button would."""
        found = self.catalog.button(action, arg)
        assert found is not None
        await self._act(turn, *found)

    async def _leaving(self, turn: Turn, event: Event) -> bool:
        """While "leave it?" waits, a typed "yes" leaves and "no" goes back, as its buttons
        would; anything else answers the flow's own question, and "leave it?" is let go."""
        word = typed.recognise(event.text) if isinstance(event, TextInput) else None
        if word is typed.Word.YES or word is typed.Word.NO:
            await self._press(turn, menu.LEAVE if word is typed.Word.YES else menu.RESUME)
            return True
        data = {k: v for k, v in turn.state.data.items() if k != menu.LEAVING}
        turn.state = replace(turn.state, data=data)
        return False

    async def _button(self, turn: Turn, button: cbd.FlowButton | cbd.MenuButton) -> None:
        out = turn.outputs
        if isinstance(button, cbd.FlowButton):
            if turn.state.active and button.seq == turn.state.seq:
                await self._event(turn, button.press)
                return
            out.append(Toast(words.question_passed()))
            if turn.state.active:
                out.extend(turn.reask())
            elif turn.onboarded:
                out.append(turn.menu())
            return
        found = self.catalog.button(button.action, button.arg)
        if found is None:
            out.append(Toast(menu.refused_button()))
            if turn.onboarded:
                out.append(turn.menu())
            return
        action, arg = found
        await self._act(turn, action, arg)


def _kind(update: Update) -> str:
    message = update.effective_message
    if message is None:
        return "unknown"
    for kind in (
        "sticker",
        "photo",
        "voice",
        "video",
        "video_note",
        "audio",
        "document",
        "animation",
        "contact",
        "poll",
        "dice",
    ):
        if getattr(message, kind, None):
            return kind
    return "other"
