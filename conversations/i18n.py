"""The features' way to their words: the engine's language machinery (`bot.i18n`), named
here so that a feature imports its `_()` from beside it. The features keep their words and
catalogues (`conversations/locale/`); the engine keeps the language of the turn."""

from bot.i18n import (
    DEFAULT_LANGUAGE,
    DOMAIN,
    N_,
    SHIPPED_LANGUAGES,
    _,
    current_language,
    ngettext,
    npgettext,
    pgettext,
    placeholders,
    resolve_language,
    switch_language,
    use_language,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "N_",
    "SHIPPED_LANGUAGES",
    "_",
    "current_language",
    "ngettext",
    "npgettext",
    "pgettext",
    "placeholders",
    "resolve_language",
    "switch_language",
    "use_language",
]
