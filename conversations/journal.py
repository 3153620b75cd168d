"""Journal entries and notes: a few words in the user's own voice, with optional trigger tags."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta

from bot.features import Action, Effect, Feature, MenuEntry, Needs, TurnContext
from bot.flow import (
    Ctx,
    Flow,
    FreeText,
    MultiChoice,
    Option,
    Output,
    SaveJournal,
    SaveNote,
    ShowMenu,
    Toast,
)
from bot.storage import repo
from conversations import menu
from conversations.checkin import TRIGGERS, trigger_label
from conversations.i18n import _

logger = logging.getLogger(__name__)

NAME = "journal"
NOTE = "note"
MAX_LENGTH = 3500  # under Telegram's 4096, so an entry can always be shown back whole


def _prompt(ctx: Ctx) -> str:
    return _(
        "What's on your mind? Write as much or as little as you like — putting it into words "
        "can take some of the weight off, and over time it shows what sets things off."
    )


def _finish_entry(ctx: Ctx) -> list[Output]:
    return [
        SaveJournal(text=ctx.data["text"], tags=tuple(ctx.data.get("tags") or ())),
        ShowMenu(_("Saved in your journal. Thank you for writing it down.")),
    ]


def build_journal() -> Flow:
    return Flow(
        name=NAME,
        steps=(
            FreeText(key="text", prompt=_prompt, max_length=MAX_LENGTH),
            MultiChoice(
                key="tags",
                prompt=lambda ctx: _("Does any of this fit? Tap any, then Done (or just Done)."),
                choices=[Option(t, trigger_label(t)) for t in TRIGGERS],
                optional=True,
            ),
        ),
        finish=_finish_entry,
    )


def _finish_note(ctx: Ctx) -> list[Output]:
    return [
        SaveNote(day=ctx.data["day"], text=ctx.data["text"]),
        ShowMenu(_("Added to that day's check-in.")),
    ]


def build_note() -> Flow:
    return Flow(
        name=NOTE,
        steps=(
            FreeText(
                key="text",
                prompt=lambda ctx: _("Go ahead — what would you like to add to that day?"),
                max_length=MAX_LENGTH,
            ),
        ),
        finish=_finish_note,
    )


async def _write(turn: TurnContext, arg: str | None) -> list[Output]:
    return turn.start(NAME)


async def _note(turn: TurnContext, arg: str | None) -> list[Output]:
    """A note for the day a check-in's "Add a note" button names (YYYYMMDD)."""
    day = note_day(arg, turn.local_now().date())
    if day is None:
        return [Toast(menu.refused_button())]
    return turn.start(NOTE, {"day": day.isoformat()})


def note_day(arg: str | None, today: date) -> date | None:
    """The day a note button names (YYYYMMDD), if it is a real day not in the future."""
    try:
        day = datetime.strptime(arg or "", "%Y%m%d").replace(tzinfo=UTC).date()
    except ValueError:
        return None
    return day if today - timedelta(days=366) <= day <= today else None


async def save_entry(turn: TurnContext, output: SaveJournal) -> list[Output]:
    assert turn.user is not None  # the effect is declared to need consent
    await repo.add_journal_entry(
        turn.session, user=turn.user, at=turn.now, text=output.text, tags=list(output.tags)
    )
    logger.info("journal entry saved")
    return []


async def save_note(turn: TurnContext, output: SaveNote) -> list[Output]:
    assert turn.user is not None  # the effect is declared to need consent
    day = date.fromisoformat(output.day)
    existing = await repo.get_checkin(turn.session, user=turn.user, day=day)
    note = f"{existing.note}\n\n{output.text}" if existing and existing.note else output.text
    await repo.save_checkin(
        turn.session, user=turn.user, day=day, fields={"note": note}, now=turn.now
    )
    return []


FEATURE = Feature(
    name=NAME,
    actions=(
        Action(
            NAME,
            _write,
            needs=Needs.CONSENT,
            order=30,
            describe=lambda: _("Write down what's on your mind"),
        ),
        Action(NOTE, _note, needs=Needs.CONSENT),
    ),
    menu=(MenuEntry(lambda: _("📓 Journal"), NAME, row=20),),
    flows=lambda: (build_journal(), build_note()),
    effects={
        SaveJournal: Effect(save_entry, needs=Needs.CONSENT),
        SaveNote: Effect(save_note, needs=Needs.CONSENT),
    },
)
