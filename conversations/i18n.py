"""Gettext lookups for user-facing text, in the language of the turn being handled.

The active language lives in a context variable set at the start of each turn (and of each
reminder, chart or live-exercise edit sent on a user's behalf), as aiogram's i18n middleware
does; nothing here reads a process-wide language. Until catalogues are installed every lookup
returns the English source.
"""

from __future__ import annotations

import contextlib
import gettext
from collections.abc import Iterator
from contextvars import ContextVar

__all__ = [
    "DEFAULT_LANGUAGE",
    "SHIPPED_LANGUAGES",
    "_",
    "current_language",
    "ngettext",
    "npgettext",
    "pgettext",
    "use_language",
]

# English is the source; the others have a catalogue each under conversations/locale/.
SHIPPED_LANGUAGES = ("en", "de", "es", "fr", "pt", "ru")
DEFAULT_LANGUAGE = "en"

_language: ContextVar[str] = ContextVar("stillpoint_language", default=DEFAULT_LANGUAGE)
_SOURCE = gettext.NullTranslations()


def _translations() -> gettext.NullTranslations:
    return _SOURCE


def current_language() -> str:
    """The language of the turn in progress (a code from SHIPPED_LANGUAGES)."""
    return _language.get()


@contextlib.contextmanager
def use_language(code: str | None) -> Iterator[str]:
    """Speak `code` (a shipped language, else English) until the block ends."""
    language = code if code in SHIPPED_LANGUAGES else DEFAULT_LANGUAGE
    token = _language.set(language)
    try:
        yield language
    finally:
        _language.reset(token)


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
    return _translations().npgettext(context, singular, plural, count)
