"""A passive wish to be dead already, asked about (set V), in Russian, Ukrainian and Turkish over
normalised text; a space below stands for \\s+. "Вже б і помер, щоб дітям не морочитись зі
мною", "уж бы и помер", "скорей бы умереть", "bir an önce ölsem de kurtulsalar": no method,
plan or time, so the ask tier. "Помер со смеху" and the like stay idioms."""

from __future__ import annotations

from bot.core.safety.common import spaced

__all__ = ["WISHES"]

WISHES: dict[str, tuple[str, ...]] = {
    "ru": spaced(
        r"(?:уж|уже|скорей|скорее|поскорей|поскорее|хоть|быстрей|быстрее) бы (?:уже |уж |и |я )?"
        r"(?:помер|померла|умер|умерла|помереть|умереть|сдох|сдохла|отмучил\w*|преставил\w*)"
        r"(?!\w)(?! (?:со смеху|от смеха|от скуки|от голода|от любопытства|от стыда))",
    ),
    "uk": spaced(
        r"(?:вже|уже|швидше|скоріше|скоріш|хоч|хай) (?:б|би) (?:вже |уже |і |й |я )?(?:помер"
        r"|померла|вмер|вмерла|померти|вмерти|здох|здохла|відмучи\w*)(?!\w)(?! (?:від сміху"
        r"|від нудьги|від голоду|від цікавості|від сорому))",
    ),
    "tr": spaced(
        r"(?:bir an once|artik|keske|bari) (?:\w+ )?(?:olsem|olup gitsem|olsem de)"
        r"(?! (?:gulmekten|meraktan|utanctan|sikintidan))",
    ),
}
