"""Words the Telegram boundary itself says, whatever the feature: a button whose question has
passed, a flood of messages."""

from bot.i18n import _


def question_passed() -> str:
    return _("That question has passed.")


def flood_notice() -> str:
    return _(
        "You're sending a lot at once. I'll get to every message in a moment — take a slow breath."
    )
