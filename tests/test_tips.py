"""Tests for the tip cards in conversations.tips: content rules and Previous / Next navigation."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.flow import Button, Say
from bot.flow.callback_data import MenuButton, menu_button, parse
from conversations.tips import Card, card_count, cards, parse_index, show

# The article the facts come from; present on the machine the project was written on only.
SOURCE_ARTICLE = Path("/work/shared/seed/000_2782bc013d7e5ed6.txt")

TOPICS = {
    "magnesium",
    "sleep",
    "caffeine",
    "breathing",
    "journaling",
    "relaxation",
    "hydration",
    "exercise",
    "nature",
    "mantras",
    "therapy",
}

FORBIDDEN = ("just anxiety", "cure", "guarantee", "will stop")

DONE = Button("Done", menu_button("menu"))


def buttons(say: Say) -> list[Button]:
    return [button for row in say.buttons for button in row]


def normalise(text: str) -> str:
    """Lower case, straight quotes and single spaces, so typography can't hide a copy."""
    text = text.translate(str.maketrans("‘’“”–—", "''\"\"--"))
    return " ".join(text.lower().split())


def sentences(text: str) -> list[str]:
    """Split on sentence ends, letting a closing quote stay with its sentence."""
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    parts = re.split(r"(?<=[.!?])[\"']?\s+|\n+", text)
    return [part.strip(" \"'") for part in parts if part.strip()]


@pytest.mark.parametrize("card", cards(), ids=lambda card: card.key)
def test_card_has_title_and_short_body(card: Card) -> None:
    assert card.title.strip()
    assert card.body.strip()
    assert len(card.body) <= 450
    assert "\n" not in card.title


@pytest.mark.parametrize("card", cards(), ids=lambda card: card.key)
def test_title_has_exactly_one_emoji(card: Card) -> None:
    symbols = [ch for ch in card.title if unicodedata.category(ch) == "So"]
    assert len(symbols) == 1, card.title


@pytest.mark.parametrize("card", cards(), ids=lambda card: card.key)
def test_body_has_two_to_four_sentences(card: Card) -> None:
    assert 2 <= len(sentences(card.body)) <= 4, sentences(card.body)


def test_keys_are_unique_and_button_safe() -> None:
    keys = [card.key for card in cards()]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z0-9_]{1,24}", key) for key in keys)


def test_cards_cover_every_topic() -> None:
    missing = TOPICS - {card.key for card in cards()}
    assert not missing


def test_card_count_matches_cards() -> None:
    assert card_count() == len(cards()) >= len(TOPICS)


@pytest.mark.parametrize("card", cards(), ids=lambda card: card.key)
@pytest.mark.parametrize("phrase", FORBIDDEN)
def test_no_card_promises_or_dismisses(card: Card, phrase: str) -> None:
    assert phrase not in normalise(f"{card.title} {card.body}")


def test_only_existing_commands_are_named() -> None:
    from bot.features import discover

    known = {action.name for action in discover().listed()}
    for card in cards():
        named = set(re.findall(r"/([a-z_]+)", card.body))
        assert named <= known, (card.key, named - known)


def test_first_card_has_next_and_done_only() -> None:
    say = show(0)
    assert buttons(say) == [Button("Next →", menu_button("tip", "1")), DONE]
    assert say.text.endswith(f"(1 of {card_count()})")


def test_middle_card_has_previous_next_and_done() -> None:
    middle = card_count() // 2
    say = show(middle)
    assert buttons(say) == [
        Button("← Previous", menu_button("tip", str(middle - 1))),
        Button("Next →", menu_button("tip", str(middle + 1))),
        DONE,
    ]
    # Previous and Next share a row; Done sits alone under them.
    assert [len(row) for row in say.buttons] == [2, 1]


def test_last_card_has_previous_and_done_only() -> None:
    last = card_count() - 1
    say = show(last)
    assert buttons(say) == [Button("← Previous", menu_button("tip", str(last - 1))), DONE]
    assert say.text.endswith(f"({card_count()} of {card_count()})")


def test_text_is_title_body_and_position() -> None:
    card = cards()[2]
    assert show(2).text == f"{card.title}\n\n{card.body}\n\n(3 of {card_count()})"


@pytest.mark.parametrize("index", range(card_count()))
def test_every_button_parses_back_to_a_neighbour(index: int) -> None:
    for button in buttons(show(index)):
        parsed = parse(button.data)
        assert isinstance(parsed, MenuButton)
        if parsed.action == "tip":
            assert abs(parse_index(parsed.arg) - index) == 1


@pytest.mark.parametrize(
    ("index", "expected"),
    [(-1, 0), (-1000, 0), (10**6, -1), (10**30, -1)],
)
def test_out_of_range_index_clamps(index: int, expected: int) -> None:
    assert show(index) == show(range(card_count())[expected])


@pytest.mark.parametrize(
    ("arg", "expected"),
    [
        (None, 0),
        ("", 0),
        ("abc", 0),
        ("-1", 0),
        ("1.5", 0),
        (" 2", 0),
        ("²", 0),
        ("١", 0),
        ("0", 0),
        ("3", 3),
        ("007", 7),
        ("0" * 30 + "4", 4),
        ("999", -1),
        ("9" * 24, -1),
        ("9" * 5000, -1),
    ],
)
def test_parse_index_clamps_junk(arg: str | None, expected: int) -> None:
    assert parse_index(arg) == range(card_count())[expected]


@given(st.integers())
def test_show_never_fails_for_any_index(index: int) -> None:
    say = show(index)
    assert say.text
    assert DONE in buttons(say)


@given(st.one_of(st.none(), st.text()))
def test_parse_index_is_always_a_valid_index(arg: str | None) -> None:
    assert 0 <= parse_index(arg) < card_count()


def test_no_sentence_is_copied_from_the_article() -> None:
    if not SOURCE_ARTICLE.is_file():
        pytest.skip("source article not present on this machine")
    article = normalise(SOURCE_ARTICLE.read_text(encoding="utf-8"))
    for card in cards():
        for sentence in sentences(card.body):
            if len(sentence) > 40:
                assert normalise(sentence) not in article, (card.key, sentence)
