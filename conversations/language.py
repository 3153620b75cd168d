"""Choosing the language Stillpoint speaks (/language, and an entry in /settings): the six
languages, each named in its own words, and Cancel. Outside a conversation it is a small flow;
in the middle of one (a check-in) it never leaves it: the choice comes as buttons, and the
question we were at is asked again in the new language.
"""

from __future__ import annotations

from typing import Any

from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import Button, Choice, Ctx, Flow, Option, Output, Say, ShowMenu
from bot.flow.callback_data import menu_button
from conversations.i18n import (
    SHIPPED_LANGUAGES,
    _,
    pgettext,
    resolve_language,
    switch_language,
    use_language,
)
from conversations.settings import SaveProfile

__all__ = [
    "CANCEL",
    "FEATURE",
    "NAME",
    "NAMES_IN_TEXT",
    "NATIVE_NAMES",
    "build",
    "changed",
    "seed",
    "unchanged",
]

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


# The same names as they stand inside a sentence of their own language ("a partir de agora,
# vou falar português", "теперь я пишу по-русски").
NAMES_IN_TEXT = {
    "en": "English",
    "de": "Deutsch",
    "es": "español",
    "fr": "français",
    "pt": "português",
    "ru": "по-русски",
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
        # Translators: {language} is your own language as it stands in this sentence
        # ("Deutsch", "español", "по-русски"; see NAMES_IN_TEXT).
        return _("Done — from now on I'll speak {language}.").format(language=NAMES_IN_TEXT[code])


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
        # The choice has its own Cancel among the languages.
        cancel_first=False,
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


async def _choose(turn: TurnContext, arg: str | None) -> list[Output]:
    chosen = seed(arg)
    if chosen is not None and (turn.state.active or arg):
        return _switch(turn, str(chosen[NAME]))
    if turn.state.active:
        return [_choice_buttons(resolve_language(turn.profile.language))]
    return turn.start(NAME, chosen)


def _switch(turn: TurnContext, code: str) -> list[Output]:
    """Save the language and go on in it at once: the confirmation, then where we were."""
    if code == resolve_language(turn.profile.language):
        return [Say(unchanged()), *turn.reask()] if turn.state.active else [ShowMenu(unchanged())]
    switch_language(code)
    return [
        SaveProfile(fields={NAME: code}),
        Say(changed(code)),
        *(turn.reask() if turn.state.active else [ShowMenu()]),
    ]


def _choice_buttons(current: str) -> Say:
    rows = [
        Button(("✓ " if code == current else "") + NATIVE_NAMES[code], menu_button(NAME, code))
        for code in SHIPPED_LANGUAGES
    ]
    return Say(
        _("Which language shall I use? You can change it again any time in /settings."),
        buttons=tuple(tuple(rows[i : i + 2]) for i in range(0, len(rows), 2)),
    )


FEATURE = Feature(
    name=NAME,
    actions=(
        Action(
            NAME,
            _choose,
            needs=Needs.NOTHING,
            quick=True,
            order=135,
            describe=lambda: _("Choose the language I speak"),
        ),
    ),
    flows=lambda: (build(),),
)
