"""Journal entries and notes: a few words in the user's own voice, with optional trigger tags."""

from __future__ import annotations

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
)
from conversations.checkin import TRIGGERS, trigger_label
from conversations.i18n import _, ngettext

NAME = "journal"
NOTE = "note"
MAX_LENGTH = 3500  # under Telegram's 4096, so an entry can always be shown back whole
# A day's notes together (each added after a blank line): /history shows them in one message,
# which must stay under Telegram's 4,096 characters with the day's heading.
DAY_NOTE_MAX = 4000
_JOIN = "\n\n"


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


# --- a note on one day's check-in ---------------------------------------------------------------
# The shell seeds data["day"] (ISO date) and data["note_length"]: the characters that day's note
# already has (see bot.transport.records.note_seed).


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
    # The shell confirms the save (bot.transport.records.save_note): it checks the day's note
    # again as it writes, and says where the words went.
    return [SaveNote(day=ctx.data["day"], text=ctx.data["text"]), ShowMenu()]


def build_note() -> Flow:
    return Flow(
        name=NOTE,
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
