"""Ukrainian self-harm happening now (set R): the blade taken out again, a head banged against
the wall until it bleeds, burning oneself with a lighter. Over normalised text, like every
rule; "б'юся головою об стіну" alone is a figure of speech.
"""

from __future__ import annotations

from bot.core.safety.common import END

__all__ = ["HARM_NOW"]

_BLADE = r"(?:лез[оа]|бритв\w*|канцелярськ\w*\s+ніж\w*|точилк\w*)"

HARM_NOW = (
    rf"(?:знову|знов|опять)\s+(?:\w+\s+)?(?:дістала|дістав|взяла|взяв|беру|дістаю)\s+(?:\w+\s+)?"
    rf"{_BLADE}",
    rf"(?:дістала|дістав|взяла|взяв)\s+(?:\w+\s+)?{_BLADE}\s+(?:\w+\s+)?(?:знову|знов)(?!\w)",
    r"(?:б\s?юся|б\s?юсь|бився|билася|гачу)\s+(?:\w+\s+)?голов\w*\s+(?:об|о|в|у)\s+(?:стіну"
    r"|стінку|стіни|підлогу|двері)\s+(?:[\w,]+\s+){0,10}?(?:кров\w*|в\s+кров"
    rf"|не\s+можу\s+(?:зупинитис[яь]|перестати){END})",
    r"(?:припікаю|палю|обпікаю)\s+(?:собі\s+)?(?:\w+\s+){0,2}?(?:руку|руки|зап\s?ясть\w*|ногу"
    r"|ноги|шкіру|себе)\s+(?:\w+\s+){0,3}?(?:запальничк\w*|цигарк\w*|сигарет\w*)",
)
