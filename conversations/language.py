"""Choosing the language Stillpoint speaks (/language, and an entry in /settings): the six
languages, each named in its own words, and Cancel. Pure: the shell saves the choice and sets
the turn's language from the saved one.
"""

from __future__ import annotations

from typing import Any

from bot.flow import Choice, Ctx, Flow, Option, Output, SaveProfile, Say, ShowMenu
from conversations.i18n import SHIPPED_LANGUAGES, _, pgettext, resolve_language, use_language

__all__ = ["CANCEL", "NAME", "NATIVE_NAMES", "build", "changed", "seed", "unchanged"]

NAME = "language"
CANCEL = "cancel"
# Each language in its own words, so someone who can't read the current one still finds theirs.
NATIVE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ru": "Русский",
}


def _current(ctx: Ctx) -> str:
    return resolve_language(ctx.profile.language)


def _prompt(ctx: Ctx) -> str:
    return _("Which language shall I use? You can change it again any time in /settings.")


def _choices(ctx: Ctx) -> list[Option]:
    current = _current(ctx)
    options = [
        Option(code, ("✓ " if code == current else "") + NATIVE_NAMES[code])
        for code in SHIPPED_LANGUAGES
    ]
    return [*options, Option(CANCEL, pgettext("button", "Cancel"))]


def changed(code: str) -> str:
    """Said in the newly chosen language, so the first thing they read confirms it works."""
    with use_language(code):
        # Translators: {language} is the name of your own language in your own language
        # ("Deutsch", "Русский").
        return _("Done — from now on I'll speak {language}.").format(language=NATIVE_NAMES[code])


def unchanged() -> str:
    return _("Okay, the language stays as it is.")


def _finish(ctx: Ctx) -> list[Output]:
    chosen = ctx.data.get(NAME)
    if chosen not in SHIPPED_LANGUAGES:
        return [ShowMenu(unchanged())]
    if chosen == _current(ctx):
        return [ShowMenu(unchanged())]
    return [SaveProfile(fields={"language": chosen}), Say(changed(chosen)), ShowMenu()]


def build() -> Flow:
    return Flow(
        name=NAME,
        steps=(
            Choice(
                key=NAME,
                prompt=_prompt,
                choices=_choices,
                columns=2,
                # "/language de" arrives with the choice made.
                when=lambda ctx: ctx.data.get(NAME) not in SHIPPED_LANGUAGES,
            ),
        ),
        finish=_finish,
    )


def seed(arg: str | None) -> dict[str, Any] | None:
    """What the flow starts with for "/language <code or name>": that language when it is one
    we ship ("de", "pt-BR", "Deutsch"), else nothing, so the question is asked."""
    wanted = (arg or "").strip()
    by_name = {name.casefold(): code for code, name in NATIVE_NAMES.items()}
    if wanted.casefold() in by_name:
        return {NAME: by_name[wanted.casefold()]}
    resolved = resolve_language(wanted)
    # resolve_language answers English for anything it can't place; only a tag that really
    # says English ("en", "en-GB") chooses it here.
    primary = wanted.lower().replace("_", "-").split("-")[0]
    return {NAME: resolved} if primary == resolved else None
