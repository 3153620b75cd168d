"""Russian: someone else's seizure now where rules_ru.py needs the fit named ("коллега упал и
трясётся весь, руки ноги дёргаются, не отвечает"; "мужика трясёт, помогите"). Joined to the
someone-else sign by rules_ru_swallowed.py, so rules_ru.py stays as it is.

Shaking stands with another person and a sign that it is happening now (a fall, foam, eyes
rolled, not answering, a cry for help): "меня трясёт" and "я вся трясусь" are the writer's own
fear, and "не отвечает на звонки" is no sign.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

_SHAKE = (
    r"(?:трясется\s+(?:весь|вся|всем)|дергается\s+(?:весь|вся|всем)|бьется\s+(?:весь|вся"
    r"|на\s+полу)"
    r"|(?:его|ее|мужика|мужчину|женщину|человека|парня|девушку|деда|бабушку|ребенка)\s+(?:\w+\s+)?"
    r"(?:трясет|колотит|корежит)|(?:трясет|колотит)\s+(?:его|ее|мужика|мужчину"
    r"|женщину|человека|парня))"
)
_NOW = (
    r"(?:пена|пену|пеной|не\s+отвечает(?!\s+на)|не\s+реагирует|глаза\s+закатил\w*|без\s+сознания"
    r"|на\s+полу|на\s+земле|упал\w*|помогите|скорую)\b"
)
SEIZING = (
    rf"{_SHAKE}\b\s+(?:[^\s.!?]+\s+){{0,12}}?{_NOW}",
    rf"(?:упал|упала|рухнул\w*|лежит)\b\s+(?:[^\s.!?]+\s+){{0,8}}?{_SHAKE}\b",
)
