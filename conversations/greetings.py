"""A greeting that fits the hour on the person's clock: nobody is wished a good morning just
after midnight."""

from __future__ import annotations

from datetime import time

from conversations.i18n import _

__all__ = ["greeting", "part_of_day"]

MORNING, AFTERNOON, EVENING = time(5), time(12), time(18)
NIGHT = time(22)


def part_of_day(at: time) -> str:
    """ "morning" (05–12), "afternoon" (12–18), "evening" (18–22) or "night"."""
    if MORNING <= at < AFTERNOON:
        return "morning"
    if AFTERNOON <= at < EVENING:
        return "afternoon"
    if EVENING <= at < NIGHT:
        return "evening"
    return "night"


def greeting(at: time) -> str | None:
    """ "Good morning." and the like for local time `at`; None at night, when "good night"
    would sound like a goodbye and anything else like a comment on being awake."""
    part = part_of_day(at)
    if part == "morning":
        return _("Good morning.")
    if part == "afternoon":
        return _("Good afternoon.")
    if part == "evening":
        return _("Good evening.")
    return None
