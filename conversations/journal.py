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
from conversations.i18n import _

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
