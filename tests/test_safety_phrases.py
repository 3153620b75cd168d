"""The eleven-language phrase table: every phrase gets exactly its tier from check_text."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from bot.core.safety import Concern
from bot.core.safety.classify import check_text  # the rules, which these tables specify
from tests.safety_phrases import LANGUAGES

# At least this many phrases per language and section (the acceptance table).
MINIMUM = {"CRISIS": 15, "EMERGENCY": 5, "RED_FLAG": 8, "ASK": 5, "NEAR_MISS": 15}
TIER_OF_SECTION = {
    "CRISIS": Concern.CRISIS,
    "EMERGENCY": Concern.EMERGENCY,
    "RED_FLAG": Concern.RED_FLAG,
    "ASK": Concern.ASK,
}


def _table(language: str) -> ModuleType:
    return importlib.import_module(f"tests.safety_phrases.{language}")


def _rows() -> list[tuple[str, str, Concern, str]]:
    rows: list[tuple[str, str, Concern, str]] = []
    for language in LANGUAGES:
        table = _table(language)
        for section, concern in TIER_OF_SECTION.items():
            rows.extend((language, text, concern, section) for text in getattr(table, section))
        rows.extend((language, text, Concern(tier), "NEAR_MISS") for text, tier in table.NEAR_MISS)
    return rows


ROWS = _rows()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_enough_phrases(language: str) -> None:
    table = _table(language)
    counts = {section: len(getattr(table, section)) for section in MINIMUM}
    assert all(counts[section] >= least for section, least in MINIMUM.items()), counts


def test_table_size_and_no_duplicates() -> None:
    assert len(ROWS) >= 528
    texts = [(language, text) for language, text, _, _ in ROWS]
    assert len(texts) == len(set(texts))


def test_near_misses_stay_below_what_their_words_suggest() -> None:
    # A near miss is an idiom, a denial or a look-alike: never a crisis or an emergency.
    for language, text, concern, section in ROWS:
        if section == "NEAR_MISS":
            assert concern.rank < Concern.CRISIS.rank, (language, text)


@pytest.mark.parametrize(
    ("language", "text", "concern"),
    [(language, text, concern) for language, text, concern, _ in ROWS],
    ids=[f"{language}-{index}" for index, (language, *_rest) in enumerate(ROWS)],
)
def test_phrase_gets_its_tier(language: str, text: str, concern: Concern) -> None:
    assert check_text(text).concern is concern, (language, text)
