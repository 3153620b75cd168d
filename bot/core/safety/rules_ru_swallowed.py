"""Russian: someone else has swallowed something dangerous just now — ребенок и батарейка,
капсула для стирки, таблетка для посудомойки, белизна; брат выпил крысиный яд или антифриз;
малыш наглотался таблеток бабушки. Звонить 103 / 112 сразу. In Latin letters too ("syn proglotil
batareyku").

Кто (сын, малыш, брат, без "который": новость о ребенке остается в стороне) и что (косточка,
жвачка, шоколад у собаки остаются в стороне); у таблеток — чужие таблетки ("выпил свои
антибиотики", "пьет много таблеток каждый день" остаются в стороне; количество уже в rules_ru).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.safety.verdict import EmergencySign as E

__all__ = ["SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

_WHO = (
    r"(?:(?:мой|моя|мое|наш|наша|наше)\s+)?(?:сын|сынок|сынишка|дочь|дочка|дочурка|ребенок"
    r"|ребеночек|малыш|малышка|мелкий|мелкая|младший|младшая|брат|братик|сестра|сестренка|муж"
    r"|жена|парень|девушка|друг|подруга|мама|мать|папа|отец|бабушка|дедушка|внук|внучка"
    r"|племянник|племянница|сосед|соседка|он|она|syn|synok|doch\w*|rebenok|rebyonok|malysh\w*"
    r"|brat|sestra|muzh|zhena|paren|devushka|drug|podruga|mama|papa|babushka|dedushka|vnuk"
    r"|vnuchka|on|ona)"
)
_GAP = r"(?:(?!котор\w*\s|kotor\w*\s|когда\s)\w+\s+){0,3}?"
_ATE = (
    r"(?:проглотил\w*|съел\w*|выпил\w*|наглотал\w*|нажрал\w*|сожрал\w*|слопал\w*|хлебнул\w*"
    r"|глотнул\w*|отхлебнул\w*|сгрыз\w*|разгрыз\w*|лизнул\w*|засунул\w*\s+в\s+рот"
    r"|proglotil\w*|s\s?el\w*|s\s?jel\w*|vypil\w*|naglotal\w*|sozhral\w*|nazhral\w*|hlebnul\w*|glotnul\w*)"
)
_POISON = (
    r"(?:батарейк\w*|магнит\w*|(?:таблетк\w*|капсул\w*)\s+(?:для|от)\s+(?:посудомо\w*|стирк\w*"
    r"|стиральн\w*)|стиральн\w*\s+порош\w*|порош\w*\s+для\s+стирки|отбеливател\w*|белизн\w*"
    r"|хлорк\w*|доместос\w*|крот\w*|средств\w*\s+для\s+(?:чистки|мытья|труб|посуды|унитаза"
    r"|стирки)|моющ\w*\s+средств\w*|бытов\w*\s+хими\w*|яд|яда|отрав[уы]|крысин\w*\s+яд\w*"
    r"|антифриз\w*|тосол\w*|незамерзайк\w*|омывайк\w*|уксус[ау]?|уксусн\w*\s+эссенци\w*"
    r"|эссенци\w*|растворител\w*|бензин\w*|керосин\w*|ацетон\w*|пестицид\w*|гербицид\w*"
    r"|инсектицид\w*|дихлофос\w*|ртут\w*|метанол\w*|кислоту|жидкост\w*\s+для\s+(?:вейпа"
    r"|электронн\w*)|batare[iy]?k\w*|batarejk\w*|magnit\w*|otbelivatel\w*|belizn\w*|hlork\w*"
    r"|khlork\w*|yad|iad|otrav[uy]|antifriz\w*|tosol\w*|uksus[au]?|kapsul\w*\s+dlya\s+stirki)\b"
)
_PILL = r"(?:таблет\w*|лекарств\w*|снотворн\w*|пилюл\w*|колес\w*|tabletk\w*|tabletok|lekarstv\w*)"
_KIN = (
    r"(?:бабушки|бабули|дедушки|деда|мамы|матери|папы|отца|тети|дяди|соседки|соседа|babushki"
    r"|dedushki|mamy|papy)"
)

SWALLOWED_POISON = (rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,4}}?{_POISON}",)
_OWN = (
    r"(?:мои|моих|мамины|маминых|бабушкины|бабушкиных|дедушкины|дедушкиных|папины|папиных|чужие"
    r"|чужих|moi|moih|maminy|babushkiny|babushkinyh)"
)

SWALLOWED_PILLS = (
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,2}}?{_OWN}\s+(?:\w+\s+)?{_PILL}",
    # Whose pills: "наглотался таблеток бабушки", "выпил мамины таблетки от давления".
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,2}}?{_PILL}\s+(?:\w+\s+)?{_KIN}\b",
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+)?(?:целый|целую|весь|всю|пол)\s*(?:блистер\w*"
    r"|пластинк\w*|пачк\w*|упаковк\w*|банк\w*|флакон\w*|blister|pachk\w*|upakovk\w*)",
    # Nobody knows what or how much: "наелся каких-то таблеток, не знаем каких", "сколько
    # выпил - не знаю".
    rf"{_WHO}\s+{_GAP}{_ATE}\s+[^.!?]{{0,30}}?{_PILL}[^.!?]{{0,30}}?(?:не\s+знаем|ne\s+znaem)"
    r"\s+(?:каких|сколько|kakih|skolko)\b",
    rf"{_WHO}\s+[^.!?]{{0,60}}?{_PILL}[^.!?]{{0,30}}?сколько\s+(?:\w+\s+)?(?:выпил|съел|проглотил"
    r"|наглотал)\w*\W{0,5}?не\s+знаю",
)


def swallowed(
    someone_else: Sequence[str], overdose_taken: Sequence[str]
) -> dict[E, tuple[str, ...]]:
    """The two signs of this language with the swallowed family added: poisons and batteries
    to someone else in danger, pills to an overdose taken."""
    return {
        E.SOMEONE_ELSE: (*someone_else, *SWALLOWED_POISON),
        E.OVERDOSE_TAKEN: (*overdose_taken, *SWALLOWED_PILLS),
    }
