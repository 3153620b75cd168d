"""The turn in progress as actions and effects see it (`bot.features.TurnContext`): the locked
state, the person, the time, and the moves only a turn can make (start a flow, ask again,
leave a flow, draw the menu)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.features import Catalog, LiveSessions
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
from bot.storage.models import Consent, FlowStateRow, User
from conversations import menu
from conversations.i18n import resolve_language

__all__ = ["Turn"]


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
    # Set when `start` begins a flow, so the runner can tell an action that would replace a
    # flow in progress.
    started: bool = False

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
        self.started = True
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

    def answer(self, text: str) -> list[Output]:
        if not self.state.active:
            return []
        flow = self.catalog.flows[self.state.flow or ""]
        if not isinstance(flow.step(self.state.step), FreeText):
            # Words held while we asked something else answer a question that asks for
            # words (a journal entry); a choice is simply asked again.
            return self.reask()
        self.state, outputs = apply(
            flow, self.state, TextInput(text), profile=self.profile, now=self.now
        )
        return outputs

    def leave_flow(self) -> bool:
        flow = self.catalog.flows[self.state.flow or ""]
        ctx = Ctx(self.state.data, self.profile, self.now)
        had_keyboard = bool(flow.step(self.state.step).reply_keys(ctx))
        self.state = FlowState(seq=self.state.seq + 1)
        return had_keyboard

    def menu(self, text: str | None = None) -> Say:
        rows = self.catalog.menu_rows(onboarded=self.onboarded, consent=self.keeps_records)
        return menu.menu(rows, text)

    def help(self) -> str:
        return menu.help_text(self.catalog.command_descriptions())
