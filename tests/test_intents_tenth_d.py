"""The tenth round's intent families (`bot.core.intents.rules_tenth_d`), each by phrasings other
than the blind rows it was written from, and near misses that must not take them."""

from __future__ import annotations

import pytest

from bot.core.intents import Intent
from bot.core.intents.classify import classify

N = Intent

FAMILIES: list[tuple[str, Intent]] = [
    ("can you move my coffee reminder to 3pm", N.SETTINGS),
    ("kannst du die erinnerung auf 7 uhr verschieben", N.SETTINGS),
    ("tu peux décaler le rappel à 8h ?", N.SETTINGS),
    ("перенеси напоминание на 9", N.SETTINGS),
    ("bitte duzen", N.SETTINGS),
    ("pode me tratar por você", N.SETTINGS),
    ("можно на ты", N.SETTINGS),
    ("nada de avisos esta semana", N.PAUSE),
    ("no reminders until monday please", N.PAUSE),
    ("останови напоминания на неделю", N.PAUSE),
    ("zeig mir was ich zum schlaf eingetragen hab", N.HISTORY),
    ("montre moi ce que j'ai noté hier", N.HISTORY),
    ("how many times did I log twitching this week", N.HISTORY),
    ("how long does caffeine last in your system", N.CAFFEINE_QUESTION),
    ("quanto tempo dura a cafeína", N.CAFFEINE_QUESTION),
    ("как долго действует кофеин", N.CAFFEINE_QUESTION),
    ("le coca ça compte ?", N.CAFFEINE_QUESTION),
    ("is green tea better than coffee for twitching", N.CAFFEINE_QUESTION),
    ("ist mittagsschlaf schlecht", N.SLEEP_QUESTION),
    ("cochilo faz mal?", N.SLEEP_QUESTION),
    ("its 3am and im wide awake", N.CANT_SLEEP),
    ("son las 4 y sigo despierta", N.CANT_SLEEP),
    ("slept in 20 minute chunks", N.CANT_SLEEP),
    ("спала урывками", N.CANT_SLEEP),
    ("не выспалась совсем", N.CANT_SLEEP),
    ("die arbeit macht mich fertig", N.VENTING),
    ("danke, das hat echt geholfen", N.THANKS),
    ("bist du noch da", N.GREETING),
    ("mein augenlid flattert seit gestern", N.TWITCHING),
]
NOT: list[tuple[str, Intent]] = [
    ("ich mach mich fertig fürs bett", N.VENTING),
    ("ich mach mir keine gedanken", N.VENTING),
    ("ich will 5 kilo loswerden", N.VENTING),
    ("el te cuenta algo", N.CAFFEINE_QUESTION),
    ("i havent checked in with my mom", N.CHECKIN),
    ("no messages from him today", N.PAUSE),
    ("nada de mensajes de el", N.PAUSE),
    ("почему сплю по 9 часов и все равно не высыпаюсь", N.CANT_SLEEP),
]


@pytest.mark.parametrize(("text", "intent"), FAMILIES)
def test_a_tenth_round_family_is_read(text: str, intent: Intent) -> None:
    assert classify(text) is intent


@pytest.mark.parametrize(("text", "intent"), NOT)
def test_a_tenth_round_near_miss_is_not_that_intent(text: str, intent: Intent) -> None:
    assert classify(text) is not intent
