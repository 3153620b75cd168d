"""The classifier: one compiled pattern per intent over every language's phrases (people type
in the language they think in, not the one the bot speaks)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.core.intents.intent import Intent
from bot.core.intents.rules import FILLERS, FOUND, KEEP, UNLESS, WHOLE
from bot.core.safety.engine import group_end, top_level_split, trie_regex
from bot.core.safety.translit import cyrillic_readings
from bot.core.typed import normalise

# A greeting, thanks or call for help longer than this says something more: it is not one.
MAX_WHOLE_WORDS = 8


def _any(table: Mapping[str, tuple[str, ...]]) -> str:
    return "|".join(f"(?:{p})" for patterns in table.values() for p in patterns)


def _searcher(table: Mapping[str, tuple[str, ...]]) -> re.Pattern[str]:
    """A regex that finds a match in the same texts as `_any(table)`, only faster: most
    rules begin `\\b` and a word, so the `\\b` is tried once per position and the words are
    merged on their beginnings (`engine.trie_regex`), and `re` tries only the rules that
    begin like the word at hand instead of every rule of every language there (a quarter of
    the time on a typed message, issue #24). Only whether it finds anything is used, so the
    order of the alternatives does not matter. Rules the trie cannot take stay as they are.
    The trie reads `\\s+` as one space: `normalise` leaves single spaces and no other blanks."""
    merged: list[str] = []  # after a `\\b`, begin with a word
    at_word: list[str] = []  # after a `\\b`, any other beginning
    anywhere: list[str] = []
    for patterns in table.values():
        for pattern in patterns:
            for alternative in top_level_split(pattern) or [pattern]:
                if not alternative.startswith(r"\b"):
                    anywhere.append(_rest_first(alternative))
                    continue
                try:
                    trie_regex([alternative[2:]])
                except ValueError:
                    at_word.append(alternative[2:])
                else:
                    merged.append(alternative[2:])
    branches = [trie_regex(merged)] if merged else []
    branches.extend(at_word)
    sources = [rf"\b(?:{'|'.join(f'(?:{b})' for b in branches)})"] if branches else []
    sources.extend(f"(?:{p})" for p in anywhere)
    return re.compile("|".join(sources))


def _rest_first(alternative: str) -> str:
    """`^(?!unless…)rest` as `^(?=rest)(?!unless…)`: the same texts are found (only whether
    one is matters), but the rest — a few words — is looked for before the take-back, which
    reads the whole text through a long alternation (10 µs on "hello", for nothing)."""
    if not alternative.startswith("^(?!"):
        return alternative
    end = group_end(alternative, 1)
    if end is None or not alternative[end + 1 :]:
        return alternative
    return f"^(?={alternative[end + 1 :]}){alternative[1 : end + 1]}"


_FOUND = {intent: _searcher(table) for intent, table in FOUND.items()}
_UNLESS = {intent: _searcher(table) for intent, table in UNLESS.items()}
_KEEP = {intent: _searcher(table) for intent, table in KEEP.items()}
_WHOLE = {intent: re.compile(f"(?:{_any(table)})") for intent, table in WHOLE.items()}
_FILLER = "|".join(f"(?:{words})" for words in FILLERS.values())
_AROUND = re.compile(rf"^(?:(?:{_FILLER}) )+|(?: (?:{_FILLER}))+$")
# The longest hello first, so that "buenas noches, ¿qué tal?" loses "buenas noches", not "buenas".
_HELLOS = sorted(
    (
        alternative
        for patterns in WHOLE[Intent.GREETING].values()
        for pattern in patterns
        for alternative in top_level_split(pattern) or [pattern]
    ),
    key=len,
    reverse=True,
)
_GREETING_FIRST = re.compile(rf"^(?:{'|'.join(f'(?:{h})' for h in _HELLOS)}) ")


def classify(text: str) -> Intent | None:
    """The intent `text` expresses, or None when it is none of them (or says something more
    than a greeting, thanks or call for help)."""
    return classify_normalised(normalise(text))


def classify_normalised(words: str) -> Intent | None:
    """`classify` for words `bot.core.typed.normalise` has already made comparable."""
    if not words:
        return None
    # Russian typed in Latin letters ("glaz dergaetsya pryam seichas") is read in Cyrillic too,
    # both spellings (`bot.core.safety.translit`): the Russian rules are written in Cyrillic.
    readings = (words, *(normalise(cyrillic) for cyrillic in cyrillic_readings(words)))
    for intent in Intent:
        if _expressed(intent, readings):
            return intent
    for reading in readings:
        whole = _whole(reading)
        if whole is not None:
            return whole
    return None


def _expressed(intent: Intent, readings: tuple[str, ...]) -> bool:
    """Whether a reading finds `intent` and none takes it back (unless one keeps it)."""

    def any_finds(table: dict[Intent, re.Pattern[str]]) -> bool:
        pattern = table.get(intent)
        return pattern is not None and any(pattern.search(words) for words in readings)

    return any_finds(_FOUND) and (not any_finds(_UNLESS) or any_finds(_KEEP))


def _whole(words: str) -> Intent | None:
    if words.count(" ") >= MAX_WHOLE_WORDS:
        return None
    bare = _strip(words)
    # "hi, can you help me", "hey thanks" and "hola, qué tal" are about what follows the hello.
    after_greeting = _strip(_GREETING_FIRST.sub("", bare, count=1))
    # As typed after the hello too: a filler word can end a phrase ("oi, tudo bom").
    after_typed = _GREETING_FIRST.sub("", words, count=1)
    for intent, whole in _WHOLE.items():
        # As typed first: a filler word can be part of a phrase ("bom dia"). After a hello,
        # "buenas noches" is said on arriving ("oi, boa noite"), not at bedtime.
        candidates = (
            (words, bare)
            if intent is Intent.GOODNIGHT
            else (words, bare, after_greeting, after_typed)
        )
        if any(whole.fullmatch(candidate) for candidate in candidates):
            return intent
    return None


def _strip(words: str) -> str:
    """Without filler words at either end ("ok thanks", "hi there"), unless that is all."""
    previous = None
    while previous != words:
        previous, stripped = words, _AROUND.sub("", words)
        words = stripped or words
    return words
