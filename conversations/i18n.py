"""Gettext-style lookup for user-facing text, so every sentence can be translated later."""

import gettext

# English is the source language; a catalogue per language can be installed here later.
_translation: gettext.NullTranslations = gettext.NullTranslations()


def _(message: str) -> str:
    """Return the translation of `message` (the message itself until catalogues exist)."""
    return _translation.gettext(message)
