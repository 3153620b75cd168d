"""The classifier: one compiled pattern per intent over every language's phrases (people type
in the language they think in, not the one the bot speaks)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.core.intents.intent import Intent
from bot.core.intents.rules import FILLERS, FOUND, UNLESS, WHOLE
from bot.core.typed import normalise

# A greeting, thanks or call for help longer than this says something more: it is not one.
MAX_WHOLE_WORDS = 8


def _any(table: Mapping[str, tuple[str, ...]]) -> str:
    return "|".join(f"(?:{p})" for patterns in table.values() for p in patterns)


_FOUND = {intent: re.compile(_any(table)) for intent, table in FOUND.items()}
_UNLESS = {intent: re.compile(_any(table)) for intent, table in UNLESS.items()}
_WHOLE = {intent: re.compile(f"(?:{_any(table)})") for intent, table in WHOLE.items()}
_FILLER = "|".join(f"(?:{words})" for words in FILLERS.values())
_AROUND = re.compile(rf"^(?:(?:{_FILLER}) )+|(?: (?:{_FILLER}))+$")
_GREETING_FIRST = re.compile(rf"^(?:{_any(WHOLE[Intent.GREETING])}) ")


def classify(text: str) -> Intent | None:
    """The intent `text` expresses, or None when it is none of them (or says something more
    than a greeting, thanks or call for help)."""
    words = normalise(text)
    if not words:
        return None
    for intent in Intent:
        found = _FOUND.get(intent)
        if found is not None and found.search(words):
            unless = _UNLESS.get(intent)
            if unless is None or not unless.search(words):
                return intent
    return _whole(words)


def _whole(words: str) -> Intent | None:
    if words.count(" ") >= MAX_WHOLE_WORDS:
        return None
    bare = _strip(words)
    # "hi, can you help me", "hey thanks" and "hola, qué tal" are about what follows the hello.
    after_greeting = _strip(_GREETING_FIRST.sub("", bare, count=1))
    for intent, whole in _WHOLE.items():
        # As typed first: a filler word can be part of a phrase ("bom dia").
        if any(whole.fullmatch(candidate) for candidate in (words, bare, after_greeting)):
            return intent
    return None


def _strip(words: str) -> str:
    """Without filler words at either end ("ok thanks", "hi there"), unless that is all."""
    previous = None
    while previous != words:
        previous, stripped = words, _AROUND.sub("", words)
        words = stripped or words
    return words
