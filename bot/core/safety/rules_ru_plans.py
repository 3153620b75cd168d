"""More Russian crisis and ask rules (rules_ru.py adds them to its own), from the sixth round's
sets M and N: a roof or a bridge with a day and "и всё", standing on a roof now and writing to
"someone", the roof's floors and its exit looked up, an amount of a medicine looked up "and I
have that many", "nothing stupid, I only looked up …", and "better not to wake up" (ask). In
Cyrillic and in Latin letters, over normalised text like rules_ru.py.

Each needs the second part: a roofer's "в пятницу залезу на крышу на стройке", "сколько надо
выпить воды в день", "посмотрел сколько этажей в новостройке" stay clear.

And a tongue, throat or lips swelling in either order and in Latin letters ("начал опухать
язык и горло", "gorlo i yazyk opuhayut"): the emergency "can't breathe".
"""

from __future__ import annotations

__all__ = ["MORE_ASK", "MORE_CRISIS", "SWELLING"]

_DAY = (
    r"(?:завтра|сегодня|вечером|ночью|утром|после\s+(?:смены|работы|школы|пар)|в\s+(?:понедельник"
    r"|вторник|среду|четверг|пятницу|субботу|воскресенье|выходные)|zavtra|segodnya|vecherom|nochyu"
    r"|utrom|posle\s+(?:smeny|raboty|shkoly)|v\s+(?:ponedelnik|vtornik|sredu|chetverg|pyatnic\w*"
    r"|subbotu|voskresen\w*|vyhodnye))"
)
_UP = (
    r"(?:залезу|полезу|поднимусь|заберусь|выйду|пойду|поеду|схожу|доеду|дойду|zalezu|polezu"
    r"|podnimus|zaberus|vyidu|vyjdu|poidu|pojdu|poedu|skhozhu|shozhu|doedu|doidu)"
)
_HIGH = (
    r"(?:на|na)\s+(?:\w+\s+)?(?:крышу|мост|эстакаду|виадук|карниз|край|обрыв|kryshu|most|estakadu"
    r"|viaduk|karniz|kraj|krai|obryv)"
)
# "и всё", "и хватит", "и конец" at the end of a clause: that's it.
_THE_END = (
    r"(?:и|i)\s+(?:все|vse|vsyo|vsjo|vso|всему\s+конец|конец|konec|hvatit|khvatit|хватит)"
    r"(?=\s*(?:[.!;…,]|$))"
)
_LOOKED = (
    r"(?:посмотрел|проверил|узнал|погуглил|загуглил|глянул|посчитал|выяснил|почитал|искал|нашел"
    r"|нашла|posmotrel|proveril|uznal|poguglil|zaguglil|glyanul|poschital|vyyasnil|pochital|iskal"
    r"|nashel|nashla)\w*"
)
_NOT_A_DRINK = (
    r"(?!\s+(?:\w+\s+)?(?:воды|кофе|чая|молока|вина|пива|жидкост\w*|витамин\w*|сока|vody|kofe"
    r"|chaya|vitamin\w*)\b)"
)

MORE_CRISIS = (
    # A roof or a bridge with a day, and "и всё": "в пятницу после смены залезу на крышу на
    # стройке, там 8 этаж, и всё".
    rf"{_DAY}\s+[^?]{{0,40}}?{_UP}\s+{_HIGH}\s+[^?]{{0,60}}?{_THE_END}",
    rf"{_UP}\s+{_HIGH}\s+[^?]{{0,40}}?(?:\d+\s+|\w+\s+)?(?:этаж\w*|метров|etazh\w*|metrov)\s+"
    rf"[^?]{{0,20}}?{_THE_END}",
    # Standing on a roof or a bridge now, and writing to someone: "стою сейчас на крыше стройки.
    # просто хотел кому-то написать".
    r"(?:стою|сижу|stoyu|stoju|sizhu)\s+(?:\w+\s+)?(?:на|na)\s+(?:\w+\s+)?(?:крыше|мосту|краю"
    r"|карнизе|парапете|kryshe|mostu|krayu|kraju|karnize)\s+[^?]{0,60}?(?:(?:хотел\w*|хочу|hotel\w*"
    r"|khotel\w*|hochu|khochu)\s+(?:\w+\s+)?(?:кому\s+то|кому\s+нибудь|komu\s+to|komu\s+nibud)\s+"
    r"(?:написать|сказать|позвонить|napisat|skazat|pozvonit)|чтобы\s+кто\s+то\s+знал|chtoby\s+kto"
    r"\s+to\s+znal|попрощаться|poproshchatsya)",
    # The roof's exit looked up: "посмотрел, открыт ли выход на крышу".
    rf"{_LOOKED}\s+[^?]{{0,60}}?(?:открыт\w*|закрыт\w*|otkryt\w*|zakryt\w*)\s+(?:ли|li)\s+(?:\w+\s+)?"
    r"(?:выход|люк|дверь|чердак|vyhod|vykhod|lyuk|ljuk|dver|cherdak)\w*\s+(?:на|na)\s+(?:крышу|kryshu)",
    # "Nothing stupid, I only looked up how many / how high / which dose".
    r"(?:ничего\s+глупого|глупост\w*|nichego\s+glupogo|glupost\w*)\s+(?:\w+\s+)?(?:не|ne)\s+(?:сделаю"
    r"|наделаю|натворю|sdelayu|sdelaju|nadelayu|natvoryu)\s+[^?]{0,40}?(?:просто|только|prosto|tolko)"
    rf"\s+[^?]{{0,30}}?{_LOOKED}\s+[^?]{{0,40}}?(?:сколько|высот|этаж|крыш|мост|доз|таблет|снотворн"
    r"|skol\s?ko|vysot|etazh|krysh|most|doz|tabletk|snotvorn)",
    # An amount looked up, and that many at hand: "посмотрела, сколько надо выпить
    # амитриптилина, у меня как раз столько есть".
    r"(?:сколько|skol\s?ko)\s+(?:\w+\s+){0,2}?(?:надо|нужно|nado|nuzhno)\s+(?:\w+\s+){0,2}?(?:выпить"
    rf"|принять|проглотить|vypit|prinyat|proglotit){_NOT_A_DRINK}\s+[^?]{{0,50}}?(?:у\s+меня|u\s+menya"
    r"|дома|doma)\s+(?:\w+\s+){0,2}?(?:столько|достаточно|хватит|как\s+раз|stolko|dostatochno"
    r"|hvatit|kak\s+raz)\b(?!\s+(?:не|ne)\b)",
)

MORE_ASK = (
    # "Better not to wake up": "иногда думаю, лучше бы не проснуться утром", in Latin letters too.
    r"(?:лучше\s+бы|хорошо\s+бы|вот\s+бы|хоть\s+бы|luchshe\s+by|horosho\s+by|khorosho\s+by|vot\s+by)"
    r"\s+(?:мне\s+|mne\s+|просто\s+|prosto\s+|больше\s+|bolshe\s+)?(?:не\s+проснуться"
    r"|не\s+просыпаться|ne\s+prosnut\w*|ne\s+prosypat\w*)",
    r"(?:не\s+проснуться|ne\s+prosnut\w*)\s+(?:\w+\s+){0,2}?(?:бы|by)\s*(?:[.,!…]|$)",
)

SWELLING = (
    # Either order, a verb between ("начал опухать язык и горло"), and in Latin letters
    # ("gorlo i yazyk opuhayut").
    r"(?:губы|язык|горло|гортань|guby|yazyk|jazyk|gorlo)\s+(?:\w+\s+){0,3}?(?:опух\w*|распух\w*"
    r"|отека\w*|отекл\w*|отек|набух\w*|opuh\w*|opukh\w*|raspuh\w*|raspukh\w*|oteka\w*|otekl\w*)",
    r"(?:опух\w*|распух\w*|отека\w*|отекл\w*|отек|набух\w*|opuh\w*|opukh\w*|raspuh\w*|raspukh\w*"
    r"|oteka\w*|otekl\w*)\s+(?:\w+\s+){0,2}?(?:губы|язык|горло|гортань|guby|yazyk|jazyk|gorlo)\b",
)
