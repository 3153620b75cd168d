"""Journal entries and notes: a few words in the user's own voice, with optional trigger tags."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.pieces import split_text
from bot.features import Action, Effect, Feature, MenuEntry, Needs, TurnContext
from bot.flow import (
    Ctx,
    Flow,
    FreeText,
    MultiChoice,
    Option,
    Output,
    Record,
    Say,
    ShowMenu,
    Toast,
)
from bot.storage import repo
from bot.storage.models import User
from conversations import menu
from conversations.checkin_labels import TRIGGERS, trigger_label
from conversations.i18n import _, ngettext


@dataclass(frozen=True)
class SaveJournal(Record):
    """A journal entry: the words, and the triggers tagged with them."""

    text: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class SaveNote(Record):
    """Attach a free-text note to the check-in of local day `day` (ISO date)."""

    day: str
    text: str


logger = logging.getLogger(__name__)

NAME = "journal"
NOTE = "note"
MAX_LENGTH = 3500  # under Telegram's 4096, so an entry can always be shown back whole
# The most Telegram carries in one message. Written at once, an entry longer than MAX_LENGTH is
# kept as several, in order: nothing someone wrote is refused for being long.
TYPED_MAX = 4096
# A day's notes together (each added after a blank line): /history shows them in one message,
# which must stay under Telegram's 4,096 characters with the day's heading.
DAY_NOTE_MAX = 4000
_JOIN = "\n\n"


def _prompt(ctx: Ctx) -> str:
    return _(
        "What's on your mind? Write as much or as little as you like — putting it into words "
        "can take some of the weight off, and over time it shows what sets things off."
    )


def entry_parts(text: str) -> list[str]:
    """What one piece of writing is kept as: whole, or in parts each short enough to be
    shown back in one message."""
    return split_text(text, MAX_LENGTH)


def saved(text: str) -> str:
    """What is said once `text` is in the journal."""
    parts = len(entry_parts(text))
    if parts == 1:
        return _("Saved in your journal. Thank you for writing it down.")
    return ngettext(
        "Saved in your journal as {count} entry, in order — it was long. "
        "Thank you for writing it down.",
        "Saved in your journal as {count} entries, in order — it was long. "
        "Thank you for writing it down.",
        parts,
    ).format(count=parts)


def _finish_entry(ctx: Ctx) -> list[Output]:
    return [
        SaveJournal(text=ctx.data["text"], tags=tuple(ctx.data.get("tags") or ())),
        ShowMenu(saved(ctx.data["text"])),
    ]


def build_journal() -> Flow:
    return Flow(
        name=NAME,
        leaving=lambda: _(
            "You're in the middle of a journal entry — leave it? What you've written won't "
            "be kept."
        ),
        steps=(
            FreeText(key="text", prompt=_prompt, max_length=TYPED_MAX),
            MultiChoice(
                key="tags",
                prompt=lambda ctx: _("Does any of this fit? Tap any, then Done (or just Done)."),
                choices=lambda ctx: [Option(t, trigger_label(t)) for t in TRIGGERS],
                optional=True,
            ),
        ),
        finish=_finish_entry,
    )


# --- a note on one day's check-in ---------------------------------------------------------------
# The shell seeds data["day"] (ISO date) and data["note_length"]: the characters that day's note
# already has (see `note_seed`).


def joined_note(existing: str | None, added: str) -> str:
    return f"{existing}{_JOIN}{added}" if existing else added


def note_room(used: int) -> int:
    """How long a note added to a day whose note has `used` characters may be."""
    return max(0, min(MAX_LENGTH, DAY_NOTE_MAX - used - (len(_JOIN) if used else 0)))


def _room(ctx: Ctx) -> int:
    return note_room(int(ctx.data.get("note_length") or 0))


def _note_prompt(ctx: Ctx) -> str:
    room = _room(ctx)
    if room == 0:
        return _(
            "That day's note is full. Write what you'd like to add, and I'll keep it in "
            "your journal instead."
        )
    if room < MAX_LENGTH:
        return ngettext(
            "Go ahead — what would you like to add to that day? There's room for "
            "{count} more character.",
            "Go ahead — what would you like to add to that day? There's room for "
            "{count} more characters.",
            room,
        ).format(count=room)
    return _("Go ahead — what would you like to add to that day?")


def _check_room(value: str, ctx: Ctx) -> str | None:
    room = _room(ctx)
    if room == 0 or len(value) <= room:
        return None
    return ngettext(
        "That won't fit: that day's note has room for {count} more character. Could you "
        "make it shorter? (/journal takes longer entries.)",
        "That won't fit: that day's note has room for {count} more characters. Could you "
        "make it shorter? (/journal takes longer entries.)",
        room,
    ).format(count=room)


def note_added() -> str:
    return _("Added to that day's check-in.")


def note_went_to_journal() -> str:
    return _("That day's note is full, so I've kept this in your journal instead.")


def _finish_note(ctx: Ctx) -> list[Output]:
    if _room(ctx) == 0:
        return [
            SaveJournal(text=ctx.data["text"], tags=()),
            ShowMenu(note_went_to_journal()),
        ]
    # `save_note` confirms the save: it checks the day's note
    # again as it writes, and says where the words went.
    return [SaveNote(day=ctx.data["day"], text=ctx.data["text"]), ShowMenu()]


def build_note() -> Flow:
    return Flow(
        name=NOTE,
        leaving=lambda: _(
            "You're in the middle of a note — leave it? What you've written won't be kept."
        ),
        steps=(
            FreeText(
                key="text",
                prompt=_note_prompt,
                max_length=MAX_LENGTH,
                check=_check_room,
            ),
        ),
        finish=_finish_note,
    )


async def _write(turn: TurnContext, arg: str | None) -> list[Output]:
    return turn.start(NAME)


async def _note(turn: TurnContext, arg: str | None) -> list[Output]:
    """A note for the day a check-in's "Add a note" button names (YYYYMMDD)."""
    day = note_day(arg, turn.local_now().date())
    if day is None or turn.user is None:
        return [Toast(menu.refused_button())]
    return turn.start(NOTE, await note_seed(turn.session, user=turn.user, day=day))


async def note_seed(session: AsyncSession, *, user: User, day: date) -> dict[str, Any]:
    """What the note flow starts with: the day, and how long its note already is."""
    existing = await repo.get_checkin(session, user=user, day=day)
    used = len(existing.note) if existing is not None and existing.note else 0
    return {"day": day.isoformat(), "note_length": used}


def note_day(arg: str | None, today: date) -> date | None:
    """The day a note button names (YYYYMMDD), if it is a real day not in the future."""
    try:
        day = datetime.strptime(arg or "", "%Y%m%d").replace(tzinfo=UTC).date()
    except ValueError:
        return None
    return day if today - timedelta(days=366) <= day <= today else None


async def save_entry(turn: TurnContext, output: SaveJournal) -> list[Output]:
    assert turn.user is not None  # the effect is declared to need consent
    for part in entry_parts(output.text):
        await repo.add_journal_entry(
            turn.session, user=turn.user, at=turn.now, text=part, tags=list(output.tags)
        )
    logger.info("journal entry saved")
    return []


async def save_note(turn: TurnContext, output: SaveNote) -> list[Output]:
    assert turn.user is not None  # the effect is declared to need consent
    day = date.fromisoformat(output.day)
    existing = await repo.get_checkin(turn.session, user=turn.user, day=day)
    note = joined_note(existing.note if existing else None, output.text)
    if len(note) > DAY_NOTE_MAX:
        # The flow checks the room it was seeded with; this catches a note added meanwhile.
        # The words are kept, just not in the day's note.
        await repo.add_journal_entry(
            turn.session, user=turn.user, at=turn.now, text=output.text, tags=[]
        )
        logger.info("note kept as a journal entry: the day's note is full")
        return [Say(note_went_to_journal())]
    await repo.save_checkin(
        turn.session, user=turn.user, day=day, fields={"note": note}, now=turn.now
    )
    return [Say(note_added())]


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
