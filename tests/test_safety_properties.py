"""Rules that hold for every input of the safety classifier, checked with hypothesis."""

from __future__ import annotations

import importlib
import time
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.safety import Concern, EmergencySign
from bot.core.safety.classify import check_text  # the rules; tests/test_reading.py: the whole
from tests.safety_phrases import LANGUAGES

LIMIT = 4096  # Telegram's longest message


def _phrases() -> list[str]:
    phrases: list[str] = []
    for language in LANGUAGES:
        table = importlib.import_module(f"tests.safety_phrases.{language}")
        phrases.extend((*table.CRISIS, *table.EMERGENCY, *table.RED_FLAG, *table.ASK))
        phrases.extend(text for text, _ in table.NEAR_MISS)
    return phrases


PHRASES = _phrases()
WORDS = sorted({word for phrase in PHRASES for word in phrase.split()})
phrase = st.sampled_from(PHRASES)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _verdict(text: str) -> tuple[Concern, frozenset[object], frozenset[object]]:
    check = check_text(text)
    return check.concern, check.red_flags, check.emergency_signs


@FAST
@given(st.text(max_size=300))
def test_never_raises_and_always_answers(text: str) -> None:
    assert isinstance(check_text(text).concern, Concern)


@FAST
@given(phrase, st.data())
def test_casing_does_not_matter(text: str, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    # Upper-casing may grow a character (ß → SS); case folding brings both back together.
    recased = "".join(
        c.upper() if flip else c.lower() for c, flip in zip(text, flips, strict=True)
    )
    assert _verdict(recased) == _verdict(text)


@FAST
@given(phrase, st.data())
def test_spacing_does_not_matter(text: str, data: st.DataObject) -> None:
    gaps = st.sampled_from([" ", "  ", "\t", " \n ", "\u00a0", "   "])
    words = text.split(" ")
    spaced = "".join(word + data.draw(gaps) for word in words[:-1]) + words[-1]
    padded = (
        data.draw(st.sampled_from(["", " ", "\n"]))
        + spaced
        + data.draw(st.sampled_from(["", " ", "  \n"]))
    )
    assert _verdict(padded) == _verdict(text)


@FAST
@given(phrase)
def test_typing_without_accents_does_not_matter(text: str) -> None:
    # People on phones drop accents and Polish, Turkish, German letters: "Nie chce zyc".
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    plain = plain.translate(str.maketrans({"ł": "l", "Ł": "L", "ı": "i"}))
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return  # й and ї are letters of their own, not accented и and і
    assert _verdict(plain) == _verdict(text)


@FAST
@given(phrase, phrase)
def test_more_text_never_lowers_the_tier(first: str, second: str) -> None:
    joined = check_text(f"{first}. {second}")
    alone = [check_text(first), check_text(second)]
    highest = max(alone, key=lambda check: check.concern.rank)
    if (
        highest.concern is Concern.EMERGENCY
        and highest.emergency_signs == {EmergencySign.CANNOT_BREATHE}
        and joined.concern in (Concern.PANIC, Concern.NONE)
        and not joined.emergency_signs
    ):
        # By design: breathlessness beside panic words is panic ("I can't breathe. My heart is
        # racing, I'm panicking"), unless a swelling, blue lips or another danger sign stands
        # beside it (test_a_danger_sign_keeps_breathlessness_an_emergency); beside a laugh, a
        # joke.
        return
    assert joined.concern.rank >= highest.concern.rank


@pytest.mark.parametrize(
    "text",
    [
        "оса вкусила, напухли губи і язик. серце калатає, паніка",
        "a boca tá roxa. kalbim küt küt atıyor, panik",
        "ma gorge gonfle, j'arrive presque plus à respirer. c'est la panique",
        "tramadol başladım, titriyorum. после укуса осы распухли губы и язык",
    ],
)
def test_a_danger_sign_keeps_breathlessness_an_emergency(text: str) -> None:
    # A swelling or blue lips beside panic words, in any language (classify._SWELLING, _BLUE):
    # an emergency, as in the languages whose rules name them among the panic dangers.
    assert check_text(text).concern is Concern.EMERGENCY


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.data())
def test_long_messages_take_bounded_time(words: list[str], data: st.DataObject) -> None:
    # Fragments of real rules repeated up to Telegram's limit, the worst shape for regexes.
    separator = data.draw(st.sampled_from([" ", ", ", ". ", "  ", "-"]))
    text = separator.join(words)
    text = (text + separator) * (LIMIT // (len(text) + len(separator)) + 1)
    started = time.thread_time()
    check_text(text[:LIMIT])
    # CPU time, so that other processes on a shared machine do not count. The benchmark shows
    # about 1 ms; the bound leaves room for slow CI machines yet catches any blow-up.
    assert time.thread_time() - started < 0.05


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        ("me " * 1400 + "quiero morir, ya tengo las pastillas", Concern.CRISIS),
        ("help me " * 600 + "my dad collapsed and is not breathing", Concern.EMERGENCY),
        ("no no no " * 500 + "eyelid twitching again", Concern.NONE),
    ],
)
def test_a_word_said_over_and_over_is_read_as_said_three_times(
    text: str, concern: Concern
) -> None:
    # Long runs of one to four words are read as three repeats (classify._REPEATS): what
    # follows them is read as ever.
    assert check_text(text[-4096:]).concern is concern
