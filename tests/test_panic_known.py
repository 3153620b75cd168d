"""Panic the writer names as their own familiar anxiety (bot.core.safety.panic_known), in made-up
words in all eleven languages: a breath that fails beside "I know it is my anxiety" or "one of
my attacks" is panic, not an emergency; a danger sign or crisis words beside it still win, and
not knowing what it is stays an emergency (issue #20)."""

from __future__ import annotations

import pytest

from bot.core.safety.classify import check_text
from bot.core.safety.verdict import Concern

PANIC = [
    "cant get air in, chest tight, but i know its just anxiety, happens every exam week",
    "in the car park having one of my panic attacks, shaking, waiting for it to pass",
    "bekomme kaum Luft, ich weiß dass es nur die Panik ist, kenne das schon",
    "Herz rast, Luft weg, das ist halt wieder meine Angst",
    "me falta el aire y el corazón a mil, pero sé que es ansiedad, ya me ha pasado",
    "en el bus con uno de mis ataques, me ahogo un poco, ya se me pasará",
    "j'étouffe un peu, je sais que c'est juste une crise d'angoisse, ça va passer",
    "manca il respiro, so che è solo ansia, mi succede sempre la sera",
    "krijg geen lucht, ik weet dat het gewoon paniek is, ken het al jaren",
    "nie mogę złapać tchu, wiem że to tylko nerwica, zawsze tak mam wieczorem",
    "falta de ar e coração disparado, sei que é só ansiedade, já conheço",
    "не могу вдохнуть, сердце колотится, знаю что это просто паника",
    "не можу вдихнути, знаю що це просто тривога, так буває",
    "nefes alamıyorum, kalbim çarpıyor, biliyorum sadece panik",
]

STILL_DANGER = [
    ("cant breathe, lips going blue, i know its anxiety but", Concern.EMERGENCY),
    ("no puedo respirar y no sé qué es esto, nunca me pasó", Concern.EMERGENCY),
    ("ich weiß dass es die Angst ist, aber ich will nicht mehr leben", Concern.CRISIS),
    ("знаю что это паника, но я хочу умереть", Concern.CRISIS),
]


@pytest.mark.parametrize("text", PANIC)
def test_own_familiar_panic_is_panic(text: str) -> None:
    check = check_text(text)
    assert check.concern is Concern.PANIC, check
    assert not check.emergency_signs


@pytest.mark.parametrize(("text", "tier"), STILL_DANGER)
def test_danger_beside_it_still_wins(text: str, tier: Concern) -> None:
    assert check_text(text).concern is tier
