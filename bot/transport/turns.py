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
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import CallbackQuery, Update
from telegram import User as TelegramUser
from telegram.ext import ContextTypes

from bot import metrics
from bot.clock import Clock
from bot.core import safety, typed
from bot.core.safety import Concern
from bot.features import Action, Catalog, LiveSessions, Needs, allowed
from bot.flow import (
    ButtonPress,
    Ctx,
    Event,
    FlowState,
    LocationInput,
    OtherInput,
    Output,
    Profile,
    RunAction,
    Say,
    ShowMenu,
    StartFlow,
    TextInput,
    Toast,
    apply,
    reask,
    start,
)
from bot.flow import callback_data as cbd
from bot.flow.outputs import WakeExercise
from bot.storage import Database, outbox, repo
from bot.storage.models import Consent, FlowStateRow, User, UserStatus
from bot.transport import replies
from bot.transport.chat_locks import ChatLocks
from bot.transport.exercises import LiveExercises
from bot.transport.sender import ReplySender
from conversations import common, menu
from conversations import safety as safety_words
from conversations.i18n import resolve_language, switch_language, use_language

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


@dataclass
class Turn:
    """What one update sees (the `TurnContext` that actions and effects are given): the
    locked state row, the person (if known), the time, and the moves only a turn can make."""

    catalog: Catalog
    session: AsyncSession
    row: FlowStateRow
    user: User | None
    telegram_id: int
    chat_id: int
    language_code: str | None
    state: FlowState
    now: datetime
    default_zone: str
    exercises: LiveSessions | None
    outputs: list[Output] = field(default_factory=list)

    @property
    def onboarded(self) -> bool:
        return self.user is not None and self.user.onboarded_at is not None

    @property
    def keeps_records(self) -> bool:
        return self.user is not None and self.user.consent is Consent.GIVEN

    @property
    def profile(self) -> Profile:
        user = self.user
        if user is None:
            return Profile(language=self.language_code)
        return Profile(
            time_zone=user.time_zone,
            wake_time=user.wake_time,
            bedtime=user.bedtime,
            caffeine_cutoff=user.caffeine_cutoff,
            checkin_time=user.checkin_time,
            consent=user.consent.value if user.consent else None,
            language=user.language,
        )

    @property
    def language(self) -> str:
        """The language the person chose (kept on first contact), else their Telegram's."""
        stored = self.user.language if self.user is not None else None
        return resolve_language(stored or self.language_code)

    def local_now(self) -> datetime:
        zone = (self.user.time_zone if self.user else None) or self.default_zone
        return self.now.astimezone(ZoneInfo(zone))

    def start(self, name: str, data: dict[str, Any] | None = None) -> list[Output]:
        self.state, outputs = start(
            self.catalog.flows[name],
            seq=self.state.seq,
            profile=self.profile,
            now=self.now,
            data=data,
        )
        return outputs

    def reask(self) -> list[Output]:
        if not self.state.active:
            return []
        flow = self.catalog.flows[self.state.flow or ""]
        return reask(flow, self.state, profile=self.profile, now=self.now)

    def leave_flow(self) -> bool:
        flow = self.catalog.flows[self.state.flow or ""]
        ctx = Ctx(self.state.data, self.profile, self.now)
        had_keyboard = bool(flow.step(self.state.step).reply_keys(ctx))
        self.state = FlowState(seq=self.state.seq + 1)
        return had_keyboard

    def menu(self, text: str | None = None) -> Say:
        rows = self.catalog.menu_rows(onboarded=self.onboarded, consent=self.keeps_records)
        return menu.menu(rows, text)

    def may(self, action: str) -> bool:
        found = self.catalog.actions.get(action)
        return found is not None and allowed(
            found.needs, onboarded=self.onboarded, consent=self.keeps_records
        )

    def help(self) -> str:
        return menu.help_text(self.catalog.command_descriptions())


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
        await self._run(update, context, lambda turn: self._event(turn, event))

    async def on_button(self, update: Update, context: Context) -> None:
        """A tap on an inline button: validated, then applied to the flow or an action."""
        query = update.callback_query
        assert query is not None
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
        async with self.locks.hold(chat.id):
            now = self.clock.now()
            # Every word of the turn is in the person's language, set for its whole length.
            with use_language(user.language_code):
                async with self.database.session() as session, session.begin():
                    if not await outbox.claim_update(session, update_id=update.update_id, now=now):
                        metrics.duplicates.inc()
                        pending = await outbox.update_rows(
                            session,
                            update_id=update.update_id,
                            owner=sender.owner,
                            lease=sender.lease,
                            now=now,
                        )
                    else:
                        turn = await self._decide(session, chat.id, user, now, decide)
                        message = query.message if query is not None else None
                        calls = replies.envelopes(
                            turn.outputs,
                            query_id=query.id if query is not None else None,
                            message_id=message.message_id if message is not None else None,
                        )
                        pending = await outbox.add(
                            session,
                            chat_id=chat.id,
                            update_id=update.update_id,
                            envelopes=calls,
                            owner=sender.owner,
                            lease=sender.lease,
                            now=now,
                        )
                if turn is not None:
                    self._after_commit(turn)
                await sender.deliver(context.bot, pending)

    async def _decide(
        self,
        session: AsyncSession,
        chat_id: int,
        user: TelegramUser,
        now: datetime,
        decide: Decide,
    ) -> Turn:
        row = await repo.lock_flow_state(session, chat_id=chat_id, telegram_id=user.id, now=now)
        turn = Turn(
            catalog=self.catalog,
            session=session,
            row=row,
            user=await repo.get_user(session, telegram_id=user.id),
            telegram_id=user.id,
            chat_id=chat_id,
            language_code=user.language_code,
            state=FlowState(
                flow=row.flow,
                step=row.step,
                data=dict(row.data or {}),
                history=tuple(row.history or ()),
                seq=row.seq,
                paused=row.paused,
            ),
            now=now,
            default_zone=self.default_zone,
            exercises=self.exercises,
        )
        switch_language(turn.language)
        if turn.user is not None and turn.user.status is UserStatus.BLOCKED:
            # They wrote to us, so they have unblocked the bot: reminders may come again.
            turn.user.status, turn.user.updated_at = UserStatus.ACTIVE, now
        await decide(turn)
        await self._effects(turn)
        if turn.user is None and not turn.state.active and not turn.state.paused:
            # Someone we keep nothing for, between conversations: no row about them stays.
            await repo.forget_flow_state(session, chat_id=chat_id)
            return turn
        row.flow, row.step = turn.state.flow, turn.state.step
        row.data, row.history = turn.state.data, list(turn.state.history)
        row.seq, row.paused, row.updated_at = turn.state.seq, turn.state.paused, now
        return turn

    def _after_commit(self, turn: Turn) -> None:
        """What happens in this process once the turn is safe: paced exercises start."""
        if self.exercises is None:
            return
        for output in turn.outputs:
            if isinstance(output, WakeExercise):
                self.exercises.wake(output)

    async def _effects(self, turn: Turn) -> None:
        """Outputs that change stored data are carried out inside the turn's transaction by
        the effect their feature registered; what an effect says follows it. Chained flows
        start and the menu is drawn here too."""
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
                    turn.outputs[index + 1 : index + 1] = await action.run(turn, output.arg)
            elif isinstance(output, ShowMenu):
                turn.outputs[index] = turn.menu(output.text)
            elif (effect := self.catalog.effects.get(type(output))) is not None:
                if effect.needs is Needs.CONSENT and not turn.keeps_records:
                    # Consent was withdrawn while a flow was open: keep nothing.
                    said: list[Output] = [Say(menu.not_keeping_records())]
                else:
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
        """Carry out a declared action for whoever may use it; others are shown the way in."""
        if allowed(action.needs, onboarded=turn.onboarded, consent=turn.keeps_records):
            turn.outputs += await action.run(turn, arg)
        elif not turn.onboarded:
            setup = self.catalog.setup_flow or ""
            if turn.state.flow == setup:
                turn.outputs += turn.reask()
            else:
                turn.outputs += [Say(menu.setup_first()), *turn.start(setup)]
        else:
            turn.outputs.append(turn.menu(menu.not_keeping_records()))

    async def _event(self, turn: Turn, event: Event) -> None:
        if isinstance(event, TextInput) and self._safety(turn, event.text):
            return
        if isinstance(event, TextInput) and (command := typed.command_for(event.text)):
            # A word that means a way out ("abbrechen", "меню") works like its command.
            await self._typed(turn, command, None)
            return
        if turn.state.paused:
            if isinstance(event, ButtonPress):
                # Tapping the paused question's own buttons is choosing to carry on.
                turn.state = replace(turn.state, paused=False)
            else:
                turn.outputs.append(Say(menu.paused_prompt(), buttons=menu.pause_buttons()))
                return
        if turn.state.active:
            flow = self.catalog.flows[turn.state.flow or ""]
            turn.state, outputs = apply(
                flow, turn.state, event, profile=turn.profile, now=turn.now
            )
            turn.outputs.extend(outputs)
        elif self.exercises is not None and (
            busy := await self.exercises.busy_note(turn.session, chat_id=turn.chat_id)
        ):
            # Before sign-up too: exercises run for anyone.
            turn.outputs.append(busy)
        elif isinstance(event, TextInput) and self.catalog.free_text is not None:
            # Safety has read it already; what is left is answered by what it is about.
            turn.outputs.extend(await self.catalog.free_text(turn, event.text))
        elif not turn.onboarded:
            turn.outputs.extend(turn.start(self.catalog.setup_flow or ""))
        else:
            turn.outputs.append(turn.menu())

    def _safety(self, turn: Turn, text: str) -> bool:
        """Typed text is checked first, in every state. True when it must not reach a flow."""
        check = safety.check_text(text)
        out = turn.outputs
        # Until emergency and ask get answers of their own, both get the crisis answer.
        if check.concern in (Concern.EMERGENCY, Concern.CRISIS, Concern.ASK):
            # Never log the text itself; the fact that resources were sent is enough.
            logger.warning("crisis language: resources sent, flow paused")
            country = safety_words.country_for_zone(turn.profile.time_zone) or _country_of(
                turn.language_code
            )
            if turn.state.active:
                turn.state = replace(turn.state, paused=True)
                out.append(Say(safety_words.crisis_message(country), buttons=menu.pause_buttons()))
            else:
                out.append(Say(safety_words.crisis_message(country)))
            return True
        if check.concern is Concern.RED_FLAG:
            out.append(Say(safety_words.red_flag_message(check.red_flags)))
        elif check.concern is Concern.HEALTH_ANXIETY:
            out.append(safety_words.health_anxiety_reply())
        # Outside a flow the safety answer is the whole reply; inside, the flow goes on.
        return check.concern is not Concern.NONE and not turn.state.active

    async def _button(self, turn: Turn, button: cbd.FlowButton | cbd.MenuButton) -> None:
        out = turn.outputs
        if isinstance(button, cbd.FlowButton):
            if turn.state.active and button.seq == turn.state.seq:
                await self._event(turn, button.press)
                return
            out.append(Toast(common.question_passed()))
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


def _country_of(language: str | None) -> str | None:
    """Telegram's language code sometimes carries a region ("en-GB"); that is a country."""
    if language and "-" in language:
        region = language.split("-", 1)[1].upper()
        return region if len(region) == 2 else None
    return None


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
