"""More Russian idioms (rules_ru.py adds them to its own): breathlessness after running or the
stairs, suicide as the subject of a programme or among a group, and cutting years ago with life
fine since. Over normalised text like rules_ru.py; blanked out before any rule runs.
"""

from __future__ import annotations

__all__ = ["MORE_IDIOMS"]

MORE_IDIOMS = (
    # Out of breath after running or the stairs: the body at work, not a sign.
    r"(?:после|во\s+время|на|при)\s+(?:\w+\s+)?(?:бега|бег|пробежки|тренировки|зарядки|спортзала"
    r"|футбола|лестницы|подъема|велосипеда|плавания|тренировке|пробежке|зарядке|лестнице|велосипеде"
    r"|футболе)\s+[^.?!]{0,30}?(?:задыхаюсь|запыхаюсь"
    r"|не\s+могу\s+отдышаться)|(?:задыхаюсь|запыхаюсь)\s+(?:\w+\s+)?(?:когда|если|после|пока)\s+"
    r"(?:\w+\s+)?(?:бегу|бегаю|поднимаюсь|бега|тренировки|пробежки)\b",
    # Words about a subject or long over, not about the writer now: a radio or TV programme,
    # suicide among soldiers or teenagers, cutting years ago and fine since.
    r"(?:по\s+радио|по\s+телевизору|по\s+тв|передач\w*|программ\w*|репортаж\w*|сюжет\w*|эфир\w*"
    r"|ток\s?шоу)\s+[^.?!]{0,40}?(?:про|о|об)\s+(?:\w+\s+)?(?:самоубийств\w*|суицид\w*)",
    r"(?:самоубийств\w*|суицид\w*)\s+среди\s+(?:военн\w*|ветеран\w*|подростк\w*|молодеж\w*|студент\w*"
    r"|врач\w*|мужчин|женщин|пожил\w*|людей)",
    r"(?:лет\s+(?:\w+\s+)?назад|когда\s?-?\s?то|давно)\s+(?:\w+\s+){0,3}?"
    r"(?:резал\w*|порезал\w*)(?:\s+(?:себя|руки|ноги|себе\s+руки))?(?=[^?]{0,80}(?:сейчас|теперь|давно)"
    r"\s+(?:\w+\s+)?(?:все\s+)?(?:хорошо|нормально|в\s+порядке|позади|прошло))(?![^?]{0,80}(?:опять"
    r"|снова|вернул\w*))",
)
