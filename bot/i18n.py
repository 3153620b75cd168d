"""Gettext lookups for user-facing text, in the language of the turn being handled: the
engine's language machinery, which the features' words and the engine's own go through.

The active language lives in a context variable set at the start of each turn (and of each
reminder, chart or live-exercise edit sent on a user's behalf), as aiogram's i18n middleware
does; nothing here reads a process-wide language. Catalogues are the `.po` files under
`conversations/locale/`, compiled in memory the first time a language is used.
"""

from __future__ import annotations

import contextlib
import gettext
import importlib.resources
import io
import logging
import re
import string
from collections.abc import Iterator
from contextvars import ContextVar
from importlib.resources.abc import Traversable
from typing import IO

__all__ = [
    "CATALOGUE_PACKAGE",
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "N_",
    "SHIPPED_LANGUAGES",
    "_",
    "compile_catalogue",
    "current_language",
    "is_language_tag",
    "load_catalogues",
    "ngettext",
    "npgettext",
    "pgettext",
    "placeholders",
    "resolve_language",
    "switch_language",
    "translations",
    "use_language",
]

logger = logging.getLogger(__name__)

# English is the source; the others have a catalogue each under conversations/locale/.
SHIPPED_LANGUAGES = ("en", "de", "es", "fr", "pt", "ru")
DEFAULT_LANGUAGE = "en"
DOMAIN = "stillpoint"

_language: ContextVar[str] = ContextVar("stillpoint_language", default=DEFAULT_LANGUAGE)
_SOURCE = gettext.NullTranslations()
_compiled: dict[str, gettext.NullTranslations] = {DEFAULT_LANGUAGE: _SOURCE}
# The words are the features': their catalogues are package data of `conversations` (so an
# installed copy finds them as well as a checkout does), located here by the package's name.
# Reading those files imports no feature's code.
CATALOGUE_PACKAGE = "conversations"
_LOCALE_DIR: Traversable = importlib.resources.files(CATALOGUE_PACKAGE) / "locale"

# RFC 5646 asks implementations to handle tags up to 35 characters; anything longer, or not
# shaped like a tag ("pt-BR", "zh_Hant_TW", "de-AT-1996"), is not a language we can read.
_MAX_TAG = 35
_TAG = re.compile(r"(?P<primary>[a-z]{2,3})(?:[-_][a-z0-9]{1,8})*")


def is_language_tag(code: str) -> bool:
    """True for anything shaped like a language tag ("de", "pt-BR"), shipped or not."""
    return len(code) <= _MAX_TAG and _TAG.fullmatch(code.strip().lower()) is not None


def resolve_language(code: str | None) -> str:
    """The shipped language to speak for a Telegram `language_code` (or a stored one).

    A regional variant speaks its language ("pt-BR" -> "pt", "de-AT" -> "de"); anything we
    don't ship, and anything that isn't a language tag at all, gets English. Ukrainian gets
    English too, never Russian.
    """
    if not code or len(code) > _MAX_TAG:
        return DEFAULT_LANGUAGE
    match = _TAG.fullmatch(code.strip().lower())
    if match is None:
        return DEFAULT_LANGUAGE
    primary = match["primary"]
    return primary if primary in SHIPPED_LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    """The language of the turn in progress (a code from SHIPPED_LANGUAGES)."""
    return _language.get()


@contextlib.contextmanager
def use_language(code: str | None) -> Iterator[str]:
    """Speak `code` (resolved by `resolve_language`) until the block ends."""
    token = _language.set(resolve_language(code))
    try:
        yield _language.get()
    finally:
        _language.reset(token)


def switch_language(code: str | None) -> str:
    """Speak `code` from here on, inside an enclosing `use_language` block (which restores the
    language it found when it ends): a turn that saves a new language answers in it."""
    return _language.set(resolve_language(code)) and _language.get()


def placeholders(text: str) -> list[tuple[str, str, str | None]]:
    """The `{name:spec!conversion}` fields of a message, sorted; ValueError for stray braces."""
    return sorted(
        (name, spec or "", conversion)
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def _usable(forms: tuple[str, ...], source: str) -> bool:
    try:
        wanted = placeholders(source)
        return all(form and placeholders(form) == wanted for form in forms)
    except ValueError:
        return False


def compile_catalogue(po: IO[bytes]) -> gettext.GNUTranslations:
    """A `.po` file as gettext translations, built in memory. A message that is untranslated,
    fuzzy, missing a plural form or naming other placeholders than the English is left out,
    so English answers for it (and `.format()` never meets a field it wasn't given).

    Raises babel's PoFileError (or UnicodeError) for a file that isn't a valid catalogue.
    """
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(po, domain=DOMAIN, abort_invalid=True)
    for message in list(catalog)[1:]:
        translated = message.string
        forms = tuple(translated) if isinstance(translated, tuple | list) else (translated or "",)
        source = message.id[0] if isinstance(message.id, tuple | list) else message.id
        if message.fuzzy or not _usable(forms, source):
            # write_mo would fill an empty plural form with English; leave the whole message
            # to the fallback instead of mixing languages inside one sentence.
            catalog.delete(message.id, context=message.context)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    compiled = gettext.GNUTranslations(buffer)
    compiled.add_fallback(_SOURCE)
    return compiled


def _load(language: str) -> gettext.NullTranslations:
    resource = _LOCALE_DIR.joinpath(language, "LC_MESSAGES", f"{DOMAIN}.po")
    try:
        with resource.open("rb") as po:
            return compile_catalogue(po)
    except Exception:
        # A broken or missing catalogue must never take the bot down: speak English instead.
        logger.exception("catalogue for %s could not be read; using English", language)
        return _SOURCE


def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of a shipped language, built once per process."""
    found = _compiled.get(language)
    if found is None:
        if language not in SHIPPED_LANGUAGES:
            return _SOURCE
        # Two threads may both compile a language the first time; either result is the same.
        found = _compiled.setdefault(language, _load(language))
    return found


def load_catalogues() -> None:
    """Compile every shipped language now (at start-up) rather than on its first turn."""
    for language in SHIPPED_LANGUAGES:
        translations(language)


def _translations() -> gettext.NullTranslations:
    return translations(_language.get())


def N_(message: str) -> str:
    """Mark `message` for the catalogue without translating it: for data built at import
    time, whose words are looked up with `_()` only when they are shown."""
    return message


def _(message: str) -> str:
    """The translation of a whole sentence (placeholders filled in afterwards with .format)."""
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """A sentence with a count in it, in the plural form the language needs for `count`."""
    return _translations().ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """A short message that needs a context to translate ("Back" the button vs the body)."""
    return _translations().pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    """`ngettext` with a context, for a counted short phrase that could mean two things."""
    return _translations().npgettext(context, singular, plural, count)
