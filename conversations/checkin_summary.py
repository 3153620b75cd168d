"""What a saved check-in says back: one line that reflects the answers without judging them,
and at most one gentle tip."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from bot.core.timeparse import format_clock
from conversations.checkin_labels import level_label, places_in_text
from conversations.formats import format_day, format_hours
from conversations.i18n import _, ngettext, pgettext

__all__ = ["HIGH_ANXIETY", "SHORT_SLEEP_HOURS", "reflection", "sleep_hours", "suggestion"]

SHORT_SLEEP_HOURS = 6
HIGH_ANXIETY = 7


def _day_name(iso: str) -> str:
    return format_day(date.fromisoformat(iso))


def sleep_hours(bed: time | None, wake: time | None) -> float | None:
    if bed is None or wake is None:
        return None
    minutes = ((wake.hour * 60 + wake.minute) - (bed.hour * 60 + bed.minute)) % 1440
    return minutes / 60


def reflection(fields: dict[str, Any], day: str) -> str:
    """One line that says back what they told us, without judging or explaining it."""
    parts = []
    level = fields.get("twitch_level")
    if level is not None:
        where = places_in_text(fields.get("locations") or [])
        parts.append(
            _("twitching {level} ({places})").format(level=level_label(level), places=where)
            if where
            else _("twitching {level}").format(level=level_label(level))
        )
    if fields.get("anxiety") is not None:
        parts.append(_("anxiety {n}/10").format(n=fields["anxiety"]))
    hours = sleep_hours(fields.get("bedtime"), fields.get("wake_time"))
    if hours is not None:
        parts.append(_("{hours} of sleep").format(hours=format_hours(hours)))
    if fields.get("caffeine_drinks") is not None:
        drinks = fields["caffeine_drinks"]
        last = fields.get("caffeine_last")
        parts.append(
            ngettext(
                "{count} caffeinated drink, the last at {last}",
                "{count} caffeinated drinks, the last at {last}",
                drinks,
            ).format(count=drinks, last=format_clock(last))
            if drinks and last
            else ngettext(
                "{count} caffeinated drink", "{count} caffeinated drinks", drinks
            ).format(count=drinks)
        )
    if not parts:
        return _("Saved {day} — even an empty check-in keeps the habit going.").format(
            day=_day_name(day)
        )
    # The separator is the language's own (a semicolon in English, a comma where the parts
    # hold no commas of their own); the parts carry no colon, so "Noted for …:" has the only one.
    separator = pgettext("between the parts of a check-in summary", "; ")
    return _("Noted for {day}: {parts}.").format(day=_day_name(day), parts=separator.join(parts))


def suggestion(fields: dict[str, Any], cutoff: time | None) -> str | None:
    """At most one tip, the most pressing first: high anxiety now, then sleep, then caffeine."""
    if (fields.get("anxiety") or 0) >= HIGH_ANXIETY:
        # The offer itself is a button (see _finish) that starts a live, paced session.
        return _(
            "That sounds like a heavy day. If you'd like, we can take a few slow breaths "
            "together now: in for 4, hold for 5, out for 6, paced right here in the chat."
        )
    hours = sleep_hours(fields.get("bedtime"), fields.get("wake_time"))
    if hours is not None and hours < SHORT_SLEEP_HOURS:
        return _(
            "A short night. A calm half hour before bed — screens off, lights low, a quiet "
            "room — can make the next one easier."
        )
    last = fields.get("caffeine_last")
    if cutoff and last and last > cutoff:
        return _(
            "The last drink came after your {cutoff} cut-off. Caffeine lingers for hours, and "
            "an earlier last cup can mean a calmer night."
        ).format(cutoff=format_clock(cutoff))
    return None
