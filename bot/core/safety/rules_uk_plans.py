"""More Ukrainian crisis and ask rules (rules_uk.py adds them to its own), from the sixth round's
sets M and N: pills gathered in Latin letters ("zbyraju tabletky vzhe misyac") and "soon there
will be enough", standing on a roof now and writing to "someone", a roof with a day and "і
все", and "better not to wake up" (ask). Over normalised text like rules_uk.py.

Pills packed for a trip ("збираю таблетки в дорогу") or enough for a course stay clear.
"""

from __future__ import annotations

__all__ = ["MORE_ASK", "MORE_CRISIS"]

_PILLS = (
    r"(?:таблет\w*|пігул\w*|снодійн\w*|ліки|ліків|tabletk\w*|tabletok|pihul\w*|pigul\w*|pyhul\w*"
    r"|snodijn\w*|snodiyn\w*|liky|likiv)"
)
_NOT_FOR_A_TRIP = (
    r"(?![^.?!]{0,30}(?:в\s+дорог|у\s+дорог|у\s+відпустк|в\s+аптечк|на\s+курс|v\s+doroh|u\s+doroh"
    r"|v\s+aptechk|na\s+kurs))"
)
_DAY = (
    r"(?:завтра|сьогодні|ввечері|вночі|уночі|після\s+(?:зміни|роботи|школи|пар)|(?:в|у)\s+(?:понеділок"
    r"|вівторок|середу|четвер|п\s?ятницю|суботу|неділю|вихідні)|zavtra|sohodni|vvecheri|vnochi"
    r"|pislya\s+(?:zminy|roboty)|(?:v|u)\s+(?:ponedilok|vivtorok|seredu|chetver|p\s?yatnyc\w*|subotu"
    r"|nedilyu|nediliu))"
)
_UP = (
    r"(?:залізу|полізу|піднімусь|піду|поїду|вийду|дійду|zalizu|polizu|pidnimus|pidu|poyidu|poidu"
    r"|vyidu|vyjdu)"
)
_HIGH = (
    r"(?:на|na)\s+(?:\w+\s+)?(?:дах|міст|естакаду|край|урвище|dakh|dah|mist|estakadu|kraj|krai)"
)
_THE_END = r"(?:і|й|i)\s+(?:все|усе|vse|use|кінець|kinets|досить|dosyt)(?=\s*(?:[.!;…,]|$))"

MORE_CRISIS = (
    # Pills gathered, in Latin letters: "zbyraju tabletky vzhe misyac".
    r"(?:zbyra(?:ju|yu|iu|u)|nazbyral\w*|nazbyrav|zibral\w*|zibrav|nakopych\w*|kopychu|ховаю"
    r"|khovaiu|khovayu|hovaju|hovayu)\s+(?:\w+\s+){0,3}?"
    rf"{_PILLS}{_NOT_FOR_A_TRIP}",
    # ... and soon there will be enough: "таблетки ховала в коробку, скоро вистачить".
    rf"{_PILLS}\s+[^?]{{0,80}}?(?:скоро|вже|майже|ось\s+ось|skoro|vzhe|mayzhe|majzhe)\s+(?:\w+\s+)?"
    r"(?:вистачить|вистачає|вистачатиме|буде\s+досить|набереться|vystachyt\w*|vystachaye|vystachaie"
    r"|bude\s+dosyt)\b(?!\s+(?:на|na)\s+(?!(?:всіх|все|усе|vse)\b))",
    # Standing on a roof or a bridge now, and writing to someone.
    r"(?:стою|сиджу|stoyu|stoju|sydzhu)\s+(?:\w+\s+)?(?:на|na)\s+(?:\w+\s+)?(?:даху|мосту|краю|карнизі"
    r"|dakhu|dahu|mostu|krayu|kraju)\s+[^?]{0,60}?(?:(?:хотів|хотіла|хочу|khotiv|hotiv|khochu|hochu)"
    r"\s+(?:\w+\s+)?(?:комусь|komus)\s+(?:написати|сказати|подзвонити|napysaty|skazaty)|щоб\s+хтось"
    r"\s+знав|попрощатися|попрощатись)",
    # A roof or a bridge with a day, and "і все".
    rf"{_DAY}\s+[^?]{{0,40}}?{_UP}\s+{_HIGH}\s+[^?]{{0,60}}?{_THE_END}",
)

MORE_ASK = (
    # "Better not to wake up": "краще б не прокинутись зранку", in Latin letters too.
    r"(?:краще\s+б|краще\s+би|добре\s+б|от\s+би|хоч\s+би|krashche\s+b|krashche\s+by|krashe\s+b"
    r"|ot\s+by)\s+(?:мені\s+|meni\s+|просто\s+|prosto\s+|більше\s+)?(?:не\s+прокинутис[яь]"
    r"|не\s+прокидатис[яь]|ne\s+prokynut\w*|ne\s+prokydat\w*)",
)
