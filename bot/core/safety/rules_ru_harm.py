"""Russian self-harm happening now (set R): the blade taken out again, a head banged against
the wall until it bleeds, burning oneself with a lighter. Over normalised text, like every
rule; "бьюсь головой об стену" alone is a figure of speech.
"""

from __future__ import annotations

from bot.core.safety.common import END

__all__ = ["HARM_NOW"]

_BLADE = r"(?:лезви\w*|бритв\w*|канцелярск\w*\s+нож\w*|точилк\w*)"

HARM_NOW = (
    rf"(?:опять|снова)\s+(?:\w+\s+)?(?:достал\w*|взял\w*|беру|достаю)\s+(?:\w+\s+)?{_BLADE}",
    rf"(?:достал\w*|взял\w*)\s+(?:\w+\s+)?{_BLADE}\s+(?:\w+\s+)?(?:опять|снова)(?!\w)",
    r"(?:бьюсь|бился|билась|колочусь|долблюсь|бью\s+себя)\s+(?:\w+\s+)?голов\w*\s+(?:об|о|в)\s+"
    r"(?:стену|стенку|стены|пол|дверь)\s+(?:[\w,]+\s+){0,10}?(?:кровь|кровит|в\s+кровь"
    rf"|не\s+могу\s+(?:остановиться|перестать){END})",
    r"(?:прижигаю|жгу|обжигаю)\s+(?:себе\s+)?(?:\w+\s+){0,2}?(?:руку|руки|запясть\w*|ногу|ноги"
    r"|кожу|себя)\s+(?:\w+\s+){0,3}?(?:зажигалк\w*|сигарет\w*)",
)
