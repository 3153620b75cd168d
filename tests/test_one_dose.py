"""One tablet of an everyday medicine is an ordinary dose: the learned reading, whose n-grams
of "took … an hour ago" look like an overdose taken, does not call the emergency number for it
on its own; more than one, or the rules' own overdose words, still do."""

from __future__ import annotations

import pytest

from bot.core.reading import read
from bot.core.safety import Concern

ONE = [
    "j'ai pris un doliprane il y a une heure, ça va mieux",
    "me tomé un paracetamol hace una hora para la cabeza, ya mejor",
    "I took one ibuprofen an hour ago for my back",
    "ho preso una tachipirina un'ora fa",
    "я выпила одну таблетку час назад от головы",
]
MORE = [
    "I took a whole pack of paracetamol an hour ago",
    "took a bottle of tylenol an hour ago",
    "I took 30 tablets an hour ago",
    "took all my pills one hour ago",
]


@pytest.mark.parametrize("text", ONE)
def test_one_ordinary_tablet_is_no_emergency(text: str) -> None:
    assert read(text).concern is not Concern.EMERGENCY


@pytest.mark.parametrize("text", MORE)
def test_more_than_one_is_still_an_overdose_taken(text: str) -> None:
    assert read(text).concern is Concern.EMERGENCY
