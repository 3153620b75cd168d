"""One turn of a conversation: load the chat's state (locked), decide, store, then reply.

Handlers hand every update to `Turns`; it is the only place where flows meet storage and
the Bot API. State and saved answers are committed before replies go out, so a failed send
never loses what the user told us.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import (
    CallbackQuery,
    Update,
)
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.clock import Clock
from bot.core import safety
from bot.core.safety import Concern
from bot.flow import (
    Button,
    ButtonPress,
    Ctx,
    EditPressed,
    EraseUserData,
    Event,
    Flow,
    FlowState,
    LocationInput,
    LogCaffeine,
    OtherInput,
    Output,
    Profile,
    RenderLater,
    SaveCheckIn,
    SaveJournal,
    SaveNote,
    SaveProfile,
    Say,
    SetReminderTime,
    ShowMenu,
    StartFlow,
    TextInput,
    Toast,
    apply,
    reask,
    start,
)
from bot.flow import callback_data as cbd
from bot.flow.outputs import StartExercise, WakeExercise
from bot.storage import Database, repo
from bot.storage import reminders as reminder_store
from bot.storage.models import Consent, FlowStateRow, User
from bot.transport import insights as insight_views
from bot.transport import records, replies, routines
from bot.transport import userdata as data_rights
from bot.transport.chat_locks import ChatLocks
from bot.transport.exercise_runner import LiveExercises
from bot.transport.replies import inline as _inline
from conversations import (
    breathing,
    checkin,
    coffee,
    common,
    history,
    journal,
    menu,
    onboarding,
    settings,
    tips,
)
from conversations import delete as delete_flow
from conversations import reminders as reminder_words
from conversations import safety as safety_words

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


@dataclass
class Turn:
    """What one update sees: the locked state row, the user (if known), and the time."""

    session: AsyncSession
    row: FlowStateRow
    user: User | None
    telegram_id: int
    chat_id: int
    language: str | None
    state: FlowState
    outputs: list[Output] = field(default_factory=list)

    @property
    def onboarded(self) -> bool:
        return self.user is not None and self.user.onboarded_at is not None

    @property
    def profile(self) -> Profile:
        user = self.user
        if user is None:
            return Profile(language=self.language)
        return Profile(
            time_zone=user.time_zone,
            wake_time=user.wake_time,
            bedtime=user.bedtime,
            caffeine_cutoff=user.caffeine_cutoff,
            checkin_time=user.checkin_time,
            consent=user.consent.value if user.consent else None,
            language=user.language,
        )


Decide = Callable[[Turn], Awaitable[None]]


class Turns:
    def __init__(
        self,
        *,
        database: Database,
        flows: Mapping[str, Flow],
        clock: Clock,
        default_zone: str = "UTC",
        exercises: LiveExercises | None = None,
    ) -> None:
        self.database = database
        self.flows = flows
        self.clock = clock
        self.default_zone = default_zone
        self.exercises = exercises
        self.locks = ChatLocks()

    # --- entry points, one per kind of update -----------------------------------------------

    async def on_command(self, update: Update, context: Context) -> None:
        """Commands work in every state: /start, /menu, /help, /cancel, /settings, unknown."""
        assert update.effective_message is not None
        text = update.effective_message.text or ""
        name = text.split()[0][1:].split("@")[0].lower() if text.startswith("/") else ""
        parts = text.split(maxsplit=1)
        arg = parts[1].strip()[:64] if len(parts) > 1 else None
        await self._run(update, context, lambda turn: self._command(turn, name, arg))

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
        """A tap on an inline button: validated, then applied to the flow or the menu."""
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
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return
        async with self.locks.hold(chat.id):
            async with self.database.session() as session, session.begin():
                now = self.clock.now()
                row = await repo.lock_flow_state(
                    session, chat_id=chat.id, telegram_id=user.id, now=now
                )
                turn = Turn(
                    session=session,
                    row=row,
                    user=await repo.get_user(session, telegram_id=user.id),
                    telegram_id=user.id,
                    chat_id=chat.id,
                    language=user.language_code,
                    state=FlowState(
                        flow=row.flow,
                        step=row.step,
                        data=dict(row.data or {}),
                        history=tuple(row.history or ()),
                        seq=row.seq,
                        paused=row.paused,
                    ),
                )
                await decide(turn)
                await self._effects(turn)
                row.flow, row.step = turn.state.flow, turn.state.step
                row.data, row.history = turn.state.data, list(turn.state.history)
                row.seq, row.paused, row.updated_at = turn.state.seq, turn.state.paused, now
            turn.outputs = await _render_later(turn.outputs)
            await self._send(context, chat.id, turn, query)

    async def _effects(self, turn: Turn) -> None:
        """Storage outputs are carried out inside the turn's transaction; chained flows start."""
        index = 0
        while index < len(turn.outputs):
            output = turn.outputs[index]
            if isinstance(output, SaveProfile):
                await self._save_profile(turn, output)
            elif isinstance(output, SaveCheckIn | SaveNote | LogCaffeine | SaveJournal):
                turn.outputs[index + 1 : index + 1] = await self._save_record(turn, output)
            elif isinstance(output, StartFlow):
                turn.outputs[index + 1 : index + 1] = self._start(turn, output.name)
            elif isinstance(output, ShowMenu):
                turn.outputs[index] = menu.menu(turn.profile, output.text)
            elif isinstance(output, EraseUserData):
                # The session is emptied: the flow row and user are gone, nothing is written back.
                turn.outputs[index : index + 1] = await data_rights.erase(
                    turn.session, telegram_id=turn.telegram_id
                )
                turn.user = None
            elif isinstance(output, StartExercise):
                turn.outputs[index + 1 : index + 1] = await self._start_exercise(turn, output)
            elif isinstance(output, SetReminderTime) and turn.user is not None:
                turn.outputs[index + 1 : index + 1] = await routines.set_time(
                    turn.session,
                    user=turn.user,
                    output=output,
                    now=self.clock.now(),
                    default_zone=self.default_zone,
                )
            index += 1

    async def _start_exercise(self, turn: Turn, output: StartExercise) -> list[Output]:
        if self.exercises is None or turn.user is None:
            return [Say(menu.something_went_wrong())]
        return await self.exercises.create(
            turn.session, user=turn.user, chat_id=turn.chat_id, output=output
        )

    async def _save_record(
        self, turn: Turn, output: SaveCheckIn | SaveNote | LogCaffeine | SaveJournal
    ) -> list[Output]:
        user, session, now = turn.user, turn.session, self.clock.now()
        if user is None or user.consent is not Consent.GIVEN:
            # Consent was withdrawn while a flow was open: keep nothing.
            return [Say(menu.not_keeping_records())]
        if isinstance(output, SaveCheckIn):
            return await records.save_checkin(session, user=user, output=output, now=now)
        if isinstance(output, SaveNote):
            return await records.save_note(session, user=user, output=output, now=now)
        if isinstance(output, LogCaffeine):
            return await records.log_caffeine(
                session, user=user, output=output, now=now, default_zone=self.default_zone
            )
        return await records.save_journal(session, user=user, output=output, now=now)

    async def _save_profile(self, turn: Turn, output: SaveProfile) -> None:
        now = self.clock.now()
        if turn.user is None:
            turn.user = await repo.get_or_create_user(
                turn.session,
                telegram_id=turn.telegram_id,
                chat_id=turn.chat_id,
                language=turn.language,
                now=now,
            )
        if output.fields:
            await repo.update_profile(turn.session, user=turn.user, fields=output.fields, now=now)
        if output.consent is not None:
            await repo.set_consent(
                turn.session, user=turn.user, consent=Consent(output.consent), now=now
            )
        if output.onboarded:
            await repo.mark_onboarded(turn.session, user=turn.user, now=now)
        # A new zone, routine time or consent reschedules every reminder at once.
        await reminder_store.sync_reminders(
            turn.session, user=turn.user, now=now, default_zone=self.default_zone
        )
        logger.info("profile saved (fields: %s)", ",".join(sorted(output.fields)) or "-")

    # --- deciding ------------------------------------------------------------------------------

    def _start(self, turn: Turn, name: str, data: dict[str, Any] | None = None) -> list[Output]:
        turn.state, outputs = start(
            self.flows[name],
            seq=turn.state.seq,
            profile=turn.profile,
            now=self.clock.now(),
            data=data,
        )
        return outputs

    def _reask(self, turn: Turn) -> list[Output]:
        flow = self.flows[turn.state.flow or ""]
        return reask(flow, turn.state, profile=turn.profile, now=self.clock.now())

    def _menu(self, turn: Turn, text: str | None = None) -> Say:
        return menu.menu(turn.profile, text)

    async def _command(self, turn: Turn, name: str, arg: str | None = None) -> None:
        """Commands and menu buttons are the same actions; each works in every state."""
        out = turn.outputs
        if name == "help":
            out.append(Say(menu.help_text()))
            if turn.state.active:
                out.extend(self._reask(turn))
        elif name == "cancel":
            # A breathing or relaxation session running here stops too, as with its Stop.
            stopped = (
                await self.exercises.stop_live(turn.session, chat_id=turn.chat_id)
                if self.exercises is not None
                else []
            )
            if stopped:
                out.append(Say(breathing.stopped_toast()))
                out.extend(stopped)
            if not turn.state.active:
                if not stopped:
                    out.append(
                        self._menu(turn, menu.nothing_to_cancel())
                        if turn.onboarded
                        else Say(menu.nothing_to_cancel())
                    )
            else:
                flow = self.flows[turn.state.flow or ""]
                ctx = Ctx(turn.state.data, turn.profile, self.clock.now())
                had_keyboard = bool(flow.step(turn.state.step).reply_keys(ctx))
                turn.state = FlowState(seq=turn.state.seq + 1)
                if not turn.onboarded:
                    out.append(Say(menu.cancelled_before_setup(), remove_keyboard=True))
                elif had_keyboard:
                    # A message can carry one keyboard: first take the reply keyboard away.
                    out.append(Say(menu.cancelled(), remove_keyboard=True))
                    out.append(self._menu(turn))
                else:
                    out.append(self._menu(turn, menu.cancelled()))
        elif name == "ground":
            out.append(Say(safety_words.grounding_exercise()))
            if turn.state.active:
                out.extend(self._reask(turn))
        elif name == "tips" or name == "tip":
            out.append(tips.show(tips.parse_index(arg)))
        elif name == "export":
            # Whatever is held, onboarded or not, consenting or not, is theirs to take or erase.
            out.extend(
                await data_rights.export(
                    turn.session,
                    telegram_id=turn.telegram_id,
                    now=self.clock.now(),
                    default_zone=self.default_zone,
                )
            )
        elif name == "delete":
            out.extend(self._start(turn, delete_flow.NAME))
        elif name not in KNOWN_ACTIONS:
            out.append(Say(menu.unknown_command()))
            out.append(Say(menu.help_text()))
            if turn.state.active:
                out.extend(self._reask(turn))
        elif not turn.onboarded:
            if turn.state.flow == onboarding.NAME:
                out.extend(self._reask(turn))
            else:
                if name != "start":
                    out.append(Say(menu.setup_first()))
                out.extend(self._start(turn, onboarding.NAME))
        elif name in ("start", "menu"):
            if turn.state.active and name == "start":
                out.append(Say(menu.still_in_flow()))
                out.extend(self._reask(turn))
            else:
                out.append(self._menu(turn))
        elif name == "settings":
            out.extend(self._start(turn, settings.NAME))
        elif name in breathing.COMMANDS:
            # Live exercises keep no records without consent; they only skip the 0–10 question.
            out.extend(self._start(turn, name, breathing.seed(name, arg)))
        elif turn.user is None or turn.user.consent is not Consent.GIVEN:
            out.append(self._menu(turn, menu.not_keeping_records()))
        else:
            await self._record_action(turn, turn.user, name, arg)

    async def _record_action(self, turn: Turn, user: User, name: str, arg: str | None) -> None:
        out, now = turn.outputs, self.clock.now()
        if name == "checkin":
            seed = await records.checkin_seed(
                turn.session, user=user, now=now, default_zone=self.default_zone
            )
            out.extend(self._start(turn, checkin.NAME, seed))
        elif name == "journal":
            out.extend(self._start(turn, journal.NAME))
        elif name in routines.ACTIONS:
            out.extend(
                await routines.act(
                    turn.session,
                    user=user,
                    name=name,
                    arg=arg,
                    now=now,
                    default_zone=self.default_zone,
                )
            )
        elif name == reminder_words.REMINDER_TIME:
            kind = routines.parse_kind(arg)
            if kind is None:
                out.append(Toast(menu.refused_button()))
            else:
                out.extend(self._start(turn, reminder_words.REMINDER_TIME, {"kind": kind.value}))
        elif name == reminder_words.QUIET:
            out.extend(self._start(turn, reminder_words.QUIET))
        elif name == reminder_words.SLEEP_LOG:
            today = records.local_now(user, now, self.default_zone).date()
            out.extend(self._start(turn, reminder_words.SLEEP_LOG, {"today": today.isoformat()}))
        elif name == "insights":
            out.extend(
                await insight_views.show_insights(
                    turn.session, user=user, arg=arg, now=now, default_zone=self.default_zone
                )
            )
        elif name == "coffee_earlier":
            out.extend(self._start(turn, coffee.NAME))
        elif name == "coffee":
            # A quick log leaves any flow in progress exactly where it was.
            out.append(LogCaffeine())
        elif name == "history":
            out.extend(
                await records.history_page(
                    turn.session,
                    user=user,
                    page_number=history.parse_page(arg),
                    now=now,
                    default_zone=self.default_zone,
                )
            )
        elif name == "note":
            day = _note_day(arg, records.local_now(user, now, self.default_zone).date())
            if day is None:
                out.append(Toast(menu.refused_button()))
            else:
                out.extend(self._start(turn, journal.NOTE, {"day": day.isoformat()}))

    async def _event(self, turn: Turn, event: Event) -> None:
        if isinstance(event, TextInput) and self._safety(turn, event.text):
            return
        if turn.state.paused:
            if isinstance(event, ButtonPress):
                # Tapping the paused question's own buttons is choosing to carry on.
                turn.state = replace(turn.state, paused=False)
            else:
                turn.outputs.append(_paused_prompt())
                return
        if turn.state.active:
            flow = self.flows[turn.state.flow or ""]
            turn.state, outputs = apply(
                flow, turn.state, event, profile=turn.profile, now=self.clock.now()
            )
            turn.outputs.extend(outputs)
        elif not turn.onboarded:
            turn.outputs.extend(self._start(turn, onboarding.NAME))
        elif self.exercises is not None and (
            busy := await self.exercises.busy_note(turn.session, chat_id=turn.chat_id)
        ):
            turn.outputs.append(busy)
        else:
            turn.outputs.append(self._menu(turn))

    def _safety(self, turn: Turn, text: str) -> bool:
        """Typed text is checked first, in every state. True when it must not reach a flow."""
        check = safety.check_text(text)
        out = turn.outputs
        # Until emergency and ask get answers of their own, both get the crisis answer.
        if check.concern in (Concern.EMERGENCY, Concern.CRISIS, Concern.ASK):
            # Never log the text itself; the fact that resources were sent is enough.
            logger.warning("crisis language: resources sent, flow paused")
            country = safety_words.country_for_zone(turn.profile.time_zone) or _country_of(
                turn.language
            )
            if turn.state.active:
                turn.state = replace(turn.state, paused=True)
                out.append(Say(safety_words.crisis_message(country), buttons=_pause_buttons()))
            else:
                out.append(Say(safety_words.crisis_message(country)))
            return True
        if check.concern is Concern.RED_FLAG:
            out.append(Say(safety_words.red_flag_message(check.red_flags)))
        elif check.concern is Concern.HEALTH_ANXIETY:
            ground = Button(safety_words.grounding_label(), cbd.menu_button("ground"))
            out.append(Say(safety_words.health_anxiety_message(), buttons=((ground,),)))
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
                out.extend(self._reask(turn))
            elif turn.onboarded:
                out.append(self._menu(turn))
            return
        if button.action == "resume":
            if turn.state.active:
                turn.state = replace(turn.state, paused=False)
                out.extend(self._reask(turn))
            else:
                await self._command(turn, "menu")
        elif button.action == "stop":
            await self._command(turn, "cancel")
        elif button.action == "go" and button.arg in GO_FLOWS:
            await self._command(turn, GO_FLOWS[button.arg])
        elif button.action == "go" and (button.arg or "").startswith(
            reminder_words.REMINDER_TIME + "_"
        ):
            kind = (button.arg or "").removeprefix(reminder_words.REMINDER_TIME + "_")
            await self._command(turn, reminder_words.REMINDER_TIME, kind)
        elif button.action in MENU_ACTIONS:
            await self._command(turn, button.action, button.arg)
        elif button.action.startswith("ex_") and self.exercises is not None:
            out.extend(
                await self.exercises.on_button(
                    turn.session,
                    user=turn.user,
                    chat_id=turn.chat_id,
                    action=button.action,
                    arg=button.arg,
                )
            )
        else:
            out.append(Toast(menu.refused_button()))
            if turn.onboarded:
                out.append(self._menu(turn))

    # --- replying --------------------------------------------------------------------------------

    async def _send(
        self, context: Context, chat_id: int, turn: Turn, query: CallbackQuery | None
    ) -> None:
        toast: str | None = None
        for output in turn.outputs:
            if await replies.send(context.bot, chat_id, output):
                continue
            if isinstance(output, EditPressed) and query is not None:
                try:
                    await query.edit_message_text(
                        output.text, reply_markup=_inline(output.buttons)
                    )
                except BadRequest as exc:
                    # A double tap re-sends the same keyboard; Telegram refuses the no-op edit.
                    if "not modified" not in str(exc):
                        raise
            elif isinstance(output, Toast):
                toast = output.text
            elif isinstance(output, WakeExercise) and self.exercises is not None:
                self.exercises.wake(output)
        if query is not None:
            await query.answer(toast)


# Every command and menu action that needs a finished onboarding.
KNOWN_ACTIONS = frozenset(
    {
        "start",
        "menu",
        "settings",
        "checkin",
        "journal",
        "coffee",
        "coffee_earlier",
        "history",
        "note",
        "insights",
        "reminders",
        "pause",
        "nap",
        "snooze",
        "skipday",
        "remind",
        "remtime",
        "sleeplog",
        "quiet",
        *breathing.COMMANDS,
    }
)
# Menu buttons that name an action directly (`m:<action>[:<arg>]`).
MENU_ACTIONS = frozenset(
    {
        "menu",
        "help",
        "coffee",
        "history",
        "tip",
        "note",
        "ground",
        "insights",
        "reminders",
        "pause",
        "nap",
        "snooze",
        "skipday",
        "remind",
        *breathing.COMMANDS,
    }
)
# `m:go:<flow>` buttons and the action each one means.
GO_FLOWS = {
    "settings": "settings",
    "checkin": "checkin",
    "journal": "journal",
    "coffee": "coffee_earlier",
    "sleeplog": "sleeplog",
    "quiet": "quiet",
}


async def _render_later(outputs: list[Output]) -> list[Output]:
    """Run each RenderLater (after the commit) in a worker thread, keeping the order."""
    if not any(isinstance(o, RenderLater) for o in outputs):
        return outputs
    rendered: list[Output] = []
    for output in outputs:
        if isinstance(output, RenderLater):
            rendered.extend(await asyncio.to_thread(output.make))
        else:
            rendered.append(output)
    return rendered


def _note_day(arg: str | None, today: date) -> date | None:
    """The day a note button names (YYYYMMDD), if it is a real day not in the future."""
    try:
        day = datetime.strptime(arg or "", "%Y%m%d").replace(tzinfo=UTC).date()
    except ValueError:
        return None
    return day if today - timedelta(days=366) <= day <= today else None


def _pause_buttons() -> tuple[tuple[Button, ...], ...]:
    return (
        (Button(menu.carry_on_label(), cbd.menu_button("resume")),),
        (Button(menu.stop_here_label(), cbd.menu_button("stop")),),
    )


def _paused_prompt() -> Say:
    return Say(menu.paused_prompt(), buttons=_pause_buttons())


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
