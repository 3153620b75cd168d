"""Crisis words held at a distance (bot/core/safety/distance.py): talked about beside a frame,
or lived long ago and over, they raise no crisis from the rules; a personal word beside them,
or any crisis said in the first person, still does."""

from __future__ import annotations

import re

import pytest

from bot.core.safety import Concern
from bot.core.safety.classify import check_text
from bot.core.safety.distance import DISTANCES
from tests.safety_phrases import LANGUAGES

AT_A_DISTANCE = [
    "reading a paper on suicide risk screening for my psych module, kinda heavy",
    "Für meine Masterarbeit lese ich Studien über Suizid bei Landwirten. Zwei Kaffee heute.",
    "En clase vimos la prevención del suicidio en universidades, muy interesante",
    "Formation sur la prévention du suicide à la pharmacie aujourd'hui, très utile",
    "Per la tesi leggo articoli sul suicidio tra i medici, tema pesante",
    "Voor mijn scriptie lees ik over zelfmoordcijfers bij boeren",
    "Na faculdade tivemos uma palestra sobre o suicídio entre jovens",
    "Do pracy magisterskiej czytam o samobójstwach wśród rolników",
    "Для курсовой читаю статьи про суицид среди подростков",
    "Для дипломної читаю статті про суїциди серед підлітків",
    "Tezim için intihar üzerine makale okuyorum, ağır konu",
    # Past and recovered.
    "I used to self-harm as a teen, years ago, and I've been fine since. Just the eyelid now.",
    "De adolescente me autolesionaba, pero hace diez años que estoy bien con terapia",
    "Vor 5 Jahren hatte ich Suizidgedanken, Therapie hat geholfen, mir geht es gut",
    "lisedeyken kendime zarar veriyordum, terapi çok iyi geldi, yıllardır iyiyim",
    "колись давно мала суїцидальні думки, зараз добре",
]

STILL_CRISIS = [
    # First person beside a frame: the frame blanks only the subject words.
    "my thesis is due tomorrow and I want to kill myself",
    "für meine Diplomarbeit lese ich über Suizid, ich denke selbst daran mich umzubringen",
    "Tezim bitmiyor, intihar etmek istiyorum",
    "lecture today, I have pills saved and a date chosen",
    # A frame but something personal beside the words.
    "after that podcast I keep thinking about suicide",
    "I read articles about suicide methods all night",
    # Past without a recovery, or past and back again.
    "years ago I self-harmed and now I'm cutting again",
    "I used to self-harm years ago",
    # No frame at all.
    "suicide is all I think about",
]


@pytest.mark.parametrize("text", AT_A_DISTANCE)
def test_crisis_words_at_a_distance_raise_no_crisis(text: str) -> None:
    assert check_text(text).concern is Concern.NONE


@pytest.mark.parametrize("text", STILL_CRISIS)
def test_personal_crisis_stays_a_crisis_beside_a_frame(text: str) -> None:
    assert check_text(text).concern is Concern.CRISIS


def test_every_language_holds_words_at_a_distance() -> None:
    assert set(DISTANCES) == set(LANGUAGES)
    for words in DISTANCES.values():
        parts = (words.frames, words.topics, words.past, words.recovered, words.past_topics)
        assert all(parts)
        assert words.personal


def test_distance_words_are_written_against_normalised_text() -> None:
    # Like the rules, they see folded text: an accented Latin letter could never match.
    for words in DISTANCES.values():
        for patterns in (words.frames, words.topics, words.past, words.recovered):
            for pattern in (*patterns, *words.past_topics, *words.personal):
                assert not re.search(r"[à-ÿĀ-ɏё]", pattern), pattern
                assert re.compile(pattern).groups == 0, pattern
