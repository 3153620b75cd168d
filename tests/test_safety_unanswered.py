"""Someone not answering one's messages or calls is the silence an anxious person waits in, not
someone collapsed and unresponsive (bot/core/safety/unanswered.py): read as an emergency it
told them to call the emergency number."""

from __future__ import annotations

import pytest

from bot.core.reading import read
from bot.core.safety import Concern


@pytest.mark.parametrize(
    "text",
    [
        "mi novio no responde a mis mensajes desde anoche",
        "meu namorado não responde minhas mensagens, tô nervosa",
        "mon copain ne répond pas à mes messages depuis ce matin",
        "ik tril en mijn vriend reageert niet op mijn berichten",
        "меня трясёт, муж не отвечает на звонки",
        "він не відповідає на мої повідомлення вже годину",
        "mama nie odpowiada na moje wiadomości od rana",
        "sevgilim mesajlarıma cevap vermiyor, çok gerginim",
        "il mio ragazzo non risponde ai messaggi",
        "er antwortet nicht auf meine Nachrichten und ich bin so unruhig",
        "my mom isnt answering her phone and my eye keeps twitching",
    ],
)
def test_unanswered_messages_are_no_emergency(text: str) -> None:
    assert read(text).concern not in (Concern.EMERGENCY, Concern.CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "mi papá se cayó y no responde",
        "meu pai caiu e não responde",
        "er ist umgekippt und reagiert nicht auf Ansprache",
        "mon père est tombé, il ne répond plus",
        "муж упал и не отвечает",
        "he collapsed and is not responding",
        # The silence blanked, the collapse after it still read.
        "mi novio no responde a mis mensajes y ahora está en el suelo y no respira",
    ],
)
def test_someone_collapsed_and_unresponsive_is_still_an_emergency(text: str) -> None:
    assert read(text).concern is Concern.EMERGENCY
