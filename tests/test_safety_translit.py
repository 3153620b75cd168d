"""Russian and Ukrainian typed in Latin letters are read in Cyrillic too (safety.translit)."""

from __future__ import annotations

import pytest

from bot.core.safety import Concern
from bot.core.safety.classify import check_text
from bot.core.safety.normalise import matchable
from bot.core.safety.translit import cyrillic_readings


def test_both_spellings_are_made() -> None:
    russian, ukrainian = cyrillic_readings(matchable("ja uzhe reshila, prostite vse"))
    assert russian.split() == ["я", "уже", "решила", ",", "простите", "все"]
    assert ukrainian.split() == ["я", "уже", "решіла", ",", "простіте", "все"]
    _, ukrainian = cyrillic_readings(matchable("vzhe ne mozhu, vse bolyt, shcho robyty"))
    assert ukrainian.split()[:3] == ["вже", "не", "можу"]
    assert "що" in ukrainian.split()


@pytest.mark.parametrize(
    "text",
    [
        "I can't sleep and my eyelid keeps twitching",
        "ich kann nicht schlafen, das Auge zuckt schon wieder",
        "no puedo dormir, me tiembla el ojo",
        "je ne dors pas, ma paupière saute",
        "nie mogę spać, powieka mi skacze od rana",
        "não consigo dormir, o olho não para",
        "uyuyamiyorum, gozum seyiriyor",
        "уже не могу, глаз дергается",  # written in Cyrillic already
    ],
)
def test_other_languages_are_left_as_they_are(text: str) -> None:
    assert cyrillic_readings(matchable(text)) == ()


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        # A method made ready, self-harm, someone seizing: in Latin letters as in Cyrillic.
        ("stoju na kryshe, uzhe reshila, prostite menja", Concern.CRISIS),
        # (A soft sign left out, "opjat" for "опять", is not put back: see translit.py.)
        ("snova porezala ruki vchera, ne mogu ostanovitsja", Concern.CRISIS),
        ("znovu porizala ruky, ne mozhu zupynytys", Concern.CRISIS),
        (
            "nachala novoe lekarstvo, s teh por poteju, nervnaja, ruki sami dergajutsja",
            Concern.RED_FLAG,
        ),
        # Idioms stay idioms in Latin letters too.
        ("ubila by za kofe seichas", Concern.NONE),
        ("ustala kak sobaka, glaz dergaetsja", Concern.NONE),
    ],
)
def test_typed_in_latin_letters_is_read_as_in_cyrillic(text: str, concern: Concern) -> None:
    assert check_text(text).concern is concern
