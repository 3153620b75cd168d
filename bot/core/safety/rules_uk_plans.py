"""More Ukrainian crisis and ask rules (rules_uk.py adds them to its own), from the sixth round's
sets M and N: pills gathered in Latin letters ("zbyraju tabletky vzhe misyac") and "soon there
will be enough", standing on a roof now and writing to "someone", a roof with a day and "і
все", and "better not to wake up" (ask). Over normalised text like rules_uk.py.

Pills packed for a trip ("збираю таблетки в дорогу") or enough for a course stay clear.
"""

from __future__ import annotations

from bot.core.safety.common import looked_up

__all__ = ["MORE_ASK", "MORE_CRISIS", "unplanned"]

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

_WANT = r"(?:хочу|хочеться|хотів\s+би|хотіла\s+б|хотіла\s+би)"
# "No plan", "I won't do anything": the wish stated and acting on it denied, after it in the
# message ("не бачу сенсу жити далі. Жодних планів немає", "хочу заснути і не прокинутись.
# плану нема"). The direct question (ask), not the helplines at once.
_NO_PLAN = (
    r"(?![^?]{0,100}(?:(?:жодних|ніяких|немає|нема|без|жодного|ніякого|zhodnyh|nema)\s+(?:\w+\s+)?"
    r"(?:планів|плану|planiv|planu)\b|(?:планів|плану|planiv|planu)\s+(?:\w+\s+)?(?:немає|нема"
    r"|жодних|жодного|ніякого|nema|nemaye)\b|нічого\s+(?:\w+\s+){0,2}?не\s+(?:зроблю|збираюся"
    r"|збираюсь|буду\s+робити|планую)|робити\s+(?:\w+\s+)?нічого\s+не\s+(?:буду|збираюся|збираюсь)"
    r"|не\s+збираюс[яь]\s+(?:нічого\s+)?(?:робити|з\s+собою)|nichoho\s+ne\s+zroblyu))"
)


def unplanned(pattern: str) -> str:
    """`pattern`, unless "no plan" follows it: a crisis rule whose words stay an ask rule."""
    return f"(?:{pattern}){_NO_PLAN}"


MORE_CRISIS: tuple[str, ...] = (
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

# A rope taken somewhere alone, not a hammock, a tent or firewood.
_ROPE_TRIP = (
    r"(?:піду|поїду|йду|їду|пішов|пішла|поїхав|поїхала|pidu|poidu|poyidu|idu)\s+(?:\w+\s+){0,3}?"
    r"(?:до|в|у|на|do|v|u|na)\s+(?:\w+\s+)?(?:ліс\w*|лісу|посадк\w*|гараж\w*|сарай|горище|парк"
    r"|балк\w*|lis\w*|posadk\w*|garazh\w*|harazh\w*)\s+(?:\w+\s+)?(?:з|із|z)\s+(?:мотузк\w*"
    r"|мотузок|петл\w*|шнур\w*|motuzk\w*)\b(?![^?]{0,60}(?:гамак|намет|дров|тарзанк|похід|поход"
    r"|рибал|гриб|друз|хлопц|дітьми|сином|донькою))"
)

MORE_CRISIS += (
    # Set O: a rope taken to the forest with a day or the decision ("все, я вирішив. у суботу
    # піду до лісу з мотузкою. не шукайте").
    rf"{_DAY}\s+(?:\w+\s+){{0,3}}?{_ROPE_TRIP}",
    rf"(?:вирішив|вирішила|vyrishyv|vyrishyla)\s+[^?]{{0,40}}?{_ROPE_TRIP}",
    # Past the railing of a bridge or a roof: "стою за перилами", "переліз через перила",
    # "stoyu za perylamy".
    r"(?:стою|стояв|стояла|сиджу|вишу|переліз|перелізла|stoyu|stoju|sydzhu|pereliz\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:за|через|по\s+той\s+бік|za|cherez)\s+(?:\w+\s+)?(?:перил\w*|поручн\w*"
    r"|парапет\w*|огорож\w*\s+мосту|peryl\w*|peril\w*|parapet\w*)|стою\s+на\s+перилах",
    # Sitting in the car in a garage, the engine running: "сиджу в машині в закритому гаражі,
    # двигун працює", and the garage shut with the engine on.
    r"(?:сиджу|лежу|sydzhu|закрив\w*|закрил\w*|закрит\w*|zakryv\w*|zakryt\w*)\s+[^?.]{0,40}?"
    r"(?:гараж\w*|harazh\w*|garazh\w*)\s*[^?]{0,40}?(?:двигун|мотор|dvyhun|motor)\w*\s+(?:\w+\s+)?"
    r"(?:працює|заведен\w*|увімкнен\w*|pratsyuye|pracyuye|pratsiuie)",
    # The floor one would not survive looked up: "гуглила з якого поверху точно не виживеш".
    r"(?:(?:з|із|z)\s+)?(?:якого|котрого|yakoho|jakoho)\s+(?:поверху|poverkhu|poverhu)\s+[^?]{0,40}?"
    r"(?:не\s+виживеш|не\s+вижити|напевно|насмерть|розіб\w*|точно\s+помр\w*|ne\s+vyzhyv\w*"
    r"|napevno)|(?:з\s+якої\s+висоти|скільки\s+поверхів\s+(?:\w+\s+)?(?:треба|потрібно|вистачить))"
    r"\s+[^?]{0,40}?(?:не\s+виживеш|не\s+вижити|насмерть|розіб\w*|точно\s+помр\w*)",
)

MORE_ASK: tuple[str, ...] = (
    # Round 9, one policy in all languages: a passive wish with no method, plan, time or
    # farewell is asked about, as the blind writers label it.
    r"не\s+хочу\s+(?:більше\s+|вже\s+)?(?:прокидатися|прокидатись)\b",
    r"(?:всім|усім|їм)\s+(?:буде\s+|було\s+б\s+)?краще\s+без\s+мене\b",
    r"(?:немає|нема|не\s+лишилося|зникло)\s+(?:жодного\s+)?(?:бажання|сил|охоти)\s+жити\b",
    r"не\s+(?:хочу|хочеться)\s+(?:більше\s+|вже\s+)?існувати\b",
    # "Better if I weren't here" wishes oneself away, as a burden does; it says no wish to die.
    r"(?:краще|простіше|легше|krashche|krashe)\s+(?:б|би|було\s+б|b|by|bulo\s+b)\s+(?:\w+\s+)?"
    r"(?:мене|mene)\s+(?:просто\s+|prosto\s+)?(?:не\s+було|не\s+існувало|ne\s+bulo)\b"
    r"|(?:мене|mene)\s+(?:просто\s+)?(?:б\s+|би\s+|b\s+|by\s+)?(?:не\s+було|ne\s+bulo)\s+"
    r"(?:б\s+|би\s+|b\s+)?(?:краще|krashche)",
    r"(?:краще|простіше|легше|krashche)\s*(?:(?:було\s+|bulo\s+)?(?:б|би|b|by)\s*)?,?\s+(?:якби|якщо\s+б"
    r"|yakby)\s+(?:мене|mene)\s+(?:просто\s+|взагалі\s+)?(?:не\s+було|ne\s+bulo)\b",
    # The same wishes with "no plan" after them, which the crisis rules leave here.
    r"не\s+(?:хочу|хочеться|можу)\s+(?:більше\s+|вже\s+)?(?:жити|існувати)\b"
    r"(?!\s+(?:в|у|з|із|тут|там|поруч)\b)",
    r"жити\s+(?:більше\s+|вже\s+)?не\s+(?:хочу|хочеться)\b"
    r"(?!\s+(?:в|у|з|із|тут|там|поруч)\b)",
    rf"{_WANT}(?<!не\sхочу)(?<!не\sхочеться)\s+(?:просто\s+|вже\s+)?(?:померти|вмерти|здохнути"
    r"|не\s+жити)\b",
    r"не\s+бачу\s+(?:жодного\s+)?сенсу\s+(?:жити|в\s+житті|у\s+житті)\b",
    r"(?:краще\s+б\s+я|хоч\s+би\s+я)\s+(?:помер|померла|вмер|вмерла|не\s+народився"
    r"|не\s+народилася)\b",
    r"не\s+хочу\s+(?:більше\s+)?прокидатися\b|(?:немає|нема)\s+сенсу\s+жити\b",
    # "Better not to wake up": "краще б не прокинутись зранку", in Latin letters too.
    r"(?:краще\s+б|краще\s+би|добре\s+б|от\s+би|хоч\s+би|krashche\s+b|krashche\s+by|krashe\s+b"
    r"|ot\s+by)\s+(?:мені\s+|meni\s+|просто\s+|prosto\s+|більше\s+)?(?:не\s+прокинутис[яь]"
    r"|не\s+прокидатис[яь]|ne\s+prokynut\w*|ne\s+prokydat\w*)",
)

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
MORE_CRISIS += looked_up(
    r"(?:гуглил\w*|загуглил\w*|погуглил\w*|шукал\w*|подивил\w*|прочитал\w*|читал\w*|знайшл\w*|дізнал\w*)",
    r"(?:(?:з\s+)?(?:якого|котрого)\s+поверху|скільки\s+(?:поверхів|метрів)|з\s+якої\s+висоти)",
    r"(?:напевно|напевне|точно|насмерть|смертельн\w*|вистачить|достатньо|вижив\w*|розбитися)",
)

# Set R: a passive wish asked about, not a crisis: not waking up accepted ("if I don't wake up
# tomorrow, that's fine too") and a prayer to be taken soon.
MORE_ASK += (
    # Or the other way round: "it would be better not to wake up".
    r"(?:ліг|лягла|заснув|заснула)\s+би\s+(?:і|й)\s+не\s+прокину(?:вся|лася|лась)(?!\w)",
    r"(?:було\s+б|було\s+би)\s+(?:\w+\s+)?(?:краще|легше|простіше)\s+не\s+прокинутис[яь](?!\w)",
    r"(?:господи|боже)\s+(?:,\s+)?(?:\w+\s+)?(?:забери|прибери|візьми)\s+(?:мене\s+)?(?:вже|скоріше|швидше|до\s+себе)(?!\w)",
    r"(?:господи|боже)\s+(?:,\s+)?(?:прибери|забери\s+мене|візьми\s+мене)(?!\w)",
    r"(?:хай|нехай)\s+(?:мене\s+)?(?:бог|господь)\s+(?:мене\s+)?(?:вже\s+)?(?:забере|прибере)(?!\w)",
    r"нажил(?:ася|ась|ся)\s+я(?!\w)",
    r"якщо\s+(?:\w+\s+){0,2}?не\s+прокинус[ья]\s+(?:\w+\s+)?(?:,\s+)?(?:то\s+)?(?:[ій]\s+)?(?:добре|нормально|не\s+страшно|хай|нехай)(?!\w)",
)
