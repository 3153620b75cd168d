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

from bot.core.safety.common import looked_up

__all__ = ["COLLAPSED", "MORE_ASK", "MORE_CRISIS", "SWELLING", "unplanned"]

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

_WANT = r"(?:хочу|хочется|хотелось\s+бы|хотел\s+бы|хотела\s+бы)"
# "No plans", "I won't do anything": the wish stated and acting on it denied, after it in the
# message ("не вижу смысла жить дальше. Никаких планов нет", "хочу уснуть и не проснуться, но
# делать ничего не буду"). The direct question (ask), not the helplines at once.
_NO_PLAN = (
    r"(?![^?]{0,100}(?:(?:никаких|нет|без|никакого|nikakih|net)\s+(?:\w+\s+)?(?:планов|плана|planov"
    r"|plana)\b|(?:планов|плана|planov|plana)\s+(?:\w+\s+)?(?:нет|никаких|никакого|net)\b"
    r"|ничего\s+(?:\w+\s+){0,2}?не\s+(?:сделаю|собираюсь|буду\s+делать|планирую)|делать\s+(?:\w+\s+)?"
    r"ничего\s+не\s+(?:буду|собираюсь|стану)|не\s+собираюсь\s+(?:ничего\s+)?(?:делать|с\s+собой)"
    r"|nichego\s+ne\s+sdelayu))"
)


def unplanned(pattern: str) -> str:
    """`pattern`, unless "no plans" follows it: a crisis rule whose words stay an ask rule."""
    return f"(?:{pattern}){_NO_PLAN}"


MORE_CRISIS: tuple[str, ...] = (
    # How much of a medicine it takes to sleep and not wake, looked up ("скок корвалола…").
    r"(?:сколько|скок|скока)\s+(?:\w+\s+){0,6}?чтоб\w*\s+уснуть\s+и\s+не\s+проснуться\b",
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

# A rope taken somewhere alone, not a hammock, a tent or firewood.
_ROPE_TRIP = (
    r"(?:пойду|поеду|иду|еду|ушел|ушла|уехал|уехала|poidu|pojdu|poedu|idu)\s+(?:\w+\s+){0,3}?"
    r"(?:в|на|до|v|na|do)\s+(?:\w+\s+)?(?:лес\w*|посадк\w*|гараж\w*|сарай|чердак|парк|овраг\w*"
    r"|les\w*|garazh\w*)\s+(?:\w+\s+)?(?:с|со|s)\s+(?:веревк\w*|петл\w*|шнур\w*|verevk\w*)\b"
    r"(?![^?]{0,60}(?:гамак|палатк|дров|тарзанк|поход|рыбал|гриб|друз|ребят|детьми|сыном|дочкой))"
)

MORE_CRISIS += (
    # Set O: a rope taken to the forest with a day or the decision ("все, я решил. в субботу
    # пойду в лес с веревкой. не ищите").
    rf"{_DAY}\s+(?:\w+\s+){{0,3}}?{_ROPE_TRIP}",
    rf"(?:решил|решила|reshil|reshila)\s+[^?]{{0,40}}?{_ROPE_TRIP}",
    # Sleeping and never waking, not wanting to wake: the passive wish, asked about (MORE_ASK).
    # Past the railing of a bridge or a roof: "стою за перилами моста", "перелез через перила",
    # "stoyu za perilami".
    r"(?:стою|стоял\w*|сижу|вишу|перелез\w*|перебрал\w*|stoyu|stoju|sizhu|perelez\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:за|через|по\s+ту\s+сторону|za|cherez)\s+(?:\w+\s+)?(?:перил\w*|парапет\w*"
    r"|поручн\w*|ограждени\w*\s+моста|peril\w*|parapet\w*)|стою\s+на\s+перилах",
    # Sitting in the car in a garage, the engine running: "сижу в машине в закрытом гараже,
    # двигатель работает", and the garage shut with the engine on.
    r"(?:сижу|лежу|sizhu|закрыл\w*|закрыт\w*|zakryl\w*|zakryt\w*)\s+[^?.]{0,40}?(?:гараж\w*|garazh\w*)"
    r"\s*[^?]{0,40}?(?:мотор|двигател|движок|motor|dvigatel)\w*\s+(?:\w+\s+)?(?:работает|заведен\w*"
    r"|включен\w*|rabotaet|zaveden\w*)",
    # The floor one would not survive looked up: "погуглил, с какого этажа точно не выживешь".
    r"(?:(?:с|s)\s+)?(?:какого|которого|skolkogo|kakogo)\s+(?:этаж\w*|etazh\w*)\s+[^?]{0,40}?"
    r"(?:не\s+выжив\w*|наверняка|насмерть|разобьеш\w*|точно\s+умр\w*|ne\s+vyzhiv\w*|navernyaka)"
    r"|(?:с\s+какой\s+высоты|сколько\s+этажей\s+(?:\w+\s+)?(?:надо|нужно|хватит))\s+[^?]{0,40}?"
    r"(?:не\s+выжив\w*|насмерть|разобьеш\w*|точно\s+умр\w*)",
)

MORE_ASK: tuple[str, ...] = (
    # Round 9, one policy in all languages: a passive wish with no method, plan, time or
    # farewell is asked about, as the blind writers label it.
    r"не\s+хочу\s+(?:больше\s+|уже\s+)?просыпаться\b",
    r"(?:всем|им)\s+(?:будет\s+|было\s+бы\s+)?лучше\s+без\s+меня\b",
    r"(?:нет|не\s+осталось|пропало)\s+(?:никакого\s+)?(?:желания|сил|охоты)\s+жить\b",
    r"не\s+(?:хочу|хочется|желаю)\s+(?:больше\s+|уже\s+)?существовать\b",
    # "Better if I weren't here" wishes oneself away, as a burden does; it says no wish to die.
    r"(?:лучше|проще|легче|luchshe)\s+(?:бы|было\s+бы|by|bylo\s+by)\s+(?:\w+\s+)?(?:меня|menya)\s+(?:просто\s+|prosto\s+)?"
    r"(?:не\s+было|не\s+существовало|ne\s+bylo)\b|(?:меня|menya)\s+(?:просто\s+)?(?:бы\s+|by\s+)?"
    r"(?:не\s+было|ne\s+bylo)\s+(?:бы|by)\s+(?:лучше|luchshe)",
    r"(?:лучше|проще|легче|luchshe|proshche)\s*(?:(?:было\s+|bylo\s+)?(?:бы|by)\s*)?,?\s+(?:если\s+бы|если"
    r"|esli\s+by|esli)\s+(?:меня|menya)\s+(?:просто\s+|вообще\s+)?(?:не\s+было|ne\s+bylo)\b",
    # The same wishes with "no plans" after them, which the crisis rules leave here.
    r"не\s+(?:хочу|хочется|могу|желаю)\s+(?:больше\s+|уже\s+)?(?:жить|существовать)\b"
    r"(?!\s+(?:в|во|с|со|здесь|там|у|рядом)\b)",
    r"жить\s+(?:больше\s+|уже\s+)?не\s+(?:хочу|хочется|хотится)\b"
    r"(?!\s+(?:в|во|с|со|здесь|там|у|рядом)\b)",
    rf"{_WANT}(?<!не\sхочу)(?<!не\sхочется)\s+(?:просто\s+|уже\s+)?(?:умереть|умиреть|сдохнуть"
    r"|помереть|не\s+жить)\b",
    r"не\s+вижу\s+(?:никакого\s+)?смысла\s+(?:жить|в\s+жизни)\b",
    r"(?:лучше\s+бы\s+я|хоть\s+бы\s+я)\s+(?:умер|умерла|не\s+родился|не\s+родилась|сдох|сдохла)\b",
    r"не\s+хочу\s+(?:больше\s+)?просыпаться\b|(?:нет\s+смысла|незачем|не\s+для\s+чего)\s+жить\b"
    r"|жить\s+(?:больше\s+)?незачем\b",
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

# Someone else collapsed and not breathing, a clause or two between, commas and all
# ("напарник упал на стоянке, не дышит, что делать"; rules_ru.py adds them to its own).
_SOMEONE = (
    r"(?:он|она|муж|жена|папа|отец|мама|мать|сын|дочь|дочка|сынок|малыш|ребенок|друг|подруга|парень"
    r"|девушка|брат|сестра|бабушка|дедушка|дед|коллега|напарник|сменщик|водитель|шофер|начальник"
    r"|шеф|мастер|прораб|рабочий|товарищ|сосед|соседка|дядя|тетя|внук|внучка|свекровь|теща|тесть"
    r"|свекор|мужик|мужчина|женщина|человек|кто\s+то|пассажир|прохожий|клиент)"
)
_NOT_BREATHING = (
    r"(?:не\s+дышит|перестал\w*\s+дышать|не\s+реагирует|без\s+сознания|не\s+приходит\s+в\s+себя"
    r"|посинел\w*|синеет)"
)
COLLAPSED = (
    rf"{_SOMEONE}\s+(?:[\w,]+\s+){{0,8}}?{_NOT_BREATHING}",
    rf"(?:упал\w*|рухнул\w*|свалил\w*|осел\w*|лежит)\s+(?:[\w,]+\s+){{0,5}}?{_NOT_BREATHING}",
)

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
MORE_CRISIS += looked_up(
    r"(?:погуглил\w*|загуглил\w*|гуглил\w*|искал\w*|посмотрел\w*|прочитал\w*|читал\w*|нашел|нашла|узнал\w*)",
    r"(?:(?:с\s+)?(?:какого|которого)\s+этажа|сколько\s+(?:этажей|метров)|с\s+какой\s+высоты)",
    r"(?:наверняка|точно|насмерть|смертельн\w*|хватит|достаточно|выжив\w*|разбиться)",
)

# Set R: a passive wish asked about, not a crisis: not waking up accepted ("if I don't wake up
# tomorrow, that's fine too") and a prayer to be taken soon.
MORE_ASK += (
    # Or the other way round: "it would be better not to wake up".
    r"(?:лег|легла|уснул|уснула|заснул|заснула)\s+бы\s+и\s+не\s+проснул(?:ся|ась)(?!\w)",
    r"(?:было\s+бы|будет)\s+(?:\w+\s+)?(?:лучше|легче|проще)\s+не\s+проснуться(?!\w)",
    r"лучше\s+бы\s+(?:мне\s+)?не\s+проснуться(?!\w)",
    r"(?:господи|боже|бог)\s+(?:,\s+)?(?:\w+\s+)?(?:прибери|забери|возьми|приберет|заберет)\s+(?:меня\s+)?(?:\w+\s+)?(?:поскорее|скорее|уже|к\s+себе|поскорей)(?!\w)",
    r"(?:господи|боже)\s+(?:,\s+)?(?:прибери|забери\s+меня|возьми\s+меня)(?!\w)",
    r"(?:прибрал|забрал)\s+бы\s+(?:меня\s+)?(?:господь|бог)(?!\w)",
    r"зажил(?:ась|ся)\s+я(?!\w)",
    r"если\s+(?:\w+\s+){0,2}?не\s+проснусь\s+(?:\w+\s+)?(?:,\s+)?(?:то\s+)?(?:и\s+)?(?:ладно|хорошо|нормально|не\s+страшно|пусть|слава\s+богу)(?!\w)",
)
