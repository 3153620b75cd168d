"""Crisis in Russian, Ukrainian and Turkish (sets V and W), over normalised text; a space in
the rules below stands for \\s+. Latin-letter Russian and Ukrainian are read through
translit.py, so only Cyrillic is written here.

Gas let into a shut room: the gas opened and the windows, the door or the vents shut, in either
order ("открыл газ на кухне, окна закрыл, сижу"); a pot or a kettle on the stove is cooking.

A lethal amount looked up: how many pills (or which dose) it takes for the heart to stop, to
die, not to wake ("скільки треба таблеток від тиску щоб серце зупинилось").

A last message: sorry to everyone beside "I won't write any more" ("вибачте мене всі. більше
не напишу"); an app left or a holiday is no farewell.

High up now and wanting it over: on a roof, a bridge, the top floor, and "let it all end" or
"I'll jump" ("şantiyenin en üst katındayım … bitsin istiyorum")."""

from __future__ import annotations

from bot.core.safety.common import near, spaced

__all__ = ["ACTS"]

_COOKING_RU = r"(?![^?]{0,80}(?:чайник|кастрюл|сковород|суп|готов|варит|жарит|духовк|плов))"
_COOKING_UK = r"(?![^?]{0,80}(?:чайник|каструл|сковорід|сковород|суп|готу|варит|смаж|духовк))"
_COOKING_TR = r"(?![^?]{0,80}(?:caydanlik|tencere|yemek|corba|cay koy|firin))"
_NOT_THE_APP_RU = r"(?![^?]{0,80}(?:бот|приложени|отпуск|уезжа|удаля|отписыва|чат))"
_NOT_THE_APP_UK = r"(?![^?]{0,80}(?:бот|застосун|додат|відпуст|їду|видаля|відпису|чат))"
_NOT_THE_APP_TR = r"(?![^?]{0,80}(?:bot|uygulama|tatil|siliyorum|gidiyorum))"


def _gas(opened: str, shut: str, cooking: str) -> tuple[str, ...]:
    # Cooking looked for after the gas and after the whole match, whichever comes first.
    opened = f"(?:{opened}){cooking}"
    return tuple(p + cooking for p in spaced(*near(100, opened, shut, stop="!?")))


def _last(sorry: str, no_more: str, app: str) -> tuple[str, ...]:
    return tuple(p + app for p in spaced(*near(80, sorry, no_more, stop="?")))


ACTS: dict[str, tuple[str, ...]] = {
    "ru": (
        *_gas(
            r"(?:(?:открыл\w*|включил\w*|пустил\w*|врубил\w*|открутил\w*) (?:\w+ ){0,2}?газ\b"
            r"|газ (?:\w+ )?(?:открыл\w*|включил\w*|пустил\w*|открыт)"
            r"|открыл\w* (?:все )?конфорк\w*)",
            r"(?:(?:окна|окно|форточк\w*|двер\w*|щел\w*|вентиляци\w*) (?:\w+ ){0,2}?(?:закрыл\w*"
            r"|заклеил\w*|позакрывал\w*|заткнул\w*|закупорил\w*)|(?:закрыл\w*|заклеил\w*"
            r"|позакрывал\w*|заткнул\w*) (?:\w+ ){0,2}?(?:окна|окно|форточк\w*|двер\w*|щел\w*"
            r"|вентиляци\w*))",
            _COOKING_RU,
        ),
        *spaced(
            r"(?:сколько|скок\w*) (?:\w+ ){0,5}?(?:таблеток|таблетки|пачек|капсул|ампул|мг"
            r"|грамм\w*"
            r"|доз\w*)[^?]{0,60}?(?:чтобы|чтоб|шоб) (?:\w+ ){0,2}?(?:сердце (?:\w+ )?останов\w*"
            r"|умереть|помереть|не проснуться|наверняка|насмерть|сдохнуть)",
        ),
        *_last(
            r"(?:простите|извините|прости) (?:меня )?(?:все|всех|пожалуйста все)\b",
            r"(?:больше (?:вам |тебе |никому )?(?:не напишу|не буду писать|не услышите|не увидите)"
            r"|(?:это )?(?:мое )?последнее (?:сообщение|что я пишу))",
            _NOT_THE_APP_RU,
        ),
        *spaced(
            *near(
                120,
                r"(?:(?:стою|сижу|я) (?:\w+ )?на (?:\w+ )?(?:крыше|мосту|краю|последнем этаже"
                r"|верхнем этаже))",
                r"(?:хочу (?:чтобы|чтоб) (?:все|это) (?:\w+ )?(?:закончилось|кончилось)"
                r"|пусть (?:все|это)"
                r" (?:\w+ )?(?:закончится|кончится)|прыгну|спрыгну|шагну вниз)",
                stop="?",
            )
        ),
    ),
    "uk": (
        *_gas(
            r"(?:(?:відкрив\w*|відкрил\w*|увімкн\w*|ввімкн\w*|пустив\w*|пустил\w*|відкрути\w*)"
            r" (?:\w+ ){0,2}?газ\b|газ (?:\w+ )?(?:відкрив\w*|увімкн\w*|пустив\w*|відкритий)"
            r"|відкри\w* (?:всі )?конфорк\w*)",
            r"(?:(?:вікна|вікно|кватирк\w*|двер\w*|щілин\w*"
            r"|вентиляці\w*) (?:\w+ ){0,2}?(?:зачини\w*"
            r"|закри\w*|заклеї\w*|позачиня\w*|заткну\w*)|(?:зачини\w*|закри\w*|заклеї\w*"
            r"|позачиня\w*|заткну\w*) (?:\w+ ){0,2}?(?:вікна|вікно|кватирк\w*|двер\w*|щілин\w*"
            r"|вентиляці\w*))",
            _COOKING_UK,
        ),
        *spaced(
            r"(?:скільки|скіко) (?:\w+ ){0,5}?(?:таблеток|таблетки|пігулок|пачок|капсул|ампул|мг"
            r"|грам\w*|доз\w*)[^?]{0,60}?(?:щоб|шоб|аби) (?:\w+ ){0,2}?(?:серце (?:\w+ )?зупин\w*"
            r"|померти|вмерти|не прокинутись|не прокинутися|напевно|напевне|здохнути)",
        ),
        *_last(
            r"(?:вибачте|пробачте|простіть|вибач|пробач) (?:мені |мене )?(?:всі|усі|всіх"
            r"|будь ласка"
            r" всі)\b",
            r"(?:більше (?:вам |тобі |нікому )?(?:не напишу|не писатиму|не буду писати|не почуєте"
            r"|не побачите)|(?:це )?(?:моє )?останнє (?:повідомлення|що я пишу))",
            _NOT_THE_APP_UK,
        ),
        *spaced(
            *near(
                120,
                r"(?:(?:стою|сиджу|я) (?:\w+ )?на (?:\w+ )?(?:даху|мосту|краю|останньому поверсі"
                r"|верхньому поверсі))",
                r"(?:хочу (?:щоб|аби) (?:все|це) (?:\w+ )?(?:закінчилось|скінчилось|закінчилося"
                r"|скінчилося)|хай (?:все|це) (?:\w+ )?(?:закінчиться|скінчиться)|стрибну"
                r"|зістрибну|ступлю вниз)",
                stop="?",
            )
        ),
    ),
    "tr": (
        *_gas(
            r"(?:gaz\w* (?:\w+ ){0,2}?(?:actim|acip|acik biraktim|actik)|ocag\w* (?:\w+ )?(?:actim"
            r"|acik biraktim))",
            r"(?:(?:pencere\w*|cam\w*|kapi\w*) (?:\w+ ){0,2}?(?:kapattim|kapadim|kapali|bantladim"
            r"|kapatip))",
            _COOKING_TR,
        ),
        *spaced(
            r"kac (?:tane |kutu )?(?:hap|ilac|tablet)\w* [^?]{0,60}?(?:kalb\w* dur\w*|olur(?:um"
            r"|uz)?\b"
            r"|oldurur|olmek icin|olmeye yeter|uyanmam)",
        ),
        *_last(
            r"(?:herkes (?:beni )?affetsin|(?:beni )?affedin|hepinizden ozur dilerim"
            r"|herkesten ozur"
            r" dilerim)",
            r"(?:bir daha (?:yazmayacagim|yazmicam|yazamayacagim)|bu (?:benim )?son mesajim)",
            _NOT_THE_APP_TR,
        ),
        *spaced(
            *near(
                120,
                r"(?:(?:cati|kat|kopru|ucurum|balkon|kule)\w*(?<=dayim|deyim|tayim|teyim)(?!\w))",
                r"(?:(?:her sey |hepsi |artik )?bitsin (?:istiyorum|artik)|atlayacag\w*|atlica\w*"
                r"|atlamak istiyorum)",
                stop="?",
            )
        ),
    ),
}
