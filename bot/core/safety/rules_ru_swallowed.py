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
from itertools import permutations

from bot.core.safety.verdict import EmergencySign as E

__all__ = ["OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

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


def _orders(almost: str, *parts: str) -> tuple[str, ...]:
    """Every order of `parts` (took, by mistake, which dose) within one sentence, with no
    `almost` word between them."""
    gap = rf"(?:(?!(?:{almost})\b)[^.!?]){{0,40}}?"
    return tuple(gap.join(f"(?:{part})" for part in order) for order in permutations(parts))


def _verbs(words: str, almost: str) -> str:
    """The verbs `words` (|-separated), each not right after `almost` ("casi", "nearly")."""
    guarded = []
    for word in words.split("|"):
        fixed = word.replace(r"\s+", r"\s").replace(" ", r"\s")  # single spaces
        if any(sign in fixed for sign in "*+?{"):
            guarded.append(word)  # no fixed width to look behind ("lyknal\w*")
            continue
        guarded.append(word + "".join(rf"(?<!{a}\s{fixed})" for a in almost.split("|")))
    return "(?:" + "|".join(guarded) + ")"


# Передозировка со словом количества, которого нет в старых правилах ("наглоталась кучу
# таблеток", "выпила остатки своих снотворных", "выпил целую горсть"), и недельная или двойная
# доза, вся таблетница, выпитые по ошибке (сам или мама), кириллицей и латиницей. Привычка ("в
# день", "каждый день"), "по назначению", "чуть не" и витамины остаются снаружи.
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?(?:в\s+день|каждый\s+день|ежедневно|по\s+назначению|как\s+прописал\w*"
    r"|годами|v\s+den|kazhdyj\s+den)\b)"
)
_OD_VERB = (
    r"(?:выпил\w*|проглотил\w*|принял\w*|наглотал\w*|закинул\w*|сожрал\w*|съел\w*|глотнул\w*"
    r"|vypil\w*|proglotil\w*|prinyal\w*|naglotal\w*|zakinul\w*|sozhral\w*)"
)
_MISTAKE = (
    r"(?:по\s+ошибке|случайно|перепутал\w*|нечаянно|ошибочно|по\s+невнимательности|po\s+oshibke"
    r"|sluchajno|sluchayno|pereputal\w*|perepytal\w*|nechayanno)"
)
_DOSE = (
    r"(?:недельн\w+\s+доз\w*|доз\w*\s+на\s+(?:всю\s+|целую\s+)?неделю|двойн\w+\s+доз\w*"
    r"|(?:всю|целую)\s+таблетниц\w*|таблетниц\w*\s+(?:на\s+(?:всю\s+)?неделю|целиком)"
    r"|таблетки\s+на\s+(?:всю\s+|целую\s+)?неделю|nedeln\w+\s+doz\w*|doz\w*\s+na\s+(?:vsyu\s+)?"
    r"nedelyu|dvojn\w+\s+doz\w*|dvoyn\w+\s+doz\w*|tabletki\s+na\s+(?:vsyu\s+)?nedelyu)"
)
_ALMOST = r"чуть|едва|chut"
OVERDOSE_MORE = (
    rf"{_OD_VERB}\s+(?:\w+\s+)?(?:целую\s+горсть|кучу|кучку|уйму|пригоршню|остатки|остаток|все"
    rf"\s+оставшиеся|оставшиеся|пол\s+пачки|полпачки|полупаковки|kuchu|ujmu|ostatki|ostavshiesya"
    rf"|polpachki|prigorshnyu)\s+(?:своих\s+|моих\s+|мамины\s+|svoih\s+|moih\s+)?(?:\w+\s+)?{_PILL}"
    rf"{_NOT_HABIT}",
    *_orders(_ALMOST, _MISTAKE, _OD_VERB, _DOSE),
)


def swallowed(
    someone_else: Sequence[str], overdose_taken: Sequence[str]
) -> dict[E, tuple[str, ...]]:
    """The two signs of this language with the swallowed family added: poisons and batteries
    to someone else in danger, pills to an overdose taken."""
    return {
        E.SOMEONE_ELSE: (*someone_else, *SWALLOWED_POISON),
        E.OVERDOSE_TAKEN: (*overdose_taken, *SWALLOWED_PILLS, *OVERDOSE_MORE),
    }
