"""What an action or effect may use of the turn it runs in: the locked state, the person, the
clock, the open transaction, and a few moves that only the turn runner can make."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.features.paced import StartExercise
from bot.flow import FlowState, Output, Profile, Say
from bot.storage.models import User

__all__ = ["LiveSessions", "TurnContext"]


class LiveSessions(Protocol):
    """The live (paced) exercises of this process, as a turn may use them."""

    async def create(
        self,
        session: AsyncSession,
        *,
        user: User | None,
        telegram_id: int,
        chat_id: int,
        output: StartExercise,
    ) -> list[Output]: ...

    async def stop_live(self, session: AsyncSession, *, chat_id: int) -> list[Output]: ...

    async def on_button(
        self,
        session: AsyncSession,
        *,
        user: User | None,
        telegram_id: int,
        chat_id: int,
        action: str,
        arg: str | None,
    ) -> list[Output]: ...


class TurnContext(Protocol):
    """One update being handled; the chat's state row is locked until the turn commits."""

    user: User | None
    telegram_id: int
    chat_id: int
    language_code: str | None
    state: FlowState
    now: datetime
    default_zone: str
    exercises: LiveSessions | None

    @property
    def session(self) -> AsyncSession:
        """An ORM session in the turn's transaction."""
        ...

    @property
    def onboarded(self) -> bool: ...

    @property
    def keeps_records(self) -> bool: ...

    @property
    def profile(self) -> Profile: ...

    def local_now(self) -> datetime:
        """Now on the user's wall clock (their zone, else the default zone)."""
        ...

    def start(self, name: str, data: dict[str, Any] | None = None) -> list[Output]:
        """Begin flow `name` (replacing the state) and return its first question."""
        ...

    def reask(self) -> list[Output]:
        """The current question again (nothing when no flow is running)."""
        ...

    def answer(self, text: str) -> list[Output]:
        """Take `text` as the answer to the current question, as if just typed, when the
        question asks for words; otherwise the question again."""
        ...

    def leave_flow(self) -> bool:
        """End the flow in progress without saving; True if its question had a reply
        keyboard (which the next message must take away)."""
        ...

    def menu(self, text: str | None = None) -> Say:
        """The main menu for this user, under `text`."""
        ...

    def may(self, action: str) -> bool:
        """True when this user may use the declared action `action` (its `needs`)."""
        ...

    def help(self) -> str:
        """Every command this bot has, one line each."""
        ...
