"""The turn in progress as actions and effects see it (`bot.features.TurnContext`): the locked
state, the person, the time, and the moves only a turn can make (start a flow, ask again,
leave a flow, draw the menu)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.features import Catalog, LiveSessions, allowed
from bot.flow import (
    Ctx,
    FlowState,
    FreeText,
    Output,
    Profile,
    Say,
    TextInput,
    apply,
    reask,
    start,
)
from bot.i18n import resolve_language
from bot.storage import turn_store
from bot.storage.models import Consent, User
from bot.storage.turn_store import Person

__all__ = ["CARRIED", "Turn", "carry"]

# State data keys that begin so belong to the chat, not to one flow (the words held for the
# journal's offers): they are carried across a flow starting and ending.
CARRIED = "__"


def carry(before: FlowState, after: FlowState, *, started: bool = False) -> FlowState:
    """`after`, with the chat's own data of `before` when a flow began (`started`: perhaps
    ending at once) or ended between."""
    if before.flow == after.flow and not started:
        return after
    kept = {k: v for k, v in before.data.items() if k.startswith(CARRIED)}
    return replace(after, data={**kept, **after.data}) if kept else after


class Turn:
    """What one update sees (the `TurnContext` that actions and effects are given): the
    locked state, the person (if known), the time, and the moves only a turn can make.

    The person is first read as a snapshot (`person`); the full row (`user`, an ORM object)
    is loaded by the runner before an action or an effect runs, since those may change it.
    """

    def __init__(
        self,
        *,
        catalog: Catalog,
        connection: AsyncConnection,
        person: Person | None,
        row: dict[str, Any] | None,
        telegram_id: int,
        chat_id: int,
        language_code: str | None,
        state: FlowState,
        now: datetime,
        default_zone: str,
        exercises: LiveSessions | None,
        exercising: bool,
    ) -> None:
        self.catalog = catalog
        self.connection = connection
        self._session: AsyncSession | None = None
        self.person = person
        self._row = row
        self._user: User | None = None
        self.telegram_id = telegram_id
        self.chat_id = chat_id
        self.language_code = language_code
        self.state = state
        self.now = now
        self.default_zone = default_zone
        self.exercises = exercises
        # A guided exercise ran in the chat when the turn began (read with the state).
        self.exercising = exercising
        self.outputs: list[Output] = []
        # Set when `start` begins a flow, so the runner can tell an action that would
        # replace a flow in progress.
        self.started = False

    @property
    def session(self) -> AsyncSession:
        """An ORM session in the turn's own transaction, made the first time one is needed
        (most turns only run the runner's own Core statements)."""
        if self._session is None:
            self._session = AsyncSession(bind=self.connection, expire_on_commit=False)
        return self._session

    async def finish(self) -> None:
        """Write what the ORM holds, before the runner commits the transaction."""
        session = self._session
        # Most sessions hold only the person, unchanged: a flush would find nothing to write
        # after its hop into SQLAlchemy's greenlet.
        if session is not None and (session.new or session.dirty or session.deleted):
            await session.flush()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    @property
    def user(self) -> User | None:
        return self._user

    @user.setter
    def user(self, value: User | None) -> None:
        # Set by the effect that creates the person; cleared by the one that erases them.
        self._user = value
        if value is None:
            self.person = None
            self._row = None

    async def load_user(self) -> User | None:
        """The person's ORM object, made once per turn from the row read with the state (None
        before they are known)."""
        if self._user is None and self.person is not None and self._row is not None:
            self._user = turn_store.attach_user(self.session, self._row)
        return self._user

    @property
    def _who(self) -> User | Person | None:
        return self._user if self._user is not None else self.person

    @property
    def onboarded(self) -> bool:
        who = self._who
        return who is not None and who.onboarded_at is not None

    @property
    def keeps_records(self) -> bool:
        who = self._who
        return who is not None and who.consent is Consent.GIVEN

    @property
    def profile(self) -> Profile:
        who = self._who
        if who is None:
            return Profile(language=self.language_code, default_zone=self.default_zone)
        return Profile(
            default_zone=self.default_zone,
            time_zone=who.time_zone,
            wake_time=who.wake_time,
            bedtime=who.bedtime,
            caffeine_cutoff=who.caffeine_cutoff,
            checkin_time=who.checkin_time,
            consent=who.consent.value if who.consent else None,
            language=who.language,
        )

    @property
    def language(self) -> str:
        """The language the person chose (kept on first contact), else their Telegram's."""
        who = self._who
        stored = who.language if who is not None else None
        return resolve_language(stored or self.language_code)

    def local_now(self) -> datetime:
        who = self._who
        zone = (who.time_zone if who is not None else None) or self.default_zone
        return self.now.astimezone(ZoneInfo(zone))

    def start(self, name: str, data: dict[str, Any] | None = None) -> list[Output]:
        self.started = True
        before = self.state
        self.state, outputs = start(
            self.catalog.flows[name],
            seq=self.state.seq,
            profile=self.profile,
            now=self.now,
            data=data,
        )
        self.state = carry(before, self.state, started=True)
        return outputs

    def reask(self) -> list[Output]:
        if not self.state.active:
            return []
        flow = self.catalog.flows[self.state.flow or ""]
        return reask(flow, self.state, profile=self.profile, now=self.now)

    def takes_words(self) -> bool:
        """Whether the question waiting asks for the person's own words (a journal entry)."""
        if not self.state.active:
            return False
        flow = self.catalog.flows[self.state.flow or ""]
        return isinstance(flow.step(self.state.step), FreeText)

    def answer(self, text: str) -> list[Output]:
        if not self.state.active:
            return []
        flow = self.catalog.flows[self.state.flow or ""]
        if not self.takes_words():
            # Words held while we asked something else answer a question that asks for
            # words (a journal entry); a choice is simply asked again.
            return self.reask()
        before = self.state
        self.state, outputs = apply(
            flow, self.state, TextInput(text), profile=self.profile, now=self.now
        )
        self.state = carry(before, self.state)
        return outputs

    def leave_flow(self) -> bool:
        flow = self.catalog.flows[self.state.flow or ""]
        ctx = Ctx(self.state.data, self.profile, self.now)
        had_keyboard = bool(flow.step(self.state.step).reply_keys(ctx))
        self.state = FlowState(seq=self.state.seq + 1)
        return had_keyboard

    def menu(self, text: str | None = None) -> Say:
        rows = self.catalog.menu_rows(onboarded=self.onboarded, consent=self.keeps_records)
        return self.catalog.shell.menu(rows, text)

    def may(self, action: str) -> bool:
        found = self.catalog.actions.get(action)
        return found is not None and allowed(
            found.needs, onboarded=self.onboarded, consent=self.keeps_records
        )

    def help(self) -> str:
        return self.catalog.shell.help(self.catalog.command_descriptions())
