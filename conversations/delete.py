"""/delete: one clear question before everything held about the person is erased."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.typed import Word
from bot.features import Action, Effect, Feature, Needs, TurnContext
from bot.flow import Choice, Ctx, Flow, Option, Output, Record, Say, ShowMenu
from bot.storage import userdata
from conversations.i18n import _


@dataclass(frozen=True)
class EraseUserData(Record):
    """Delete every row held about the acting user, in every table (after a confirmation)."""


logger = logging.getLogger(__name__)

NAME = "delete"


def _prompt(ctx: Ctx) -> str:
    return _(
        "This deletes everything I hold about you: your profile and settings, check-ins and "
        "notes, journal, caffeine logs, breathing and relaxation sessions, reminders, and "
        "where we are in any conversation. It can't be undone.\n\n"
        "If you'd like a copy first, /export sends it to you. Delete everything now?"
    )


def _choices(ctx: Ctx) -> Sequence[Option]:
    return [
        Option("yes", _("Yes, delete everything"), means=Word.YES),
        Option("no", _("No, keep my data"), means=Word.NO),
    ]


def _finish(ctx: Ctx) -> list[Output]:
    if ctx.data.get("confirm") == "yes":
        return [EraseUserData()]
    return [ShowMenu(kept())]


def build() -> Flow:
    return Flow(
        name=NAME,
        steps=(Choice(key="confirm", prompt=_prompt, choices=_choices, columns=1),),
        finish=_finish,
        # "No, keep my data" is the way out.
        cancel_first=False,
    )


def kept() -> str:
    return _("Okay — nothing was deleted. Everything stays as it was.")


def deleted() -> Say:
    return Say(
        _(
            "Done. Everything I held about you has been deleted, and I won't send you "
            "anything more. Take good care of yourself — if you ever want to come back, "
            "/start begins fresh."
        ),
        remove_keyboard=True,
    )


async def _ask(turn: TurnContext, arg: str | None) -> list[Output]:
    return turn.start(NAME)


async def erase(turn: TurnContext, output: EraseUserData) -> list[Output]:
    """Every row about the person, in every table; the session is emptied, so the turn
    writes nothing of theirs back."""
    counts = await userdata.erase_user(turn.session, telegram_id=turn.telegram_id)
    logger.info("user data erased (%d rows)", sum(counts.values()))
    turn.user = None
    return [deleted()]


FEATURE = Feature(
    name=NAME,
    actions=(
        Action(
            NAME,
            _ask,
            needs=Needs.NOTHING,
            order=150,
            describe=lambda: _("Delete everything I hold about you"),
        ),
    ),
    flows=lambda: (build(),),
    effects={EraseUserData: Effect(erase)},
)
